package org.claimcompare.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.claimcompare.score.PreparedTexts;

/**
 * What reading memory costs a claim that probes or is scored among few others, as an addition's
 * new claims do, against one among all, as in one-shot clustering: on the nodes of a sample
 * compiled as {@link IndexGrowth} compiles them, an exact index ({@link Probing#index}, settled) of
 * the standard blocking generator at the standard threshold over all of them, then per round the
 * probes from every node and from the last tenth of the nodes (a random tenth of the places, since
 * the texts are shuffled), in microseconds a probe; then pairs those propose scored on this thread,
 * in microseconds a pair: as many of all nodes' pairs as the tenth proposes, the first in their
 * order (by first node, as one-shot clustering scores them), and the tenth's grouped by the tenth's
 * node. The first round includes the compilation of the code:
 *
 * <pre>{@code
 * java -Xmx6g -cp ... org.claimcompare.cluster.ProbeLocality sample-all.jsonl 3
 * round 1 probe all 30.1 us (756032) tenth 33.9 us (75603) score all 2.94 us (2230131) tenth 3.43 us (2230131)
 * }</pre>
 */
public final class ProbeLocality {
  /** The scores summed, kept so that the scoring is not optimised away. */
  static volatile double kept;

  private ProbeLocality() {}

  /**
   * Measures probing and scoring from all nodes and from a tenth of them, and prints a line a round.
   *
   * @param args {@code CLAIMS.jsonl ROUNDS}
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ProbeLocality CLAIMS.jsonl ROUNDS");
      System.exit(2);
    }
    PreparedTexts texts = IndexGrowth.nodeTexts(Path.of(args[0]));
    int n = texts.size();
    int tenth = n - n / 10;
    Probing generator = (Probing) CandidateGenerator.standard().atThreshold(ClusterOptions.standard().threshold());
    GrowingIndex index = generator.index(new TermLists(texts)).settled();
    index.proposeFrom(i -> false, (i, j) -> { }); // builds it
    double sum = 0;
    for (int round = 0; round < Integer.parseInt(args[1]); round++) {
      LongList all = new LongList();
      LongList few = new LongList();
      double probeAll = probe(index, i -> true, all) / n;
      double probeFew = probe(index, i -> i >= tenth, few) / (n - tenth);
      long[] allPairs = LongList.sortedDistinct(all.toArray());
      long[] fewPairs = byNodeFrom(LongList.sortedDistinct(few.toArray()), tenth);
      int scored = Math.min(allPairs.length, fewPairs.length);
      long start = System.nanoTime();
      for (int k = 0; k < scored; k++) {
        sum += texts.score((int) (allPairs[k] >>> 32), (int) allPairs[k]);
      }
      double scoreAll = (System.nanoTime() - start) / 1e3 / scored;
      start = System.nanoTime();
      for (long pair : fewPairs) {
        sum += texts.score((int) (pair >>> 32), (int) pair);
      }
      double scoreFew = (System.nanoTime() - start) / 1e3 / fewPairs.length;
      System.out.println(String.format(Locale.ROOT,
          "round %d probe all %.1f us (%d) tenth %.1f us (%d) score all %.2f us (%d) tenth %.2f us (%d)",
          round, probeAll, n, probeFew, n - tenth, scoreAll, scored, scoreFew, fewPairs.length));
    }
    kept = sum;
  }

  /** Probes from the nodes {@code probe} accepts into {@code pairs}; returns the microseconds taken. */
  private static double probe(GrowingIndex index, IntPredicate probe, LongList pairs) {
    long start = System.nanoTime();
    index.proposeFrom(probe, (i, j) -> pairs.add((long) i << 32 | j));
    return (System.nanoTime() - start) / 1e3;
  }

  /** The pairs ({@code i << 32 | j}, i < j) ordered by their node from {@code from} on (the first if both are), then as given. */
  private static long[] byNodeFrom(long[] pairs, int from) {
    long[] keyed = new long[pairs.length];
    for (int k = 0; k < pairs.length; k++) {
      int i = (int) (pairs[k] >>> 32);
      int node = i >= from ? i : (int) pairs[k];
      keyed[k] = (long) node << 32 | k;
    }
    Arrays.sort(keyed);
    long[] out = new long[pairs.length];
    for (int k = 0; k < pairs.length; k++) {
      out[k] = pairs[(int) keyed[k]];
    }
    return out;
  }
}
