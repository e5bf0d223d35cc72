package org.claimcompare.eval;

/** Texts in double quotes for {@code toString()}, cut with an ellipsis. */
final class Quoted {
  private static final int MAX = 40;

  private Quoted() {}

  static String of(String text) {
    String t = text.strip();
    if (t.length() > MAX) {
      int cut = Character.isHighSurrogate(t.charAt(MAX - 2)) ? MAX - 2 : MAX - 1;
      t = t.substring(0, cut).stripTrailing() + "…";
    }
    return '"' + t + '"';
  }
}
