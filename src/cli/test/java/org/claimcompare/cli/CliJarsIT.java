package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two runnable jars as the README runs them: the small one without the semantic module and its
 * native libraries, the semantic one with them, each answering {@code score --semantic} as it should.
 * Runs after {@code package} (Failsafe), since it needs the jars.
 */
class CliJarsIT {
  private static final Path SMALL = Path.of(System.getProperty("claimcompare.cli.jar", "target/claimcompare-cli.jar"));
  private static final Path SEMANTIC =
      Path.of(System.getProperty("claimcompare.semantic.jar", "target/claimcompare-semantic-cli.jar"));
  private static final String PAIR =
      "{\"id\": \"t\", \"a\": \"he will not deploy American forces in Ukraine\", \"b\": \"no US troops would enter Ukraine\"}\n";

  private record Run(int status, String out, String err) {}

  private static Run run(Path jar, Path input, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--in", input.toString()));
    Process p = new ProcessBuilder(command).start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), UTF_8);
    return new Run(p.waitFor(), out, err);
  }

  private static boolean holds(Path jar, String prefix) throws IOException {
    try (JarFile j = new JarFile(jar.toFile())) {
      return j.stream().anyMatch(e -> e.getName().startsWith(prefix));
    }
  }

  @Test
  void smallJarLeavesOutTheSemanticModuleAndSaysWhereItIs(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("pairs.jsonl"), PAIR);

    assertThat(holds(SMALL, "org/claimcompare/semantic/")).isFalse();
    assertThat(holds(SMALL, "ai/onnxruntime/")).isFalse();
    assertThat(holds(SMALL, "e5-small-v2-q.onnx")).isFalse();
    Run r = run(SMALL, in, "score", "--semantic");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("claimcompare-semantic-cli.jar");
  }

  @Test
  void neitherJarHoldsWhatOnlyTheTestsUse() throws IOException {
    for (Path jar : List.of(SMALL, SEMANTIC)) {
      assertThat(holds(jar, "org/openqa/selenium/")).as("Selenium in %s", jar).isFalse();
      assertThat(holds(jar, "org/junit/")).as("JUnit in %s", jar).isFalse();
      assertThat(holds(jar, "org/assertj/")).as("AssertJ in %s", jar).isFalse();
    }
  }

  @Test
  void semanticJarScoresWithTheDefaultModelAndPrintsNothingElse(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("pairs.jsonl"), PAIR);

    assertThat(holds(SEMANTIC, "e5-small-v2-q.onnx")).isTrue();
    assertThat(holds(SEMANTIC, "all-minilm-l6-v2-q.onnx")).isTrue();
    Run r = run(SEMANTIC, in, "score", "--semantic", "--explain");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("\"type\":\"semantic\"").contains("\"model\":\"e5-small-v2-q\"");
    Run fast = run(SEMANTIC, in, "score", "--semantic", "--model", "all-minilm-l6-v2-q");
    assertThat(fast.status()).as(fast.err()).isZero();
  }
}
