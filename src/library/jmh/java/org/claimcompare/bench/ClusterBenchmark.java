package org.claimcompare.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.Claims;
import org.claimcompare.cluster.CandidateGenerator;
import org.claimcompare.cluster.ClusterOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code Claims.cluster} with the standard candidates on n synthetic claims, or on the first n
 * sentences of a file given as {@code -p file=PATH} (one sentence per line, after the last tab if
 * any, such as the WMT {@code group_id<TAB>sentence} files; see {@code docs/benchmarks.md}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClusterBenchmark {
  private static final List<String> VOCABULARY = Arrays.asList((
      "president minister army city capital government troops border talks peace war attack defend"
          + " sanctions people country forces bridge hospital school election vote power hands land"
          + " will not give up never accept demand support refuse promise warn said told announced"
          + " today tomorrow yesterday night morning week strong free united final real long new our")
      .split(" "));

  private static final ClusterOptions OPTIONS =
      ClusterOptions.standard().withCandidates(CandidateGenerator.standard());

  /** About one claim in four is a near-duplicate of an earlier one, so clusters form. */
  private static final double VARIANT_SHARE = 0.25;

  @Param({"200", "1000"})
  int n;

  /** Empty for synthetic claims, else the file to read sentences from. */
  @Param({""})
  String file;

  List<Claim> claims;

  /**
   * Generates the claims from a fixed seed, or reads them, so every run measures the same input.
   *
   * @throws IOException if the file cannot be read
   */
  @Setup
  public void generate() throws IOException {
    List<String> texts = file.isEmpty() ? synthetic() : sentences(Path.of(file));
    claims = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      claims.add(Claims.claim(String.format(Locale.ROOT, "c%05d", i), texts.get(i)));
    }
  }

  private List<String> synthetic() {
    Random random = new Random(20_260_122L);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(!texts.isEmpty() && random.nextDouble() < VARIANT_SHARE
          ? variant(texts.get(random.nextInt(texts.size())), random)
          : sentence(random));
    }
    return texts;
  }

  private List<String> sentences(Path path) throws IOException {
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    if (lines.size() < n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has %d lines, fewer than n=%d", path, lines.size(), n));
    }
    return lines.subList(0, n).stream().map(l -> l.substring(l.lastIndexOf('\t') + 1)).toList();
  }

  /**
   * Clusters all claims with the standard threshold and scorer and the standard candidates: every
   * pair for up to 1,000 claims, pairs sharing a rare word above.
   */
  @Benchmark
  public List<ClaimCluster> cluster() {
    return Claims.cluster(claims, OPTIONS);
  }

  private static String sentence(Random random) {
    int length = 8 + random.nextInt(8);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
    }
    return capitalised(String.join(" ", words)) + ".";
  }

  /** A near-duplicate: one word replaced, one dropped, and the case or punctuation changed. */
  private static String variant(String text, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(text.substring(0, text.length() - 1).split(" ")));
    words.set(random.nextInt(words.size()), VOCABULARY.get(random.nextInt(VOCABULARY.size())));
    words.remove(random.nextInt(words.size()));
    String joined = String.join(" ", words);
    return random.nextBoolean() ? "“" + joined.toLowerCase(Locale.ROOT) + "”" : capitalised(joined) + "!";
  }

  private static String capitalised(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
