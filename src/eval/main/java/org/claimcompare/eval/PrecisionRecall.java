package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A precision and a recall, and their harmonic mean F1. A measure whose denominator is zero is 0,
 * as in the reference script {@code extract_score.py}.
 *
 * <pre>{@code
 * PrecisionRecall.of(3, 4, 6)  // PrecisionRecall[0.750/0.500/0.600]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param precision in [0, 1]
 * @param recall in [0, 1]
 */
public record PrecisionRecall(double precision, double recall) {

  /**
   * Validates the measures.
   *
   * @param precision see the record description
   * @param recall see the record description
   */
  public PrecisionRecall {
    checkArgument(precision >= 0 && precision <= 1, "precision must be in [0, 1]: %s", precision);
    checkArgument(recall >= 0 && recall <= 1, "recall must be in [0, 1]: %s", recall);
  }

  /**
   * Returns the measures of {@code matched} items out of {@code predicted} and {@code gold}.
   *
   * @param matched items predicted and in the gold, at most either count
   * @param predicted items predicted
   * @param gold items in the gold
   * @return precision {@code matched / predicted}, recall {@code matched / gold}
   */
  public static PrecisionRecall of(long matched, long predicted, long gold) {
    checkArgument(matched >= 0 && matched <= predicted && matched <= gold,
        "matched must be in [0, min(predicted, gold)] = [0, min(%s, %s)]: %s", predicted, gold, matched);
    return new PrecisionRecall(ratio(matched, predicted), ratio(matched, gold));
  }

  static double ratio(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }

  /**
   * Returns the harmonic mean of precision and recall.
   *
   * @return F1, 0 when both are 0
   */
  public double f1() {
    return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  }

  /**
   * Returns the three measures as the reference script prints them, each rounded to three decimals.
   *
   * @return precision, recall and F1 as {@code 0.943/0.802/0.867}
   */
  public String formatted() {
    return decimal(precision) + "/" + decimal(recall) + "/" + decimal(f1());
  }

  /**
   * A measure with three decimals, rounded as Python's {@code f"{x:.3f}"} rounds: from the double's
   * exact value, half to even ({@code String.format} rounds a shorter decimal form, and can differ).
   */
  static String decimal(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Returns {@code PrecisionRecall[0.750/0.500/0.600]}. */
  @Override
  public String toString() {
    return "PrecisionRecall[" + formatted() + "]";
  }
}
