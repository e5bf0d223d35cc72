package org.claimcompare.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word tokenisation of the baselines: the text is lower-cased with {@link Locale#ROOT} and cut
 * into maximal runs of Unicode letters and digits ({@link Character#isLetterOrDigit(int)}), each
 * keeping the combining marks that follow its characters (so a decomposed "é", or the dot that
 * lower-casing leaves on "İ", stays in its word); every other character separates words. {@code
 * "Don't stop, 2-1!"} gives {@code [don, t, stop, 2, 1]}.
 */
final class Words {
  private Words() {}

  static List<String> of(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        start = start < 0 ? i : start;
      } else if (start >= 0 && !isMark(cp)) {
        words.add(lower.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(lower.substring(start));
    }
    return words;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
