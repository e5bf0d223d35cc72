package org.claimcompare.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.PreparedTexts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@code PreparedTexts.score(i, j)} on a corpus compiled once ({@code
 * AlignmentScorer.clustering().prepareAdapted}, as the clusterer compiles its claims): {@value
 * #PAIRS} pairs scored per operation, on one thread and on two. The corpus is n synthetic claims,
 * or the first n lines of {@code -p file=PATH} (the text after the last tab; gzip if the name ends
 * in {@code .gz}), such as the scale corpus {@code wmt-x-en.tsv.gz}.
 *
 * <p>The pairs come in the order a clusterer scores them: sorted by first text, then second. Three
 * in four are candidates a blocking step would propose, texts sharing one of their two rarest
 * words, so mostly renderings of one statement; one in four is a random pair. Mode {@code thrpt}
 * reports pairs scored per second over all threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PairScoreBenchmark {
  /** Pairs scored per benchmark operation. */
  static final int PAIRS = 100_000;

  private static final List<String> VOCABULARY = Arrays.asList((
      "president minister army city capital government troops border talks peace war attack defend"
          + " sanctions people country forces bridge hospital school election vote power hands land"
          + " will not give up never accept demand support refuse promise warn said told announced"
          + " today tomorrow yesterday night morning week strong free united final real long new our"
          + " the a of to in and that for on with we you they it is be gang bunch ready willing"
          + " agreement agreements Peskov Peskow Zelensky Zelenski 21:30 21.30 24 2022 1,000")
      .split(" "));

  @Param({"20000"})
  int n;

  /** Empty for synthetic claims, else the file to read texts from. */
  @Param({""})
  String file;

  PreparedTexts prepared;
  int[] first;
  int[] second;

  /**
   * Compiles the corpus and draws the pairs, from fixed seeds.
   *
   * @throws IOException if the file cannot be read
   */
  @Setup
  public void prepare() throws IOException {
    List<String> texts = file.isEmpty() ? synthetic() : lines(Path.of(file));
    prepared = AlignmentScorer.clustering().prepareAdapted(texts, done -> {});
    long[] pairs = pairs(new Random(20_261_129L));
    Arrays.sort(pairs);
    first = new int[pairs.length];
    second = new int[pairs.length];
    for (int k = 0; k < pairs.length; k++) {
      first[k] = (int) (pairs[k] >>> 32);
      second[k] = (int) pairs[k];
    }
  }

  /**
   * Scores the pairs on one thread.
   *
   * @return the sum of the scores, so that none is optimised away
   */
  @Benchmark
  @Threads(1)
  @OperationsPerInvocation(PAIRS)
  public double oneThread() {
    return scoreAll();
  }

  /**
   * Scores the pairs on each of two threads.
   *
   * @return the sum of the scores, so that none is optimised away
   */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(PAIRS)
  public double twoThreads() {
    return scoreAll();
  }

  private double scoreAll() {
    double sum = 0;
    for (int k = 0; k < first.length; k++) {
      sum += prepared.score(first[k], second[k]);
    }
    return sum;
  }

  /** Candidate pairs through each text's two rarest words, then random pairs, as {@code i << 32 | j}. */
  private long[] pairs(Random random) {
    Map<String, List<Integer>> byWord = new HashMap<>();
    List<Set<String>> words = new ArrayList<>();
    for (int i = 0; i < prepared.size(); i++) {
      Set<String> distinct = new LinkedHashSet<>(prepared.words(i));
      words.add(distinct);
      for (String w : distinct) {
        byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> out = new LinkedHashSet<>();
    int candidates = PAIRS * 3 / 4;
    for (int attempt = 0; out.size() < candidates && attempt < 20 * PAIRS; attempt++) {
      int i = random.nextInt(prepared.size());
      List<String> rarest = words.get(i).stream()
          .filter(w -> byWord.get(w).size() > 1)
          .sorted((x, y) -> Integer.compare(byWord.get(x).size(), byWord.get(y).size()))
          .limit(2).toList();
      for (String w : rarest) {
        List<Integer> sharing = byWord.get(w);
        int j = sharing.get(random.nextInt(sharing.size()));
        if (j != i) {
          out.add(pair(i, j));
        }
      }
    }
    while (out.size() < PAIRS) {
      out.add(pair(random.nextInt(prepared.size()), random.nextInt(prepared.size())));
    }
    return out.stream().mapToLong(Long::longValue).limit(PAIRS).toArray();
  }

  private static long pair(int i, int j) {
    return (long) Math.min(i, j) << 32 | Math.max(i, j);
  }

  private List<String> synthetic() {
    Random random = new Random(20_260_122L);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(!texts.isEmpty() && random.nextDouble() < 0.25
          ? variant(texts.get(random.nextInt(texts.size())), random)
          : sentence(random));
    }
    return texts;
  }

  private static String sentence(Random random) {
    int length = 14 + random.nextInt(12);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
    }
    return String.join(" ", words) + ".";
  }

  /** A near-duplicate: one word replaced and one dropped. */
  private static String variant(String text, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(text.substring(0, text.length() - 1).split(" ")));
    words.set(random.nextInt(words.size()), VOCABULARY.get(random.nextInt(VOCABULARY.size())));
    words.remove(random.nextInt(words.size()));
    return String.join(" ", words) + ".";
  }

  private List<String> lines(Path path) throws IOException {
    List<String> texts = new ArrayList<>();
    try (InputStream in = Files.newInputStream(path);
        BufferedReader reader = new BufferedReader(new InputStreamReader(
            path.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null && texts.size() < n; line = reader.readLine()) {
        texts.add(line.substring(line.lastIndexOf('\t') + 1));
      }
    }
    if (texts.size() < n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has %d lines, fewer than n=%d", path, texts.size(), n));
    }
    return texts;
  }
}
