package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * The Pearson and Spearman correlations between scores and graded gold values, computed by Apache
 * Commons Math (Spearman ranks ties by their average rank). A correlation is empty when either
 * series is constant, where it is undefined.
 *
 * <pre>{@code
 * Correlation.of(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4})
 * // Correlation[pearson=0.800, spearman=0.800]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param pearson the linear correlation, in [-1, 1]
 * @param spearman the rank correlation, in [-1, 1]
 */
public record Correlation(OptionalDouble pearson, OptionalDouble spearman) {

  /**
   * Validates the fields.
   *
   * @param pearson see the record description
   * @param spearman see the record description
   */
  public Correlation {
    checkNotNull(pearson, "pearson");
    checkNotNull(spearman, "spearman");
  }

  /**
   * Returns the correlations between two series.
   *
   * @param scores the scores, at least two
   * @param gold the gold values, as many as the scores
   * @return the correlations
   */
  public static Correlation of(double[] scores, double[] gold) {
    checkNotNull(scores, "scores");
    checkNotNull(gold, "gold");
    checkArgument(scores.length == gold.length, "%s scores but %s gold values", scores.length, gold.length);
    checkArgument(scores.length >= 2, "a correlation needs at least two values: %s", scores.length);
    return new Correlation(
        defined(new PearsonsCorrelation().correlation(scores, gold)),
        defined(new SpearmansCorrelation().correlation(scores, gold)));
  }

  private static OptionalDouble defined(double r) {
    return Double.isNaN(r) ? OptionalDouble.empty() : OptionalDouble.of(r);
  }

  /** Returns the correlations as {@code Correlation[pearson=0.800, spearman=0.800]}. */
  @Override
  public String toString() {
    return "Correlation[pearson=" + format(pearson) + ", spearman=" + format(spearman) + "]";
  }

  private static String format(OptionalDouble r) {
    return r.isPresent() ? String.format(Locale.ROOT, "%.3f", r.getAsDouble()) : "undefined";
  }
}
