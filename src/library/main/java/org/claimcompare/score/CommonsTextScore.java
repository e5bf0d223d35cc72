package org.claimcompare.score;

import static com.google.common.base.Preconditions.checkNotNull;

import org.apache.commons.text.similarity.SimilarityScore;

/**
 * A {@link Scorer} seen as a Commons Text {@link SimilarityScore}; see {@link Scorer#asSimilarityScore()}.
 * Immutable and thread-safe when the scorer is (every scorer is).
 *
 * @param scorer the scorer that scores
 */
record CommonsTextScore(Scorer scorer) implements SimilarityScore<Double> {
  CommonsTextScore {
    checkNotNull(scorer, "scorer");
  }

  /**
   * Returns {@code scorer.score(left.toString(), right.toString())}.
   *
   * @throws NullPointerException naming {@code left} or {@code right} when it is null
   */
  @Override
  public Double apply(CharSequence left, CharSequence right) {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    return scorer.score(left.toString(), right.toString());
  }

  /** Returns {@code SimilarityScore[}the scorer{@code ]}. */
  @Override
  public String toString() {
    return "SimilarityScore[" + scorer + "]";
  }
}
