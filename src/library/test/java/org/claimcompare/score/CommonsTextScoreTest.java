package org.claimcompare.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.CharBuffer;
import org.apache.commons.text.similarity.SimilarityScore;
import org.apache.commons.text.similarity.SimilarityScoreFrom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommonsTextScoreTest {
  private final AlignmentScorer scorer = AlignmentScorer.standard();
  private final SimilarityScore<Double> score = scorer.asSimilarityScore();

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # renderings of one statement
      Zelenski left Kiev                         | Zelensky left Kyiv
      Take power into your own hands             | Take the power in your hands
      this gang of drug addicts and neo-Nazis    | a bunch of drug addicts and neo-Nazis
      # unrelated
      We will not give up on this city           | Bananas are a good source of potassium
      # a contradiction the guards see
      137 people were killed                     | 300 people were killed
      # no words at all
      ...                                        | ''
      """)
  void givesTheScorersScore(String left, String right) {
    assertThat(score.apply(left, right)).isEqualTo(scorer.score(left, right));
  }

  @Test
  void scoresRenderingsThatNormaliseAlikeOne() {
    assertThat(score.apply("Zelenski left Kiev", "Zelensky left Kyiv")).isEqualTo(1.0);
  }

  @Test
  void readsAnyCharSequence() {
    assertThat(score.apply(new StringBuilder("this gang of drug addicts"), CharBuffer.wrap("a bunch of drug addicts")))
        .isEqualTo(scorer.score("this gang of drug addicts", "a bunch of drug addicts"));
  }

  @Test
  void dropsIntoCommonsTextsSimilarityScoreFrom() {
    SimilarityScoreFrom<Double> from = new SimilarityScoreFrom<>(score, "Take power into your own hands");

    assertThat(from.apply("Take the power in your hands"))
        .isEqualTo(scorer.score("Take power into your own hands", "Take the power in your hands"));
  }

  @Test
  void isSymmetric() {
    assertThat(score.apply("Take power into your own hands", "Take the power in your hands"))
        .isEqualTo(score.apply("Take the power in your hands", "Take power into your own hands"));
  }

  @Test
  void rejectsNullNamingTheSide() {
    assertThatNullPointerException().isThrownBy(() -> score.apply(null, "x")).withMessage("left");
    assertThatNullPointerException().isThrownBy(() -> score.apply("x", null)).withMessage("right");
  }

  @Test
  void viewsOfTheSameScorerAreEqual() {
    assertThat(AlignmentScorer.standard().asSimilarityScore()).isEqualTo(AlignmentScorer.standard().asSimilarityScore());
  }

  @Test
  void namesTheScorerInItsString() {
    assertThat(score).hasToString("SimilarityScore[" + scorer + "]");
  }
}
