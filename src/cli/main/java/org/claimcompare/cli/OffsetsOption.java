package org.claimcompare.cli;

import picocli.CommandLine.Option;

/** {@code --offsets}: what the offsets a command writes count; a mixin for every command that writes offsets. */
final class OffsetsOption {
  @Option(names = "--offsets", paramLabel = "UNIT",
      description = "What offsets count: utf16 (the default: UTF-16 code units, Java's and JavaScript's string"
          + " indices) or codepoints (Unicode code points, Python's string indices: text[start:end]). They differ"
          + " after characters outside the Basic Multilingual Plane, such as emoji.")
  String unit = Offsets.DEFAULT.label();

  /**
   * The unit asked for.
   *
   * @throws BadInputException for an unknown name
   */
  Offsets offsets() {
    return Offsets.of(unit);
  }
}
