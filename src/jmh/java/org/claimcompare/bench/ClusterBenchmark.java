package org.claimcompare.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.Claims;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@code Claims.cluster} with the standard options on N synthetic claims. */
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

  /** About one claim in four is a near-duplicate of an earlier one, so clusters form. */
  private static final double VARIANT_SHARE = 0.25;

  @Param({"200", "1000"})
  int n;

  List<Claim> claims;

  /** Generates the claims from a fixed seed, so every run measures the same input. */
  @Setup
  public void generate() {
    Random random = new Random(20_260_122L);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(!texts.isEmpty() && random.nextDouble() < VARIANT_SHARE
          ? variant(texts.get(random.nextInt(texts.size())), random)
          : sentence(random));
    }
    claims = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      claims.add(Claims.claim(String.format(Locale.ROOT, "c%05d", i), texts.get(i)));
    }
  }

  /** Clusters all claims: every pair is a candidate under the standard options. */
  @Benchmark
  public List<ClaimCluster> cluster() {
    return Claims.cluster(claims);
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
