package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
  @ParameterizedTest
  @ValueSource(strings = {"cluster", "score", "extract", "report", "eval"})
  void printsUsageOfEveryCommandOnHelp(String command) {
    Cli.Result r = Cli.run("", command, "--help");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: claimcompare " + command);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void printsCommandListOnHelp() {
    Cli.Result r = Cli.run("", "--help");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: claimcompare").contains("cluster", "score", "extract", "report", "eval");
  }

  /** {@code extract} needs a file, else picocli reports the missing file before the unknown option. */
  @ParameterizedTest
  @CsvSource(textBlock = """
      cluster, --in=claims.jsonl
      score,   --explain
      extract, article.txt
      report,  article.txt
      """)
  void rejectsUnknownOption(String command, String validArgument) {
    Cli.Result r = Cli.run("", command, "--frobnicate", validArgument);

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--frobnicate'").contains("Usage: claimcompare " + command);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void rejectsMissingCommand() {
    Cli.Result r = Cli.run("");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Missing command").contains("Usage: claimcompare");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void rejectsUnknownCommand() {
    Cli.Result r = Cli.run("", "frobnicate");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("frobnicate");
    assertThat(r.out()).isEmpty();
  }
}
