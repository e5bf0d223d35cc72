package org.claimcompare;

/** Small text helpers for {@code toString()} forms. */
final class Texts {
  private Texts() {}

  /**
   * Returns {@code text} in double quotes, cut to at most {@code max} characters with an ellipsis.
   */
  static String quote(String text, int max) {
    String t = text.strip();
    if (t.length() > max) {
      int cut = max - 1;
      if (Character.isHighSurrogate(t.charAt(cut - 1))) {
        cut--;
      }
      t = t.substring(0, cut).stripTrailing() + "…";
    }
    return '"' + t + '"';
  }
}
