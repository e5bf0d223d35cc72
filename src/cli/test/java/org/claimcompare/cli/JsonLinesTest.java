package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad JSON Lines input, through both commands that read it ({@code cluster} and {@code score}):
 * each bad line sits on line 2 between two valid lines.
 */
class JsonLinesTest {
  private static final String TEXT = "We will not give up on this city";

  /** A kind of bad line, as {@code cluster} and {@code score} input, and the problem reported. */
  record BadLine(String name, byte[] cluster, byte[] score, String problem) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<BadLine> badLines() {
    return Stream.of(
        same("invalid JSON", "{\"id\": \"x\", ", "invalid JSON"),
        same("trailing garbage", "{\"id\": \"x\"} 7", "invalid JSON"),
        same("duplicate key", "{\"id\": \"x\", \"id\": \"y\"}", "invalid JSON"),
        same("array", "[1]", "expected a JSON object, got array"),
        same("string", "\"x\"", "expected a JSON object, got string"),
        same("number", "42", "expected a JSON object, got number"),
        new BadLine("missing id", utf8("{\"text\": \"" + TEXT + "\"}"),
            utf8("{\"a\": \"" + TEXT + "\", \"b\": \"" + TEXT + "\"}"), "field \"id\" is missing"),
        new BadLine("null id", utf8("{\"id\": null, \"text\": \"" + TEXT + "\"}"),
            utf8("{\"id\": null, \"a\": \"" + TEXT + "\", \"b\": \"" + TEXT + "\"}"), "field \"id\" is missing"),
        new BadLine("number id", utf8("{\"id\": 7, \"text\": \"" + TEXT + "\"}"),
            utf8("{\"id\": 7, \"a\": \"" + TEXT + "\", \"b\": \"" + TEXT + "\"}"),
            "field \"id\" must be a string, got number"),
        new BadLine("blank id", utf8("{\"id\": \" \", \"text\": \"" + TEXT + "\"}"),
            utf8("{\"id\": \" \", \"a\": \"" + TEXT + "\", \"b\": \"" + TEXT + "\"}"), "field \"id\" must not be blank"),
        new BadLine("missing text", utf8("{\"id\": \"bad\"}"),
            utf8("{\"id\": \"bad\", \"b\": \"" + TEXT + "\"}"), "is missing"),
        new BadLine("blank text", utf8("{\"id\": \"bad\", \"text\": \"  \"}"),
            utf8("{\"id\": \"bad\", \"a\": \"" + TEXT + "\", \"b\": \"\"}"), "must not be blank"),
        new BadLine("number text", utf8("{\"id\": \"bad\", \"text\": 3}"),
            utf8("{\"id\": \"bad\", \"a\": 3, \"b\": \"" + TEXT + "\"}"), "must be a string, got number"),
        new BadLine("object text", utf8("{\"id\": \"bad\", \"text\": {}}"),
            utf8("{\"id\": \"bad\", \"a\": \"" + TEXT + "\", \"b\": []}"), "must be a string, got"),
        new BadLine("number source", utf8("{\"id\": \"bad\", \"text\": \"" + TEXT + "\", \"source\": 1}"),
            utf8("{\"id\": \"bad\", \"a\": \"" + TEXT + "\"}"), "field \""),
        new BadLine("number beyond a double", utf8("{\"id\": \"bad\", \"text\": \"" + TEXT + "\", \"weight\": 1e999}"),
            utf8("{\"id\": \"bad\", \"a\": \"" + TEXT + "\", \"b\": \"" + TEXT + "\", \"meta\": {\"w\": [1, -2e308]}}"),
            "must be a finite number, got one beyond the range of a double (±1.7976931348623157E308)"),
        new BadLine("duplicate id", utf8(claimLine("ok1")), utf8(pairLine("ok1")),
            "duplicate id \"ok1\" (first on line 1)"),
        same("invalid UTF-8", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
            "invalid UTF-8"),
        same("lone continuation byte", new byte[] {(byte) 0x80}, "invalid UTF-8"));
  }

