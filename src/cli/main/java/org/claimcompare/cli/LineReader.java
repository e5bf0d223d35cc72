package org.claimcompare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits a byte stream into lines at {@code \n}, without decoding them, holding one line at a time:
 * an input of any size is read in 64 KiB chunks, and only the longest line must fit in memory. The
 * line excludes its {@code \n} (a {@code \r} before it is left to the caller); the last line needs no
 * {@code \n}, and an input ending with one has no empty line after it. Not thread-safe.
 *
 * <pre>{@code
 * LineReader lines = new LineReader(in, "claims.jsonl");
 * while (lines.next()) {
 *   use(lines.number(), lines.bytes(), lines.start(), lines.end());
 * }
 * }</pre>
 */
final class LineReader {
  /** The longest line: the largest array Java allocates, as {@link Inputs#MAX_BYTES}. */
  static final int MAX_LINE_BYTES = Inputs.MAX_BYTES;

  private static final int CHUNK_BYTES = 64 * 1024;
  /** A line buffer grown beyond this for one long line is dropped after it, not kept for the rest. */
  private static final int KEPT_LINE_BYTES = 1 << 20;

  private final InputStream in;
  private final String name;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[CHUNK_BYTES];
  private int chunkStart;
  private int chunkEnd;

  /** Holds a line that spans chunks; a line inside one chunk is served from the chunk itself. */
  private byte[] joined = new byte[0];

  private byte[] bytes = chunk;
  private int start;
  private int end;
  private long number;

  /**
   * A reader of {@code in}, which it does not close; {@code name} names the input in the message
   * about a line too long to hold.
   */
  LineReader(InputStream in, String name) {
    this(in, name, MAX_LINE_BYTES);
  }

  /** As {@link #LineReader(InputStream, String)} with another limit, so that tests need not write 2 GiB. */
  LineReader(InputStream in, String name, int maxLineBytes) {
    this.in = in;
    this.name = name;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the input
   * @throws IOException when the input cannot be read
   * @throws BadInputException when a line is longer than the limit
   */
  boolean next() throws IOException {
    int length = 0;
    boolean any = false;
    if (joined.length > KEPT_LINE_BYTES) {
      joined = new byte[0];
    }
    while (true) {
      if (chunkStart == chunkEnd && !fill()) {
        if (!any) {
          return false;
        }
        return found(joined, 0, length);
      }
      any = true;
      int newline = indexOfNewline(chunk, chunkStart, chunkEnd);
      int stop = newline < 0 ? chunkEnd : newline;
      if (newline >= 0 && length == 0 && newline - chunkStart <= maxLineBytes) {
        // The whole line is in this chunk: no copy.
        int from = chunkStart;
        chunkStart = newline + 1;
        return found(chunk, from, newline);
      }
      length = append(length, stop);
      chunkStart = newline < 0 ? chunkEnd : newline + 1;
      if (newline >= 0) {
        return found(joined, 0, length);
      }
    }
  }

  /** The 1-based number of the current line. */
  long number() {
    return number;
  }

  /** The array holding the current line, valid until {@link #next()} is called again. */
  byte[] bytes() {
    return bytes;
  }

  /** Where the current line starts in {@link #bytes()}. */
  int start() {
    return start;
  }

  /** Where the current line ends in {@link #bytes()}, exclusive, before its {@code \n}. */
  int end() {
    return end;
  }

  private boolean found(byte[] array, int from, int to) {
    bytes = array;
    start = from;
    end = to;
    number++;
    return true;
  }

  /** Reads the next chunk; false at the end of the input. */
  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(chunk, 0, chunk.length);
    } while (n == 0);
    chunkStart = 0;
    chunkEnd = Math.max(n, 0);
    return n > 0;
  }

  /** Appends {@code chunk[chunkStart, stop)} to the joined line of {@code length} bytes; returns the new length. */
  private int append(int length, int stop) {
    int more = stop - chunkStart;
    if ((long) length + more > maxLineBytes) {
      throw new BadInputException(String.format(Locale.ROOT,
          "%s: line %,d is longer than %,d bytes, the most one line may hold", name, number + 1, maxLineBytes));
    }
    if (length + more > joined.length) {
      long grown = Math.max((long) length + more, Math.max(256, 2L * joined.length));
      joined = Arrays.copyOf(joined, (int) Math.min(grown, maxLineBytes));
    }
    System.arraycopy(chunk, chunkStart, joined, length, more);
    return length + more;
  }

  private static int indexOfNewline(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
