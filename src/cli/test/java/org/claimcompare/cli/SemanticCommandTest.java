package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --semantic} and {@code --model} in the commands that score. */
class SemanticCommandTest {
  private static final String INPUT = Cli.lines(
      "{\"id\": \"troops\", \"a\": \"he will not deploy American forces in Ukraine\", \"b\": \"no US troops would enter Ukraine\"}",
      "{\"id\": \"same\", \"a\": \"Kyiv is the capital\", \"b\": \"Kyiv is the capital\"}");

  @Test
  void scoresWithTheSemanticScorerAndExplainsItsParts() {
    Cli.Result lexical = Cli.run(INPUT, "score");
    Cli.Result r = Cli.run(INPUT, "score", "--semantic", "--explain");

    assertThat(r.status()).as(r.err()).isZero();
    JsonNode troops = r.json().get(0);
    assertThat(troops.get("score").asDouble()).isGreaterThan(lexical.json().get(0).get("score").asDouble());
    List<JsonNode> semantic = StreamSupport.stream(troops.get("pairs").spliterator(), false)
        .filter(p -> p.get("type").asText().equals("semantic")).toList();
    assertThat(semantic).extracting(p -> p.get("a").asText() + "~" + p.get("b").asText()).contains("forces~troops");
    assertThat(semantic).allSatisfy(p -> assertThat(p.get("cosine").asDouble()).isBetween(0.5, 1.0));
    assertThat(troops.get("sentence").get("model").asText()).isEqualTo("e5-small-v2-q");
    assertThat(r.json().get(1).get("score").asDouble()).isEqualTo(1.0);
  }

  @Test
  void clustersWithTheSemanticOptions(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("claims.jsonl");
    Files.writeString(in, Cli.lines(
        "{\"id\": \"1\", \"text\": \"Russian forces have encircled Kyiv\"}",
        "{\"id\": \"2\", \"text\": \"Russian forces have encircled Kiev\"}",
        "{\"id\": \"3\", \"text\": \"the recipe needs two cups of flour\"}"));
    Cli.Result r = Cli.run("", "cluster", "--semantic", "--in", in.toString(), "--progress", "none");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.json()).hasSize(2);
  }

  @Test
  void rejectsAnUnknownModelNamingTheKnownOnes() {
    Cli.Result r = Cli.run(INPUT, "score", "--semantic", "--model", "gpt");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--model: unknown model 'gpt'").contains("all-minilm-l6-v2-q");
  }

  @Test
  void rejectsAModelWithoutSemantic() {
    Cli.Result r = Cli.run(INPUT, "score", "--model", "all-minilm-l6-v2-q");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--model applies with --semantic only");
  }

  /** The small jar has no semantic module: the command says which jar has it. */
  @Test
  void namesTheSemanticJarWhenTheModuleIsAbsent(@TempDir Path dir) throws IOException, InterruptedException {
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.contains("semantic") && !e.contains("onnxruntime") && !e.contains("langchain4j"))
        .collect(Collectors.joining(File.pathSeparator));
    Path in = dir.resolve("pairs.jsonl");
    Files.writeString(in, INPUT);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
        Main.class.getName(), "score", "--semantic", "--in", in.toString()));
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), UTF_8);

    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(err).contains("claimcompare-semantic-cli.jar");
  }
}
