package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Chooses a decision threshold on scored, labelled pairs, and cross-validates that choice.
 *
 * <p>Thread-safe: it keeps no state.
 */
public final class Thresholds {
  private Thresholds() {}

  /**
   * Returns the threshold that maximises accuracy when scores at or above it are predicted
   * positive.
   *
   * <p>With the distinct scores {@code v0 < v1 < … < vm-1}, the candidate cuts put {@code vk} and
   * everything above on the positive side, for k = 0 (all positive) to m (all negative). The
   * lowest cut with the highest accuracy wins; its threshold is {@code v0} for k = 0, the midpoint
   * {@code (vk-1 + vk) / 2} for 0 &lt; k &lt; m, and the next double above {@code vm-1} for k = m.
   * Scores {0.2, 0.4, 0.6, 0.9} with gold {no, yes, no, yes} give accuracy 0.5, 0.75, 0.5, 0.75,
   * 0.5 for k = 0…4, so k = 1 wins and the threshold is 0.3.
   *
   * @param scores the scores, at least one
   * @param gold the gold labels, {@code true} for positive, as many as the scores
   * @return the threshold
   */
  public static double bestForAccuracy(double[] scores, boolean[] gold) {
    checkNotNull(scores, "scores");
    checkNotNull(gold, "gold");
    checkArgument(scores.length == gold.length, "%s scores but %s gold labels", scores.length, gold.length);
    checkArgument(scores.length > 0, "no scores to choose a threshold from");
    Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    long correct = IntStream.range(0, gold.length).filter(i -> gold[i]).count();
    long best = correct;
    double threshold = scores[order[0]];
    // Move the cut up past one distinct score at a time: its items turn negative.
    for (int k = 0; k < order.length; ) {
      double v = scores[order[k]];
      for (; k < order.length && scores[order[k]] == v; k++) {
        correct += gold[order[k]] ? -1 : 1;
      }
      if (correct > best) {
        best = correct;
        threshold = k < order.length ? between(v, scores[order[k]]) : Math.nextUp(v);
      }
    }
    return threshold;
  }

  private static double between(double below, double above) {
    double mid = below + (above - below) / 2;
    return mid > below ? mid : above;
  }

  /**
   * Cross-validates the threshold choice: item i belongs to fold {@code i % folds}; for each fold
   * the threshold is chosen by {@link #bestForAccuracy} on the other folds and applied to the fold.
   *
   * @param scores the scores
   * @param gold the gold labels, as many as the scores
   * @param folds the number of folds, from 2 to the number of items
   * @return the decisions on every held-out item, pooled, and each fold's threshold
   */
  public static CrossValidation crossValidate(double[] scores, boolean[] gold, int folds) {
    checkNotNull(scores, "scores");
    checkNotNull(gold, "gold");
    checkArgument(scores.length == gold.length, "%s scores but %s gold labels", scores.length, gold.length);
    checkArgument(folds >= 2 && folds <= scores.length,
        "folds must be between 2 and the number of items (%s): %s", scores.length, folds);
    BinaryCounts pooled = new BinaryCounts(0, 0, 0, 0);
    ImmutableList.Builder<Double> thresholds = ImmutableList.builder();
    for (int f = 0; f < folds; f++) {
      int fold = f;
      int[] train = IntStream.range(0, scores.length).filter(i -> i % folds != fold).toArray();
      int[] test = IntStream.range(0, scores.length).filter(i -> i % folds == fold).toArray();
      double t = bestForAccuracy(pick(scores, train), pick(gold, train));
      thresholds.add(t);
      pooled = pooled.plus(BinaryCounts.at(t, pick(scores, test), pick(gold, test)));
    }
    return new CrossValidation(pooled, thresholds.build());
  }

  /** The values at the indices, in their order. */
  static double[] pick(double[] values, int[] indices) {
    return Arrays.stream(indices).mapToDouble(i -> values[i]).toArray();
  }

  /** The values at the indices, in their order. */
  static boolean[] pick(boolean[] values, int[] indices) {
    boolean[] out = new boolean[indices.length];
    for (int k = 0; k < indices.length; k++) {
      out[k] = values[indices[k]];
    }
    return out;
  }
}
