package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The counts of one extraction evaluation, summed over the articles, and the measures taken from
 * them; see {@link ExtractionEvaluation} for what each counts.
 *
 * <pre>{@code
 * ExtractionEvaluation.score(gold, predictions, ExtractionTask.QUOTE, 0).line()
 * // quote: pred 792 gold 932; exact P/R/F1 0.941/0.799/0.864; overlap P/R/F1 0.943/0.802/0.867; ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param task what was measured
 * @param minWords the fewest words an item needed to be counted, 0 for all
 * @param predicted predicted items counted
 * @param gold gold items counted
 * @param exact one-to-one matches of equal trimmed spans
 * @param overlap one-to-one matches of spans sharing at least half of the longer one's words
 * @param predictedTokens distinct word tokens inside predicted spans
 * @param goldTokens distinct word tokens inside gold spans
 * @param sharedTokens distinct word tokens inside both
 * @param speakerChecked overlap matches whose gold Source has a head name
 * @param speakerCorrect of those, matches whose predicted speaker names it
 * @param speakerSkipped overlap matches whose gold Source is empty or a pronoun-like word
 * @param speakerGiven of the checked matches, those with a predicted speaker at all
 */
public record ExtractionScore(ExtractionTask task, int minWords, long predicted, long gold, long exact,
    long overlap, long predictedTokens, long goldTokens, long sharedTokens, long speakerChecked,
    long speakerCorrect, long speakerSkipped, long speakerGiven) {

  /**
   * Validates the counts.
   *
   * @param task see the record description
   * @param minWords see the record description
   * @param predicted see the record description
   * @param gold see the record description
   * @param exact see the record description
   * @param overlap see the record description
   * @param predictedTokens see the record description
   * @param goldTokens see the record description
   * @param sharedTokens see the record description
   * @param speakerChecked see the record description
   * @param speakerCorrect see the record description
   * @param speakerSkipped see the record description
   * @param speakerGiven see the record description
   */
  public ExtractionScore {
    checkNotNull(task, "task");
    checkArgument(minWords >= 0, "minWords must not be negative: %s", minWords);
    checkArgument(exact >= 0 && exact <= Math.min(predicted, gold), "exact must be in [0, min(%s, %s)]: %s",
        predicted, gold, exact);
    checkArgument(overlap >= 0 && overlap <= Math.min(predicted, gold), "overlap must be in [0, min(%s, %s)]: %s",
        predicted, gold, overlap);
    checkArgument(sharedTokens >= 0 && sharedTokens <= Math.min(predictedTokens, goldTokens),
        "sharedTokens must be in [0, min(%s, %s)]: %s", predictedTokens, goldTokens, sharedTokens);
    checkArgument(speakerSkipped >= 0 && speakerChecked >= 0 && speakerChecked + speakerSkipped == overlap,
        "speakerChecked (%s) and speakerSkipped (%s) must add up to overlap (%s)", speakerChecked, speakerSkipped,
        overlap);
    checkArgument(speakerCorrect >= 0 && speakerCorrect <= speakerGiven && speakerGiven <= speakerChecked,
        "speakerCorrect (%s) ≤ speakerGiven (%s) ≤ speakerChecked (%s) must hold", speakerCorrect, speakerGiven,
        speakerChecked);
  }

  /**
   * Returns the measures of exact matches.
   *
   * @return precision and recall of equal trimmed spans
   */
  public PrecisionRecall exactMatch() {
    return PrecisionRecall.of(exact, predicted, gold);
  }

  /**
   * Returns the measures of overlap matches.
   *
   * @return precision and recall of spans sharing at least half of the longer one's words
   */
  public PrecisionRecall overlapMatch() {
    return PrecisionRecall.of(overlap, predicted, gold);
  }

  /**
   * Returns the token measures (as Citron's): precision is the share of predicted word tokens inside
   * gold spans, recall the share of gold word tokens inside predicted spans.
   *
   * @return the token precision and recall
   */
  public PrecisionRecall tokens() {
    return new PrecisionRecall(PrecisionRecall.ratio(sharedTokens, predictedTokens),
        PrecisionRecall.ratio(sharedTokens, goldTokens));
  }

  /**
   * Returns the speaker accuracy.
   *
   * @return {@code speakerCorrect / speakerChecked}, 0 when nothing was checked
   */
  public double speakerAccuracy() {
    return PrecisionRecall.ratio(speakerCorrect, speakerChecked);
  }

  /**
   * Returns the share of checked matches that got a speaker at all.
   *
   * @return {@code speakerGiven / speakerChecked}, 0 when nothing was checked
   */
  public double speakerGivenShare() {
    return PrecisionRecall.ratio(speakerGiven, speakerChecked);
  }

  /**
   * Returns the summary line of the reference script {@code extract_score.py}, to compare with it.
   *
   * @return {@code quote: pred 792 gold 932; exact P/R/F1 ...; speaker 0.706 of 547 (pronoun/empty
   *     gold source skipped: 200)}
   */
  public String line() {
    return task.label() + ": pred " + predicted + " gold " + gold + "; exact P/R/F1 " + exactMatch().formatted()
        + "; overlap P/R/F1 " + overlapMatch().formatted() + "; tokens P/R/F1 " + tokens().formatted()
        + "; speaker " + PrecisionRecall.decimal(speakerAccuracy()) + " of " + speakerChecked
        + " (pronoun/empty gold source skipped: " + speakerSkipped + ")";
  }

  /** Returns {@link #line()} in brackets: {@code ExtractionScore[quote: pred 792 gold 932; ...]}. */
  @Override
  public String toString() {
    return "ExtractionScore[" + line() + "]";
  }
}
