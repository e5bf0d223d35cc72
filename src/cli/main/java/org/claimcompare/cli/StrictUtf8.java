package org.claimcompare.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * UTF-8 that never replaces a character: decoding reports malformed bytes with their line, and
 * encoding writes a lone surrogate (which UTF-8 cannot encode) as its JSON escape.
 */
final class StrictUtf8 {
  private StrictUtf8() {}

  /** Decodes {@code bytes[start, end)}; malformed or unmappable bytes throw. */
  static String decode(byte[] bytes, int start, int end) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, start, end - start))
        .toString();
  }

  /** The 1-based line holding the first byte sequence that is not UTF-8, or 0 if there is none. */
  static int firstBadLine(byte[] bytes) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decode(bytes, start, i);
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 0;
  }

  /**
   * Encodes {@code text} as UTF-8, writing each lone surrogate as the six characters of its JSON
   * escape ({@code \uD800}). Java's own encoder would write {@code ?} instead, so two different ids
   * read from JSON as {@code "\ud800"} and {@code "\udc00"} would come out the same. Inside a JSON
   * string the escape is the exact value read; in a text report it shows what is there.
   */
  static byte[] encode(String text) {
    return escapeLoneSurrogates(text).getBytes(StandardCharsets.UTF_8);
  }

  /** Replaces each lone surrogate by its JSON escape; well-formed text is returned as it is. */
  static String escapeLoneSurrogates(String text) {
    StringBuilder s = null;
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        s = s == null ? new StringBuilder(text.length() + 16) : s;
        s.append(text, copied, i).append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        copied = i + 1;
      }
    }
    return s == null ? text : s.append(text, copied, text.length()).toString();
  }
}
