package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.nio.file.Path;
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
