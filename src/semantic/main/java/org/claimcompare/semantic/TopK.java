package org.claimcompare.semantic;

import java.util.Arrays;

/**
 * The {@code k} best of a stream of scored indices, most similar first; of equal scores the one
 * offered first stays ahead, so offering in index order breaks ties to the lower index.
 */
final class TopK {
  private final int[] best;
  private final double[] score;
  private int size;

  TopK(int k) {
    this.best = new int[k];
    this.score = new double[k];
  }

  void offer(int index, double s) {
    int k = best.length;
    if (size < k || (k > 0 && s > score[k - 1])) {
      int p = size < k ? size++ : k - 1;
      while (p > 0 && score[p - 1] < s) {
        best[p] = best[p - 1];
        score[p] = score[p - 1];
        p--;
      }
      best[p] = index;
      score[p] = s;
    }
  }

  /** The indices kept, most similar first. */
  int[] indices() {
    return Arrays.copyOf(best, size);
  }
}
