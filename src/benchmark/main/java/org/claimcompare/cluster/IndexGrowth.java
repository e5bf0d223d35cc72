package org.claimcompare.cluster;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.claimcompare.benchmark.ClaimsFile;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.PreparedTexts;

/**
 * Extending the blocking index against building it afresh, on the term lists of a sample: the
 * texts, shuffled with {@code new Random(1)}, are compiled as the clusterer compiles them ({@code
 * AlignmentScorer.clustering().prepareAdapted}), one term list per distinct word list; an index
 * ({@link Probing#index}) of the standard blocking generator at the standard threshold is built over
 * the first 90 % of the lists, then each round extends it with the last 10 % and proposes from
 * those, and proposes from the same 10 % with a fresh build over all the lists ({@link
 * Probing#proposeFrom}, what an addition did before), and checks that the two propose the same
 * pairs; then the two again without probing, to time the building alone. Prints one line a round:
 * seconds by wall clock and, in brackets, processor seconds of the whole process (all threads, the
 * collector's and the compiler's included; on a shared machine they vary less with the other load);
 * the first round includes the compilation of the code. It sits in the package of the index,
 * whose types are package-private, which the class path allows (this module is not a JPMS module):
 *
 * <pre>{@code
 * java -Xmx6g -cp ... org.claimcompare.cluster.IndexGrowth sample-all.jsonl 3
 * kept index of 680428 lists: about 397 MB of heap
 * lists=756032 old=680428 extend=0.53s[1.03] propose=3.80s[7.04] fresh=10.32s[10.35] (without probing: propose=2.82s[2.79] fresh=5.74s[5.51]) pairs=2230160 same=true
 * }</pre>
 */
public final class IndexGrowth {
  private IndexGrowth() {}

  /**
   * Measures extending and proposing against a fresh build, and prints the figures a round a line.
   *
   * @param args {@code CLAIMS.jsonl ROUNDS}
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: IndexGrowth CLAIMS.jsonl ROUNDS");
      System.exit(2);
    }
    List<List<String>> words = termLists(Path.of(args[0]));
    int n = words.size();
    int old = n * 9 / 10;
    Probing generator = (Probing) CandidateGenerator.standard().atThreshold(ClusterOptions.standard().threshold());
    long before = usedAfterCollection();
    GrowingIndex kept = generator.index(words.subList(0, old));
    System.out.println(String.format(Locale.ROOT, "kept index of %d lists: about %d MB of heap",
        kept.size(), (usedAfterCollection() - before) >> 20));
    for (int round = 0; round < Integer.parseInt(args[1]); round++) {
      GrowingIndex[] grown = new GrowingIndex[1];
      String extend = timed(() -> grown[0] = kept.extendedWith(words.subList(old, n)));
      LongList fromGrown = new LongList();
      String propose = timed(() -> grown[0].proposeFrom(i -> i >= old, (i, j) -> fromGrown.add((long) i << 32 | j)));
      LongList fromFresh = new LongList();
      String fresh = timed(() -> generator.proposeFrom(words, i -> i >= old, (i, j) -> fromFresh.add((long) i << 32 | j)));
      String grownBuild = timed(() -> grown[0].proposeFrom(i -> false, (i, j) -> { }));
      String freshBuild = timed(() -> generator.proposeFrom(words, i -> false, (i, j) -> { }));
      long[] a = LongList.sortedDistinct(fromGrown.toArray());
      long[] b = LongList.sortedDistinct(fromFresh.toArray());
      System.out.println(String.format(Locale.ROOT,
          "lists=%d old=%d extend=%s propose=%s fresh=%s (without probing: propose=%s fresh=%s) pairs=%d same=%s",
          n, old, extend, propose, fresh, grownBuild, freshBuild, b.length, Arrays.equals(a, b)));
    }
  }

  /** The heap in use after a full collection (as far as {@link System#gc} collects). */
  private static long usedAfterCollection() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Runs the step; returns its wall seconds and, in brackets, the process's processor seconds. */
  private static String timed(Runnable step) {
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    step.run();
    return String.format(Locale.ROOT, "%.2fs[%.2f]", (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpu) / 1e9);
  }

  /** The processor time of the whole process so far, all threads (the JIT's and the collector's included). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The term lists of the clusterer's nodes: one per distinct word list, in the shuffled order. */
  private static List<List<String>> termLists(Path file) throws IOException {
    return new TermLists(nodeTexts(file));
  }

  /**
   * The clusterer's nodes' texts, compiled as it compiles them: one per distinct word list, in the
   * order of the texts shuffled with {@code new Random(1)}.
   */
  static PreparedTexts nodeTexts(Path file) throws IOException {
    List<String> texts = new ArrayList<>(ClaimsFile.read(file).texts());
    Collections.shuffle(texts, new Random(1));
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(texts));
    PreparedTexts prepared = AlignmentScorer.clustering().prepareAdapted(distinct, done -> { });
    Set<List<String>> seen = new HashSet<>();
    List<Integer> first = new ArrayList<>();
    for (int t = 0; t < prepared.size(); t++) {
      List<String> w = prepared.words(t);
      if (w.isEmpty() || seen.add(List.copyOf(w))) {
        first.add(t);
      }
    }
    return prepared.subset(first.stream().mapToInt(Integer::intValue).toArray());
  }
}
