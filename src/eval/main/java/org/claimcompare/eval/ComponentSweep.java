package org.claimcompare.eval;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Single-link clustering (connected components of the candidate pairs scoring at or above the
 * threshold) at many thresholds in one pass. Each pair is put in the bucket of the highest
 * threshold it reaches; thresholds are then visited from the highest down, each adding its bucket
 * to a union-find forest. The sweep costs one pass over the pairs plus one labelling per threshold,
 * and never sorts or boxes the (possibly tens of millions of) pairs.
 */
final class ComponentSweep {
  private ComponentSweep() {}

  /**
   * Returns, for each threshold, the component of every text: {@code labels[t][i]} is the label of
   * text i at {@code thresholds[t]}; texts share a label exactly when they share a component.
   */
  static int[][] labels(CandidateScores scores, double[] thresholds) {
    double[] ascending = thresholds.clone();
    Arrays.sort(ascending);
    int[][] buckets = buckets(scores, ascending);
    int[] parent = IntStream.range(0, scores.size()).toArray();
    int[][] byLevel = new int[ascending.length][];
    for (int level = ascending.length - 1; level >= 0; level--) {
      for (int k : buckets[level]) {
        union(parent, scores.first(k), scores.second(k));
      }
      byLevel[level] = IntStream.range(0, parent.length).map(i -> root(parent, i)).toArray();
    }
    int[][] labels = new int[thresholds.length][];
    for (int t = 0; t < thresholds.length; t++) {
      labels[t] = byLevel[Arrays.binarySearch(ascending, thresholds[t])];
    }
    return labels;
  }

  /** The pairs by the highest threshold they reach; pairs below the lowest are left out. */
  private static int[][] buckets(CandidateScores scores, double[] ascending) {
    int[] level = new int[scores.count()];
    int[] sizes = new int[ascending.length];
    for (int k = 0; k < level.length; k++) {
      level[k] = highestReached(ascending, scores.score(k));
      if (level[k] >= 0) {
        sizes[level[k]]++;
      }
    }
    int[][] buckets = new int[ascending.length][];
    for (int b = 0; b < buckets.length; b++) {
      buckets[b] = new int[sizes[b]];
      sizes[b] = 0;
    }
    for (int k = 0; k < level.length; k++) {
      if (level[k] >= 0) {
        buckets[level[k]][sizes[level[k]]++] = k;
      }
    }
    return buckets;
  }

  /** The index of the highest threshold at or below {@code score}, or -1 if there is none. */
  private static int highestReached(double[] ascending, double score) {
    int low = 0;
    int high = ascending.length - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (ascending[mid] <= score) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The root of {@code i}'s tree, halving the path on the way. */
  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
