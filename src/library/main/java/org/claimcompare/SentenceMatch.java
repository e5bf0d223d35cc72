package org.claimcompare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * The part of a {@link Similarity} that a sentence-embedding model gives: how alike it finds the two
 * renderings as wholes, and the part of the score this accounts for beyond the word pairs it is
 * shown by. Given only by the semantic scorer (the {@code claimcompare-semantic} module).
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the model's name, for example {@code e5-small-v2-q}
 * @param cosine the cosine of the two renderings' sentence vectors, in [-1, 1]
 * @param contribution the part of the score the sentence vectors account for beyond the {@link
 *     MatchType#SEMANTIC} pairs of the same similarity, in [0, 1]
 */
public record SentenceMatch(String model, double cosine, double contribution) {

  /**
   * Validates the fields.
   *
   * @param model see the record description
   * @param cosine see the record description
   * @param contribution see the record description
   */
  public SentenceMatch {
    checkNotNull(model, "model");
    checkArgument(cosine >= -1 && cosine <= 1, "cosine must be in [-1, 1]: %s", cosine);
    checkArgument(
        contribution >= 0 && contribution <= 1, "contribution must be in [0, 1]: %s", contribution);
  }

  /** Returns the part as {@code e5-small-v2-q 0.83, +0.241}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %.2f, +%.3f", model, cosine, contribution);
  }
}
