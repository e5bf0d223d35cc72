package org.claimcompare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a whole input, a file or standard input, into memory. One input may hold at most
 * {@link #MAX_BYTES} bytes, the largest array Java allocates; a line has no limit of its own.
 */
final class Inputs {
  /** The most bytes one input may hold: 2 GiB less 8 bytes, the largest array Java allocates. */
  static final int MAX_BYTES = Integer.MAX_VALUE - 8;

  private Inputs() {}

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
    if (file.toString().isEmpty()) {
      throw new BadInputException("cannot read a file with an empty name");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException("cannot read " + file + ": it is a folder, not a file");
    }
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
      throw new BadInputException("cannot read " + file + ": " + Main.reason(e));
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
      throw new BadInputException("cannot read " + name + ": " + Main.reason(e));
    }
  }

  private static BadInputException tooLarge(String name, int limit) {
    return new BadInputException(String.format(Locale.ROOT,
        "%s is larger than %,d bytes, the most one input may hold; split it into smaller inputs", name, limit));
  }
}
