package org.claimcompare.cluster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.Similarity;
import org.claimcompare.score.PreparedTexts;

/**
 * Groups claims into claim clusters.
 *
 * <p>Algorithm: claims are put in id order, so the result does not depend on the input order.
 * The scorer is adapted to the distinct texts ({@link org.claimcompare.score.Scorer#adaptedTo}), so
 * that a word weighs by how rare it is among them and copies of a text count once. Claims whose
 * normalised words are the same (copies, or copies but for case, quotes or spelling, as syndicated
 * wire stories give) are one node: they always share a cluster, each scores 1 against the others,
 * and they count once in the linkage below, so they cannot change how other claims group. The
 * candidate generator proposes pairs of nodes; each is scored once, and pairs at or above the
 * threshold become edges. Edges are taken strongest first (ties: lower ids first). An edge joins
 * the two clusters of its nodes only if the clusters are close as wholes (means and sums below are
 * over pairs of nodes):
 *
 * <ul>
 *   <li>the mean score over all pairs across them reaches the threshold, and no such pair scores
 *       below {@value #FLOOR_FRACTION} of the threshold (average linkage with a complete-linkage
 *       floor: no single-link chaining, where A~B and B~C would force A with C although A and C are
 *       unrelated);
 *   <li>when both clusters have two or more members, that mean also reaches {@value
 *       #COHESION_FRACTION} of the smaller of the two clusters' own mean scores (the mean over the
 *       pairs inside each). Two tight groups that are much closer within than across stay apart:
 *       the renderings of a headline and those of the lead sentence that repeats it, or of two
 *       neighbouring sentences that share one phrase. A lone claim joins a cluster on the first two
 *       conditions alone.
 * </ul>
 *
 * <p>Cost: scoring the proposed pairs dominates, so a blocking generator such as {@link
 * CandidateGenerator#standard()} (every pair up to 1,000 claims, pairs sharing a rare word above)
 * keeps large inputs tractable. The proposed pairs are scored on all cores of the common fork-join
 * pool, which does not change the result.
 *
 * <p>Thread-safe: it keeps no state between calls.
 */
public final class Clusterer {
  /** No pair across two merged clusters may score below this fraction of the threshold. */
  public static final double FLOOR_FRACTION = 0.5;

  /**
   * Two clusters of two or more claims merge only if their mean score across reaches this fraction
   * of the smaller of their mean scores within.
   */
  public static final double COHESION_FRACTION = 0.6;

  private Clusterer() {}

