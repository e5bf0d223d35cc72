package org.claimcompare.normalize;

import java.util.Locale;

/** Carries the letter case of one word over to its replacement. */
final class Cases {
  private Cases() {}

  /**
   * Returns {@code word} in the case pattern of {@code model}: all upper case, capitalised, or as
   * it is (lower or mixed case).
   */
  static String match(String model, String word) {
    if (model.equals(model.toLowerCase(Locale.ROOT))) {
      return word;
    }
    if (model.equals(model.toUpperCase(Locale.ROOT))) {
      return word.toUpperCase(Locale.ROOT);
    }
    if (isCapitalised(model)) {
      int first = word.offsetByCodePoints(0, 1);
      return word.substring(0, first).toUpperCase(Locale.ROOT) + word.substring(first);
    }
    return word;
  }

  private static boolean isCapitalised(String word) {
    int first = word.offsetByCodePoints(0, 1);
    String rest = word.substring(first);
    return Character.isUpperCase(word.codePointAt(0))
        && rest.equals(rest.toLowerCase(Locale.ROOT));
  }
}
