package org.claimcompare.bench;

import java.util.concurrent.TimeUnit;
import org.claimcompare.Claims;
import org.claimcompare.Similarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the first call in a fresh JVM costs: each fork is a new JVM and measures one call (JMH's
 * single-shot mode, no warm-up), so the figure includes loading the word lists, the spelling and
 * alias tables, the WordNet index and the classes. Run it with its own arguments, which the
 * profile's defaults would otherwise override:
 * {@code -Djmh.args="FirstCallBenchmark -bm ss -f 10 -wi 0 -i 1"}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FirstCallBenchmark {
  /** The first {@code Claims.similarity} of a program that did not call {@code preload()}. */
  @Benchmark
  public Similarity firstSimilarity() {
    return Claims.similarity(TextBenchmark.SENTENCE_A, TextBenchmark.SENTENCE_B);
  }

  /** {@code Claims.preload()} itself, in a fresh JVM. */
  @Benchmark
  public void preload() {
    Claims.preload();
  }

  /** A JVM that has called {@code Claims.preload()}. */
  @State(Scope.Benchmark)
  public static class Preloaded {
    /** Loads the resources before the measured call. */
    @Setup
    public void preload() {
      Claims.preload();
    }
  }

  /** The first {@code Claims.similarity} of the sentences above after {@code preload()}. */
  @Benchmark
  public Similarity firstSimilarityAfterPreload(Preloaded preloaded) {
    return Claims.similarity(TextBenchmark.SENTENCE_A, TextBenchmark.SENTENCE_B);
  }
}
