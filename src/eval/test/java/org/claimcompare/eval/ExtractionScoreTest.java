package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExtractionScoreTest {
  /** 4 predicted, 2 gold, 1 exact, 2 overlap; tokens 10/8/6; speakers 2 checked, 1 right, 1 skipped... */
  private static ExtractionScore score() {
    return new ExtractionScore(ExtractionTask.QUOTE, 0, 4, 2, 1, 2, 10, 8, 6, 1, 1, 1, 1);
  }

  @Test
  void printsTheReferenceScriptsSummaryLine() {
    assertThat(score().line()).isEqualTo("quote: pred 4 gold 2; exact P/R/F1 0.250/0.500/0.333; overlap P/R/F1"
        + " 0.500/1.000/0.667; tokens P/R/F1 0.600/0.750/0.667; speaker 1.000 of 1 (pronoun/empty gold source"
        + " skipped: 1)");
  }

  @Test
  void takesEachMeasureFromItsCounts() {
    ExtractionScore s = score();

    assertThat(s.exactMatch()).isEqualTo(new PrecisionRecall(0.25, 0.5));
    assertThat(s.tokens()).isEqualTo(new PrecisionRecall(0.6, 0.75));
    assertThat(s.speakerAccuracy()).isEqualTo(1.0);
    assertThat(s.speakerGivenShare()).isEqualTo(1.0);
  }

  @Test
  void rejectsSpeakerCountsThatDoNotAddUpToTheMatches() {
    assertThatThrownBy(() -> new ExtractionScore(ExtractionTask.QUOTE, 0, 4, 2, 1, 2, 10, 8, 6, 1, 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("speakerChecked (1) and speakerSkipped (0) must add up to overlap (2)");
  }

  @Test
  void rejectsMoreExactMatchesThanItems() {
    assertThatThrownBy(() -> new ExtractionScore(ExtractionTask.QUOTE, 0, 1, 2, 2, 1, 0, 0, 0, 0, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("exact must be in [0, min(1, 2)]: 2");
  }
}
