package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate}, and {@code --calibration} in the commands that read what it writes. */
class CalibrateCommandTest {
  /** Renderings in groups, written for this test. */
  private static final String GROUPS = String.join("\n",
      "army\tThe army will not stop until the capital is taken",
      "army\tthe army will not stop until it takes the capital",
      "army\tThe army won't stop until the capital has been taken.",
      "talks\tWe are ready to talk for as long as it takes",
      "talks\twe are ready to talk as long as it may take",
      "mayor\tThe mayor called on residents to leave the city",
      "mayor\tthe mayor urged the residents to leave the city at once",
      "grain\tGrain exports fell sharply in March",
      "grain\tgrain exports fell sharply during March",
      "bridge\tThe old bridge will reopen in spring",
      "bridge\tthe old bridge reopens in the spring") + "\n";

  /** Labelled pairs in MRPC's format, written for this test. */
  private static final String PAIRS = String.join("\n",
      "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String",
      "1\t1\t2\tThe army will not stop\tThe army will not stop now",
      "1\t3\t4\tGrain exports fell sharply\tGrain exports fell",
      "0\t5\t6\tTalks resume on Monday\tBananas are rich in potassium",
      "0\t7\t8\tThe bridge reopens in spring\tExports of grain fell",
      "1\t9\t10\tWe are ready to talk\tWe are ready to talk again",
      "0\t11\t12\tThe old railway bridge\tA new mayor was elected") + "\n";

  @Test
  void fitsAClusteringThresholdThatClusterThenUses(@TempDir Path dir) throws IOException {
    Path data = Files.writeString(dir.resolve("groups.tsv"), GROUPS);
    Path calibration = dir.resolve("calibration.json");

    Cli.Result r = Cli.run("", "calibrate", "groups", data.toString(), "--folds", "2", "--out", calibration.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).startsWith("calibrate: lexical at threshold ");
    JsonNode o = JsonLines.MAPPER.readTree(Files.readString(calibration));
    assertThat(o.get("calibration").asInt()).isEqualTo(1);
    assertThat(o.get("task").asText()).isEqualTo("groups");
    assertThat(o.get("scorer").asText()).isEqualTo("lexical");
    assertThat(o.get("measure").asText()).isEqualTo("B3 F1");
    assertThat(o.get("folds").asInt()).isEqualTo(2);
    assertThat(o.get("items").asInt()).isEqualTo(11);
    double threshold = o.get("threshold").asDouble();

    Path claims = Files.writeString(dir.resolve("claims.jsonl"), Cli.lines(
        "{\"id\": \"1\", \"text\": \"The army will not stop\"}",
        "{\"id\": \"2\", \"text\": \"Grain exports fell sharply\"}"));
    Cli.Result calibrated = Cli.run("", "cluster", "--calibration", calibration.toString(), "--in", claims.toString());
    Cli.Result given = Cli.run("", "cluster", "--threshold", String.valueOf(threshold), "--in", claims.toString());
    assertThat(calibrated.status()).as(calibrated.err()).isZero();
    assertThat(calibrated.out()).isEqualTo(given.out());

    Path report = dir.resolve("report.txt");
    Cli.Result reported = Cli.run("", "report", "seeds", "--calibration", calibration.toString(), "--out", report.toString());
    assertThat(reported.status()).as(reported.err()).isZero();
    assertThat(Files.readString(report)).contains("(threshold " + threshold + ")");
  }

  @Test
  void fitsAPairThresholdThatScoreReportsAsMatch(@TempDir Path dir) throws IOException {
    Path data = Files.writeString(dir.resolve("pairs.tsv"), PAIRS);
    Path calibration = dir.resolve("calibration.json");

    Cli.Result r = Cli.run("", "calibrate", "mrpc", data.toString(), "--folds", "3", "--out", calibration.toString());
    assertThat(r.status()).as(r.err()).isZero();

    Cli.Result scored = Cli.run(Cli.lines(
        "{\"id\": \"same\", \"a\": \"The army will not stop\", \"b\": \"The army will not stop now\"}",
        "{\"id\": \"other\", \"a\": \"Talks resume on Monday\", \"b\": \"Ships left the harbour\"}"),
        "score", "--calibration", calibration.toString());
    assertThat(scored.status()).as(scored.err()).isZero();
    assertThat(scored.json()).extracting(o -> o.get("match").asBoolean()).containsExactly(true, false);
  }

  @Test
  void rejectsAThresholdBesideACalibration(@TempDir Path dir) throws IOException {
    Path calibration = Files.writeString(dir.resolve("c.json"),
        "{\"calibration\": 1, \"task\": \"groups\", \"scorer\": \"lexical\", \"threshold\": 0.5}");
    Cli.Result r = Cli.run("", "cluster", "--calibration", calibration.toString(), "--threshold", "0.3");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--threshold and --calibration exclude each other");
  }

  @Test
  void namesTheFileAndFieldOfABadCalibration(@TempDir Path dir) throws IOException {
    Path calibration = Files.writeString(dir.resolve("c.json"),
        "{\"calibration\": 2, \"task\": \"groups\", \"scorer\": \"semantic\", \"threshold\": 1.5}");
    Cli.Result r = Cli.run("", "cluster", "--calibration", calibration.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(calibration + ": \"calibration\" must be 1")
        .contains(calibration + ": \"threshold\" must be a number in [0.0, 1.0]")
        .contains(calibration + ": \"model\" must be a model's name");
  }

  @Test
  void rejectsAFileThatIsNotJson(@TempDir Path dir) throws IOException {
    Path calibration = Files.writeString(dir.resolve("c.json"), "threshold=0.5\n");
    Cli.Result r = Cli.run("", "score", "--calibration", calibration.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(calibration + ": not a calibration file");
  }
}