  static Stream<Arguments> commandsAndBadLines() {
    return Stream.of("cluster", "score").flatMap(c -> badLines().map(b -> Arguments.of(c, b)));
  }

  /** {@code cluster} to standard output, and {@code score} to a file: nothing is written. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("commandsAndBadLines")
  void rejectsBadLineNamingItsNumberAndWritesNothing(String command, BadLine bad, @TempDir Path dir) {
    Path out = dir.resolve("out.jsonl");

    Cli.Result r = command.equals("score")
        ? Cli.run(input(command, bad), command, "--out", out.toString())
        : Cli.run(input(command, bad), command);

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("claimcompare " + command + ": standard input: line 2: ").contains(bad.problem());
    assertThat(r.err()).doesNotContain("line 1:", "line 3:");
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  /** {@code score} to standard output answers each line as it is read: the answers before a bad line stand. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("badLines")
  void scoreAnswersTheLinesBeforeABadLineAndStopsThere(BadLine bad) {
    Cli.Result r = Cli.run(input("score", bad), "score");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("claimcompare score: standard input: line 2: ").contains(bad.problem());
    assertThat(outputIds("score", r)).containsExactly("ok1");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("commandsAndBadLines")
  void skipsBadLineWhenAskedAndProcessesTheOthers(String command, BadLine bad) {
    Cli.Result r = Cli.run(input(command, bad), command, "--skip-invalid");

    assertThat(r.status()).isZero();
    assertThat(r.err()).contains("skipped line 2: ").contains(bad.problem());
    assertThat(outputIds(command, r)).containsExactlyInAnyOrder("ok1", "ok3");
  }

  /** {@code cluster} to standard output, and {@code score} to a file. */
  @ParameterizedTest
  @ValueSource(strings = {"cluster", "score"})
  void reportsEveryBadLineNotJustTheFirst(String command, @TempDir Path dir) {
    String input = Cli.lines(validLine(command, "ok1"), "[1]", "", validLine(command, "ok4"), "{", "7");
    Path out = dir.resolve("out.jsonl");

    Cli.Result r = command.equals("score") ? Cli.run(input, command, "--out", out.toString()) : Cli.run(input, command);

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(3);
    assertThat(r.err()).contains("line 2: ", "line 5: ", "line 6: ").doesNotContain("line 3", "line 4");
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cluster", "score"})
  void listsEverySkippedLine(String command) {
    String input = Cli.lines(validLine(command, "ok1"), "[1]", "", validLine(command, "ok4"), "{", "7");

    Cli.Result r = Cli.run(input, command, "--skip-invalid");

    assertThat(r.status()).isZero();
    assertThat(r.err().lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("skipped line "));
    assertThat(outputIds(command, r)).containsExactlyInAnyOrder("ok1", "ok4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cluster", "score"})
  void leavesOutputFileUnwrittenOnBadInput(String command, @TempDir Path dir) {
    Path in = Cli.write(dir.resolve("in.jsonl"), Cli.lines(validLine(command, "ok1"), "[1]"));
    Path out = dir.resolve("out.jsonl");

    Cli.Result r = Cli.run("", command, "--in", in.toString(), "--out", out.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(in.toString() + ": line 2: ");
    assertThat(out).doesNotExist();
  }

  static Stream<Arguments> commandsAndUnreadableFiles() {
    return Stream.of("cluster", "score").flatMap(c -> Stream.of(
        Arguments.of(c, "no-such-file.jsonl", false),
        Arguments.of(c, "no-such-file.jsonl", true),
        Arguments.of(c, "a-folder", false)));
  }

  @ParameterizedTest(name = "{0} --in {1}, --skip-invalid {2}")
  @MethodSource("commandsAndUnreadableFiles")
  void rejectsUnreadableInputFileNamingIt(String command, String name, boolean skipInvalid, @TempDir Path dir)
      throws Exception {
    Path in = dir.resolve(name);
    if (name.equals("a-folder")) {
      Files.createDirectory(in);
    }
    List<String> args = new ArrayList<>(List.of(command, "--in", in.toString()));
    if (skipInvalid) {
      args.add("--skip-invalid");
    }

    Cli.Result r = Cli.run("", args.toArray(String[]::new));

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("claimcompare " + command + ": cannot read " + in);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void namesTheFieldHoldingANumberBeyondADouble() {
    JsonLines.Result result = JsonLines.read(utf8(Cli.lines(
            "{\"id\": \"a\", \"text\": \"x\", \"n\": 1e999}",
            "{\"id\": \"b\", \"text\": \"x\", \"m\": {\"w\": [1, -1e309]}}",
            "{\"id\": \"c\", \"text\": \"x\", \"n\": 1e308, \"tiny\": 1e-999}")),
        new JsonLines.Schema(List.of("id", "text"), List.of()));

    assertThat(result.problems()).containsExactly(
        "line 1: field \"n\" must be a finite number, got one beyond the range of a double (±1.7976931348623157E308)",
        "line 2: field \"m.w[1]\" must be a finite number, got one beyond the range of a double (±1.7976931348623157E308)");
    assertThat(result.lines()).extracting(InputLine::number).containsExactly(3L);
  }

  /** A lone surrogate is not Unicode text, but it is a JSON string; it must come back as it came. */
  @Test
  void writesIdsWithLoneSurrogatesBackExactly() {
    String input = Cli.lines(ClusterCommandTest.claim("\\ud800", TEXT), ClusterCommandTest.claim("\\udc00", TEXT),
        ClusterCommandTest.claim("\\udc00\\ud800", TEXT), ClusterCommandTest.claim("\\ud83d\\ude00", TEXT));

    Cli.Result r = Cli.run(input, "cluster");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"\\uD800\"", "\"\\uDC00\"", "\"\\uDC00\\uD800\"", "\"\ud83d\ude00\"");
    assertThat(outputIds("cluster", r)).containsExactlyInAnyOrder("\ud800", "\udc00", "\udc00\ud800", "\ud83d\ude00");
  }

  @Test
  void writesTextsWithLoneSurrogatesBackExactly() {
    String text = "We will \\ud800 not give up";
    String input = Cli.lines(ScoreCommandTest.pair("p\\udfff", text, "We will not give up \\udbff"));

    Cli.Result r = Cli.run(input, "score", "--explain");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.json()).singleElement().satisfies(o -> assertThat(o.get("id").asText()).isEqualTo("p\udfff"));
    assertThat(r.out()).doesNotContain("?").contains("\"p\\uDFFF\"");
  }

  @Test
  void namesADuplicateIdWithALoneSurrogateByItsEscape() {
    String line = ClusterCommandTest.claim("\\ud800", TEXT);

    Cli.Result r = Cli.run(Cli.lines(line, line), "cluster");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("line 2: duplicate id \"\\uD800\" (first on line 1)");
  }

  /** Jackson stops at 20,000,000 characters by default; the command line sets no limit of its own. */
  @Test
  void readsALineLongerThanJacksonsDefaultLimit() {
    String longText = "word ".repeat(4_100_000);

    JsonLines.Result result = JsonLines.read(utf8(Cli.lines(ClusterCommandTest.claim("long", longText))),
        new JsonLines.Schema(List.of("id", "text"), List.of()));

    assertThat(result.problems()).isEmpty();
    assertThat(result.lines()).singleElement().satisfies(l -> assertThat(l.json().get("text").asText()).isEqualTo(longText));
  }

  @Test
  void parsesOnlyObjectLinesAndNamesTheirNumbers() {
    JsonLines.Result result = JsonLines.read(utf8(Cli.lines("", claimLine("a"), "{}", claimLine("b"))),
        new JsonLines.Schema(List.of("id", "text"), List.of("source", "speaker")));

    assertThat(result.lines()).extracting(InputLine::number).containsExactly(2L, 4L);
    assertThat(result.problems()).containsExactly("line 3: field \"id\" is missing");
  }

  /** The streaming reader, on what a chunked reader could get wrong: a line longer than a chunk, CRLF, no final newline. */
  @Test
  void streamsLinesOfAnyLengthNamingTheLineOfBadUtf8() throws IOException {
    String longText = "word ".repeat(30_000); // 150 KB, beyond one 64 KiB chunk
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(utf8("\uFEFF" + claimLine("a") + "\r\n"));
    input.writeBytes(utf8(ClusterCommandTest.claim("long", longText) + "\r\n"));
    input.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}', '\r', '\n'});
    input.writeBytes(utf8("\n" + claimLine("b") + "\n" + ClusterCommandTest.claim("c", longText)));
    List<InputLine> records = new ArrayList<>();
    List<String> problems = new ArrayList<>();

    JsonLines.read(new java.io.ByteArrayInputStream(input.toByteArray()), "input", SCHEMA, new JsonLines.Sink() {
      @Override
      public void record(InputLine line) {
        records.add(line);
      }

      @Override
      public void problem(String problem) {
        problems.add(problem);
      }
    });

    assertThat(records).extracting(InputLine::number).containsExactly(1L, 2L, 5L, 6L);
    assertThat(records).extracting(l -> l.json().get("text").asText()).containsExactly(TEXT, longText, TEXT, longText);
    assertThat(problems).containsExactly("line 3: invalid UTF-8");
  }

