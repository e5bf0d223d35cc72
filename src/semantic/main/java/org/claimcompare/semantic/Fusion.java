package org.claimcompare.semantic;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * How the semantic scorer combines the lexical score {@code L} with the cosine {@code c} of the two
 * sentence vectors: {@code s = w L + (1 - w) max(0, (c - f) / (1 - f))}.
 *
 * <p>The floor {@code f} is the cosine the model gives unrelated texts ({@link
 * SentenceEncoder#unrelatedCosine()}), so that the rescaled cosine runs from 0 (unrelated) to 1 (the
 * same text) like the lexical score, whatever the model; {@code w} is
 * the share of the lexical score. The score is in [0, 1], symmetric, and 1 for a text against
 * itself. Two parameters, fitted on labelled data by calibration.
 *
 * @param lexicalWeight {@code w}, in [0, 1]
 * @param floor {@code f}, in [-1, 1)
 */
public record Fusion(double lexicalWeight, double floor) {
  /**
   * Validates the parameters.
   *
   * @param lexicalWeight see the record description
   * @param floor see the record description
   */
  public Fusion {
    checkArgument(lexicalWeight >= 0 && lexicalWeight <= 1, "lexicalWeight must be in [0, 1]: %s", lexicalWeight);
    checkArgument(floor >= -1 && floor < 1, "floor must be in [-1, 1): %s", floor);
  }

  /**
   * Returns the fused score.
   *
   * @param lexical the lexical score, in [0, 1]
   * @param cosine the sentence vectors' cosine, in [-1, 1]
   * @return the score, in [0, 1]
   */
  public double score(double lexical, double cosine) {
    return lexicalWeight * lexical + (1 - lexicalWeight) * rescaled(cosine);
  }

  /**
   * Returns the cosine rescaled so that the floor gives 0 and 1 gives 1, clamped to [0, 1].
   *
   * @param cosine the cosine
   * @return the rescaled cosine
   */
  public double rescaled(double cosine) {
    return Math.min(1, Math.max(0, (cosine - floor) / (1 - floor)));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Fusion[lexical weight %.3f, floor %.3f]", lexicalWeight, floor);
  }
}
