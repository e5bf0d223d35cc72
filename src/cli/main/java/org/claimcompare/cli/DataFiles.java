package org.claimcompare.cli;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;
import org.claimcompare.eval.Parsed;

/** Reading the data files of {@code eval} and {@code calibrate}: strict UTF-8, every problem reported. */
final class DataFiles {
  private DataFiles() {}

  /** The records of a parsed file; any problem rejects the whole input, naming each. */
  static <T> List<T> valid(Parsed<T> parsed) {
    if (!parsed.valid()) {
      throw new BadInputException(parsed.problems());
    }
    return parsed.values();
  }

  /** The file's text, strictly UTF-8; a bad byte is reported with its line. */
  static String decode(Main main, Path path) {
    byte[] bytes = main.read(path);
    try {
      return StrictUtf8.decode(bytes, 0, bytes.length);
    } catch (CharacterCodingException e) {
      throw new BadInputException(path + ": line " + StrictUtf8.firstBadLine(bytes) + ": invalid UTF-8");
    }
  }
}
