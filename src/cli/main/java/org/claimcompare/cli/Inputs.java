package org.claimcompare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * Opens an input to be read as a stream (JSON Lines, of any size), or reads a whole input, a file
 * or standard input, into memory (article files, evaluation data). One input read whole may hold at
 * most {@link #MAX_BYTES} bytes, the largest array Java allocates; a line has no limit of its own.
 */
final class Inputs {
  /** The most bytes one input may hold: 2 GiB less 8 bytes, the largest array Java allocates. */
  static final int MAX_BYTES = Integer.MAX_VALUE - 8;

  private Inputs() {}

  /**
   * Opens {@code file} to be read as a stream, with the same checks and messages as
   * {@link #read(Path)} and no limit on its size. A read error on the stream is to be reported
   * with {@link #cannotRead}.
   *
   * @throws BadInputException naming the file when it is missing, a folder or unreadable
   */
  static InputStream open(Path file) {
    checkReadable(file);
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw cannotRead(file.toString(), e);
    }
  }

  /**
   * The problem of an input that failed while being read: {@code cannot read claims.jsonl: Input/output error}.
   * An interrupted read ({@link ClosedByInterruptException}) is no problem with the input but a
   * {@link CancellationException}: the command is being stopped.
   */
  static RuntimeException cannotRead(String name, IOException e) {
    if (e instanceof ClosedByInterruptException) {
      CancellationException cancelled = new CancellationException("interrupted while reading " + name);
      cancelled.initCause(e);
      return cancelled;
    }
    return new BadInputException("cannot read " + name + ": " + Main.reason(e));
  }

  private static void checkReadable(Path file) {
    if (file.toString().isEmpty()) {
      throw new BadInputException("cannot read a file with an empty name");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException("cannot read " + file + ": it is a folder, not a file");
    }
  }

  /**
   * Reads all of {@code file}.
   *
   * @throws BadInputException naming the file when it is missing, a folder, unreadable or too large
   */
  static byte[] read(Path file) {
    return read(file, MAX_BYTES);
  }

  /** As {@link #read(Path)} with another limit, so that tests need not write 2 GiB. */
  static byte[] read(Path file, int limit) {
    checkReadable(file);
    try {
      if (Files.isRegularFile(file)) {
        // Read at its known size, without the stream's growing buffers and their copies.
        if (Files.size(file) > limit) {
          throw tooLarge(file.toString(), limit);
        }
        return Files.readAllBytes(file);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, file.toString(), limit);
      }
    } catch (IOException e) {
      throw cannotRead(file.toString(), e);
    }
  }

  /**
   * Reads {@code in} to its end; {@code name} names it in messages.
   *
   * @throws BadInputException when it cannot be read or holds more than {@code limit} bytes
   */
  static byte[] read(InputStream in, String name, int limit) {
    try {
      byte[] bytes = in.readNBytes(limit);
      if (bytes.length == limit && in.read() != -1) {
        throw tooLarge(name, limit);
      }
      return bytes;
    } catch (IOException e) {
      throw cannotRead(name, e);
    }
  }

  private static BadInputException tooLarge(String name, int limit) {
    return new BadInputException(String.format(Locale.ROOT,
        "%s is larger than %,d bytes, the most one input may hold; split it into smaller inputs", name, limit));
  }
}
