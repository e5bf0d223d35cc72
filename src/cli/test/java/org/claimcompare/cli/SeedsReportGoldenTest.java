package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins the whole seeds report, the project's main job, against a golden file. After an intended
 * change, regenerate it with {@code mvn test -Dtest=SeedsReportGoldenTest -Dgolden.update=true}
 * and review the diff.
 */
class SeedsReportGoldenTest {
  private static final Path GOLDEN = Path.of("src/cli/test/resources/org/claimcompare/cli/seeds-report.txt");

  @Test
  void printsTheGoldenReportForTheSeeds() throws IOException {
    Cli.Result r = Cli.run("", "report", "seeds");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    String actual = r.out().replace("\r\n", "\n");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, UTF_8));
  }
}
