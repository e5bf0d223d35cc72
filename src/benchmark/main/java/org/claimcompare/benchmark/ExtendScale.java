package org.claimcompare.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;

/**
 * Extending compiled texts against compiling them all at once, on a sample: the texts, shuffled
 * with {@code new Random(1)} as {@link IncrementalScale} shuffles its claims, are compiled by the
 * clustering scorer ({@code AlignmentScorer.clustering().prepareAdapted}) all at once, then the
 * first 90 % of them are compiled and extended by the last 10 % ({@link
 * Scorer#prepareAdapted(PreparedTexts, List, java.util.function.LongConsumer)}). Each round prints
 * the wall and processor seconds of the three steps on one line; the first round runs on code the
 * JIT has not compiled yet. With a number of batches B, each round then also compiles the texts in
 * B equal batches, each extending the texts of the batches before it, as incremental clustering
 * would, and prints the total and each batch's seconds. For example:
 *
 * <pre>{@code
 * java -Xmx6g -cp ... org.claimcompare.benchmark.ExtendScale /tmp/incr/sample-all.jsonl 0.9 3 10
 * round=1 texts=824259 first=741833 all_seconds=21.06 first_seconds=5.14 extend_seconds=0.90 ...
 * round=1 batches=10 batches_seconds=... batches_cpu=... batch_seconds=0.9,1.0,...
 * }</pre>
 */
public final class ExtendScale {
  private ExtendScale() {}

  /**
   * Compiles the sample's texts at once and in two parts, for a number of rounds, and prints the
   * figures of each round on one line.
   *
   * @param args {@code CLAIMS.jsonl [FIRST_SHARE [ROUNDS [BATCHES]]]}: the share of the texts
   *     compiled first (by default 0.9), the rounds (by default 3) and the batches (by default none)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 4) {
      System.err.println("usage: ExtendScale CLAIMS.jsonl [FIRST_SHARE [ROUNDS [BATCHES]]]");
      System.exit(2);
    }
    List<String> texts = new ArrayList<>(ClaimsFile.read(Path.of(args[0])).texts);
    double share = args.length > 1 ? Double.parseDouble(args[1]) : 0.9;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int batches = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    Collections.shuffle(texts, new Random(1));
    int first = (int) Math.round(texts.size() * share);
    Scorer scorer = AlignmentScorer.clustering();
    for (int round = 1; round <= rounds; round++) {
      Timed<PreparedTexts> all = Timed.of(() -> scorer.prepareAdapted(texts, done -> {}));
      Timed<PreparedTexts> earlier = Timed.of(() -> scorer.prepareAdapted(texts.subList(0, first), done -> {}));
      Timed<PreparedTexts> extended = Timed.of(
          () -> scorer.prepareAdapted(earlier.value, texts.subList(first, texts.size()), done -> {}));
      if (extended.value.size() != all.value.size()) {
        throw new IllegalStateException("extended to " + extended.value.size() + " texts, not " + all.value.size());
      }
      System.out.println(String.format(Locale.ROOT,
          "round=%d texts=%d first=%d all_seconds=%.2f first_seconds=%.2f extend_seconds=%.2f"
              + " two_step_seconds=%.2f extend_share=%.3f all_cpu=%.2f first_cpu=%.2f extend_cpu=%.2f",
          round, texts.size(), first, all.seconds, earlier.seconds, extended.seconds,
          earlier.seconds + extended.seconds, extended.seconds / all.seconds,
          all.cpuSeconds, earlier.cpuSeconds, extended.cpuSeconds));
      if (batches > 0) {
        inBatches(scorer, texts, batches, round);
      }
    }
  }

  /** Compiles the texts in equal batches, each extending the texts before it, and prints the times. */
  private static void inBatches(Scorer scorer, List<String> texts, int batches, int round) {
    PreparedTexts prepared = scorer.prepareAdapted(List.of(), done -> {});
    List<String> batchSeconds = new ArrayList<>();
    double seconds = 0;
    double cpuSeconds = 0;
    for (int b = 0; b < batches; b++) {
      PreparedTexts before = prepared;
      List<String> batch = texts.subList(
          (int) ((long) texts.size() * b / batches), (int) ((long) texts.size() * (b + 1) / batches));
      Timed<PreparedTexts> step = Timed.of(() -> scorer.prepareAdapted(before, batch, done -> {}));
      prepared = step.value;
      seconds += step.seconds;
      cpuSeconds += step.cpuSeconds;
      batchSeconds.add(String.format(Locale.ROOT, "%.2f", step.seconds));
    }
    System.out.println(String.format(Locale.ROOT, "round=%d batches=%d batches_seconds=%.2f batches_cpu=%.2f batch_seconds=%s",
        round, batches, seconds, cpuSeconds, String.join(",", batchSeconds)));
  }

  /** A value with the wall and processor seconds it took to compute, after a collection before it. */
  private static final class Timed<T> {
    final T value;
    final double seconds;
    final double cpuSeconds;

    private Timed(T value, double seconds, double cpuSeconds) {
      this.value = value;
      this.seconds = seconds;
      this.cpuSeconds = cpuSeconds;
    }

    static <T> Timed<T> of(Supplier<T> work) {
      System.gc(); // the garbage of the step before is not this step's cost
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      T value = work.get();
      return new Timed<>(value, (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
    }
  }

  /** The processor time of the whole process so far, all threads (the JIT's and the collector's included). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
