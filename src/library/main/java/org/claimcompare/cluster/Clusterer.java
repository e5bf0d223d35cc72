package org.claimcompare.cluster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.ClaimKind;
import org.claimcompare.Similarity;
import org.claimcompare.cluster.ProgressListener.Phase;
import org.claimcompare.score.PreparedTexts;
import org.jspecify.annotations.Nullable;

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
 * <p>Cost: the texts are compiled once ({@link org.claimcompare.score.Scorer#prepareAdapted}), the
 * generator's pairs are scored once each on all cores of the common fork-join pool (which does not
 * change the result), and the linkage costs at most {@value #EXACT_PAIRS} scores per edge: two
 * clusters with more pairs across are compared on the pairs across their samples, each cluster's
 * {@value #SAMPLE} members of lowest hash, and a cluster of more than {@value #SAMPLE} claims takes
 * as representative the claim with the highest total score against its sample. With a bounded
 * generator such as {@link CandidateGenerator#standard()} the whole run is near-linear in the
 * number of claims; {@code docs/design.md} has the details.
 *
 * <p>Long runs report to the options' {@link ProgressListener}; interrupting the calling thread
 * stops a run promptly with a {@link java.util.concurrent.CancellationException}.
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

  /**
   * Two clusters with at most this many pairs across are compared on every pair; larger ones on
   * the pairs across their samples, so that one comparison costs at most this many scores.
   */
  static final int EXACT_PAIRS = 4096;

  /** The members of a large cluster its comparisons and representative are judged on. */
  static final int SAMPLE = 64;

  private Clusterer() {}

  /**
   * Clusters claims; every claim lands in exactly one cluster.
   *
   * @param claims the claims, with unique ids
   * @param options the threshold, scorer and candidate generator
   * @return the clusters, largest first, then by smallest member id
   * @throws IllegalArgumentException if two claims share an id
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted during
   *     the run (its interrupt flag stays set)
   */
  public static List<ClaimCluster> cluster(List<Claim> claims, ClusterOptions options) {
    return cluster(claims, options, Batching.STANDARD);
  }

  /**
   * When the largest connected component of the edges is linked in batches ({@code Run
   * #linkInBatches}): from {@code fromEdges} edges, {@code size} edges a batch. Batching does not
   * change the result; tests batch small inputs to show it.
   */
  record Batching(int fromEdges, int size) {
    /** From 65,536 edges, batches of 1,024: the largest component of 824 k claims has 4.3 million. */
    static final Batching STANDARD = new Batching(1 << 16, 1024);

    Batching {
      checkArgument(fromEdges >= 0 && size >= 1, "batching from %s edges, %s a batch", fromEdges, size);
    }
  }

  /**
   * {@link #cluster(List, ClusterOptions)}, batching the linkage as {@code batching} says.
   * Fragments, unless the options link them, and claims of fewer words than the options' minimum
   * are clusters of their own, placed among the others by the same order (larger first, then by
   * smallest member id) and numbered with them.
   */
  static List<ClaimCluster> cluster(List<Claim> claims, ClusterOptions options, Batching batching) {
    checkNotNull(claims, "claims");
    checkNotNull(options, "options");
    if (claims.stream().noneMatch(c -> keptApart(c, options))) {
      return clusterLinked(claims, options, batching);
    }
    Set<String> ids = new HashSet<>();
    for (Claim c : claims) {
      checkArgument(ids.add(c.id()), "duplicate claim id: %s", c.id());
    }
    List<Claim> linked = claims.stream().filter(c -> !keptApart(c, options)).toList();
    List<ClaimCluster> all = new ArrayList<>(clusterLinked(linked, options, batching));
    claims.stream().filter(c -> keptApart(c, options))
        .forEach(c -> all.add(new ClaimCluster(1, c, List.of(new ClaimCluster.Member(c, 1.0)))));
    all.sort(Comparator.comparingInt(ClaimCluster::size).reversed()
        .thenComparing(c -> c.claims().stream().map(Claim::id).min(Comparator.naturalOrder()).orElseThrow()));
    List<ClaimCluster> out = new ArrayList<>(all.size());
    for (int k = 0; k < all.size(); k++) {
      ClaimCluster c = all.get(k);
      out.add(c.number() == k + 1 ? c : new ClaimCluster(k + 1, c.representative(), c.members()));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The linkage and the representatives of one connected component of the edge graph, as {@link
   * #cluster} would find them in a run over the whole input; see {@link ClusterSteps#link}.
   * {@code claims} are the component's claims in id order, {@code nodeOf} each claim's node among
   * {@code texts} (one text per node, nodes in the order of their first claim), {@code edges} the
   * component's pairs at or above the threshold as {@code i << 32 | j} keys ({@code i < j}),
   * ascending, with their {@code scores}; {@code nodeNumbers} and {@code claimNumbers} are the
   * nodes' and claims' indexes in the whole run, which choose the samples of large clusters.
   */
  static List<ClaimCluster> linkComponent(List<Claim> claims, int[] nodeOf, PreparedTexts texts,
      long[] edges, double[] scores, int[] nodeNumbers, int[] claimNumbers, double threshold) {
    Run run = new Run(claims, nodeOf, texts, ClusterOptions.standard().withThreshold(threshold),
        Batching.STANDARD, new Progress(ProgressListener.none()));
    run.given(edges, scores, nodeNumbers, claimNumbers);
    return run.clusters();
  }

  /**
   * Whether a claim is a cluster of its own: a fragment the options do not link, or a claim of
   * fewer words than the options' minimum.
   */
  static boolean keptApart(Claim c, ClusterOptions options) {
    boolean fragment = c.kind().equals(Optional.of(ClaimKind.FRAGMENT)) && !options.linksFragments();
    return fragment || options.minimumWords() > 1 && wordCount(c.text(), options.minimumWords()) < options.minimumWords();
  }

  /** The runs of letters and digits in {@code text}, counted up to {@code limit}. */
  static int wordCount(String text, int limit) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && words < limit; ) {
      int cp = text.codePointAt(i);
      boolean letter = Character.isLetterOrDigit(cp);
      words += letter && !inWord ? 1 : 0;
      inWord = letter;
      i += Character.charCount(cp);
    }
    return words;
  }

  private static List<ClaimCluster> clusterLinked(
      List<Claim> claims, ClusterOptions options, Batching batching) {
    return run(claims, options, batching, null, Preparer.fresh(options.scorer()::prepareAdapted)).clusters();
  }

  /**
   * Links claims onto clusters found before ({@link ClusterState#add}): {@code startOf} gives each
   * claim's earlier cluster, or -1 for a new claim, at its index in {@code claims}. Those clusters
   * are the run's starting units, never split; only pairs with a node of new claims alone are
   * proposed, and the linkage takes their edges as {@link #cluster} does. With no earlier clusters
   * it is the one-shot run. {@code belowFloor} are pairs of claims (as {@link Linking#belowFloor}
   * gives them, indexes into {@code claims}) that earlier runs found below the complete-linkage
   * floor: a comparison of two clusters scores such a pair across them first (see {@link
   * Run#sumAcross}).
   */
  static Linking linkOnto(List<Claim> claims, ClusterOptions options, int[] startOf, Preparer preparer,
      long[] belowFloor) {
    Run run = run(claims, options, Batching.STANDARD, startOf, preparer);
    run.belowFloor(belowFloor);
    run.link();
    return run;
  }

  /**
   * Prepares a run's distinct texts (in the id order of their first claim) for scoring, adapted to
   * them, as {@link org.claimcompare.score.Scorer#prepareAdapted(List, LongConsumer)}
   * does: an addition to a {@link ClusterState} reuses the texts it prepared before.
   */
  interface Preparer {
    /**
     * Prepares a run's texts and finds its nodes. {@code sorted} are the run's claims in id order,
     * {@code byId} the index of each among the claims as given to the run; fills {@code nodeOf}
     * with each claim's node and reports the compiling phase to {@code progress}. The nodes are the
     * claims' distinct word lists (each text without words a node of its own), numbered in the
     * order of their first claim and each represented by that claim's text; the texts are adapted
     * to all the run's distinct texts (claims with the same text count once in rarity).
     */
    RunTexts prepareRun(List<Claim> sorted, int[] byId, int[] nodeOf, Progress progress);

    /**
     * The index of each claim given to the run (not null), in id order, if this preparer knows it,
     * else null, for the run to sort them.
     */
    default int @Nullable [] byId() {
      return null;
    }

    /**
     * A preparer that finds the distinct texts and nodes by hashing every claim's text and words,
     * and has {@code prepare} prepare the distinct texts (in the id order of their first claim).
     */
    static Preparer fresh(BiFunction<List<String>, LongConsumer, PreparedTexts> prepare) {
      return (sorted, byId, nodeOf, progress) -> {
        List<String> distinct = new ArrayList<>();
        int[] textOf = distinctTexts(sorted, distinct);
        progress.start(Phase.COMPILING, distinct.size());
        PreparedTexts prepared = prepare.apply(distinct, done -> progress.at(done));
        progress.end();
        List<Integer> firstTexts = new ArrayList<>();
        int[] nodeOfText = nodes(prepared, firstTexts);
        for (int k = 0; k < sorted.size(); k++) {
          nodeOf[k] = nodeOfText[textOf[k]];
        }
        int[] textOfNode = firstTexts.stream().mapToInt(Integer::intValue).toArray();
        return new RunTexts(textOfNode.length == distinct.size() ? prepared : prepared.subset(textOfNode), textOfNode);
      };
    }

    /**
     * Proposes the pairs of nodes from those {@code probe} accepts, as {@code generator}'s {@link
     * Probing#proposeFrom} would, from an index kept between runs; node k's text is {@code
     * textOfNode[k]} of those {@link #prepareRun} returned. Returns false, proposing nothing, if this
     * preparer keeps no index: the run's generator then proposes.
     */
    default boolean propose(Probing generator, int[] textOfNode, IntPredicate probe,
        CandidateGenerator.PairSink sink) {
      return false;
    }
  }

  /**
   * Links claims as {@link #cluster} does, for a consolidation of earlier clusters ({@link
   * ClusterState#add}): the groups are those of {@link #cluster}, in its order. {@code belowFloor}
   * as for {@link #linkOnto}.
   */
  static Linking linkAfresh(List<Claim> claims, ClusterOptions options, Preparer preparer, long[] belowFloor) {
    Run run = run(claims, options, Batching.STANDARD, null, preparer);
    run.belowFloor(belowFloor);
    run.link();
    return run;
  }

  /**
   * Links claims afresh, from one node each, over the pairs known from earlier runs and those the
   * candidate generator proposes from the nodes of new claims alone: a consolidation that need not
   * propose again the pairs among earlier claims ({@link ClusterState#add}). {@code isNew} says
   * which claims are new; {@code known} holds pairs of earlier claims as {@code i << 32 | j}, indexes
   * into {@code claims}, with their scores in {@code knownScores} (as given when they were
   * proposed: not scored again). Every pair at the threshold is an edge. {@code belowFloor} as for
   * {@link #linkOnto}.
   */
  static Linking linkAfresh(List<Claim> claims, ClusterOptions options, Preparer preparer,
      Predicate<Claim> isNew, long[] known, double[] knownScores, long[] belowFloor) {
    Run run = run(claims, options, Batching.STANDARD, null, preparer);
    run.proposeAfresh(isNew, known, knownScores);
    run.belowFloor(belowFloor);
    run.link();
    return run;
  }

  /** Scores known from before, between claims of a {@link Linking} named by index. */
  interface KeptScores {
    /** The kept score of claims {@code x} and {@code y} (in either order), or NaN if none is kept. */
    double of(int x, int y);
  }

  /** The final groups of a run linked onto earlier clusters ({@link #linkOnto}) or afresh ({@link #linkAfresh}). */
  interface Linking {
    /** The claims in id order; groups name them by index. */
    List<Claim> claims();

    /** The index among the claims as given to the run of claim {@code k} (of {@link #claims}). */
    int given(int k);

    /** Each cluster's claims, by index in id order, largest first, then by smallest index. */
    List<int[]> groups();

    /**
     * The cluster of a group, with its representative picked as {@link #cluster} picks it, and each
     * member's score in it written to {@code scores} at the member's position in {@code group}.
     * With {@code candidate} and {@code kept}, the representative is picked among the members
     * {@code candidate} accepts only (at least one), and the scores {@code kept} knows are taken as
     * they are rather than computed: for a cluster that changed, its earlier representatives and the
     * members that were in none of their clusters, each earlier member keeping its score against
     * its earlier representative. That costs the candidates' scores against the sample, the new
     * ones' not kept, rather than every member's.
     */
    ClaimCluster cluster(int number, int[] group, @Nullable IntPredicate candidate, @Nullable KeptScores kept,
        double[] scores);

    /**
     * The pairs this run proposed that a later consolidation needs: those with a node of new claims
     * (all pairs when every node is new), each as {@code i << 32 | j}, {@code i < j}, indexes into
     * the claims as given to the run (not in id order), each node named by its first claim in id
     * order.
     */
    long[] newPairs();

    /** The scores of {@link #newPairs}, at the same index. */
    double[] newPairScores();

    /**
     * The pairs of claims this run found below the complete-linkage floor when comparing two
     * clusters, each as {@code i << 32 | j}, {@code i < j}, indexes into the claims as given to the
     * run, each node named by its first claim in id order; ascending, distinct. Which pairs a
     * comparison meets first may depend on the schedule (see {@link Run#sumAcross}); the pairs
     * change no result, only what a later run scores to reach it.
     */
    long[] belowFloor();
  }

  private static Run run(List<Claim> claims, ClusterOptions options, Batching batching,
      int @Nullable [] startOf, Preparer preparer) {
    int[] byId = preparer.byId();
    if (byId == null) {
      int[] order = IntStream.range(0, claims.size()).toArray();
      IndexSort.sort(order, (a, b) -> claims.get(a).id().compareTo(claims.get(b).id()));
      byId = order;
    }
    checkArgument(byId.length == claims.size(), "an id order of %s claims for %s", byId.length, claims.size());
    Claim[] inIdOrder = new Claim[byId.length];
    for (int k = 0; k < byId.length; k++) {
      inIdOrder[k] = claims.get(byId[k]);
    }
    List<Claim> sorted = Arrays.asList(inIdOrder);
    for (int k = 1; k < sorted.size(); k++) {
      String id = sorted.get(k).id();
      int order = id.compareTo(sorted.get(k - 1).id());
      checkArgument(order != 0, "duplicate claim id: %s", id);
      checkState(order > 0, "claims out of id order: %s after %s", id, sorted.get(k - 1).id());
    }
    Progress progress = new Progress(options.progress());
    int[] nodeOf = new int[sorted.size()];
    RunTexts prepared = preparer.prepareRun(sorted, byId, nodeOf, progress);
    Run run = new Run(sorted, nodeOf, prepared.texts(), options, batching, progress);
    run.preparer = preparer;
    run.textOfNode = prepared.textOfNode();
    run.byId = byId;
    if (startOf != null) {
      int[] start = new int[sorted.size()];
      for (int k = 0; k < start.length; k++) {
        start[k] = startOf[byId[k]];
      }
      run.startFrom(start);
    }
    return run;
  }

  /**
   * A run's nodes' texts, prepared, and each node's text among the preparer's (passed back to
   * {@link Preparer#propose}).
   */
  record RunTexts(PreparedTexts texts, int[] textOfNode) {}

  /** Fills {@code distinct} with the distinct texts in claim order; returns each claim's text. */
  private static int[] distinctTexts(List<Claim> claims, List<String> distinct) {
    // A string keeps its hash once computed: compute the texts' on all cores first.
    claims.parallelStream().forEach(claim -> claim.text().hashCode());
    Map<String, Integer> indexOfText = new HashMap<>();
    int[] textOf = new int[claims.size()];
    for (int k = 0; k < claims.size(); k++) {
      String text = claims.get(k).text();
      Integer index = indexOfText.putIfAbsent(text, distinct.size());
      if (index == null) {
        index = distinct.size();
        distinct.add(text);
      }
      textOf[k] = index;
    }
    return textOf;
  }

  /**
   * Fills {@code firstTexts} with the first text of each node (texts with the same normalised
   * words; each text without words is a node of its own); returns each text's node.
   */
  private static int[] nodes(PreparedTexts prepared, List<Integer> firstTexts) {
    Map<Words, Integer> nodeOfWords = new HashMap<>();
    int[] nodeOfText = new int[prepared.size()];
    int[] hash = new int[prepared.size()];
    IntStream.range(0, hash.length).parallel().forEach(t -> hash[t] = prepared.words(t).hashCode());
    for (int t = 0; t < prepared.size(); t++) {
      List<String> words = prepared.words(t);
      Integer node = words.isEmpty() ? null : nodeOfWords.putIfAbsent(new Words(words, hash[t]), firstTexts.size());
      if (node == null) {
        node = firstTexts.size();
        firstTexts.add(t);
      }
      nodeOfText[t] = node;
    }
    return nodeOfText;
  }

  /** A text's words as a key, with their hash computed beforehand. */
  private record Words(List<String> words, int hash) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Words other && hash == other.hash && words.equals(other.words);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * The state of one clustering run. The run clusters nodes, the claims' distinct normalised word
   * lists (node {@code n} is text {@code n} of {@link #texts}), and hands out their claims at the
   * end. All of it is primitive arrays: the proposed pairs as sorted keys with their scores, the
   * clusters as linked lists of nodes.
   */
  private static final class Run implements Linking {
    private final List<Claim> claims;
    /** The node of each claim, at the claim's index. */
    private final int[] nodeOf;
    private final PreparedTexts texts;
    private final int n;
    private final double threshold;
    private final CandidateGenerator candidates;
    private final Batching batching;
    private final Progress progress;
    /** The distinct proposed pairs as ascending keys; see {@link #key}. */
    private long[] proposed = {};
    /** The score of each proposed pair, at the same index. */
    private double[] proposedScores = {};
    /** The index in {@link #proposed} of the first pair of each node, and the end at {@code n}. */
    private int[] rowStart = {};

    // The clusters: each is named by one of its nodes; its members are a linked list.
    private final int[] clusterOf;
    private final int[] size;
    private final int[] head;
    private final int[] tail;
    private final int[] next;
    /** The sum of the scores of the pairs inside each cluster (estimated for large ones). */
    private final double[] innerSums;
    /** How many merges each cluster has taken in. */
    private final int[] version;
    /** Each cluster's sample, its up to {@value #SAMPLE} members of lowest hash; null for one node. */
    private final int[][] sample;

    Run(List<Claim> claims, int[] nodeOf, PreparedTexts texts, ClusterOptions options, Batching batching,
        Progress progress) {
      this.claims = claims;
      this.nodeOf = nodeOf;
      this.texts = texts;
      this.n = texts.size();
      this.threshold = options.threshold();
      this.candidates = options.candidates().atThreshold(options.threshold());
      this.batching = batching;
      this.progress = progress;
      this.clusterOf = new int[n];
      this.size = new int[n];
      this.head = new int[n];
      this.tail = new int[n];
      this.next = new int[n];
      this.innerSums = new double[n];
      this.version = new int[n];
      this.sample = new int[n][];
      for (int i = 0; i < n; i++) {
        clusterOf[i] = i;
        size[i] = 1;
        head[i] = i;
        tail[i] = i;
        next[i] = -1;
      }
    }

    /** Edges scored elsewhere ({@link #linkComponent}), or null to propose and score them here. */
    private long @Nullable [] givenEdges;
    private double @Nullable [] givenScores;
    /** The index in the whole run of each node and of each claim, when this run is a part of one. */
    private int @Nullable [] nodeNumbers;
    private int @Nullable [] claimNumbers;

    /** Makes this run one component of a larger run: see {@link #linkComponent}. */
    void given(long[] edges, double[] scores, int[] nodes, int[] claimIndexes) {
      this.givenEdges = edges;
      this.givenScores = scores;
      this.nodeNumbers = nodes;
      this.claimNumbers = claimIndexes;
    }

    /**
     * Starts from earlier clusters instead of one node each: {@code start} gives each claim's
     * earlier cluster (any int label), or -1 for a new claim. The nodes of one label become one
     * cluster named by its least node; only pairs with a fresh node (all of whose claims are new)
     * will be proposed.
     */
    void startFrom(int[] start) {
      fresh = new boolean[n];
      Arrays.fill(fresh, true);
      int[] labelOf = new int[n];
      for (int k = 0; k < start.length; k++) {
        if (start[k] >= 0) {
          int node = nodeOf[k];
          checkArgument(fresh[node] || labelOf[node] == start[k],
              "claims with the same words are in two earlier clusters: %s and %s", labelOf[node], start[k]);
          fresh[node] = false;
          labelOf[node] = start[k];
        }
      }
      LongLongMap rootOf = new LongLongMap();
      for (int x = 0; x < n; x++) {
        if (!fresh[x]) {
          long known = rootOf.get(labelOf[x]);
          if (known == LongLongMap.ABSENT) {
            rootOf.put(labelOf[x], x);
          } else {
            int root = (int) known;
            clusterOf[x] = root;
            next[tail[root]] = x;
            tail[root] = x;
            size[root]++;
          }
        }
      }
      // A starting cluster's inner sum is computed when a comparison first needs it (innerSum);
      // its sample is taken now.
      for (int c = 0; c < n; c++) {
        if (clusterOf[c] == c && size[c] > 1) {
          innerSums[c] = Double.NaN;
          int[] nodes = new int[size[c]];
          int k = 0;
          for (int x = head[c]; x >= 0; x = next[x]) {
            nodes[k++] = x;
          }
          IndexSort.sort(nodes, (x, y) -> sampleOrder(x, y, nodeNumbers));
          sample[c] = nodes.length <= SAMPLE ? nodes : Arrays.copyOf(nodes, SAMPLE);
        }
      }
    }

    /** Whether pairs of two nodes of earlier clusters are left out; see {@link #startFrom}. */
    private boolean[] fresh = {};
    /** What prepared the texts, and may propose from an index it keeps; see {@link Preparer#propose}. */
    private @Nullable Preparer preparer;
    /** Each node's text among the distinct texts prepared, for {@link #preparer}. */
    private int[] textOfNode = {};
    /** Whether pairs without a fresh node are edges too (a consolidation: {@link #proposeAfresh}). */
    private boolean allEdges;
    /** Pairs of nodes proposed besides the generator's, as ascending keys; see {@link #proposeAfresh}. */
    private long[] known = {};
    /** The score of each known pair, at the same index. */
    private double[] knownScores = {};
    /** The scores of the pairs {@link #newPairs} returned last. */
    private double[] newPairScores = {};

    /**
     * Makes this run a consolidation: nodes start alone, the generator proposes only from the nodes
     * all of whose claims are new, the {@code known} pairs (of indexes into the claims as given to
     * the run) are proposed too, and every pair at the threshold is an edge.
     */
    void proposeAfresh(Predicate<Claim> isNew, long[] knownPairs, double[] scores) {
      fresh = new boolean[n];
      Arrays.fill(fresh, true);
      for (int k = 0; k < claims.size(); k++) {
        if (!isNew.test(claims.get(k))) {
          fresh[nodeOf[k]] = false;
        }
      }
      allEdges = true;
      int[] nodeOfGiven = nodesOfGiven();
      long[] keys = new long[knownPairs.length];
      int[] from = new int[knownPairs.length];
      int count = 0;
      for (int k = 0; k < knownPairs.length; k++) {
        int x = nodeOfGiven[(int) (knownPairs[k] >>> 32)];
        int y = nodeOfGiven[(int) knownPairs[k]];
        if (x != y) {
          keys[count] = key(Math.min(x, y), Math.max(x, y));
          from[count++] = k;
        }
      }
      // Ascending by key; of two known pairs of the same two nodes, the one known first: grouped by
      // first node by a counting sort, then each group sorted by second node, then order known.
      int[] start = new int[n + 1];
      for (int c = 0; c < count; c++) {
        start[first(keys[c]) + 1]++;
      }
      for (int x = 0; x < n; x++) {
        start[x + 1] += start[x];
      }
      int[] at = Arrays.copyOf(start, n);
      long[] bySecond = new long[count];
      for (int c = 0; c < count; c++) {
        bySecond[at[first(keys[c])]++] = (long) second(keys[c]) << 32 | c;
      }
      int parts = Parallel.parts();
      Parallel.forEach(parts, part -> {
        for (int x = (int) ((long) n * part / parts), to = (int) ((long) n * (part + 1) / parts); x < to; x++) {
          Arrays.sort(bySecond, start[x], start[x + 1]);
        }
      });
      known = new long[count];
      knownScores = new double[count];
      int filled = 0;
      for (int x = 0; x < n; x++) {
        for (int r = start[x]; r < start[x + 1]; r++) {
          long key = key(x, (int) (bySecond[r] >>> 32));
          if (filled == 0 || known[filled - 1] != key) {
            known[filled] = key;
            knownScores[filled] = scores[from[(int) bySecond[r]]];
            filled++;
          }
        }
      }
      known = Arrays.copyOf(known, filled);
      knownScores = Arrays.copyOf(knownScores, filled);
    }

    /**
     * Per node x, from {@code belowFloorStart[x]} to {@code belowFloorStart[x + 1]}: the nodes that
     * earlier runs found below the floor with it ({@link #belowFloor(long[])}); empty when none.
     */
    private int[] belowFloorStart = {};
    private int[] belowFloorPartner = {};
    /** The pairs of nodes found below the floor in this run, as keys; guarded by itself. */
    private final LongList foundBelowFloor = new LongList();

    /**
     * Takes the pairs of claims that earlier runs found below the floor ({@link Linking#belowFloor},
     * indexes into the claims as given to the run) as pairs of nodes, listed by node both ways.
     */
    void belowFloor(long[] givenPairs) {
      if (givenPairs.length == 0) {
        return;
      }
      int[] nodeOfGiven = nodesOfGiven();
      int[] start = new int[n + 1];
      for (long pair : givenPairs) {
        int x = nodeOfGiven[first(pair)];
        int y = nodeOfGiven[second(pair)];
        if (x != y) {
          start[x + 1]++;
          start[y + 1]++;
        }
      }
      for (int x = 0; x < n; x++) {
        start[x + 1] += start[x];
      }
      int[] partner = new int[start[n]];
      int[] at = Arrays.copyOf(start, n);
      for (long pair : givenPairs) {
        int x = nodeOfGiven[first(pair)];
        int y = nodeOfGiven[second(pair)];
        if (x != y) {
          partner[at[x]++] = y;
          partner[at[y]++] = x;
        }
      }
      belowFloorStart = start;
      belowFloorPartner = partner;
    }

    @Override
    public long[] belowFloor() {
      long[] found;
      synchronized (foundBelowFloor) {
        found = foundBelowFloor.toArray();
      }
      int[] firstClaim = firstClaims();
      for (int k = 0; k < found.length; k++) {
        int a = firstClaim[first(found[k])];
        int b = firstClaim[second(found[k])];
        found[k] = (long) Math.min(a, b) << 32 | Math.max(a, b);
      }
      return LongList.sortedDistinct(found);
    }

    /** Per claim, at its index among the claims as given to the run: its node. */
    private int[] nodesOfGiven() {
      int[] nodeOfGiven = new int[claims.size()];
      for (int k = 0; k < nodeOfGiven.length; k++) {
        nodeOfGiven[byId[k]] = nodeOf[k];
      }
      return nodeOfGiven;
    }

    /** Per node: the index among the claims as given to the run of its first claim in id order. */
    private int[] firstClaims() {
      int[] firstClaim = new int[n];
      Arrays.fill(firstClaim, -1);
      for (int k = 0; k < claims.size(); k++) {
        if (firstClaim[nodeOf[k]] < 0) {
          firstClaim[nodeOf[k]] = byId[k];
        }
      }
      return firstClaim;
    }

    /**
     * Whether a pair across clusters {@code a} and {@code b} that an earlier run found below the
     * floor is still below it, scored now: then {@link #sumAcross} rejects them as it would on
     * meeting that pair. Only pairs that {@code sumAcross} itself would score count: any pair across
     * when {@code exact}, else pairs across the two samples. Cost: the listed partners of the
     * smaller cluster's members (or sample), and a score for each found across.
     */
    private boolean knownBelowFloor(int a, int b, double floor, boolean exact) {
      if (belowFloorPartner.length == 0) {
        return false;
      }
      int small = size[a] <= size[b] ? a : b;
      int other = small == a ? b : a;
      if (exact) {
        for (int x = head[small]; x >= 0; x = next[x]) {
          for (int r = belowFloorStart[x]; r < belowFloorStart[x + 1]; r++) {
            int y = belowFloorPartner[r];
            if (clusterOf[y] == other && score(x, y) < floor) {
              return true;
            }
          }
        }
        return false;
      }
      int[] sampled = members(other);
      for (int x : members(small)) {
        for (int r = belowFloorStart[x]; r < belowFloorStart[x + 1]; r++) {
          int y = belowFloorPartner[r];
          if (clusterOf[y] == other && contains(sampled, y) && score(x, y) < floor) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean contains(int[] nodes, int x) {
      for (int node : nodes) {
        if (node == x) {
          return true;
        }
      }
      return false;
    }

    /** Notes a pair of nodes found below the floor, for {@link #belowFloor()}. */
    private void foundBelowFloor(int x, int y) {
      synchronized (foundBelowFloor) {
        foundBelowFloor.add(key(Math.min(x, y), Math.max(x, y)));
      }
    }

    /** Each claim's index among the claims as given to the run, at its index in {@link #claims}. */
    private int[] byId = {};

    @Override
    public int given(int k) {
      return byId[k];
    }

    @Override
    public long[] newPairs() {
      int[] firstClaim = firstClaims();
      LongList out = new LongList();
      double[] scores = new double[proposed.length];
      for (int k = 0; k < proposed.length; k++) {
        int x = first(proposed[k]);
        int y = second(proposed[k]);
        if (fresh.length == 0 || fresh[x] || fresh[y]) {
          int a = firstClaim[x];
          int b = firstClaim[y];
          scores[out.size()] = proposedScores[k];
          out.add((long) Math.min(a, b) << 32 | Math.max(a, b));
        }
      }
      newPairScores = Arrays.copyOf(scores, out.size());
      return out.toArray();
    }

    @Override
    public double[] newPairScores() {
      return newPairScores;
    }

    List<ClaimCluster> clusters() {
      link();
      return toClusters();
    }

    /** Takes the edges; the clusters are then final. */
    void link() {
      int[] edges = edges();
      progress.start(Phase.LINKING, edges.length);
      // Edges of different connected components of the edge graph never meet: each component's
      // edges are taken in the global order, components on all cores. A component touches only its
      // own nodes' slots in the cluster arrays, so the result is that of one pass over all edges.
      int[][] components = components(edges);
      if (components.length > 0 && components[0].length >= batching.fromEdges()) {
        linkLargestInBatches(components);
      } else {
        // Largest first, each core claiming the next component as it finishes one.
        Parallel.forEach(components.length, c -> link(components[c]));
      }
      progress.checkInterrupt();
      progress.end();
    }

    @Override
    public List<Claim> claims() {
      return claims;
    }

    @Override
    public ClaimCluster cluster(int number, int[] group, @Nullable IntPredicate candidate,
        @Nullable KeptScores kept, double[] scores) {
      checkArgument(scores.length == group.length, "%s scores for a group of %s", scores.length, group.length);
      return toCluster(number, group, candidate, kept, scores);
    }

    /** Takes the edges of one connected component, in order. */
    private void link(int[] component) {
      LongLongMap rejected = new LongLongMap();
      for (int k = 0; k < component.length && !progress.interrupted(); k++) {
        link(component[k], rejected);
        if ((k & 1023) == 1023) {
          progress.add(1024);
        }
      }
      progress.add(component.length & 1023);
    }

    /**
     * Links the largest component in batches on this thread, helped by a {@link BatchHelper},
     * while the pool's threads link the other components, largest first, and then help with the
     * batches; this thread, once done, links the other components left.
     */
    private void linkLargestInBatches(int[][] components) {
      BatchHelper helper = new BatchHelper();
      AtomicInteger next = new AtomicInteger(1);
      Runnable others = () -> {
        for (int c = next.getAndIncrement(); c < components.length; c = next.getAndIncrement()) {
          link(components[c]);
        }
      };
      // The pool this run is called from (as a parallel stream would), else the common pool.
      ForkJoinPool pool = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
      List<ForkJoinTask<?>> tasks = new ArrayList<>();
      for (int k = 0; k < pool.getParallelism(); k++) {
        tasks.add(pool.submit(() -> {
          others.run();
          helper.run();
        }));
      }
      try {
        linkInBatches(components[0], helper);
      } finally {
        helper.finish();
      }
      others.run();
      tasks.forEach(ForkJoinTask::join);
    }

    /**
     * Takes the edges of one component in batches, with the result of taking them one by one.
     * The comparison of two clusters ({@link #sumAcross}) is the cost of an edge, and it depends
     * only on the two clusters, which change only by merging (each merge counts in {@link
     * #version}). So the comparisons of a batch's edges are made at once on all cores, on the
     * clusters as the batch starts; then the edges are taken in order, and an edge whose two
     * clusters are still the ones compared, at the same versions, is decided by that comparison,
     * which is the one it would make in its turn; any other is compared in its turn. On 824 k
     * claims one component holds 4.3 of the 6.6 million edges, and a merge within a batch rarely
     * touches the clusters of a later edge of it.
     */
    private void linkInBatches(int[] component, BatchHelper helper) {
      LongLongMap rejected = new LongLongMap();
      int size = batching.size();
      int[] job = new int[size];
      int[] jobA = new int[size];
      int[] jobB = new int[size];
      long[] jobVersions = new long[size];
      double[] across = new double[size];
      for (int from = 0; from < component.length && !progress.interrupted(); from += size) {
        int to = Math.min(component.length, from + size);
        int jobs = 0;
        for (int k = from; k < to; k++) {
          long key = proposed[component[k]];
          int a = clusterOf[first(key)];
          int b = clusterOf[second(key)];
          if (a == b || rejected.get(key(Math.min(a, b), Math.max(a, b))) == versions(a, b)) {
            job[k - from] = -1;
          } else {
            job[k - from] = jobs;
            jobA[jobs] = a;
            jobB[jobs] = b;
            jobVersions[jobs++] = versions(a, b);
          }
        }
        helper.compare(jobA, jobB, across, jobs);
        for (int k = from; k < to; k++) {
          long key = proposed[component[k]];
          int a = clusterOf[first(key)];
          int b = clusterOf[second(key)];
          int j = job[k - from];
          if (j >= 0 && a == jobA[j] && b == jobB[j] && versions(a, b) == jobVersions[j]) {
            decide(a, b, across[j], rejected);
          } else {
            link(component[k], rejected);
          }
        }
        progress.add(to - from);
      }
    }

    /**
     * Makes the comparisons of a batch ({@link #linkInBatches}) on the thread that links and,
     * when it has nothing else to do, one of the pool's: each claims the next comparison.
     */
    private final class BatchHelper {
      /** Looks for a batch in a spin before the helper naps between looks. */
      private static final int SPINS = 1 << 12;
      private static final long NAP_NANOS = 20_000;

      private final AtomicBoolean started = new AtomicBoolean();
      private volatile boolean finished;
      private volatile @Nullable Batch current;

      /** The comparison of the clusters of each job into {@code across}; returns when all are in. */
      void compare(int[] a, int[] b, double[] across, int jobs) {
        if (jobs == 0) {
          return;
        }
        Batch batch = new Batch(a, b, across, jobs);
        current = batch;
        batch.work();
        while (batch.done.get() < jobs) {
          Thread.onSpinWait();
        }
        current = null;
        Throwable failure = batch.failure;
        if (failure instanceof RuntimeException e) {
          throw e;
        } else if (failure instanceof Error e) {
          throw e;
        }
      }

      /** Helps with batches until the component is linked; at most one thread runs it. */
      void run() {
        if (!started.compareAndSet(false, true)) {
          return;
        }
        int idle = 0;
        while (!finished && !progress.interrupted()) {
          Batch batch = current;
          if (batch != null && batch.claimed.get() < batch.jobs) {
            batch.work();
            idle = 0;
          } else if (++idle < SPINS) {
            Thread.onSpinWait();
          } else {
            LockSupport.parkNanos(NAP_NANOS);
          }
        }
      }

      void finish() {
        finished = true;
      }
    }

    /** One batch's comparisons, claimed one at a time. */
    private final class Batch {
      final int[] a;
      final int[] b;
      final double[] across;
      final int jobs;
      final AtomicInteger claimed = new AtomicInteger();
      final AtomicInteger done = new AtomicInteger();
      /** The first failure of a comparison, rethrown by the linking thread. */
      volatile @Nullable Throwable failure;

      Batch(int[] a, int[] b, double[] across, int jobs) {
        this.a = a;
        this.b = b;
        this.across = across;
        this.jobs = jobs;
      }

      void work() {
        for (int j = claimed.getAndIncrement(); j < jobs; j = claimed.getAndIncrement()) {
          try {
            across[j] = sumAcross(a[j], b[j]);
          } catch (RuntimeException | Error e) {
            failure = e;
          } finally {
            done.incrementAndGet();
          }
        }
      }
    }

    private long versions(int a, int b) {
      return (long) version[Math.min(a, b)] << 32 | version[Math.max(a, b)];
    }

    /** Merges clusters {@code a} and {@code b} if {@code across} says they are close enough, else remembers them as rejected. */
    private void decide(int a, int b, double across, LongLongMap rejected) {
      if (closeEnough(a, b, across)) {
        merge(a, b, across);
      } else {
        rejected.put(key(Math.min(a, b), Math.max(a, b)), versions(a, b));
      }
    }

    /**
     * Takes one edge: merges its two nodes' clusters if they are close enough. Two clusters found
     * too far apart are remembered with their versions (how many merges each has had), so that
     * the other edges between them cost nothing until one of them changes.
     */
    private void link(int edge, LongLongMap rejected) {
      long key = proposed[edge];
      int a = clusterOf[first(key)];
      int b = clusterOf[second(key)];
      if (a == b) {
        return;
      }
      if (rejected.get(key(Math.min(a, b), Math.max(a, b))) == versions(a, b)) {
        return;
      }
      decide(a, b, sumAcross(a, b), rejected);
    }

    /**
     * The edges grouped by connected component of the graph they form (union-find with path
     * halving), each group in the order of {@code edges}; the largest group first, so that it
     * starts first.
     */
    private int[][] components(int[] edges) {
      // The partition does not depend on the order the edges are joined in, and each root is its
      // component's least node: the edges are read in key order, which reads memory in order.
      // Linking onto earlier clusters, each starts as one set (named by its least node, its root),
      // so that the edges of two of its nodes fall in one component, linked on one thread.
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = clusterOf[i];
      }
      for (int k = 0; k < proposed.length; k++) {
        if (isEdge(k)) {
          UnionFind.union(parent, first(proposed[k]), second(proposed[k]));
        }
      }
      UnionFind.flatten(parent);
      int[] count = new int[n];
      for (int k = 0; k < proposed.length; k++) {
        if (isEdge(k)) {
          count[parent[first(proposed[k])]]++;
        }
      }
      int[] slot = new int[n];
      int groups = 0;
      for (int i = 0; i < n; i++) {
        slot[i] = count[i] > 0 ? groups++ : -1;
      }
      int[][] out = new int[groups][];
      for (int i = 0; i < n; i++) {
        if (slot[i] >= 0) {
          out[slot[i]] = new int[count[i]];
        }
      }
      int[] filled = new int[groups];
      for (int e : edges) {
        int g = slot[parent[first(proposed[e])]];
        out[g][filled[g]++] = e;
      }
      Arrays.sort(out, Comparator.<int[]>comparingInt(g -> g.length).reversed());
      return out;
    }


    /**
     * The proposed pairs scored on all cores (each score lands at its pair's index, so the result
     * does not depend on the schedule), and the indexes of those at or above the threshold,
     * strongest first, then by key (lower ids first).
     */
    private int[] edges() {
      if (givenEdges == null || givenScores == null) {
        progress.start(Phase.PROPOSING, n);
        LongList keys = new LongList();
        CandidateGenerator.PairSink sink = (x, y) -> {
          checkArgument(x != y, "candidate generator proposed a text paired with itself: %s", x);
          checkArgument(Math.min(x, y) >= 0 && Math.max(x, y) < n,
              "candidate generator proposed a pair outside the %s texts: (%s, %s)", n, x, y);
          if (fresh.length == 0 || fresh[x] || fresh[y]) {
            keys.add(key(Math.min(x, y), Math.max(x, y)));
          }
        };
        if (fresh.length > 0 && candidates instanceof Probing probing) {
          if (preparer == null || !preparer.propose(probing, textOfNode, x -> fresh[x], sink)) {
            probing.proposeFrom(new TermLists(texts), x -> fresh[x], sink);
          }
        } else {
          candidates.propose(texts, sink);
        }
        progress.checkInterrupt();
        proposed = LongList.mergedDistinct(LongList.sortedDistinct(keys.toArray()), known);
        progress.end();
      } else {
        proposed = givenEdges;
      }
      rowStart = new int[n + 1];
      for (long key : proposed) {
        rowStart[first(key) + 1]++;
      }
      for (int i = 0; i < n; i++) {
        rowStart[i + 1] += rowStart[i];
      }
      proposedScores = givenScores != null ? givenScores : scoreInParallel(proposed, knownScoresOf(proposed));
      int count = 0;
      for (int k = 0; k < proposed.length; k++) {
        count += isEdge(k) ? 1 : 0;
      }
      int[] edges = new int[count];
      int e = 0;
      for (int k = 0; k < proposed.length; k++) {
        if (isEdge(k)) {
          edges[e++] = k;
        }
      }
      double[] scores = proposedScores;
      IndexSort.sort(edges, (x, y) -> x == y ? 0
          : scores[x] != scores[y] ? Double.compare(scores[y], scores[x]) : Integer.compare(x, y));
      return edges;
    }

    /**
     * Whether proposed pair {@code k} is an edge: at or above the threshold and, when linking onto
     * earlier clusters, with a fresh node (the pairs within earlier clusters are scored only to be
     * looked up; see {@link #addInnerPairs}).
     */
    private boolean isEdge(int k) {
      return proposedScores[k] >= threshold
          && (fresh.length == 0 || allEdges || fresh[first(proposed[k])] || fresh[second(proposed[k])]);
    }

    /** Pairs scored per parallel task, about. */
    private static final int SCORING_CHUNK = 4096;

    /** The known score of each key, NaN where it is not known ({@link #known}). */
    private double @Nullable [] knownScoresOf(long[] keys) {
      if (known.length == 0) {
        return null;
      }
      double[] out = new double[keys.length];
      int at = 0;
      for (int k = 0; k < keys.length; k++) {
        while (at < known.length && known[at] < keys[k]) {
          at++;
        }
        out[k] = at < known.length && known[at] == keys[k] ? knownScores[at] : Double.NaN;
      }
      return out;
    }

    /**
     * Scores the pairs of {@code keys}, but for those whose score {@code preset} holds (not NaN);
     * the scoring phase counts the pairs scored.
     */
    private double[] scoreInParallel(long[] keys, double @Nullable [] preset) {
      long toScore = keys.length;
      if (preset != null) {
        for (double known : preset) {
          toScore -= Double.isNaN(known) ? 0 : 1;
        }
      }
      progress.start(Phase.SCORING, toScore);
      double[] out = new double[keys.length];
      int[] rows = rowsNearTheirLike(keys);
      // Chunks of consecutive rows holding about SCORING_CHUNK pairs each.
      int[] bounds = new int[rows.length + 1];
      int chunks = 0;
      for (int r = 0, pairs = 0; r < rows.length; r++) {
        pairs += rowStart[rows[r] + 1] - rowStart[rows[r]];
        if (pairs >= SCORING_CHUNK || r == rows.length - 1) {
          bounds[++chunks] = r + 1;
          pairs = 0;
        }
      }
      Parallel.forEach(chunks, c -> {
        if (progress.interrupted()) {
          return;
        }
        int done = 0;
        for (int r = bounds[c]; r < bounds[c + 1]; r++) {
          int row = rows[r];
          for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
            if (preset != null && !Double.isNaN(preset[k])) {
              out[k] = preset[k];
            } else {
              out[k] = texts.score(row, second(keys[k]));
              done++;
            }
          }
        }
        progress.add(done);
      });
      progress.checkInterrupt();
      progress.end();
      return out;
    }

    /**
     * The nodes in an order that puts those with the same least partner side by side: renderings of
     * one sentence are proposed with one another, so their rows share partners, and scoring them in
     * a row finds those partners' layouts still in the scorer's workspace.
     */
    private int[] rowsNearTheirLike(long[] keys) {
      int[] least = new int[n];
      for (int x = 0; x < n; x++) {
        least[x] = x;
      }
      for (long key : keys) {
        int a = first(key);
        int b = second(key);
        least[b] = Math.min(least[b], a);
      }
      long[] packed = new long[n];
      for (int x = 0; x < n; x++) {
        packed[x] = (long) least[x] << 32 | x;
      }
      Arrays.sort(packed);
      int[] rows = new int[n];
      for (int x = 0; x < n; x++) {
        rows[x] = (int) packed[x];
      }
      return rows;
    }

    /**
     * The sum of the scores of the pairs across two clusters, or -1 as soon as one pair is below
     * the complete-linkage floor, or as soon as the pairs left, even at 1 each, could not bring the
     * mean up to what {@link #closeEnough} requires. Exact when the clusters have at most {@value
     * #EXACT_PAIRS} pairs across; above, estimated from the pairs across their samples (at most
     * {@value #SAMPLE} members each), as their mean times the number of pairs.
     *
     * <p>A pair across that an earlier run found below the floor ({@link #belowFloor(long[])}) is
     * scored first ({@link #knownBelowFloor}): if it is still below, the result is -1, as it would
     * be on meeting that pair in turn, and the other pairs are not scored. The result is the same
     * either way; the pair that ends a comparison is noted for later runs ({@link #belowFloor()}).
     * Which pair that is may depend on the schedule: until a cluster's inner sum is known, the
     * early stop on the mean takes the threshold alone ({@link #requiredMeanSoFar}).
     */
    private double sumAcross(int a, int b) {
      double floor = threshold * FLOOR_FRACTION;
      double required = requiredMeanSoFar(a, b);
      double sum = 0;
      long pairs = (long) size[a] * size[b];
      if (knownBelowFloor(a, b, floor, pairs <= EXACT_PAIRS)) {
        return -1;
      }
      if (pairs <= EXACT_PAIRS) {
        // Less than what the mean needs, with a margin for rounding: a sure rejection.
        double needed = required * pairs - 1e-9;
        long left = pairs;
        for (int x = head[a]; x >= 0; x = next[x]) {
          for (int y = head[b]; y >= 0; y = next[y]) {
            double s = score(x, y);
            if (s < floor) {
              foundBelowFloor(x, y);
              return -1;
            }
            if (sum + s + (--left) < needed) {
              return -1;
            }
            sum += s;
          }
        }
        return sum;
      }
      int[] sa = members(a);
      int[] sb = members(b);
      long sampled = (long) sa.length * sb.length;
      double needed = required * sampled - 1e-9;
      long left = sampled;
      for (int x : sa) {
        for (int y : sb) {
          double s = score(x, y);
          if (s < floor) {
            foundBelowFloor(x, y);
            return -1;
          }
          if (sum + s + (--left) < needed) {
            return -1;
          }
          sum += s;
        }
      }
      return sum / sampled * pairs;
    }

    /**
     * The mean score across two clusters that they need to merge: the threshold, and when both
     * have two or more members, also {@value #COHESION_FRACTION} of the looser one's mean within.
     */
    private double requiredMean(int a, int b) {
      int na = size[a];
      int nb = size[b];
      if (na < 2 || nb < 2) {
        return threshold;
      }
      return Math.max(threshold,
          COHESION_FRACTION * Math.min(innerSum(a) / pairs(na), innerSum(b) / pairs(nb)));
    }

    /**
     * {@link #requiredMean} from the inner sums known so far, or the threshold, which is at most
     * that, if one is not known yet: what {@link #sumAcross}, which may run on another thread than
     * the one that links the two clusters, stops early by. The decision ({@link #closeEnough}) takes
     * the required mean itself.
     */
    private double requiredMeanSoFar(int a, int b) {
      return Double.isNaN(innerSums[a]) || Double.isNaN(innerSums[b]) ? threshold : requiredMean(a, b);
    }

    /**
     * A cluster's inner sum, computed now if not known (a starting cluster linked onto, or one that
     * has taken one in): the sum of its members' pairs' scores up to {@value #EXACT_PAIRS} pairs,
     * above estimated from the pairs of its sample as {@link #sumAcross} estimates. Called on the
     * thread that links the cluster's component only.
     */
    private double innerSum(int c) {
      double known = innerSums[c];
      if (!Double.isNaN(known)) {
        return known;
      }
      int[] over = sample[c];
      if (pairs(size[c]) <= EXACT_PAIRS) {
        over = new int[size[c]];
        int k = 0;
        for (int x = head[c]; x >= 0; x = next[x]) {
          over[k++] = x;
        }
      }
      double sum = 0;
      for (int i = 0; i < over.length; i++) {
        for (int j = i + 1; j < over.length; j++) {
          sum += score(over[i], over[j]);
        }
      }
      innerSums[c] = over.length == size[c] ? sum : sum / pairs(over.length) * pairs(size[c]);
      return innerSums[c];
    }

    /** A cluster's sample. */
    private int[] members(int c) {
      return sample[c] == null ? new int[] {c} : sample[c];
    }

    /** Average linkage at the threshold, and cohesion when both clusters are groups. */
    private boolean closeEnough(int a, int b, double across) {
      return across >= 0 && across / ((double) size[a] * size[b]) >= requiredMean(a, b);
    }

    private static double pairs(int n) {
      return n * (n - 1.0) / 2;
    }

    private void merge(int a, int b, double across) {
      int into = size[a] >= size[b] ? a : b;
      int from = into == a ? b : a;
      for (int x = head[from]; x >= 0; x = next[x]) {
        clusterOf[x] = into;
      }
      next[tail[into]] = head[from];
      tail[into] = tail[from];
      size[into] += size[from];
      innerSums[into] += innerSums[from] + across;
      innerSums[from] = 0;
      version[into]++;
      sample[into] = mergedSample(members(into), members(from));
      sample[from] = null;
    }

    /** The up to {@value #SAMPLE} nodes of lowest hash (then lowest index) of two samples. */
    private int[] mergedSample(int[] x, int[] y) {
      int[] out = new int[Math.min(SAMPLE, x.length + y.length)];
      int p = 0;
      int q = 0;
      for (int k = 0; k < out.length; k++) {
        out[k] = q >= y.length || p < x.length && sampleOrder(x[p], y[q], nodeNumbers) < 0 ? x[p++] : y[q++];
      }
      return out;
    }

    /** By hash of the index in the whole run ({@code numbers}, or the index itself when null). */
    private static int sampleOrder(int x, int y, int @Nullable [] numbers) {
      int byHash = numbers == null ? Integer.compare(mix(x), mix(y))
          : Integer.compare(mix(numbers[x]), mix(numbers[y]));
      return byHash != 0 ? byHash : Integer.compare(x, y);
    }

    /** A fixed bijective mix of a node index (the finaliser of MurmurHash3), so samples are unbiased. */
    private static int mix(int x) {
      int h = x;
      h ^= h >>> 16;
      h *= 0x85ebca6b;
      h ^= h >>> 13;
      h *= 0xc2b2ae35;
      h ^= h >>> 16;
      return h;
    }

    private List<ClaimCluster> toClusters() {
      List<int[]> groups = groups();
      progress.start(Phase.REPRESENTING, groups.size());
      // Largest first, each core claiming the next cluster as it finishes one.
      ClaimCluster[] out = new ClaimCluster[groups.size()];
      Parallel.forEach(out.length, k -> {
        if (!progress.interrupted()) {
          out[k] = toCluster(k + 1, groups.get(k), null, null, new double[groups.get(k).length]);
          progress.add(1);
        }
      });
      progress.checkInterrupt();
      progress.end();
      return ImmutableList.copyOf(out);
    }

    @Override
    public List<int[]> groups() {
      List<Integer> roots = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        if (clusterOf[c] == c) {
          roots.add(c);
        }
      }
      int[] claimStart = new int[n + 1];
      for (int node : nodeOf) {
        claimStart[node + 1]++;
      }
      for (int i = 0; i < n; i++) {
        claimStart[i + 1] += claimStart[i];
      }
      int[] claimsOfNode = new int[claims.size()];
      int[] filled = Arrays.copyOf(claimStart, n);
      for (int k = 0; k < claims.size(); k++) {
        claimsOfNode[filled[nodeOf[k]]++] = k;
      }
      List<int[]> groups = new ArrayList<>(roots.size());
      for (int c : roots) {
        int[] group = new int[0];
        int count = 0;
        for (int x = head[c]; x >= 0; x = next[x]) {
          int from = claimStart[x];
          int to = claimStart[x + 1];
          if (count + to - from > group.length) {
            group = Arrays.copyOf(group, Math.max(2 * group.length, count + to - from));
          }
          System.arraycopy(claimsOfNode, from, group, count, to - from);
          count += to - from;
        }
        group = Arrays.copyOf(group, count);
        Arrays.sort(group);
        groups.add(group);
      }
      groups.sort(Comparator.<int[]>comparingInt(g -> g.length).reversed().thenComparingInt(g -> g[0]));
      return groups;
    }

    /**
     * The medoid is the representative; ties go to the lowest id (members are in id order). In a
     * cluster of more than {@value #SAMPLE} claims, the medoid of its claims' scores against a
     * sample of {@value #SAMPLE} of them (spread by hash, as the linkage's samples are), so that
     * the cost is linear in the cluster's size. With {@code candidate}, only the members it
     * accepts may be the representative. Each member's score goes to {@code scores} at its
     * position in {@code group}.
     */
    private ClaimCluster toCluster(int number, int[] group, @Nullable IntPredicate candidate,
        @Nullable KeptScores kept, double[] scores) {
      int[] against = group.length > SAMPLE ? sampleOf(group) : group;
      int rep = group[0];
      double best = -1;
      for (int x : group) {
        if (candidate != null && !candidate.test(x)) {
          continue;
        }
        double sum = 0;
        for (int y : against) {
          sum += x == y ? 0 : claimScore(x, y, kept);
        }
        if (sum > best) {
          best = sum;
          rep = x;
        }
      }
      int r = rep;
      int[] order = new int[group.length];
      for (int k = 0; k < group.length; k++) {
        scores[k] = group[k] == r ? 1.0 : claimScore(r, group[k], kept);
        order[k] = k;
      }
      // The representative first, then by score, highest first, then by id (the group's order).
      IndexSort.sort(order, (a, b) -> group[a] == r ? (group[b] == r ? 0 : -1) : group[b] == r ? 1
          : Double.compare(scores[b], scores[a]) != 0 ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
      List<ClaimCluster.Member> out = new ArrayList<>(group.length);
      for (int k : order) {
        out.add(new ClaimCluster.Member(claims.get(group[k]), scores[k]));
      }
      return new ClaimCluster(number, claims.get(r), out);
    }

    /**
     * The {@value #SAMPLE} members of a group that come first by {@link #sampleOrder} (by the hash
     * of their index in the whole run, then by index), ascending: a selection on packed keys.
     */
    private int[] sampleOf(int[] group) {
      long[] keys = new long[group.length];
      for (int k = 0; k < group.length; k++) {
        int x = group[k];
        int hash = mix(claimNumbers == null ? x : claimNumbers[x]);
        // By the hash (signed, as sampleOrder compares), then by the index (never negative).
        keys[k] = (long) hash << 32 | x;
      }
      IndexSort.selectSmallest(keys, keys.length, SAMPLE);
      int[] out = new int[SAMPLE];
      for (int k = 0; k < SAMPLE; k++) {
        out[k] = (int) keys[k];
      }
      Arrays.sort(out);
      return out;
    }

    /** The score of two claims: 1 for the same text, else their nodes' score. */
    private double claimScore(int x, int y) {
      return nodeOf[x] == nodeOf[y] ? 1.0 : score(nodeOf[x], nodeOf[y]);
    }

    /** {@link #claimScore}, or the score {@code kept} has for the two claims. */
    private double claimScore(int x, int y, @Nullable KeptScores kept) {
      double known = kept == null ? Double.NaN : kept.of(x, y);
      return Double.isNaN(known) ? claimScore(x, y) : known;
    }

    /** The score of two nodes: the proposed pair's score, or computed now (not kept). */
    private double score(int x, int y) {
      int i = Math.min(x, y);
      int j = Math.max(x, y);
      int k = Arrays.binarySearch(proposed, rowStart[i], rowStart[i + 1], key(i, j));
      return k >= 0 ? proposedScores[k] : texts.score(i, j);
    }

    /** A pair of nodes as one long: {@code i} high, {@code j} low, so keys sort by i, then j. */
    private static long key(int i, int j) {
      return (long) i << 32 | j;
    }

    private static int first(long key) {
      return (int) (key >>> 32);
    }

    private static int second(long key) {
      return (int) key;
    }
  }
}
