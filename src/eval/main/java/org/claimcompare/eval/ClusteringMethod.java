package org.claimcompare.eval;

import java.util.Locale;

/** How {@link Evaluation#clustering} turns scored pairs into clusters. */
public enum ClusteringMethod {
  /**
   * The library's {@code Clusterer}: average linkage with a complete-linkage floor, which stops a
   * claim that bridges two unrelated claims from chaining them together.
   */
  CLUSTERER,

  /**
   * Connected components of the pairs scoring at or above the threshold (single link): the usual
   * baseline clustering, cheap at any size, prone to chaining.
   */
  COMPONENTS;

  /**
   * Returns the name shown in tables and taken on the command line.
   *
   * @return {@code clusterer} or {@code components}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
