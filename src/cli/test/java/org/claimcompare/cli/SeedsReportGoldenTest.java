package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the whole seeds report, the project's main job, in each format against a golden file. After
 * an intended change, regenerate them with {@code mvn test -pl src/cli -am -Dtest=SeedsReportGoldenTest
 * -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false} and review the diff.
 */
class SeedsReportGoldenTest {
  private static final Path FOLDER = Path.of("src/cli/test/resources/org/claimcompare/cli");

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "html"})
  void printsTheGoldenReportForTheSeeds(String format) throws IOException {
    Cli.Result r = format.equals("text") ? Cli.run("", "report", "seeds") : Cli.run("", "report", "seeds", "--format", format);
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    String actual = r.out().replace("\r\n", "\n");
    Path golden = FOLDER.resolve("seeds-report." + (format.equals("text") ? "txt" : format));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, UTF_8));
  }
}
