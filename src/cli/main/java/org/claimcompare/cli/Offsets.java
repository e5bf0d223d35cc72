package org.claimcompare.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Locale;
import org.claimcompare.Span;

/**
 * What an offset into an article's text counts, as {@code --offsets} names it. The library's
 * offsets ({@link Span}) count UTF-16 code units, Java's {@code char} indices; Python's {@code str}
 * indices count code points. The two differ after every character outside the Basic Multilingual
 * Plane (most emoji, some CJK ideographs, mathematical letters), which Java stores as two
 * {@code char}s, a surrogate pair:
 *
 * <pre>
 * text "😀 “We will not give up,” the mayor said."   the quote "We will not give up"
 * UTF16        [4, 23)   text.substring(4, 23) in Java, text.slice(4, 23) in JavaScript
 * CODEPOINTS   [3, 22)   text[3:22] in Python
 * </pre>
 *
 * <p>{@link #in(String)} prepares one text for converting many offsets: one pass over the text,
 * then each offset in {@code O(log k)} for {@code k} surrogate pairs before the end (constant for a
 * text with none), holding only the positions of the pairs. {@link #convert(String, Span)} converts
 * one span, in one pass over the text.
 *
 * <p>The constants are named so that picocli, which {@link Main} lets match them in any case, reads
 * {@code --offsets utf16} and {@code --offsets codepoints}.
 */
enum Offsets {
  /** UTF-16 code units: Java's and JavaScript's string indices. The library's own offsets, unchanged; the default. */
  UTF16,
  /** Unicode code points: Python's string indices. */
  CODEPOINTS;

  /** The name {@code --offsets} takes and JSON output shows: {@code utf16}, {@code codepoints}. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns {@code span}, a span of {@code text}, in this unit. One pass over the text: to convert
   * many spans of one text, use {@link #in(String)} once.
   *
   * @throws IndexOutOfBoundsException if the span does not lie within the text
   */
  Span convert(String text, Span span) {
    return in(text).span(span);
  }

  /**
   * Returns a converter of spans of several texts that prepares each text once, on its first span
   * ({@link #in(String)}), for a writer that meets the texts in any order. Not thread-safe.
   */
  java.util.function.BiFunction<String, Span, Span> memo() {
    java.util.Map<String, Converter> converters = new java.util.IdentityHashMap<>();
    return (text, span) -> converters.computeIfAbsent(text, this::in).span(span);
  }

  /** Converts the UTF-16 offsets of {@code text} into this unit; see {@link Converter}. */
  Converter in(String text) {
    checkNotNull(text, "text");
    return new Converter(text.length(), this == UTF16 ? NO_PAIRS : surrogatePairs(text));
  }

  private static final int[] NO_PAIRS = new int[0];

  /**
   * The offset of the high surrogate of each surrogate pair of {@code text}, in ascending order,
   * pairs found from the left as {@link String#codePointCount} finds them.
   */
  private static int[] surrogatePairs(String text) {
    int[] pairs = NO_PAIRS;
    int count = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (count == pairs.length) {
          pairs = Arrays.copyOf(pairs, Math.max(16, 2 * count));
        }
        pairs[count++] = i;
        i++;
      }
    }
    return Arrays.copyOf(pairs, count);
  }

  /**
   * The offsets of one text in one unit. Offset {@code i}, a UTF-16 offset from 0 to the text's
   * length, becomes {@code text.codePointCount(0, i)} in code points: the number of characters
   * before it, a surrogate pair counting one (an offset between the two halves of a pair, which the
   * extractor never makes, counts the first half as a character of its own, as
   * {@link String#codePointCount} does). Immutable and thread-safe.
   */
  static final class Converter {
    private final int length;
    private final int[] pairs;

    private Converter(int length, int[] pairs) {
      this.length = length;
      this.pairs = pairs;
    }

    /**
     * Returns UTF-16 offset {@code utf16} in this unit.
     *
     * @throws IndexOutOfBoundsException if it is not in [0, the text's length]
     */
    int offset(int utf16) {
      if (utf16 < 0 || utf16 > length) {
        throw new IndexOutOfBoundsException(String.format(Locale.ROOT,
            "offset %d is outside the text of %d chars", utf16, length));
      }
      if (pairs.length == 0 || utf16 <= pairs[0] + 1) {
        return utf16;
      }
      // Each pair wholly before the offset (its high surrogate at utf16 - 2 or earlier) counts one, not two.
      int found = Arrays.binarySearch(pairs, utf16 - 2);
      int before = found >= 0 ? found + 1 : -found - 1;
      return utf16 - before;
    }

    /**
     * Returns UTF-16 span {@code utf16} with both ends in this unit.
     *
     * @throws IndexOutOfBoundsException if it does not lie within the text
     */
    Span span(Span utf16) {
      return new Span(offset(utf16.start()), offset(utf16.end()));
    }
  }
}
