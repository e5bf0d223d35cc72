package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  /** Escapes in the table: {@code \n} and {@code \r} stand for the bytes; each line comes back in brackets. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      empty input;                   '';                 ''
      one line with its newline;     a\\n;               [a]
      one line without a newline;    a;                  [a]
      last line without a newline;   a\\nb;              [a][b]
      a newline alone;               \\n;                []
      blank lines kept;              \\n\\na\\n\\n;      [][][a][]
      carriage return left in place; a\\r\\nb\\r\\n;     [a\\r][b\\r]
      a lone carriage return;        a\\rb;              [a\\rb]
      """)
  void splitsAtNewlinesOnly(String why, String input, String lines) {
    String read = read(unescape(input).getBytes(UTF_8)).stream().map(l -> "[" + l + "]").reduce("", String::concat);

    assertThat(read).isEqualTo(unescape(lines));
  }

  @Test
  void countsLinesFromOne() throws IOException {
    LineReader lines = new LineReader(new ByteArrayInputStream("a\n\nb".getBytes(UTF_8)), "input");
    List<Long> numbers = new ArrayList<>();
    while (lines.next()) {
      numbers.add(lines.number());
    }

    assertThat(numbers).containsExactly(1L, 2L, 3L);
  }

  @Test
  void readsALineLongerThanItsChunkWhole() {
    String longLine = "x".repeat(200_000) + "é".repeat(70_000);
    String input = "short\n" + longLine + "\r\n" + "after";

    assertThat(read(input.getBytes(UTF_8))).containsExactly("short", longLine + "\r", "after");
  }

  @Test
  void readsAStreamThatGivesOneByteAtATime() {
    String input = "first line\r\nsecond\n\nlast";

    assertThat(read(trickle(input.getBytes(UTF_8)))).containsExactly("first line\r", "second", "", "last");
  }

  @Test
  void readsLinesAfterAVeryLongOneIntact() {
    String huge = "y".repeat(3 << 20);

    assertThat(read(("a\n" + huge + "\nb\nc").getBytes(UTF_8))).containsExactly("a", huge, "b", "c");
  }

  /** A newline byte never occurs inside a UTF-8 character, so splitting bytes first is safe. */
  @Test
  void leavesBadUtf8InItsOwnLine() {
    byte[] input = {'a', '\n', (byte) 0xC3, '\n', 'b'};

    List<byte[]> lines = readBytes(input);

    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).containsExactly((byte) 0xC3);
  }

  @Test
  void rejectsALineLongerThanTheLimitNamingItsNumber() {
    LineReader lines = new LineReader(new ByteArrayInputStream("ok\n12345678901\n".getBytes(UTF_8)), "claims.jsonl", 10);

    assertThatThrownBy(() -> {
      while (lines.next()) {
        // read on
      }
    }).isInstanceOf(BadInputException.class)
        .hasMessage("claims.jsonl: line 2 is longer than 10 bytes, the most one line may hold");
  }

  @Test
  void acceptsALineOfExactlyTheLimit() {
    assertThat(read(trickle("1234567890\nx".getBytes(UTF_8)), 10)).containsExactly("1234567890", "x");
  }

  @Test
  void allowsLinesUpToTheLargestArrayJavaAllocates() {
    assertThat(LineReader.MAX_LINE_BYTES).isEqualTo(2_147_483_639);
  }

  private static List<String> read(byte[] input) {
    return read(new ByteArrayInputStream(input), LineReader.MAX_LINE_BYTES);
  }

  private static List<String> read(InputStream in) {
    return read(in, LineReader.MAX_LINE_BYTES);
  }

  private static List<String> read(InputStream in, int limit) {
    return readBytes(in, limit).stream().map(b -> new String(b, UTF_8)).toList();
  }

  private static List<byte[]> readBytes(byte[] input) {
    return readBytes(new ByteArrayInputStream(input), LineReader.MAX_LINE_BYTES);
  }

  private static List<byte[]> readBytes(InputStream in, int limit) {
    LineReader lines = new LineReader(in, "input", limit);
    List<byte[]> out = new ArrayList<>();
    try {
      while (lines.next()) {
        out.add(Arrays.copyOfRange(lines.bytes(), lines.start(), lines.end()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A stream that returns one byte per read, as a slow pipe may. */
  private static InputStream trickle(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\r", "\r");
  }
}