  @Test
  void readsTheSameFromAStreamAsFromAnArray() throws IOException {
    byte[] input = utf8(Cli.lines("", claimLine("a"), "{}", claimLine("b"), claimLine("a"), "[", claimLine("c")));
    JsonLines.Result whole = JsonLines.read(input, SCHEMA);
    List<String> streamed = new ArrayList<>();

    JsonLines.read(new java.io.ByteArrayInputStream(input), "input", SCHEMA, new JsonLines.Sink() {
      @Override
      public void record(InputLine line) {
        streamed.add(line.number() + " " + line.json());
      }

      @Override
      public void problem(String problem) {
        streamed.add(problem);
      }
    });

    assertThat(whole.problems()).hasSize(3);
    assertThat(streamed).containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
        whole.lines().stream().map(l -> l.number() + " " + l.json()), whole.problems().stream()).toList());
  }

  private static final JsonLines.Schema SCHEMA = new JsonLines.Schema(List.of("id", "text"), List.of("source", "speaker"));

  private static byte[] input(String command, BadLine bad) {
    ByteArrayOutputStream s = new ByteArrayOutputStream();
    s.writeBytes(utf8(validLine(command, "ok1") + "\n"));
    s.writeBytes(command.equals("cluster") ? bad.cluster() : bad.score());
    s.writeBytes(utf8("\n" + validLine(command, "ok3") + "\n"));
    return s.toByteArray();
  }

  private static List<String> outputIds(String command, Cli.Result r) {
    Stream<JsonNode> records = command.equals("cluster")
        ? r.json().stream().flatMap(c -> StreamSupport.stream(c.get("members").spliterator(), false))
        : r.json().stream();
    return records.map(o -> o.get("id").asText()).toList();
  }

  private static String validLine(String command, String id) {
    return command.equals("cluster") ? claimLine(id) : pairLine(id);
  }

  private static String claimLine(String id) {
    return ClusterCommandTest.claim(id, TEXT);
  }

  private static String pairLine(String id) {
    return ScoreCommandTest.pair(id, TEXT, "We will never give up");
  }

  private static BadLine same(String name, String line, String problem) {
    return same(name, utf8(line), problem);
  }

  private static BadLine same(String name, byte[] line, String problem) {
    return new BadLine(name, line, line, problem);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }
}
