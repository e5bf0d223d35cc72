package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One error of claim extraction against the gold, for error analysis: an item in one article and
 * its counterpart on the other side, if any.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what went wrong
 * @param document the article
 * @param predicted the predicted text: the false positive, or the prediction nearest a false
 *     negative (the first sharing a word), or the prediction matched
 * @param gold the gold text: the false negative, or the gold item nearest a false positive, or the
 *     gold item matched
 * @param predictedSpeaker the predicted speaker of a {@link Kind#WRONG_SPEAKER}, if one was given
 * @param goldSpeaker the gold Source of a {@link Kind#FALSE_NEGATIVE} or {@link Kind#WRONG_SPEAKER}
 */
public record ExtractionError(Kind kind, String document, Optional<String> predicted, Optional<String> gold,
    Optional<String> predictedSpeaker, Optional<String> goldSpeaker) {

  /** What went wrong. */
  public enum Kind {
    /** A prediction that matches no gold item, even by overlap. */
    FALSE_POSITIVE,
    /** A gold item that no prediction matches, even by overlap. */
    FALSE_NEGATIVE,
    /** A prediction that matches a gold item by overlap but not exactly: its span's ends are off. */
    BOUNDARY,
    /** A match whose gold Source has a head name that the predicted speaker does not name. */
    WRONG_SPEAKER
  }

  /**
   * Validates the fields.
   *
   * @param kind see the record description
   * @param document see the record description
   * @param predicted see the record description
   * @param gold see the record description
   * @param predictedSpeaker see the record description
   * @param goldSpeaker see the record description
   */
  public ExtractionError {
    checkNotNull(kind, "kind");
    checkNotNull(document, "document");
    checkNotNull(predicted, "predicted");
    checkNotNull(gold, "gold");
    checkNotNull(predictedSpeaker, "predictedSpeaker");
    checkNotNull(goldSpeaker, "goldSpeaker");
  }

  /**
   * Returns the error on one line, texts in full:
   * {@code a.txt: gold "We will win"; source "Pat Caddell"; predicted speaker "Clinton"}.
   *
   * @return the line, without a line end
   */
  public String describe() {
    String quoted = switch (kind) {
      case FALSE_POSITIVE -> "predicted " + text(predicted) + "; nearest gold " + text(gold);
      case FALSE_NEGATIVE -> "gold " + text(gold) + " (source " + text(goldSpeaker) + "); nearest prediction "
          + text(predicted);
      case BOUNDARY -> "predicted " + text(predicted) + "; gold " + text(gold);
      case WRONG_SPEAKER -> "gold " + text(gold) + "; source " + text(goldSpeaker) + "; predicted speaker "
          + text(predictedSpeaker);
    };
    return document + ": " + quoted;
  }

  private static String text(Optional<String> text) {
    return text.map(t -> '"' + t.replace("\n", "\\n") + '"').orElse("none");
  }

  /** Returns a short form, as {@code ExtractionError[FALSE_NEGATIVE a.txt gold="We will win"]}. */
  @Override
  public String toString() {
    return "ExtractionError[" + kind + " " + document + predicted.map(p -> " predicted=" + Quoted.of(p)).orElse("")
        + gold.map(g -> " gold=" + Quoted.of(g)).orElse("") + "]";
  }
}
