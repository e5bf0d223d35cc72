package org.claimcompare.cli;

import org.claimcompare.Span;

/** How offsets into an article are counted in output: UTF-16 code units (Java's) or code points (Python's). */
enum Offsets {
  UTF16,
  CODEPOINTS;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  Span convert(String text, Span span) {
    return this == UTF16 ? span
        : new Span(text.codePointCount(0, span.start()), text.codePointCount(0, span.end()));
  }
}
