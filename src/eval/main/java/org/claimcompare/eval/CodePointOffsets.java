package org.claimcompare.eval;

/**
 * Converts offsets counted in code points (Python string indices, as in PolNeAR's gold and brat
 * files) into Java's UTF-16 offsets for one text: "a😀b" has code points a, 😀, b at 0, 1, 2 and
 * UTF-16 offsets 0, 1, 3. Built once per text in {@code O(n)}, then each conversion is {@code O(1)}.
 *
 * <p>Immutable and thread-safe.
 */
final class CodePointOffsets {
  private final int[] utf16;

  private CodePointOffsets(int[] utf16) {
    this.utf16 = utf16;
  }

  /** The offsets of {@code text}. */
  static CodePointOffsets of(String text) {
    int[] utf16 = new int[text.codePointCount(0, text.length()) + 1];
    int i = 0;
    for (int k = 0; k < utf16.length - 1; k++) {
      utf16[k] = i;
      i += Character.charCount(text.codePointAt(i));
    }
    utf16[utf16.length - 1] = text.length();
    return new CodePointOffsets(utf16);
  }

  /** The number of code points of the text: the largest valid offset. */
  int length() {
    return utf16.length - 1;
  }

  /** Whether {@code codePoints} is an offset in the text, from 0 to {@link #length()}. */
  boolean contains(long codePoints) {
    return codePoints >= 0 && codePoints <= length();
  }

  /** The UTF-16 offset of an offset in code points; it must be {@linkplain #contains in the text}. */
  int utf16(int codePoints) {
    return utf16[codePoints];
  }
}