  /**
   * Clusters claims; every claim lands in exactly one cluster.
   *
   * @param claims the claims, with unique ids
   * @param options the threshold, scorer and candidate generator
   * @return the clusters, largest first, then by smallest member id
   * @throws IllegalArgumentException if two claims share an id
   */
  public static List<ClaimCluster> cluster(List<Claim> claims, ClusterOptions options) {
    checkNotNull(claims, "claims");
    checkNotNull(options, "options");
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing(Claim::id));
    for (int k = 1; k < sorted.size(); k++) {
      String id = sorted.get(k).id();
      checkArgument(!id.equals(sorted.get(k - 1).id()), "duplicate claim id: %s", id);
    }
    // Claims with the same text count once in rarity; with the same words, once in the linkage.
    Map<String, Integer> indexOfText = new HashMap<>();
    List<String> distinct = new ArrayList<>();
    int[] textOf = new int[sorted.size()];
    for (int k = 0; k < sorted.size(); k++) {
      String text = sorted.get(k).text();
      Integer index = indexOfText.putIfAbsent(text, distinct.size());
      if (index == null) {
        index = distinct.size();
        distinct.add(text);
      }
      textOf[k] = index;
    }
    PreparedTexts prepared = options.scorer().adaptedTo(distinct).prepare(distinct);
    Map<List<String>, Integer> nodeOfWords = new HashMap<>();
    List<Integer> firstTexts = new ArrayList<>();
    int[] nodeOfText = new int[distinct.size()];
    for (int t = 0; t < distinct.size(); t++) {
      List<String> words = prepared.words(t);
      Integer node = words.isEmpty() ? null : nodeOfWords.putIfAbsent(words, firstTexts.size());
      if (node == null) {
        node = firstTexts.size();
        firstTexts.add(t);
      }
      nodeOfText[t] = node;
    }
    int[] nodeOf = new int[sorted.size()];
    for (int k = 0; k < sorted.size(); k++) {
      nodeOf[k] = nodeOfText[textOf[k]];
    }
    PreparedTexts texts = firstTexts.size() == distinct.size() ? prepared : new Nodes(prepared, firstTexts);
    return new Run(sorted, nodeOf, texts, options).clusters();
  }

  /** The prepared texts seen through one text per node. */
  private record Nodes(PreparedTexts texts, List<Integer> first) implements PreparedTexts {
    @Override
    public int size() {
      return first.size();
    }

    @Override
    public List<String> words(int i) {
      return texts.words(first.get(i));
    }

    @Override
    public double score(int i, int j) {
      return texts.score(first.get(i), first.get(j));
    }

    @Override
    public Similarity similarity(int i, int j) {
      return texts.similarity(first.get(i), first.get(j));
    }
  }

  /**
   * The state of one clustering run. The run clusters nodes, the claims' distinct normalised word
   * lists (node {@code n} is text {@code n} of {@link #texts}), and hands out their claims at the
   * end.
   */
  private static final class Run {
    private final List<Claim> claims;
    /** The node of each claim, at the claim's index. */
    private final int[] nodeOf;
    private final PreparedTexts texts;
    private final double threshold;
    private final CandidateGenerator candidates;
    /** The distinct proposed pairs as ascending keys; see {@link #key}. */
    private long[] proposed = {};
    /** The score of each proposed pair, at the same index. */
    private double[] proposedScores = {};
    /** Scores of other pairs, computed when the linkage or the medoid needs them. */
    private final Map<Long, Double> otherScores = new HashMap<>();
    private final int[] clusterOf;
    private final List<List<Integer>> members = new ArrayList<>();
    /** The sum of the scores of the pairs inside each cluster, at the cluster's index. */
    private final double[] innerSums;

    Run(List<Claim> claims, int[] nodeOf, PreparedTexts texts, ClusterOptions options) {
      this.claims = claims;
      this.nodeOf = nodeOf;
      this.texts = texts;
      this.threshold = options.threshold();
      this.candidates = options.candidates();
      this.clusterOf = new int[texts.size()];
      this.innerSums = new double[texts.size()];
      for (int i = 0; i < texts.size(); i++) {
        clusterOf[i] = i;
        members.add(new ArrayList<>(List.of(i)));
      }
    }

    List<ClaimCluster> clusters() {
      for (Edge e : edges()) {
        int a = clusterOf[e.i];
        int b = clusterOf[e.j];
        if (a != b) {
          double across = sumAcross(members.get(a), members.get(b));
          if (closeEnough(a, b, across)) {
            merge(a, b, across);
          }
        }
      }
      List<List<Integer>> claimsOfNode = new ArrayList<>(texts.size());
      for (int n = 0; n < texts.size(); n++) {
        claimsOfNode.add(new ArrayList<>(1));
      }
      for (int k = 0; k < claims.size(); k++) {
        claimsOfNode.get(nodeOf[k]).add(k);
      }
      List<List<Integer>> groups = new ArrayList<>();
      for (List<Integer> m : members) {
        if (!m.isEmpty()) {
          List<Integer> group = new ArrayList<>();
          m.forEach(n -> group.addAll(claimsOfNode.get(n)));
          group.sort(Comparator.naturalOrder());
          groups.add(group);
        }
      }
      groups.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparingInt(g -> g.get(0)));
      ImmutableList.Builder<ClaimCluster> out = ImmutableList.builder();
      for (int n = 0; n < groups.size(); n++) {
        out.add(toCluster(n + 1, groups.get(n)));
      }
      return out.build();
    }

    private record Edge(int i, int j, double score) {}

    private List<Edge> edges() {
      List<List<String>> words = new ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        words.add(texts.words(i));
      }
      LongStream.Builder keys = LongStream.builder();
      candidates.propose(words, (x, y) -> {
        checkArgument(x != y, "candidate generator proposed a text paired with itself: %s", x);
        checkArgument(Math.min(x, y) >= 0 && Math.max(x, y) < texts.size(),
            "candidate generator proposed a pair outside the %s texts: (%s, %s)", texts.size(), x, y);
        keys.add(key(Math.min(x, y), Math.max(x, y)));
      });
      proposed = distinctSorted(keys.build().toArray());
      proposedScores = scoreInParallel(proposed);
      List<Edge> edges = new ArrayList<>();
      for (int k = 0; k < proposed.length; k++) {
        if (proposedScores[k] >= threshold) {
          edges.add(new Edge(first(proposed[k]), second(proposed[k]), proposedScores[k]));
        }
      }
      edges.sort(Comparator.comparingDouble(Edge::score).reversed()
          .thenComparingInt(Edge::i).thenComparingInt(Edge::j));
      return edges;
    }

    /**
     * Scores the pairs on all cores (the common fork-join pool): scoring dominates the run, and
     * each score lands at its pair's index, so the result does not depend on the schedule.
     */
    private double[] scoreInParallel(long[] keys) {
      double[] out = new double[keys.length];
      IntStream.range(0, keys.length).parallel()
          .forEach(k -> out[k] = texts.score(first(keys[k]), second(keys[k])));
      return out;
    }

    private static long[] distinctSorted(long[] keys) {
      Arrays.parallelSort(keys);
      int n = 0;
      for (int k = 0; k < keys.length; k++) {
        if (n == 0 || keys[k] != keys[n - 1]) {
          keys[n++] = keys[k];
        }
      }
      return Arrays.copyOf(keys, n);
    }

    /**
     * The sum of the scores of all pairs across two clusters, or -1 as soon as one pair is below
     * the complete-linkage floor.
     */
    private double sumAcross(List<Integer> a, List<Integer> b) {
      double floor = threshold * FLOOR_FRACTION;
      double sum = 0;
      for (int x : a) {
        for (int y : b) {
          double s = score(x, y);
          if (s < floor) {
            return -1;
          }
          sum += s;
        }
      }
      return sum;
    }

    /** Average linkage at the threshold, and cohesion when both clusters are groups. */
    private boolean closeEnough(int a, int b, double across) {
      if (across < 0) {
        return false;
      }
      int na = members.get(a).size();
      int nb = members.get(b).size();
      double mean = across / ((double) na * nb);
      if (mean < threshold) {
        return false;
      }
      if (na < 2 || nb < 2) {
        return true;
      }
      double within = Math.min(innerSums[a] / pairs(na), innerSums[b] / pairs(nb));
      return mean >= COHESION_FRACTION * within;
    }

    private static double pairs(int n) {
      return n * (n - 1.0) / 2;
    }

    private void merge(int a, int b, double across) {
      int into = members.get(a).size() >= members.get(b).size() ? a : b;
      int from = into == a ? b : a;
      for (int x : members.get(from)) {
        clusterOf[x] = into;
      }
      members.get(into).addAll(members.get(from));
      members.get(from).clear();
      innerSums[into] += innerSums[from] + across;
      innerSums[from] = 0;
    }

    /** The medoid is the representative; ties go to the lowest id (members are in id order). */
    private ClaimCluster toCluster(int number, List<Integer> group) {
      int rep = group.get(0);
      double best = -1;
      for (int x : group) {
        double sum = 0;
        for (int y : group) {
          sum += x == y ? 0 : claimScore(x, y);
        }
        if (sum > best) {
          best = sum;
          rep = x;
        }
      }
      int r = rep;
      List<ClaimCluster.Member> out = new ArrayList<>();
      for (int x : group) {
        out.add(new ClaimCluster.Member(claims.get(x), x == r ? 1.0 : claimScore(r, x)));
      }
      out.sort(Comparator.<ClaimCluster.Member>comparingInt(m -> m.claim() == claims.get(r) ? 0 : 1)
          .thenComparing(Comparator.comparingDouble(ClaimCluster.Member::score).reversed())
          .thenComparing(m -> m.claim().id()));
      return new ClaimCluster(number, claims.get(r), out);
    }

    /** The score of two claims: 1 for the same text, else their nodes' score. */
    private double claimScore(int x, int y) {
      return nodeOf[x] == nodeOf[y] ? 1.0 : score(nodeOf[x], nodeOf[y]);
    }

    /** The score of two nodes. */
    private double score(int x, int y) {
      int i = Math.min(x, y);
      int j = Math.max(x, y);
      long key = key(i, j);
      int k = Arrays.binarySearch(proposed, key);
      return k >= 0 ? proposedScores[k] : otherScores.computeIfAbsent(key, c -> texts.score(i, j));
    }

    private long key(int i, int j) {
      return (long) i * texts.size() + j;
    }

    private int first(long key) {
      return (int) (key / texts.size());
    }

    private int second(long key) {
      return (int) (key % texts.size());
    }
  }
}
