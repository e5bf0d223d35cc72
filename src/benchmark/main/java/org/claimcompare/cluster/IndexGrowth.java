package org.claimcompare.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * pairs. Prints one line a round, seconds by wall clock; the first round includes the compilation
 * of the code. In the package of the index, which is not exported, hence on the class path only:
 *
 * <pre>{@code
 * java -Xmx6g -cp ... org.claimcompare.cluster.IndexGrowth sample-all.jsonl 3
 * lists=756032 old=680428 extend=0.9 s propose=6.2 s fresh=11.3 s pairs=2230160 same=true
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
    GrowingIndex kept = generator.index(words.subList(0, old));
    for (int round = 0; round < Integer.parseInt(args[1]); round++) {
      long start = System.nanoTime();
      GrowingIndex grown = kept.extendedWith(words.subList(old, n));
      double extend = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      LongList fromGrown = new LongList();
      grown.proposeFrom(i -> i >= old, (i, j) -> fromGrown.add((long) i << 32 | j));
      double propose = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      LongList fromFresh = new LongList();
      generator.proposeFrom(words, i -> i >= old, (i, j) -> fromFresh.add((long) i << 32 | j));
      double fresh = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      grown.proposeFrom(i -> false, (i, j) -> { });
      double grownBuild = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      generator.proposeFrom(words, i -> false, (i, j) -> { });
      double freshBuild = (System.nanoTime() - start) / 1e9;
      long[] a = LongList.sortedDistinct(fromGrown.toArray());
      long[] b = LongList.sortedDistinct(fromFresh.toArray());
      System.out.println(String.format(Locale.ROOT,
          "lists=%d old=%d extend=%.2f s propose=%.2f s fresh=%.2f s"
              + " (without probing: propose=%.2f s fresh=%.2f s) pairs=%d same=%s",
          n, old, extend, propose, fresh, grownBuild, freshBuild, b.length, Arrays.equals(a, b)));
    }
  }

  /** The term lists of the clusterer's nodes: one per distinct word list, in the shuffled order. */
  private static List<List<String>> termLists(Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        texts.add(json.readTree(line).get("text").asText());
      }
    }
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
    return new TermLists(prepared.subset(first.stream().mapToInt(Integer::intValue).toArray()));
  }
}
