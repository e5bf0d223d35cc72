package org.claimcompare.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words, spaces and case as Python 3's {@code str} and {@code re} see them, so that the extraction
 * evaluation agrees token for token with the reference script {@code extract_score.py}. Java's
 * {@code \w} and {@code \s} differ from Python's (Java's are ASCII unless asked otherwise, and its
 * Unicode {@code \w} takes combining marks that Python's leaves out), hence the explicit classes.
 *
 * <table>
 *   <caption>Python 3 and here</caption>
 *   <tr><th>Python</th><th>here</th></tr>
 *   <tr><td>{@code \w} in a {@code str} pattern: {@code str.isalnum()} or {@code _}</td>
 *       <td>{@value #WORD_CHAR}: Unicode letters and numbers, and {@code _}</td></tr>
 *   <tr><td>{@code \s}, {@code str.isspace()}</td><td>{@link #isSpace}: the 29 code points Python
 *       counts, {@code U+001C}–{@code U+001F} among them</td></tr>
 *   <tr><td>{@code c.isupper()} on one character</td><td>{@link Character#isUpperCase(int)}:
 *       category Lu or Other_Uppercase ({@code Ⅳ}, {@code Ⓐ}); titlecase {@code ǅ} is not</td></tr>
 *   <tr><td>{@code str.lower()}</td><td>{@code toLowerCase(Locale.ROOT)}</td></tr>
 * </table>
 *
 * <p>Offsets are Java's (UTF-16); a Python offset (a code point index) is converted once, by
 * {@link CodePointOffsets}, where the data are read. Thread-safe: it keeps no state.
 */
final class PythonText {
  /** Python's {@code \w} for a {@code str} pattern, as a character class. */
  static final String WORD_CHAR = "[\\p{L}\\p{N}_]";
  /** The script's {@code WORD}, {@code \w+(?:['’]\w+)*}: a word with its inner apostrophes ("don't"). */
  static final Pattern WORD = Pattern.compile(WORD_CHAR + "+(?:['’]" + WORD_CHAR + "+)*");

  private static final String SPACE_CHARS =
      "\t\n\u000B\f\r\u001C\u001D\u001E\u001F \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
          + "\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";
  /** The members of Python's {@code \s}, to go inside a character class of a pattern. */
  static final String SPACE_MEMBERS =
      "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

  private PythonText() {}

  /** Whether Python's {@code str.isspace()} holds for the code point. */
  static boolean isSpace(int codePoint) {
    return codePoint < 0x10000 && SPACE_CHARS.indexOf(codePoint) >= 0;
  }

  /** Whether Python's {@code str.isalnum()} holds for the code point: a Unicode letter or number. */
  static boolean isAlnum(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** Python's {@code str.lower()}. */
  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the words of {@code text[start, end)} as the script finds them in that slice, each as
   * {@link #key} of its offsets in {@code text}, in increasing order. A word cut by either end of the
   * slice is the part inside, as in Python.
   */
  static long[] words(String text, int start, int end) {
    Matcher m = WORD.matcher(text).region(start, end);
    long[] keys = new long[8];
    int n = 0;
    while (m.find()) {
      keys = n == keys.length ? Arrays.copyOf(keys, 2 * n) : keys;
      keys[n++] = key(m.start(), m.end());
    }
    return Arrays.copyOf(keys, n);
  }

  /** The number of words in {@code text[start, end)}. */
  static int wordCount(String text, int start, int end) {
    Matcher m = WORD.matcher(text).region(start, end);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** One word's offsets as one number; keys sort as their starts do. */
  static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  /** The start offset of a {@link #key}. */
  static int start(long key) {
    return (int) (key >>> 32);
  }

  /** The end offset of a {@link #key}. */
  static int end(long key) {
    return (int) key;
  }

  /** How many keys two increasing arrays share: a merge, {@code O(a + b)}. */
  static int shared(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
