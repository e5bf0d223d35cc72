package org.claimcompare.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 decoding that reports malformed bytes instead of replacing them, with their line. */
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
}
