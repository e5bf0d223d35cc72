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
 *     contributions of all pairs of a {@link Similarity} (and of its {@link Similarity#sentence()}
 *     part, if any) add up to its score
 * @param cosine for a {@link MatchType#SEMANTIC} pair, the cosine of the two words' vectors in
 *     context, in [-1, 1]; {@code NaN} for every other type, which matches without vectors
 * @param leftIndex the position of {@code left} in {@link Similarity#leftWords()}, or -1 where the
 *     scorer does not say (a scorer that does not list the words it aligned)
 * @param rightIndex the position of {@code right} in {@link Similarity#rightWords()}, or -1 likewise
 */
public record AlignedPair(
    String left, String right, MatchType type, double contribution, double cosine, int leftIndex, int rightIndex) {

  /**
   * Validates the fields.
   *
   * @param left see the record description
   * @param right see the record description
   * @param type see the record description
   * @param contribution see the record description
   * @param cosine see the record description
   * @param leftIndex see the record description
   * @param rightIndex see the record description
   */
  public AlignedPair {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    checkNotNull(type, "type");
    checkArgument(
        contribution >= 0 && contribution <= 1, "contribution must be in [0, 1]: %s", contribution);
    checkArgument(type == MatchType.SEMANTIC ? cosine >= -1 && cosine <= 1 : Double.isNaN(cosine),
        "cosine must be in [-1, 1] for a semantic pair and NaN for others: %s %s", type, cosine);
    checkArgument(leftIndex >= -1 && rightIndex >= -1, "indexes must be -1 or positions: %s %s", leftIndex, rightIndex);
  }

  /**
   * Creates a pair with the cosine of a semantic pair (NaN for others) and without positions.
   *
   * @param left see the record description
   * @param right see the record description
   * @param type see the record description
   * @param contribution see the record description
   * @param cosine see the record description
   */
  public AlignedPair(String left, String right, MatchType type, double contribution, double cosine) {
    this(left, right, type, contribution, cosine, -1, -1);
  }

  /**
   * Creates a pair matched without vectors (every type but {@link MatchType#SEMANTIC}), without positions.
   *
   * @param left see the record description
   * @param right see the record description
   * @param type see the record description
   * @param contribution see the record description
   */
  public AlignedPair(String left, String right, MatchType type, double contribution) {
    this(left, right, type, contribution, Double.NaN);
  }

  /**
   * Returns this pair with the positions of its two words.
   *
   * @param leftIndex see the record description
   * @param rightIndex see the record description
   * @return the pair with those positions
   */
  public AlignedPair at(int leftIndex, int rightIndex) {
    return new AlignedPair(left, right, type, contribution, cosine, leftIndex, rightIndex);
  }

  /**
   * Returns the pair as {@code kiev~kyiv (alias, +0.083)}, {@code power (exact, +0.120)}, or with
   * the cosine of a semantic pair: {@code clique~bunch (semantic 0.71, +0.030)}.
   */
  @Override
  public String toString() {
    String words = left.equals(right) ? left : left + "~" + right;
    return type == MatchType.SEMANTIC
        ? String.format(java.util.Locale.ROOT, "%s (%s %.2f, +%.3f)", words, type.label(), cosine, contribution)
        : String.format(java.util.Locale.ROOT, "%s (%s, +%.3f)", words, type.label(), contribution);
  }
}
