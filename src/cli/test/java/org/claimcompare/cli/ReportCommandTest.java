package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportCommandTest {
  @TempDir Path dir;

  @BeforeEach
  void writeTwoArticlesSharingAQuote() {
    Cli.write(dir.resolve("city-hall.txt"), ExtractCommandTest.CITY_HALL);
    Cli.write(dir.resolve("harbour.txt"), ExtractCommandTest.HARBOUR);
  }

  @Test
  void reportsStatementSharedByTwoArticles() {
    Cli.Result r = Cli.run("", "report", dir.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("2 articles").contains("Statement 1").contains("city-hall.txt", "harbour.txt");
  }

  @Test
  void acceptsFilesAsWellAsFolders() {
    Cli.Result r = Cli.run("", "report", dir.resolve("city-hall.txt").toString(), dir.resolve("harbour.txt").toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("2 articles").contains("Statement 1");
  }

  @Test
  void writesNamedOutputFile(@TempDir Path outDir) throws IOException {
    Path out = outDir.resolve("report.txt");

    Cli.Result r = Cli.run("", "report", "--out", out.toString(), dir.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out, UTF_8)).contains("Statement 1");
  }

  @Test
  void rejectsMissingPathNamingIt() {
    Path missing = dir.resolve("no-such-folder");

    Cli.Result r = Cli.run("", "report", dir.toString(), missing.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("claimcompare report: cannot read " + missing + ": no such file or folder"
        + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "1.01", "NaN", "Infinity", "1e999"})
  void rejectsThresholdOutsideUnitInterval(String threshold) {
    Cli.Result r = Cli.run("", "report", "--threshold", threshold, dir.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--threshold must be in [0, 1]");
    assertThat(r.out()).isEmpty();
  }

  /** Run in an empty folder, as a user who installed only the jar would. */
  @Test
  void saysPlainlyThatTheSeedsFolderIsMissingOutsideTheRepository() throws IOException {
    CliProcess.Result r = new CliProcess().in(dir).run("report");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("claimcompare report: there is no folder seeds in the current folder "
        + dir.toRealPath() + ", and report reads it when no article is named; name article files or folders"
        + " (report PATH...) or run it at the root of the claimcompare repository" + System.lineSeparator());
  }

  @Test
  void readsTheSeedsFolderByDefault() {
    assertThat(Path.of("seeds")).as("tests run at the repository's root").isDirectory();

    Cli.Result r = Cli.run("", "report");

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(Cli.run("", "report", "seeds").out());
  }

  @Test
  void readsFileNamedTwiceOnce() {
    Cli.Result r = Cli.run("", "report", dir.toString(), dir.resolve("harbour.txt").toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("2 articles");
  }
}
