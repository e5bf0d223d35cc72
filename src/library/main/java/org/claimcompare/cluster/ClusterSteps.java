package org.claimcompare.cluster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.score.PreparedTexts;

/**
 * The clusterer's steps one at a time, for an engine that runs them apart, on other machines: the
 * Spark job ({@code claimcompare-spark}) is one. An application calls {@link Clusterer#cluster}
 * (or {@code Claims.cluster}) instead.
 *
 * <p>{@link Clusterer#cluster} with the standard scorer is, step by step:
 *
 * <ol>
 *   <li>Claims {@link #keptApart kept apart} are clusters of their own, with score 1; the others
 *       are linked as follows.
 *   <li>The claims are put in id order ({@link String#compareTo}). Their distinct texts form the
 *       corpus: the scorer is adapted to it ({@code AlignmentScorer.adaptedTo(frequencies, texts)},
 *       with each stem's number of distinct texts among whose terms it is).
 *   <li>Texts with the same normalised words ({@code PreparedTexts.words}, not empty) are one node;
 *       nodes are numbered in the order of their first claim, and a node's text is that claim's.
 *   <li>The {@linkplain #candidates candidate pairs} of nodes, found on the nodes' terms, are
 *       scored by the adapted scorer; those at or above the threshold are the edges.
 *   <li>Each connected component of the edge graph (a node without edges is one on its own) is
 *       {@linkplain #link linked} apart: components never meet.
 *   <li>The clusters of all components and those kept apart are numbered from 1, larger first,
 *       then by smallest claim id.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class ClusterSteps {
  private ClusterSteps() {}

  /**
   * Returns whether a claim is a cluster of its own under {@code options}: a fragment they do not
   * link, or a claim of fewer words than their minimum.
   *
   * @param claim the claim
   * @param options the options
   * @return whether the claim is kept apart
   */
  public static boolean keptApart(Claim claim, ClusterOptions options) {
    return Clusterer.keptApart(checkNotNull(claim, "claim"), checkNotNull(options, "options"));
  }

  /**
   * Returns the work of the options' candidate generator, adapted to their threshold, on the
   * nodes' terms, in parts that can run apart.
   *
   * @param options the options
   * @param terms each node's terms ({@code PreparedTexts.terms}), in node order
   * @return the generator's work, in parts
   */
  public static CandidateIndex candidates(ClusterOptions options, List<List<String>> terms) {
    checkNotNull(options, "options");
    return CandidateIndex.of(options.candidates().atThreshold(options.threshold()), terms);
  }

  /**
   * Returns the connected component of each node of the edge graph, named by its least node: the
   * components the clusterer links apart, found the same way.
   *
   * @param n the number of nodes
   * @param edges the edges as pairs of nodes, {@code i << 32 | j}
   * @return for each node, the least node of its component
   * @throws IllegalArgumentException if an edge names a node outside {@code [0, n)}
   */
  public static int[] components(int n, long[] edges) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (long e : edges) {
      int i = (int) (e >>> 32);
      int j = (int) e;
      checkArgument(0 <= i && i < n && 0 <= j && j < n, "edge (%s, %s) is not a pair of the %s nodes", i, j, n);
      UnionFind.union(parent, i, j);
    }
    UnionFind.flatten(parent);
    return parent;
  }

  /**
   * Returns the clusters of one connected component of the edge graph, as the clusterer finds
   * them in a run over the whole input: the same linkage (edges strongest first, then by node
   * numbers), the same samples of large clusters and the same representatives. Their numbers count
   * from 1 within the component, in the clusterer's order.
   *
   * <p>Cost: as the clusterer's linkage of the component, near-linear in its edges.
   *
   * @param claims the component's claims, in id order
   * @param nodeOf the node of each claim, an index into {@code texts}
   * @param texts one prepared text per node of the component, nodes in increasing number, scored
   *     by the adapted scorer
   * @param edges the component's edges as {@code i << 32 | j} with {@code i < j} indexes into
   *     {@code texts}, ascending
   * @param scores the score of each edge, at or above the threshold
   * @param nodeNumbers each node's number in the whole run, ascending
   * @param claimNumbers each claim's index in the whole run (all linked claims in id order), ascending
   * @param threshold the clustering threshold
   * @return the component's clusters
   * @throws IllegalArgumentException if the arrays do not fit together
   */
  public static List<ClaimCluster> link(List<Claim> claims, int[] nodeOf, PreparedTexts texts,
      long[] edges, double[] scores, int[] nodeNumbers, int[] claimNumbers, double threshold) {
    ClusterOptions.checkThreshold(threshold);
    checkArgument(nodeOf.length == claims.size() && claimNumbers.length == claims.size(),
        "%s claims, %s nodes of claims, %s claim numbers", claims.size(), nodeOf.length, claimNumbers.length);
    checkArgument(nodeNumbers.length == texts.size(), "%s texts, %s node numbers", texts.size(), nodeNumbers.length);
    checkArgument(edges.length == scores.length, "%s edges, %s scores", edges.length, scores.length);
    for (int k = 0; k < edges.length; k++) {
      int i = (int) (edges[k] >>> 32);
      int j = (int) edges[k];
      checkArgument(0 <= i && i < j && j < texts.size() && (k == 0 || edges[k - 1] < edges[k]),
          "edge %s is not an ascending pair of the %s texts: (%s, %s)", k, texts.size(), i, j);
      checkArgument(scores[k] >= threshold && scores[k] <= 1, "edge %s scores %s, below the threshold %s",
          k, scores[k], threshold);
    }
    return Clusterer.linkComponent(claims, nodeOf, texts, edges, scores, nodeNumbers, claimNumbers, threshold);
  }
}
