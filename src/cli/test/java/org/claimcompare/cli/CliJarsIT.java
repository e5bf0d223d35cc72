package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** The next line of {@code reader}, or null at its end; fails, rather than hangs, when none comes in time. */
  private static String readLine(BufferedReader reader, ExecutorService executor) throws Exception {
    Future<String> line = executor.submit(reader::readLine);
    try {
      return line.get(2, TimeUnit.MINUTES);
    } catch (TimeoutException e) {
      throw new AssertionError("no line within 2 minutes", e);
    }
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

  /** As a program that keeps the process open uses it: one line in, its answer out, before the next line is written. */
  @Test
  void smallJarAnswersEachScoreLineBeforeItsInputEnds() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", SMALL.toString(), "score").redirectError(ProcessBuilder.Redirect.PIPE).start();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    Writer stdin = new OutputStreamWriter(p.getOutputStream(), UTF_8);
    try (BufferedReader stdout = new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8))) {
      stdin.write("{\"id\": \"1\", \"a\": \"Zelenski left Kiev\", \"b\": \"Zelensky left Kyiv\"}\n");
      stdin.flush();
      String first = readLine(stdout, executor);
      stdin.write("{\"id\": \"2\", \"a\": \"Take power into your own hands\", \"b\": \"Take the power in your hands\"}\n");
      stdin.flush();
      String second = readLine(stdout, executor);
      stdin.close(); // the end of the input: the process ends

      assertThat(first).isEqualTo("{\"id\":\"1\",\"score\":1.0000}");
      assertThat(second).startsWith("{\"id\":\"2\",\"score\":0.");
      assertThat(readLine(stdout, executor)).isNull();
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).isZero();
      assertThat(new String(p.getErrorStream().readAllBytes(), UTF_8)).isEmpty();
    } finally {
      p.destroyForcibly();
      executor.shutdownNow();
    }
  }

  /** jsoup, optional for the command line's artifact, is in both runnable jars, with its licence. */
  @Test
  void bothJarsHoldJsoupAndReadAnHtmlArticle(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("page.html"),
        "<!DOCTYPE html><title>Floods</title><script>var x = \"“no,” it said\";</script>"
            + "<p>&#8220;We will not give up,&#8221; the mayor said.</p>", UTF_8);

    for (Path jar : List.of(SMALL, SEMANTIC)) {
      assertThat(holds(jar, "org/jsoup/Jsoup.class")).as("jsoup in %s", jar).isTrue();
      assertThat(holds(jar, "META-INF/jsoup/LICENSE")).as("jsoup's licence in %s", jar).isTrue();
    }
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", SMALL.toString(), "extract", page.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor()).as(err).isZero();
    assertThat(Cli.jsonLines(out)).singleElement()
        .satisfies(c -> assertThat(c.get("text").asText()).isEqualTo("We will not give up"));
  }

  /**
   * The README's Python programs (its {@code python} blocks that open with an import; the others
   * are fragments) run against the small jar at the repository's root as shown: each exits with 0
   * and prints what the comments after its {@code print} calls say.
   */
  @Test
  void readmePythonProgramsRunAsShown() throws Exception {
    assumeTrue(python3(), "python3 is installed");
    Matcher blocks = Pattern.compile("```python\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(Path.of("README.md"), UTF_8));
    int programs = 0;
    while (blocks.find()) {
      String program = blocks.group(1);
      if (!program.startsWith("import ")) {
        continue;
      }
      programs++;
      List<String> expected = program.lines()
          .map(PRINTED::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
      Process p = new ProcessBuilder("python3", "-c", program).start();
      String out = new String(p.getInputStream().readAllBytes(), UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), UTF_8);

      assertThat(p.waitFor()).as("%s%n%s", program, err).isZero();
      assertThat(out.lines()).as(program).containsExactlyElementsOf(expected);
    }
    assertThat(programs).isEqualTo(2);
  }

  /** A line that prints, and what it prints in its comment: {@code print(len(claims) > 0)  # True}. */
  private static final Pattern PRINTED = Pattern.compile("\\s*print\\(.*\\)\\s+# (.*)");

  private static boolean python3() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
