package org.claimcompare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Two words, one from each rendering, that a scorer aligned, with the reason and the part of the
 * score the pair accounts for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param left the word of the first rendering, as written (case-folded)
 * @param right the word of the second rendering, as written (case-folded)
 * @param type why the two words match
 * @param contribution the part of the similarity score this pair accounts for, in [0, 1]; the
 *     contributions of all pairs of a {@link Similarity} add up to its score
 */
public record AlignedPair(String left, String right, MatchType type, double contribution) {

  /**
   * Validates the fields.
   *
   * @param left see the record description
   * @param right see the record description
   * @param type see the record description
   * @param contribution see the record description
   */
  public AlignedPair {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    checkNotNull(type, "type");
    checkArgument(
        contribution >= 0 && contribution <= 1, "contribution must be in [0, 1]: %s", contribution);
  }

  /** Returns the pair as {@code kiev~kyiv (alias, +0.083)}, or {@code power (exact, +0.120)}. */
  @Override
  public String toString() {
    String words = left.equals(right) ? left : left + "~" + right;
    return String.format(java.util.Locale.ROOT, "%s (%s, +%.3f)", words, type.label(), contribution);
  }
}
