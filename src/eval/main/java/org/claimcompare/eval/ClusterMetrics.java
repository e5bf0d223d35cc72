package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How well a clustering matches gold groups, by three standard measures.
 *
 * <ul>
 *   <li>B³ (Bagga and Baldwin 1998): for each item, precision is the share of its cluster that is
 *       in its gold group and recall the share of its gold group that is in its cluster; both are
 *       averaged over the items, and F1 is the harmonic mean of the averages. A singleton cluster
 *       has precision 1.
 *   <li>Pairwise: over all pairs of items, precision is the share of pairs put in one cluster that
 *       share a gold group, recall the share of pairs sharing a gold group that are put in one
 *       cluster. With no pair put together, precision is 1 (no pair is wrongly joined); with no
 *       gold pair, recall is 1.
 *   <li>Adjusted Rand index (Hubert and Arabie 1985): {@code (index - expected) / (max - expected)}
 *       over the pair counts; 1 for identical partitions, about 0 for a random one. Where {@code max
 *       == expected}, which happens exactly when both partitions put every item alone or both put
 *       all items together (so they agree), it is 1.
 * </ul>
 *
 * <pre>{@code
 * // gold {0,1,2} {3,4} {5}; clusters {0,1} {2,3,4} {5}
 * ClusterMetrics.of(new int[] {7, 7, 8, 8, 8, 9}, new int[] {1, 1, 1, 2, 2, 3})
 * // ClusterMetrics[6 items, 3 clusters, 3 groups, B³ 0.778/0.778/0.778, pairs 0.500/0.500/0.500, ARI 0.318]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param items the number of items
 * @param clusters the number of predicted clusters
 * @param groups the number of gold groups
 * @param bCubedPrecision B³ precision
 * @param bCubedRecall B³ recall
 * @param pairPrecision pairwise precision
 * @param pairRecall pairwise recall
 * @param adjustedRand the adjusted Rand index, at most 1 and possibly negative
 */
public record ClusterMetrics(
    int items,
    int clusters,
    int groups,
    double bCubedPrecision,
    double bCubedRecall,
    double pairPrecision,
    double pairRecall,
    double adjustedRand) {

  /**
   * Validates the fields.
   *
   * @param items see the record description
   * @param clusters see the record description
   * @param groups see the record description
   * @param bCubedPrecision see the record description
   * @param bCubedRecall see the record description
   * @param pairPrecision see the record description
   * @param pairRecall see the record description
   * @param adjustedRand see the record description
   */
  public ClusterMetrics {
    checkArgument(items >= 1, "items must be at least 1: %s", items);
    checkArgument(clusters >= 1 && clusters <= items, "clusters must be in [1, %s]: %s", items, clusters);
    checkArgument(groups >= 1 && groups <= items, "groups must be in [1, %s]: %s", items, groups);
    for (double share : new double[] {bCubedPrecision, bCubedRecall, pairPrecision, pairRecall}) {
      checkArgument(share >= 0 && share <= 1, "precision and recall must be in [0, 1]: %s", share);
    }
    checkArgument(adjustedRand <= 1 + 1e-12, "adjusted Rand index must be at most 1: %s", adjustedRand);
  }

  /**
   * Compares a clustering with gold groups; labels are arbitrary, only equality counts.
   *
   * @param predicted each item's cluster label
   * @param gold each item's gold group label, as many as the predicted labels, at least one
   * @return the measures
   */
  public static ClusterMetrics of(int[] predicted, int[] gold) {
    checkNotNull(predicted, "predicted");
    checkNotNull(gold, "gold");
    checkArgument(predicted.length == gold.length, "%s predicted labels but %s gold labels",
        predicted.length, gold.length);
    checkArgument(predicted.length > 0, "no items");
    Map<Integer, Integer> clusterSize = new HashMap<>();
    Map<Integer, Integer> groupSize = new HashMap<>();
    Map<Long, Integer> overlap = new HashMap<>();
    for (int i = 0; i < predicted.length; i++) {
      clusterSize.merge(predicted[i], 1, Integer::sum);
      groupSize.merge(gold[i], 1, Integer::sum);
      overlap.merge(((long) predicted[i] << 32) | (gold[i] & 0xFFFFFFFFL), 1, Integer::sum);
    }
    // B³ by overlap cell: its m items each have precision m / |cluster| and recall m / |group|.
    double precisionSum = 0;
    double recallSum = 0;
    long together = 0;
    for (Map.Entry<Long, Integer> cell : overlap.entrySet()) {
      long m = cell.getValue();
      precisionSum += (double) m * m / clusterSize.get((int) (cell.getKey() >> 32));
      recallSum += (double) m * m / groupSize.get((int) (long) cell.getKey());
      together += pairs(m);
    }
    long predictedPairs = clusterSize.values().stream().mapToLong(ClusterMetrics::pairs).sum();
    long goldPairs = groupSize.values().stream().mapToLong(ClusterMetrics::pairs).sum();
    int n = predicted.length;
    return new ClusterMetrics(n, clusterSize.size(), groupSize.size(),
        Math.min(1, precisionSum / n), Math.min(1, recallSum / n),
        BinaryCounts.ratio(together, predictedPairs, 1), BinaryCounts.ratio(together, goldPairs, 1),
        adjustedRand(together, predictedPairs, goldPairs, pairs(n)));
  }

  private static double adjustedRand(long together, long predictedPairs, long goldPairs, long allPairs) {
    boolean allApart = predictedPairs == 0 && goldPairs == 0;
    boolean allTogether = predictedPairs == allPairs && goldPairs == allPairs;
    if (allApart || allTogether) {
      return 1;
    }
    double expected = (double) predictedPairs * goldPairs / allPairs;
    double max = (predictedPairs + goldPairs) / 2.0;
    return (together - expected) / (max - expected);
  }

  private static long pairs(long size) {
    return size * (size - 1) / 2;
  }

  /**
   * Returns the B³ F1 score, the harmonic mean of B³ precision and recall.
   *
   * @return the B³ F1 in [0, 1]
   */
  public double bCubedF1() {
    return BinaryCounts.harmonicMean(bCubedPrecision, bCubedRecall);
  }

  /**
   * Returns the pairwise F1 score, the harmonic mean of pairwise precision and recall.
   *
   * @return the pairwise F1 in [0, 1]
   */
  public double pairF1() {
    return BinaryCounts.harmonicMean(pairPrecision, pairRecall);
  }

  /**
   * Returns a summary: counts, B³ and pairwise precision/recall/F1, adjusted Rand index.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "ClusterMetrics[%d items, %d clusters, %d groups, B³ %.3f/%.3f/%.3f, pairs %.3f/%.3f/%.3f, ARI %.3f]",
        items, clusters, groups, bCubedPrecision, bCubedRecall, bCubedF1(), pairPrecision, pairRecall,
        pairF1(), adjustedRand);
  }
}
