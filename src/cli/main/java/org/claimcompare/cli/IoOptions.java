package org.claimcompare.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The input, output and bad-line options shared by the JSON Lines commands. */
final class IoOptions {
  @Option(names = "--in", paramLabel = "FILE", description = "Read JSON Lines from FILE (default: standard input).")
  Path in;

  @Option(names = "--out", paramLabel = "FILE", description = "Write JSON Lines to FILE (default: standard output).")
  Path out;

  @Option(names = "--skip-invalid",
      description = "Process the valid lines and list each skipped line on standard error, instead of rejecting the input.")
  boolean skipInvalid;

  String inputName() {
    return in == null ? "standard input" : in.toString();
  }
}
