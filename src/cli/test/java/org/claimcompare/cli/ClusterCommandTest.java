package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterCommandTest {
  private static final String MAYOR = "We will not give up on this city, whatever the cost";
  private static final String BANANAS = "Bananas are a good source of potassium for athletes";
  private static final String BRIDGE = "The old railway bridge reopens to traffic next spring";

  private static final String INPUT = Cli.lines(
      claim("m1", MAYOR),
      claim("b1", BANANAS),
      claim("m2", MAYOR),
      claim("r1", BRIDGE));

  @Test
  void writesOneClusterObjectPerLine() {
    Cli.Result r = Cli.run(INPUT, "cluster");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).endsWith("\n");
    for (JsonNode c : r.json()) {
      assertThat(c.get("cluster").isInt()).as("cluster in %s", c).isTrue();
      assertThat(c.get("size").isInt()).as("size in %s", c).isTrue();
      assertThat(c.get("representative").isTextual()).as("representative in %s", c).isTrue();
      assertThat(c.get("members")).hasSize(c.get("size").asInt());
      for (JsonNode m : c.get("members")) {
        assertThat(m.get("id").isTextual()).as("member id in %s", c).isTrue();
        assertThat(m.get("score").asDouble()).as("member score in %s", c).isBetween(0.0, 1.0);
      }
      assertThat(ids(c)).contains(c.get("representative").asText());
    }
  }

  @Test
  void mergesIdenticalRenderingsAndSeparatesUnrelatedOnes() {
    List<Set<String>> clusters = Cli.run(INPUT, "cluster").json().stream()
        .map(ClusterCommandTest::ids)
        .toList();

    assertThat(clusters).containsExactlyInAnyOrder(Set.of("m1", "m2"), Set.of("b1"), Set.of("r1"));
  }

  /** Partition property: whatever the input, each id appears in exactly one cluster. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void placesEveryInputIdInExactlyOneCluster(long seed) {
    Random random = new Random(seed);
    List<String> texts = List.of(MAYOR, BANANAS, BRIDGE, "The mayor will not give up", "Potassium for athletes");
    List<String> ids = new ArrayList<>();
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      String id = String.format(Locale.ROOT, "c%02d", i);
      ids.add(id);
      input.append(claim(id, texts.get(random.nextInt(texts.size())))).append('\n');
    }

    List<String> members = Cli.run(input.toString(), "cluster").json().stream()
        .flatMap(c -> StreamSupport.stream(c.get("members").spliterator(), false))
        .map(m -> m.get("id").asText())
        .toList();

    assertThat(members).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void numbersClustersFromOneLargestFirst() {
    List<JsonNode> clusters = Cli.run(INPUT, "cluster").json();

    assertThat(clusters.stream().map(c -> c.get("cluster").asInt()))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, clusters.size()).boxed().toList());
    assertThat(clusters.stream().map(c -> c.get("size").asInt()))
        .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
  }

  /** More clusters than are turned into JSON at once (two windows and more): every one is written, in order. */
  @Test
  void writesClustersInOrderPastTheFirstThousands() {
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < 9000; k++) {
      // One word each, made of letters from the claim's number: no two claims share a word.
      String word = "q" + Integer.toString(k, 26).chars()
          .mapToObj(c -> String.valueOf((char) (Character.digit(c, 26) + 'a'))).collect(Collectors.joining());
      lines.add(claim(String.format("c%04d", k), word));
    }
    lines.add(claim("m1", MAYOR));
    lines.add(claim("m2", MAYOR));

    List<JsonNode> clusters = Cli.run(Cli.lines(lines.toArray(new String[0])), "cluster").json();

    assertThat(clusters.size()).isGreaterThan(8000);
    assertThat(clusters.stream().map(c -> c.get("cluster").asInt()))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, clusters.size()).boxed().toList());
    assertThat(clusters.stream().map(c -> c.get("size").asInt()))
        .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    assertThat(clusters.stream().flatMap(c -> ids(c).stream()).toList())
        .hasSize(9002).doesNotHaveDuplicates().contains("m1", "m2", "c0000", "c8999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.5", "1", "0.85"})
  void acceptsThresholdInUnitInterval(String threshold) {
    Cli.Result r = Cli.run(INPUT, "cluster", "--threshold", threshold);

    assertThat(r.status()).isZero();
    assertThat(r.json().stream().mapToInt(c -> c.get("size").asInt()).sum()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.1", "1.5", "NaN", "Infinity", "-Infinity", "1e999"})
  void rejectsThresholdOutsideUnitInterval(String threshold) {
    Cli.Result r = Cli.run(INPUT, "cluster", "--threshold", threshold);

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--threshold must be in [0, 1]: " + (threshold.equals("1e999") ? "Infinity" : threshold));
    assertThat(r.out()).isEmpty();
  }

  @Test
  void rejectsThresholdThatIsNotANumber() {
    Cli.Result r = Cli.run(INPUT, "cluster", "--threshold", "high");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--threshold").contains("high");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void readsAndWritesNamedFiles(@TempDir Path dir) {
    Path in = Cli.write(dir.resolve("claims.jsonl"), INPUT);
    Path out = dir.resolve("clusters.jsonl");

    Cli.Result r = Cli.run("", "cluster", "--in", in.toString(), "--out", out.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Cli.jsonLines(out)).isEqualTo(Cli.run(INPUT, "cluster").json());
  }

  @Test
  void ignoresBlankLines() {
    String input = "\n" + claim("m1", MAYOR) + "\n   \n\t\n" + claim("m2", MAYOR) + "\n\n";

    Cli.Result r = Cli.run(input, "cluster");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.json()).singleElement().satisfies(c -> assertThat(ids(c)).containsExactlyInAnyOrder("m1", "m2"));
  }

  @Test
  void acceptsByteOrderMarkAndCrLf() {
    String input = "\uFEFF" + claim("m1", MAYOR) + "\r\n" + claim("m2", MAYOR) + "\r\n";

    Cli.Result r = Cli.run(input.getBytes(UTF_8), "cluster");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.json()).singleElement().satisfies(c -> assertThat(ids(c)).containsExactlyInAnyOrder("m1", "m2"));
  }

  @Test
  void keepsFragmentsInClustersOfTheirOwnUnlessAsked() {
    String input = Cli.lines(
        "{\"id\":\"f1\",\"text\":\"junta\",\"kind\":\"fragment\"}",
        "{\"id\":\"f2\",\"text\":\"junta\",\"kind\":\"fragment\"}",
        "{\"id\":\"q1\",\"text\":\"junta\",\"kind\":\"quote\"}");

    List<Set<String>> apart = Cli.run(input, "cluster").json().stream().map(ClusterCommandTest::ids).toList();
    List<Set<String>> linked =
        Cli.run(input, "cluster", "--fragments").json().stream().map(ClusterCommandTest::ids).toList();

    assertThat(apart).containsExactlyInAnyOrder(Set.of("f1"), Set.of("f2"), Set.of("q1"));
    assertThat(linked).containsExactly(Set.of("f1", "f2", "q1"));
  }

  @Test
  void keepsClaimsShorterThanTheMinimumApart() {
    String input = Cli.lines(
        "{\"id\":\"s1\",\"text\":\"the junta\"}",
        "{\"id\":\"s2\",\"text\":\"the junta\"}");

    assertThat(Cli.run(input, "cluster").json()).hasSize(1);
    assertThat(Cli.run(input, "cluster", "--min-words", "3").json()).hasSize(2);
    Cli.Result bad = Cli.run(input, "cluster", "--min-words", "0");
    assertThat(bad.status()).isNotZero();
    assertThat(bad.err()).contains("--min-words must be at least 1: 0");
  }

  @Test
  void acceptsOptionalSourceAndSpeaker() {
    String input = Cli.lines(
        "{\"id\":\"m1\",\"text\":\"" + MAYOR + "\",\"source\":\"a.txt\",\"speaker\":\"the mayor\"}",
        "{\"id\":\"m2\",\"text\":\"" + MAYOR + "\",\"source\":null,\"speaker\":\"\"}");

    Cli.Result r = Cli.run(input, "cluster");

    assertThat(r.status()).isZero();
    assertThat(r.json()).singleElement().satisfies(c -> assertThat(ids(c)).containsExactlyInAnyOrder("m1", "m2"));
  }

  @Test
  void writesNothingForEmptyInput() {
    Cli.Result r = Cli.run("", "cluster");

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  private static final java.util.regex.Pattern SUMMARY = java.util.regex.Pattern.compile(
      "clustered 4 claims into 3 clusters, 3 candidate pairs scored, in \\d+\\.\\d s( \\(CPU [^)]+\\))?(, peak heap [\\d,]+ MiB)?");

  @Test
  void endsWithASummaryLineWhenProgressIsShown() {
    Cli.Result r = Cli.run(INPUT, "cluster", "--progress=lines");

    assertThat(r.status()).isZero();
    assertThat(r.err().lines()).last().asString().matches(SUMMARY);
    assertThat(r.json()).isEqualTo(Cli.run(INPUT, "cluster").json());
  }

  @Test
  void showsTheReadingOfAnInputFileInBytes(@TempDir Path dir) {
    Path in = Cli.write(dir.resolve("claims.jsonl"), INPUT);
    long bytes = INPUT.getBytes(UTF_8).length;

    Cli.Result r = Cli.run("", "cluster", "--in", in.toString(), "--progress=lines");

    assertThat(r.status()).isZero();
    assertThat(r.err().lines()).first().asString().startsWith("reading: " + bytes + " bytes in ");
  }

  @Test
  void drawsABarWhenAskedAndEndsItsLine(@TempDir Path dir) {
    Path in = Cli.write(dir.resolve("claims.jsonl"), INPUT);

    Cli.Result r = Cli.run("", "cluster", "--in", in.toString(), "--progress=bar");

    assertThat(r.status()).isZero();
    assertThat(r.err()).startsWith("\rreading      [").contains("] 100%  ");
    assertThat(r.err().lines()).last().asString().matches(SUMMARY);
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      auto,  TERMINAL,     true,  true
      auto,  FILE_OR_PIPE, false, true
      auto,  CAPTURED,     false, false
      bar,   FILE_OR_PIPE, true,  true
      lines, TERMINAL,     false, true
      none,  TERMINAL,     false, false
      """)
  void showsProgressAsTheModeAndStandardErrorCallFor(String mode, Main.ErrorStream errorStream, boolean bar,
      boolean summary, @TempDir Path dir) {
    Path in = Cli.write(dir.resolve("claims.jsonl"), INPUT);
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Main.run(new String[] {"cluster", "--in", in.toString(), "--progress", mode},
        new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new PrintStream(err, true, UTF_8), errorStream);

    assertThat(status).isZero();
    assertThat(err.toString(UTF_8).contains("\r")).as("bar").isEqualTo(bar);
    assertThat(err.toString(UTF_8).lines().anyMatch(l -> SUMMARY.matcher(l).matches())).as("summary").isEqualTo(summary);
  }

  @Test
  void rejectsAnUnknownProgressMode() {
    Cli.Result r = Cli.run(INPUT, "cluster", "--progress", "fancy");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(
        "claimcompare cluster: unknown --progress \"fancy\": expected auto, bar, lines or none" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void saysOneClaimAndOneClusterInTheSingular() {
    ResourceUse use = new ResourceUse(1_500_000_000L, OptionalLong.empty(), OptionalLong.of(64L << 20));

    assertThat(ClusterCommand.summary(1, 1, 0, use))
        .isEqualTo("clustered 1 claim into 1 cluster, 0 candidate pairs scored, in 1.5 s, peak heap 64 MiB");
    assertThat(ClusterCommand.summary(2, 1, 1, use))
        .isEqualTo("clustered 2 claims into 1 cluster, 1 candidate pair scored, in 1.5 s, peak heap 64 MiB");
    assertThat(ClusterCommand.summary(824_259, 80_123, 17_782_120, use)).isEqualTo(
        "clustered 824,259 claims into 80,123 clusters, 17,782,120 candidate pairs scored, in 1.5 s, peak heap 64 MiB");
  }

  @Test
  void exitsWith130AndLeavesTheOutputFileAsItWasWhenInterrupted(@TempDir Path dir) throws IOException {
    Path in = Cli.write(dir.resolve("claims.jsonl"), INPUT);
    Path out = Cli.write(dir.resolve("clusters.jsonl"), "old content\n");

    Cli.Result r;
    Thread.currentThread().interrupt();
    try {
      r = Cli.run("", "cluster", "--in", in.toString(), "--out", out.toString());
    } finally {
      Thread.interrupted();
    }

    assertThat(r.status()).isEqualTo(130);
    assertThat(r.err()).isEqualTo("claimcompare: interrupted" + System.lineSeparator());
    assertThat(Files.readString(out, UTF_8)).isEqualTo("old content\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(in, out);
    }
  }

  @Test
  void keepsClusterIdsAcrossRunsWithAState(@TempDir Path dir) {
    Path state = dir.resolve("clusters.ccs");

    Cli.Result first = Cli.run(Cli.lines(claim("m1", MAYOR), claim("b1", BANANAS)), "cluster", "--state", state.toString());
    Cli.Result second = Cli.run(Cli.lines(claim("m2", MAYOR), claim("r1", BRIDGE)), "cluster", "--state", state.toString());

    assertThat(first.status()).isZero();
    assertThat(second.status()).isZero();
    assertThat(first.json()).extracting(c -> c.get("change").asText()).containsOnly("new");
    int mayor = clusterOf(first.json(), "m1").get("cluster").asInt();
    JsonNode grown = clusterOf(second.json(), "m2");
    assertThat(grown.get("cluster").asInt()).isEqualTo(mayor);
    assertThat(grown.get("change").asText()).isEqualTo("changed");
    assertThat(ids(grown)).containsExactlyInAnyOrder("m1", "m2");
    assertThat(clusterOf(second.json(), "b1").get("change").asText()).isEqualTo("unchanged");
    JsonNode bridge = clusterOf(second.json(), "r1");
    assertThat(bridge.get("cluster").asInt()).isEqualTo(3);
    assertThat(bridge.get("change").asText()).isEqualTo("new");
    assertThat(second.json()).extracting(c -> c.get("cluster").asInt()).containsExactly(1, 2, 3);
  }

  /**
   * Alone in the first run, the two statements about Odesa's grain (0.50 apart) share a cluster;
   * the second run doubles the claims, so all are linked afresh, each with its own rendering
   * (0.96 and 0.90 within, under 0.50 across), and b1 moves to the new cluster.
   */
  @Test
  void listsTheClaimsAConsolidationMoved(@TempDir Path dir) {
    Path state = dir.resolve("clusters.ccs");
    String fell = "Grain exports from the port of Odesa fell sharply in March as the blockade tightened";
    String resume = "Grain exports from the port of Odesa will resume next week under the new agreement";

    Cli.Result first = Cli.run(Cli.lines(claim("a1", fell), claim("b1", resume)), "cluster", "--state", state.toString());
    Cli.Result second = Cli.run(Cli.lines(
        claim("a2", "grain exports from the Odesa port fell sharply in March as the blockade was tightened"),
        claim("b2", "grain exports from the Odesa port will resume next week under the new deal")),
        "cluster", "--state", state.toString(), "--progress=lines");

    assertThat(first.json()).singleElement().satisfies(c -> assertThat(ids(c)).containsExactlyInAnyOrder("a1", "b1"));
    assertThat(second.status()).isZero();
    assertThat(second.json()).extracting(c -> c.get("cluster").asInt()).containsExactly(1, 2);
    JsonNode kept = clusterOf(second.json(), "a1");
    assertThat(kept.get("change").asText()).isEqualTo("changed");
    assertThat(ids(kept)).containsExactlyInAnyOrder("a1", "a2");
    assertThat(kept.has("moved_in")).isFalse();
    JsonNode created = clusterOf(second.json(), "b1");
    assertThat(created.get("change").asText()).isEqualTo("new");
    assertThat(created.get("moved_in").toString()).isEqualTo("[{\"id\":\"b1\",\"from\":1}]");
    assertThat(second.err()).contains("added 2 claims: 1 new cluster, 1 changed, 0 merges, 1 claim moved; 4 claims in all");
    // The pair of the first run is known with its score; the five with a new claim are scored.
    assertThat(second.err()).contains("5 candidate pairs scored");
  }

  @Test
  void rejectsAClaimAlreadyInTheState(@TempDir Path dir) throws IOException {
    Path state = dir.resolve("clusters.ccs");
    Cli.run(INPUT, "cluster", "--state", state.toString());
    byte[] before = Files.readAllBytes(state);

    Cli.Result again = Cli.run(INPUT, "cluster", "--state", state.toString());

    assertThat(again.status()).isNotZero();
    assertThat(again.err()).contains("claim id already in the state: ");
    assertThat(Files.readAllBytes(state)).isEqualTo(before);
  }

  @Test
  void rejectsATruncatedStateAndLeavesItAsItWas(@TempDir Path dir) throws IOException {
    Path state = dir.resolve("clusters.ccs");
    Cli.run(INPUT, "cluster", "--state", state.toString());
    byte[] whole = Files.readAllBytes(state);
    byte[] truncated = Arrays.copyOf(whole, whole.length - 7);
    Files.write(state, truncated);

    Cli.Result r = Cli.run(Cli.lines(claim("x1", "Something else entirely")), "cluster", "--state", state.toString());

    assertThat(r.status()).isNotZero();
    assertThat(r.err()).contains("cannot read the state " + state + ": cluster state truncated: "
        + truncated.length + " of its " + whole.length + " bytes; the file was left as it was");
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllBytes(state)).isEqualTo(truncated);
  }

  @Test
  void rejectsAStateMadeAtAnotherThreshold(@TempDir Path dir) {
    Path state = dir.resolve("clusters.ccs");
    Cli.run(INPUT, "cluster", "--state", state.toString());

    Cli.Result r = Cli.run(Cli.lines(claim("x1", "Something else entirely")), "cluster", "--state", state.toString(),
        "--threshold", "0.6");

    assertThat(r.status()).isNotZero();
    assertThat(r.err()).contains("the state was clustered with threshold 0.4");
  }

  @Test
  void reportsTheChangesOfAStatefulRun(@TempDir Path dir) {
    Path state = dir.resolve("clusters.ccs");

    Cli.Result r = Cli.run(INPUT, "cluster", "--state", state.toString(), "--progress=lines");

    assertThat(r.status()).isZero();
    assertThat(r.err()).contains("state " + state + ": added 4 claims: 3 new clusters, 0 changed, 0 merges, 0 claims moved; 4 claims in all");
  }

  private static JsonNode clusterOf(List<JsonNode> clusters, String claimId) {
    return clusters.stream().filter(c -> ids(c).contains(claimId)).findFirst().orElseThrow();
  }

  static String claim(String id, String text) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}";
  }

  private static Set<String> ids(JsonNode cluster) {
    return StreamSupport.stream(cluster.get("members").spliterator(), false)
        .map(m -> m.get("id").asText())
        .collect(Collectors.toSet());
  }
}
