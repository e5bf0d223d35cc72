package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreCommandTest {
  private static final String INPUT = Cli.lines(
      pair("z", "We will not give up on this city", "We will never give up on this city"),
      pair("a", "We will not give up on this city", "Bananas are a good source of potassium"),
      pair("m", "Take power into your own hands", "Take the power in your hands"));

  @Test
  void writesIdAndScoreInInputOrder() {
    Cli.Result r = Cli.run(INPUT, "score");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.json()).extracting(o -> o.get("id").asText()).containsExactly("z", "a", "m");
    for (JsonNode o : r.json()) {
      assertThat(fieldNames(o)).containsExactly("id", "score");
      assertThat(o.get("score").isNumber()).isTrue();
      assertThat(o.get("score").asDouble()).isBetween(0.0, 1.0);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # plain sentences
      We will not give up on this city
      Take power into your own hands
      # only stop words
      It is what it is
      # curly apostrophe, British spelling, diacritics
      Kiev’s demilitarisation, says the Élysée
      # non-Latin script and digits
      Ελλάδα 2022
      """)
  void scoresIdenticalTextsOne(String text) {
    Cli.Result r = Cli.run(pair("p", text, text) + "\n", "score");

    assertThat(r.status()).isZero();
    assertThat(r.json()).singleElement().satisfies(o -> assertThat(o.get("score").asDouble()).isEqualTo(1.0));
  }

  @Test
  void explainAddsAlignedPairsAndUnmatchedWords() {
    Cli.Result r = Cli.run(INPUT, "score", "--explain");

    assertThat(r.status()).isZero();
    for (JsonNode o : r.json()) {
      assertThat(fieldNames(o)).containsExactly("id", "score", "pairs", "unmatched_a", "unmatched_b", "guards");
      for (JsonNode p : o.get("pairs")) {
        assertThat(fieldNames(p)).containsExactly("a", "b", "type", "contribution");
        assertThat(p.get("a").isTextual() && p.get("b").isTextual() && p.get("type").isTextual()).isTrue();
        assertThat(p.get("contribution").asDouble()).isBetween(0.0, 1.0);
      }
      assertThat(o.get("unmatched_a").getNodeType()).isEqualTo(JsonNodeType.ARRAY);
      assertThat(o.get("unmatched_b").getNodeType()).isEqualTo(JsonNodeType.ARRAY);
    }
  }

  @Test
  void explainsIdenticalTextsWithNoUnmatchedWords() {
    String text = "We will not give up on this city";

    JsonNode o = Cli.run(pair("p", text, text) + "\n", "score", "--explain").json().get(0);

    assertThat(o.get("pairs")).isNotEmpty();
    assertThat(o.get("unmatched_a")).isEmpty();
    assertThat(o.get("unmatched_b")).isEmpty();
  }

  @Test
  void explainsUnrelatedTextsWithUnmatchedWordsOnBothSides() {
    JsonNode o = Cli.run(INPUT, "score", "--explain").json().get(1);

    assertThat(o.get("unmatched_a")).isNotEmpty();
    assertThat(o.get("unmatched_b")).isNotEmpty();
  }

  @Test
  void readsAndWritesNamedFiles(@TempDir Path dir) {
    Path in = Cli.write(dir.resolve("pairs.jsonl"), INPUT);
    Path out = dir.resolve("scores.jsonl");

    Cli.Result r = Cli.run("", "score", "--in", in.toString(), "--out", out.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Cli.jsonLines(out)).isEqualTo(Cli.run(INPUT, "score").json());
  }

  /** Long enough for the first answer, which waits for WordNet to load; only a command that holds answers back needs more. */
  private static final Duration ANSWER = Duration.ofSeconds(60);

  @Test
  void answersEachLineBeforeTheInputEnds() {
    try (CliSession score = CliSession.start("score")) {
      score.writeLine(pair("1", "Zelenski left Kiev", "Zelensky left Kyiv"));
      JsonNode first = Cli.jsonLines(score.readLine(ANSWER)).get(0);
      score.writeLine(pair("2", "We will not give up on this city", "Bananas are a good source of potassium"));
      JsonNode second = Cli.jsonLines(score.readLine(ANSWER)).get(0);
      score.closeInput();

      assertThat(first.get("id").asText()).isEqualTo("1");
      assertThat(first.get("score").asDouble()).isEqualTo(1.0);
      assertThat(second.get("id").asText()).isEqualTo("2");
      assertThat(second.get("score").asDouble()).isLessThan(0.5);
      assertThat(score.readLine(ANSWER)).isNull();
      assertThat(score.status(ANSWER)).isZero();
      assertThat(score.stderr()).isEmpty();
    }
  }

  @Test
  void answersWithExplanationAndCalibratedMatchAsEachLineIsRead(@TempDir Path dir) {
    Path calibration = Cli.write(dir.resolve("pairs.calibration.json"),
        "{\"calibration\": 1, \"task\": \"pairs\", \"scorer\": \"lexical\", \"threshold\": 0.5}");
    try (CliSession score = CliSession.start("score", "--explain", "--calibration", calibration.toString())) {
      score.writeLine(pair("1", "Take power into your own hands", "Take the power in your hands"));
      JsonNode first = Cli.jsonLines(score.readLine(ANSWER)).get(0);

      assertThat(first.get("match").asBoolean()).isTrue();
      assertThat(first.get("pairs")).isNotEmpty();
      score.closeInput();
      assertThat(score.status(ANSWER)).isZero();
    }
  }

  /** Standard input is read through an interruptible channel, so Ctrl-C stops a command waiting for a pair. */
  @Test
  void stopsWhenInterruptedWhileWaitingForThePairAfterAnAnswer() {
    try (CliSession score = CliSession.start("score")) {
      score.writeLine(pair("1", "Zelenski left Kiev", "Zelensky left Kyiv"));
      score.readLine(ANSWER);

      score.interrupt();

      assertThat(score.status(ANSWER)).as(score.stderr()).isEqualTo(130);
      assertThat(score.stderr()).isEqualTo("claimcompare: interrupted" + System.lineSeparator());
    }
  }

  @Test
  void endsAtTheFirstInvalidLineKeepingTheAnswersGiven() {
    try (CliSession score = CliSession.start("score")) {
      score.writeLine(pair("1", "Zelenski left Kiev", "Zelensky left Kyiv"));
      String first = score.readLine(ANSWER);
      score.writeLine("{\"id\": \"2\", \"a\": \"a text without its pair\"}");

      assertThat(Cli.jsonLines(first).get(0).get("id").asText()).isEqualTo("1");
      assertThat(score.readLine(ANSWER)).as("the end of the output, not an answer").isNull();
      assertThat(score.status(ANSWER)).isEqualTo(2);
      assertThat(score.stderr())
          .isEqualTo("claimcompare score: standard input: line 2: field \"b\" is missing" + System.lineSeparator());
    }
  }

  @Test
  void skipsAnInvalidLineWithoutAnswerAndAnswersTheNext() {
    try (CliSession score = CliSession.start("score", "--skip-invalid")) {
      score.writeLine("not JSON");
      score.writeLine(pair("2", "Zelenski left Kiev", "Zelensky left Kyiv"));
      JsonNode answer = Cli.jsonLines(score.readLine(ANSWER)).get(0);
      score.closeInput();

      assertThat(answer.get("id").asText()).isEqualTo("2");
      assertThat(score.status(ANSWER)).isZero();
      assertThat(score.stderr()).startsWith("claimcompare score: standard input: skipped line 1: invalid JSON");
    }
  }

  @Test
  void onStandardOutputWritesTheAnswersBeforeTheFirstInvalidLineOnly() {
    Cli.Result r = Cli.run(Cli.lines(
        pair("1", "Zelenski left Kiev", "Zelensky left Kyiv"),
        "{\"id\": \"2\", \"a\": \"x\", \"b\": 7}",
        pair("3", "Zelenski left Kiev", "Zelensky left Kyiv"),
        "[]"), "score");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.json()).extracting(o -> o.get("id").asText()).containsExactly("1");
    assertThat(r.err()).isEqualTo(
        "claimcompare score: standard input: line 2: field \"b\" must be a string, got number" + System.lineSeparator());
  }

  @Test
  void toAFileListsEveryInvalidLineAndWritesNothing(@TempDir Path dir) {
    Path out = dir.resolve("scores.jsonl");

    Cli.Result r = Cli.run(Cli.lines(
        pair("1", "Zelenski left Kiev", "Zelensky left Kyiv"),
        "{\"id\": \"2\", \"a\": \"x\", \"b\": 7}",
        pair("3", "Zelenski left Kiev", "Zelensky left Kyiv"),
        "[]"), "score", "--out", out.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(String.join(System.lineSeparator(),
        "claimcompare score: standard input: line 2: field \"b\" must be a string, got number",
        "claimcompare score: standard input: line 4: expected a JSON object, got array", ""));
    assertThat(out).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  static String pair(String id, String a, String b) {
    return "{\"id\":\"" + id + "\",\"a\":\"" + a + "\",\"b\":\"" + b + "\"}";
  }

  private static List<String> fieldNames(JsonNode o) {
    return StreamSupport.stream(((Iterable<String>) o::fieldNames).spliterator(), false).toList();
  }

  @Test
  void explainListsTheGuardsThatFired() {
    JsonNode o = Cli.run(pair("p", "137 people were killed", "300 people were killed") + "\n", "score", "--explain")
        .json().get(0);
    assertThat(o.get("guards")).hasSize(1);
    JsonNode g = o.get("guards").get(0);
    assertThat(g.get("guard").asText()).isEqualTo("number");
    assertThat(g.get("a").get(0).asText()).isEqualTo("137");
    assertThat(g.get("b").get(0).asText()).isEqualTo("300");
    assertThat(g.get("factor").asDouble()).isEqualTo(0.7);
  }
}
