package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * The confusion counts of a binary decision, such as "paraphrase" for a score at or above a
 * threshold, and the measures taken from them.
 *
 * <pre>{@code
 * BinaryCounts.at(0.5, new double[] {0.9, 0.6, 0.4, 0.2}, new boolean[] {true, false, true, false})
 * // BinaryCounts[tp=1 fp=1 fn=1 tn=1]; accuracy() 0.5, precision() 0.5, recall() 0.5, f1() 0.5
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param truePositives items predicted positive that are positive
 * @param falsePositives items predicted positive that are negative
 * @param falseNegatives items predicted negative that are positive
 * @param trueNegatives items predicted negative that are negative
 */
public record BinaryCounts(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

  /**
   * Validates the counts.
   *
   * @param truePositives see the record description
   * @param falsePositives see the record description
   * @param falseNegatives see the record description
   * @param trueNegatives see the record description
   */
  public BinaryCounts {
    checkArgument(truePositives >= 0 && falsePositives >= 0 && falseNegatives >= 0 && trueNegatives >= 0,
        "counts must not be negative: %s %s %s %s", truePositives, falsePositives, falseNegatives, trueNegatives);
  }

  /**
   * Counts the decisions "positive if {@code scores[i] >= threshold}" against {@code gold[i]}.
   *
   * @param threshold the lowest score predicted positive
   * @param scores the scores
   * @param gold the gold labels, {@code true} for positive, as many as the scores
   * @return the counts
   */
  public static BinaryCounts at(double threshold, double[] scores, boolean[] gold) {
    checkNotNull(scores, "scores");
    checkNotNull(gold, "gold");
    checkArgument(scores.length == gold.length, "%s scores but %s gold labels", scores.length, gold.length);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long tn = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean predicted = scores[i] >= threshold;
      tp += predicted && gold[i] ? 1 : 0;
      fp += predicted && !gold[i] ? 1 : 0;
      fn += !predicted && gold[i] ? 1 : 0;
      tn += !predicted && !gold[i] ? 1 : 0;
    }
    return new BinaryCounts(tp, fp, fn, tn);
  }

  /**
   * Returns the sum of these counts and {@code other}'s, to pool folds.
   *
   * @param other more counts
   * @return the pooled counts
   */
  public BinaryCounts plus(BinaryCounts other) {
    return new BinaryCounts(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives, trueNegatives + other.trueNegatives);
  }

  /**
   * Returns the number of decisions counted.
   *
   * @return the total of the four counts
   */
  public long total() {
    return truePositives + falsePositives + falseNegatives + trueNegatives;
  }

  /**
   * Returns the share of correct decisions; 0 when nothing was counted.
   *
   * @return (tp + tn) / total
   */
  public double accuracy() {
    return ratio(truePositives + trueNegatives, total(), 0);
  }

  /**
   * Returns the share of positive predictions that are right; 1 when nothing was predicted
   * positive, since no positive prediction is wrong.
   *
   * @return tp / (tp + fp)
   */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives, 1);
  }

  /**
   * Returns the share of positive items predicted positive; 1 when there is no positive item.
   *
   * @return tp / (tp + fn)
   */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives, 1);
  }

  /**
   * Returns the F1 score of the positive class, the harmonic mean of precision and recall; 0 when
   * both are 0.
   *
   * @return 2 p r / (p + r)
   */
  public double f1() {
    return harmonicMean(precision(), recall());
  }

  static double ratio(long part, long whole, double whenEmpty) {
    return whole == 0 ? whenEmpty : (double) part / whole;
  }

  static double harmonicMean(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Returns the counts as {@code BinaryCounts[tp=1 fp=1 fn=1 tn=1]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BinaryCounts[tp=%d fp=%d fn=%d tn=%d]",
        truePositives, falsePositives, falseNegatives, trueNegatives);
  }
}
