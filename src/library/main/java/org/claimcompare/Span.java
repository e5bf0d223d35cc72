package org.claimcompare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A half-open range {@code [start, end)} of character offsets ({@code char} indices, as used by
 * {@link String#substring(int, int)}) into an article's text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the offset of the first character, at least 0
 * @param end the offset just past the last character, at least {@code start}
 */
public record Span(int start, int end) {

  /**
   * Validates the fields.
   *
   * @param start see the record description
   * @param end see the record description
   */
  public Span {
    checkArgument(start >= 0, "start must be at least 0: %s", start);
    checkArgument(end >= start, "end must be at least start (%s): %s", start, end);
  }

  /**
   * Returns the number of characters covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Returns the text this span covers in {@code text}.
   *
   * @param text the text the offsets refer to
   * @return {@code text.substring(start, end)}
   * @throws IndexOutOfBoundsException if the span lies outside {@code text}
   */
  public String of(String text) {
    checkNotNull(text, "text");
    return text.substring(start, end);
  }

  /** Returns the span as {@code [start, end)}. */
  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
