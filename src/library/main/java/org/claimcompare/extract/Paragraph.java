package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import org.claimcompare.Span;

/**
 * One non-blank line of an article: the extractor's paragraph.
 *
 * <p>News texts put one paragraph per line, with or without blank lines between them, so every
 * non-blank line is a paragraph.
 *
 * @param index the paragraph's position among all paragraphs of the article, from 0
 * @param span the line's offsets, without surrounding white space
 * @param furniture whether the line is page furniture (see {@link Furniture})
 */
record Paragraph(int index, Span span, boolean furniture) {

  /** Returns the paragraphs of {@code text} in order. */
  static ImmutableList<Paragraph> split(String text) {
    ImmutableList.Builder<Paragraph> out = ImmutableList.builder();
    int index = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      Span line = strip(text, lineStart, lineEnd);
      if (line.length() > 0) {
        out.add(new Paragraph(index++, line, Furniture.isFurniture(line.of(text))));
      }
      lineStart = lineEnd + 1;
    }
    return out.build();
  }

  /**
   * Returns {@code [start, end)} without leading and trailing white space, no-break spaces
   * included (web copy often ends a paragraph with one).
   */
  static Span strip(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }

  /** Returns whether {@code c} is white space or a no-break space. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Returns the offset of the paragraph's first character. */
  int start() {
    return span.start();
  }

  /** Returns the offset just past the paragraph's last character. */
  int end() {
    return span.end();
  }
}
