package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;

/**
 * One word of a text with its offsets.
 *
 * <p>A word is a letter or number (Unicode categories L and N) followed by letters, numbers,
 * hyphens and apostrophes ({@code '} and {@code ’}), and dots that a letter or number follows: so
 * "U.S" and "neo-Nazis" are words, and a final dot is never part of one. Words are found by one
 * left-to-right scan, linear in the length of the text whatever the words.
 *
 * @param text the word as written, with inner apostrophes, hyphens and abbreviation dots
 * @param start the offset of its first character
 * @param end the offset just past its last character
 */
record Token(String text, int start, int end) {

  /** Returns the words of {@code text[start, end)} in order; nothing outside the range counts. */
  static ImmutableList<Token> words(String text, int start, int end) {
    ImmutableList.Builder<Token> out = ImmutableList.builder();
    int i = start;
    while (i < end) {
      int cp = codePointAt(text, i, end);
      if (isLetterOrNumber(cp)) {
        int wordEnd = wordEnd(text, i + Character.charCount(cp), end);
        out.add(new Token(text.substring(i, wordEnd), i, wordEnd));
        i = wordEnd;
      } else {
        i += Character.charCount(cp);
      }
    }
    return out.build();
  }

  /** Returns where the word whose first character ends at {@code from} ends. */
  private static int wordEnd(String text, int from, int end) {
    int i = from;
    while (i < end) {
      int cp = codePointAt(text, i, end);
      if (isLetterOrNumber(cp) || cp == '-' || cp == '\'' || cp == '’') {
        i += Character.charCount(cp);
      } else if (cp == '.' && i + 1 < end && isLetterOrNumber(codePointAt(text, i + 1, end))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** The code point at {@code i}; a surrogate pair cut by {@code end} counts as its first half. */
  private static int codePointAt(String text, int i, int end) {
    int cp = text.codePointAt(i);
    return i + Character.charCount(cp) <= end ? cp : text.charAt(i);
  }

  private static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Returns the words of the whole of {@code text}. */
  static ImmutableList<Token> words(String text) {
    return words(text, 0, text.length());
  }

  /** Returns the number of words in {@code text}. */
  static int count(String text) {
    return words(text).size();
  }

  /** Returns the word in lower case without a possessive or trailing dot. */
  String bare() {
    return Lexicon.bare(text);
  }

  /** Returns whether the word starts with an upper-case letter. */
  boolean capitalised() {
    return Lexicon.isCapitalised(text);
  }
}
