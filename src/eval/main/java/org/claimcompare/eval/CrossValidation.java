package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of cross-validating a threshold: the decisions on every held-out item, pooled over
 * the folds, and the threshold each fold used. See {@link Thresholds#crossValidate}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param counts the pooled decisions on the held-out items
 * @param thresholds the threshold chosen for each fold, in fold order
 */
public record CrossValidation(BinaryCounts counts, List<Double> thresholds) {

  /**
   * Validates the fields and copies the list.
   *
   * @param counts see the record description
   * @param thresholds see the record description
   */
  public CrossValidation {
    checkNotNull(counts, "counts");
    thresholds = ImmutableList.copyOf(checkNotNull(thresholds, "thresholds"));
    checkArgument(!thresholds.isEmpty(), "no folds");
  }

  /**
   * Returns the mean of the folds' thresholds.
   *
   * @return the mean threshold
   */
  public double meanThreshold() {
    return thresholds.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  /** Returns a summary as {@code CrossValidation[10 folds, accuracy 0.725, F1 0.811, threshold 0.362]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CrossValidation[%d folds, accuracy %.3f, F1 %.3f, threshold %.3f]",
        thresholds.size(), counts.accuracy(), counts.f1(), meanThreshold());
  }
}
