package org.claimcompare.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.cluster.ClusterState;
import org.claimcompare.cluster.ProgressListener;
import org.claimcompare.eval.ClusterMetrics;

/**
 * Incremental clustering against one-shot clustering on a sample: the claims, shuffled with {@code
 * new Random(1)}, are either clustered at once ({@code Claims.cluster}, through {@link ClusterState}
 * with one batch) or added to a {@link ClusterState} in B batches of equal size; prints the time of
 * the clustering (reading excluded), B³ against the gold groups, and the size of the final state's
 * file with the time to write it ({@link ClusterState#writeTo}, streamed to a temporary file) and to
 * read it back (as the command line does: the file's bytes, then {@link ClusterState#fromBytes}). Run each mode in a JVM of its own, so that neither
 * inherits the other's compiled code:
 *
 * <pre>{@code
 * java -Xmx2g -cp ... org.claimcompare.benchmark.IncrementalScale sample-100000.jsonl sample-100000.gold 1
 * java -Xmx2g -cp ... org.claimcompare.benchmark.IncrementalScale sample-100000.jsonl sample-100000.gold 10
 * batches=10 claims=100006 clusters=10273 merges=299 seconds=20.4 cpu_seconds=38.7 batch_seconds=2.1,... b3_f1=0.9394 ...
 * }</pre>
 *
 * <p>Given several batch counts, it runs them in turn in the one JVM, a line each, with a full
 * collection before each: {@code ... 1 10 1} measures both modes with the code compiled by a
 * one-shot run before them, which shows what of the difference is the JIT's.
 */
public final class IncrementalScale {
  private IncrementalScale() {}

  /**
   * Clusters the sample in each given number of batches in turn and prints the figures of each on
   * one line.
   *
   * @param args {@code CLAIMS.jsonl GOLD BATCHES [BATCHES...]}
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: IncrementalScale CLAIMS.jsonl GOLD BATCHES [BATCHES...]");
      System.exit(2);
    }
    // All batch counts are read before the files, so that a bad one fails at once, not after the runs before it.
    int[] batchCounts = new int[args.length - 2];
    for (int a = 2; a < args.length; a++) {
      batchCounts[a - 2] = Integer.parseInt(args[a]);
    }
    ClaimsFile file = ClaimsFile.read(Path.of(args[0]));
    Map<String, Integer> gold = Metrics.readGold(Path.of(args[1]));
    List<Claim> claims = new ArrayList<>(file.ids.size());
    for (int k = 0; k < file.ids.size(); k++) {
      claims.add(Claim.of(file.ids.get(k), file.texts.get(k)));
    }
    Collections.shuffle(claims, new Random(1));
    for (int k = 0; k < batchCounts.length; k++) {
      if (k > 0) {
        System.gc();
      }
      run(claims, gold, batchCounts[k]);
    }
  }

  /** Clusters {@code claims} in {@code batches} batches and prints the figures on one line. */
  private static void run(List<Claim> claims, Map<String, Integer> gold, int batches) throws IOException {
    ClusterState state = ClusterState.empty();
    List<String> batchSeconds = new ArrayList<>();
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    for (int b = 0; b < batches; b++) {
      long batchStart = System.nanoTime();
      List<Claim> batch = claims.subList(
          (int) ((long) claims.size() * b / batches), (int) ((long) claims.size() * (b + 1) / batches));
      PhaseTimes phases = new PhaseTimes();
      state = state.add(batch, ClusterOptions.standard().withProgress(phases)).state();
      batchSeconds.add(String.format(Locale.ROOT, "%.1f", (System.nanoTime() - batchStart) / 1e9));
      System.err.println("batch " + (b + 1) + ": " + phases);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    ClusterMetrics m = metrics(state.clusters(), gold);
    int clusters = state.clusters().size();
    int merges = state.merges().size();
    Path stateFile = Files.createTempFile("incremental-scale", ".ccs");
    long saving = System.nanoTime();
    try (OutputStream out = Files.newOutputStream(stateFile)) {
      state.writeTo(out);
    }
    // Read back as a new process would, without the state in memory beside it.
    state = null;
    long reading = System.nanoTime();
    ClusterState.fromBytes(Files.readAllBytes(stateFile));
    long read = System.nanoTime();
    long savedBytes = Files.size(stateFile);
    Files.delete(stateFile);
    System.out.println(String.format(Locale.ROOT,
        "batches=%d claims=%d clusters=%d merges=%d seconds=%.1f cpu_seconds=%.1f batch_seconds=%s"
            + " b3_precision=%.4f b3_recall=%.4f b3_f1=%.4f pair_f1=%.4f state_bytes=%d save_seconds=%.1f"
            + " read_seconds=%.1f",
        batches, claims.size(), clusters, merges, seconds, cpuSeconds,
        String.join(",", batchSeconds), m.bCubedPrecision(), m.bCubedRecall(), m.bCubedF1(), m.pairF1(),
        savedBytes, (reading - saving) / 1e9, (read - reading) / 1e9));
  }

  /**
   * The processor time of the whole process so far, all threads (the JIT's and the collector's
   * included): on a shared machine it varies less than wall time with the other load.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The seconds from the start of each phase to its end, for standard error. */
  private static final class PhaseTimes implements ProgressListener {
    private final Map<Phase, Long> started = new EnumMap<>(Phase.class);
    private final Map<Phase, Long> ended = new EnumMap<>(Phase.class);
    private final Map<Phase, Long> totals = new EnumMap<>(Phase.class);

    @Override
    public synchronized void progress(Phase phase, long done, long total) {
      long now = System.nanoTime();
      started.putIfAbsent(phase, now);
      ended.put(phase, now);
      totals.put(phase, total);
    }

    @Override
    public synchronized String toString() {
      StringBuilder out = new StringBuilder();
      started.forEach((phase, from) -> out.append(String.format(Locale.ROOT, "%s %.2f s (%,d) ",
          phase.name().toLowerCase(Locale.ROOT), (ended.get(phase) - from) / 1e9, totals.get(phase))));
      return out.toString().strip();
    }
  }

  private static ClusterMetrics metrics(List<ClaimCluster> clusters, Map<String, Integer> gold) {
    Map<String, Integer> clusterOf = new HashMap<>();
    for (ClaimCluster c : clusters) {
      c.claims().forEach(claim -> clusterOf.put(claim.id(), c.number()));
    }
    int[] predicted = new int[gold.size()];
    int[] expected = new int[gold.size()];
    int k = 0;
    for (Map.Entry<String, Integer> item : gold.entrySet()) {
      predicted[k] = clusterOf.get(item.getKey());
      expected[k++] = item.getValue();
    }
    return ClusterMetrics.of(predicted, expected);
  }
}
