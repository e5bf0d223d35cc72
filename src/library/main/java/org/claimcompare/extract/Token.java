package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One word of a text with its offsets.
 *
 * @param text the word as written, with inner apostrophes, hyphens and abbreviation dots
 * @param start the offset of its first character
 * @param end the offset just past its last character
 */
record Token(String text, int start, int end) {

  /**
   * A word: letters or digits, with inner apostrophes, hyphens and dots; a final dot is kept only
   * for abbreviations such as "Mr." and "U.S.".
   */
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-'’]|\\.(?=[\\p{L}\\p{N}]))*");

  /** Returns the words of {@code text[start, end)} in order. */
  static ImmutableList<Token> words(String text, int start, int end) {
    ImmutableList.Builder<Token> out = ImmutableList.builder();
    Matcher m = WORD.matcher(text).region(start, end);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out.build();
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
