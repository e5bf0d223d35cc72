package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
  @TempDir Path dir;

  /** A standard output that fails on every write, as {@code > /dev/full} does. */
  private static final class FullDevice extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  /** Standard input and arguments with which {@code command} succeeds, its files in {@link #dir}. */
  private record ValidRun(String stdin, List<String> args) {}

  private ValidRun validRun(String command) {
    String text = "We will not give up on this city";
    return switch (command) {
      case "cluster" -> new ValidRun(Cli.lines(ClusterCommandTest.claim("a", text)), List.of(command));
      case "score" -> new ValidRun(Cli.lines(ScoreCommandTest.pair("a", text, text)), List.of(command));
      case "extract", "report" -> new ValidRun("",
          List.of(command, Cli.write(dir.resolve("city-hall.txt"), ExtractCommandTest.CITY_HALL).toString()));
      case "eval" -> new ValidRun("", List.of(command, "groups",
          Cli.write(dir.resolve("groups.tsv"), "a\t" + text + "\na\t" + text + "!\n").toString()));
      default -> throw new IllegalArgumentException(command);
    };
  }

  private Cli.Result run(ValidRun run, String... more) {
    List<String> args = new ArrayList<>(run.args());
    args.addAll(List.of(more));
    return Cli.run(run.stdin(), args.toArray(String[]::new));
  }

  private static int run(ValidRun run, OutputStream stdout, ByteArrayOutputStream stderr) {
    return Main.run(run.args().toArray(String[]::new), new ByteArrayInputStream(run.stdin().getBytes(UTF_8)),
        stdout, new PrintStream(stderr, true, UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cluster", "score", "extract", "report", "eval"})
  void succeedsOnTheValidRunsThatTheseTestsBreak(String command) {
    Cli.Result r = run(validRun(command));

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cluster", "score", "extract", "report", "eval"})
  void exitsTwoNamingStandardOutputWhenItCannotBeWritten(String command) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = run(validRun(command), new FullDevice(), err);

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(UTF_8))
        .isEqualTo("claimcompare " + command + ": cannot write standard output: No space left on device" + System.lineSeparator());
  }

  /** A PrintStream keeps a write error to itself; it must still be noticed. */
  @ParameterizedTest
  @ValueSource(strings = {"cluster", "score", "extract", "report", "eval"})
  void exitsTwoWhenAPrintStreamSwallowedTheWriteError(String command) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = run(validRun(command), new PrintStream(new FullDevice(), true, UTF_8), err);

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(UTF_8)).isEqualTo("claimcompare " + command + ": cannot write standard output" + System.lineSeparator());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "--version"})
  void exitsTwoWhenHelpOrVersionCannotBeWritten(String option) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Main.run(new String[] {option}, new ByteArrayInputStream(new byte[0]), new FullDevice(),
        new PrintStream(err, true, UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(UTF_8)).isEqualTo("claimcompare: cannot write standard output" + System.lineSeparator());
  }

  @Test
  void exitsTwoWithAMessageWhenStandardOutputIsAFullDisk() {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "/dev/full exists");

    CliProcess.Result r = new CliProcess().stdout(full).run("--version");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("claimcompare: cannot write standard output" + System.lineSeparator());
  }

  @Test
  void exitsTwoWithAMessageWhenCommandOutputGoesToAFullDisk() throws IOException {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "/dev/full exists");
    Path article = Cli.write(dir.resolve("city-hall.txt"), ExtractCommandTest.CITY_HALL);

    CliProcess.Result r = new CliProcess().stdout(full).run("extract", article.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).endsWith("claimcompare extract: cannot write standard output: No space left on device"
        + System.lineSeparator());
  }

  @ParameterizedTest
  @ValueSource(strings = {"cluster", "score", "extract", "report", "eval"})
  void rejectsAFolderAsOutputNamingIt(String command) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("results"));

    Cli.Result r = run(validRun(command), "--out", folder.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("claimcompare " + command + ": cannot write " + folder + ": it is a folder"
        + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cluster", "score", "extract", "report", "eval"})
  void writesTheOutputFileWhole(String command) throws IOException {
    Path out = Cli.write(dir.resolve("out.txt"), "old content\n");

    Cli.Result r = run(validRun(command), "--out", out.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out, UTF_8)).isEqualTo(run(validRun(command)).out());
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  /** The failure of the issue: a file-size limit stops the write midway; the old file must survive whole. */
  @Test
  void leavesTheOutputFileAsItWasWhenAFileSizeLimitStopsTheWrite() throws IOException {
    assumeTrue(System.getProperty("os.name").equals("Linux") && new File("/bin/bash").canExecute(), "bash's ulimit");
    StringBuilder pairs = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      pairs.append(ScoreCommandTest.pair("pair-" + i, "We will not give up", "We will never give up")).append('\n');
    }
    Path in = Cli.write(dir.resolve("pairs.jsonl"), pairs.toString());
    Path out = Cli.write(dir.resolve("scores.jsonl"), "old content\n");

    CliProcess.Result r = new CliProcess().fileSizeLimit(16).jvm("-XX:-UsePerfData")
        .run("score", "--in", in.toString(), "--out", out.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).endsWith("claimcompare score: cannot write " + out + ": File too large; the file was left as it was"
        + System.lineSeparator());
    assertThat(Files.readString(out, UTF_8)).isEqualTo("old content\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("pairs.jsonl", "scores.jsonl");
    }
  }

  /** {@code --out /dev/stdout} must write to standard output, not replace the file it was redirected to. */
  @Test
  void writesThroughDevStdoutToTheRedirectedFile() throws IOException {
    assumeTrue(new File("/dev/stdout").exists(), "/dev/stdout exists");
    Path out = Cli.write(dir.resolve("out.txt"), "");

    Path article = Cli.write(dir.resolve("a.txt"), ExtractCommandTest.CITY_HALL);

    CliProcess.Result r = new CliProcess().stdout(out.toFile()).run("extract", "--out", "/dev/stdout", article.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Cli.jsonLines(out)).isNotEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("out.txt", "a.txt");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"cluster", "score"})
  void leavesAnExistingOutputFileAsItWasOnBadInput(String command) throws IOException {
    Path out = Cli.write(dir.resolve("out.jsonl"), "old content\n");

    Cli.Result r = Cli.run("[1]\n", command, "--out", out.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(Files.readString(out, UTF_8)).isEqualTo("old content\n");
  }
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
    Cli.Result r = Cli.run("", command, "--xyzzy", validArgument);

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--xyzzy'").contains("Usage: claimcompare " + command);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void suggestsTheOptionAMistypedOneResembles() {
    Cli.Result r = Cli.run("", "cluster", "--fragmets");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--fragmets'").contains("Possible solutions: --fragments");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void printsTheProjectVersion(String option) {
    String version = System.getProperty("claimcompare.version");
    assertThat(version).as("the build passes the project's version").isNotBlank().doesNotContain("${");

    Cli.Result r = Cli.run("", option);

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("claimcompare " + version + System.lineSeparator());
    assertThat(Version.number()).isEqualTo(version);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cluster", "score", "extract", "report", "eval"})
  void printsTheProjectVersionForEveryCommand(String command) {
    Cli.Result r = Cli.run("", command, "--version");

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("claimcompare " + System.getProperty("claimcompare.version") + System.lineSeparator());
  }

  /**
   * Records larger than the heap: reading them runs out of memory, deterministically (the input is
   * streamed, but score keeps every record). The message must be the only line, with the remedy
   * and a status of its own.
   */
  @Test
  void runningOutOfMemoryEndsWithOneLineNamingTheRemedy() throws IOException {
    // One pair too large for the heap: score holds no more than the pair it is answering.
    Path big = dir.resolve("big.jsonl");
    Files.writeString(big, Cli.lines(ScoreCommandTest.pair("x", "word ".repeat(6 << 20), "other ".repeat(6 << 20))));

    CliProcess.Result r = new CliProcess().jvm("-Xmx24m").run("score", "--in", big.toString());

    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("claimcompare: out of memory (Java heap space, with at most ")
        .contains("give Java more with -Xmx, e.g. java -Xmx1g -jar target/claimcompare-cli.jar score ...");
  }

  /** As a resource loader may when it does not fit: inside an exception inside a failed class initialiser. */
  @Test
  void findsRunningOutOfMemoryWrappedByALibrary() {
    OutOfMemoryError cause = new OutOfMemoryError("Java heap space");
    Throwable wrapped = new ExceptionInInitializerError(new IllegalStateException("cannot load WordNet",
        new RuntimeException("Unable to create instance", cause)));

    assertThat(Main.outOfMemoryIn(wrapped)).containsSame(cause);
    assertThat(Main.outOfMemoryIn(cause)).containsSame(cause);
  }

  @Test
  void findsNoRunningOutOfMemoryInOtherFailures() {
    RuntimeException cyclic = new RuntimeException("outer");
    RuntimeException inner = new RuntimeException("inner", cyclic);
    cyclic.initCause(inner);

    assertThat(Main.outOfMemoryIn(new StackOverflowError())).isEmpty();
    assertThat(Main.outOfMemoryIn(cyclic)).isEmpty();
  }

  @Test
  void namesTheMemoryLimitAndSuggestsTwiceAsMuch() {
    String message = Main.outOfMemory(new String[] {"cluster", "--in", "claims.jsonl"}, new OutOfMemoryError("Java heap space"));

    long max = Runtime.getRuntime().maxMemory();
    assertThat(message)
        .startsWith("claimcompare: out of memory (Java heap space, with at most ")
        .contains(String.format(java.util.Locale.ROOT, "%,d MiB", max >> 20))
        .contains("-Xmx" + ((2 * max + (1L << 30) - 1) >> 30) + "g")
        .endsWith("cluster ...")
        .doesNotContain("\n");
  }

  /** The JSON Lines commands check for an interruption at every line read. */
  @ParameterizedTest
  @ValueSource(strings = {"cluster", "score"})
  void exitsWith130AndOneLineWhenInterrupted(String command) {
    Cli.Result r;
    Thread.currentThread().interrupt();
    try {
      r = run(validRun(command));
    } finally {
      Thread.interrupted();
    }

    assertThat(r.status()).isEqualTo(130);
    assertThat(r.err()).isEqualTo("claimcompare: interrupted" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  /** Standard output receives each line as soon as it is written, not once a buffer fills. */
  @Test
  void writesEachLineToStandardOutputAsSoonAsItIsWritten() {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    Main main = new Main(new ByteArrayInputStream(new byte[0]), stdout, System.err, Main.ErrorStream.CAPTURED);
    byte[] line = "{\"id\": \"a line of some length, written many times over\"}\n".getBytes(UTF_8);
    List<Integer> seen = new ArrayList<>();

    main.writeLines(null, out -> {
      for (int i = 0; i < 1_000; i++) {
        out.write(line);
        seen.add(stdout.size());
      }
    });

    for (int i = 0; i < seen.size(); i++) {
      assertThat(seen.get(i)).isEqualTo((i + 1) * line.length);
    }
  }

  /** Each line reaches a device or pipe named by --out at once too, through the buffer of its stream. */
  @Test
  void flushesEachLineToAPipeNamedAsOutput() throws Exception {
    Path fifo = dir.resolve("answers.fifo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo makes a named pipe");
    Main main = new Main(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), System.err,
        Main.ErrorStream.CAPTURED);
    CountDownLatch read = new CountDownLatch(1);
    Thread writer = new Thread(() -> main.writeLines(fifo, out -> {
      out.write("first\n".getBytes(UTF_8));
      try {
        // The line must reach the reader while the content is still being written.
        read.await(2, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    writer.start();
    try {
      String first = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
        try (BufferedReader reader = Files.newBufferedReader(fifo, UTF_8)) {
          return reader.readLine();
        }
      });
      assertThat(first).isEqualTo("first");
    } finally {
      read.countDown();
      writer.join();
    }
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      /dev/pts/3,                 true
      /dev/tty1,                  true
      /dev/ttyS0,                 true
      /dev/console,               true
      /dev/null,                  false
      'pipe:[123456]',            false
      /home/user/claims.err,      false
      """)
  void tellsATerminalByTheFileStandardErrorLinksTo(String target, boolean terminal) {
    assertThat(Main.isTerminal(target)).isEqualTo(terminal);
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
