package org.claimcompare.extract;

import org.claimcompare.Span;

/**
 * One run of quoted words found by {@link QuoteScanner}.
 *
 * @param region from the opening mark to just past the closing mark (or to where an unclosed
 *     quote was cut); no other claim may come from inside it
 * @param words the quoted words without the marks, trimmed of white space and trailing {@code , ;
 *     :} and dashes
 * @param paragraph the index of the paragraph it lies in
 * @param closed whether its closing mark was found
 * @param continuesPrevious whether it continues a quote left open at the end of the previous
 *     paragraph (the multi-paragraph convention)
 */
record Quote(Span region, Span words, int paragraph, boolean closed, boolean continuesPrevious) {

  /** Returns the offset of the opening mark. */
  int open() {
    return region.start();
  }

  /** Returns the offset just past the closing mark, or the cut point of an unclosed quote. */
  int end() {
    return region.end();
  }
}
