package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdsTest {
  @Test
  void putsTheBestCutHalfwayBetweenScores() {
    // cuts k = 0..4 over 0.2 0.4 0.6 0.9 (no yes no yes) give accuracy 2/4, 3/4, 2/4, 3/4, 2/4;
    // k = 1 is the lowest best cut: halfway between 0.2 and 0.4
    double t = Thresholds.bestForAccuracy(new double[] {0.9, 0.6, 0.4, 0.2}, new boolean[] {true, false, true, false});

    assertThat(t).isCloseTo(0.3, within(1e-15));
  }

  @Test
  void takesTheLowestScoreWhenEverythingShouldBePositive() {
    assertThat(Thresholds.bestForAccuracy(new double[] {0.8, 0.2}, new boolean[] {true, true})).isEqualTo(0.2);
  }

  @Test
  void goesJustAboveTheHighestScoreWhenEverythingShouldBeNegative() {
    double t = Thresholds.bestForAccuracy(new double[] {0.8, 0.2}, new boolean[] {false, false});

    assertThat(t).isEqualTo(Math.nextUp(0.8));
    assertThat(BinaryCounts.at(t, new double[] {0.8, 0.2}, new boolean[] {false, false}).accuracy()).isEqualTo(1.0);
  }

  @Test
  void keepsEqualScoresOnOneSide() {
    // 0.5 0.5 (yes no) can only be cut below both (accuracy 1/2) or above both (1/2): the lower cut wins
    assertThat(Thresholds.bestForAccuracy(new double[] {0.5, 0.5}, new boolean[] {true, false})).isEqualTo(0.5);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void reachesTheBestAccuracyOfAnyThreshold(long seed) {
    Random random = new Random(seed);
    double[] scores = new double[200];
    boolean[] gold = new boolean[200];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = Math.round(random.nextDouble() * 50) / 50.0;
      gold[i] = random.nextDouble() < scores[i];
    }
    double chosen = BinaryCounts.at(Thresholds.bestForAccuracy(scores, gold), scores, gold).accuracy();
    for (double t : scores) {
      assertThat(chosen).isGreaterThanOrEqualTo(BinaryCounts.at(t, scores, gold).accuracy());
    }
  }

  @Test
  void crossValidatesOnFoldsByIndexModuloK() {
    // folds of 2: {0, 2} and {1, 3}. Fold 0 trains on 0.1 0.3 (no no): all negative, threshold just
    // above 0.3; its items 0.9 0.8 (yes yes) are then true positives. Fold 1 trains on 0.9 0.8
    // (yes yes): threshold 0.8; its items 0.1 0.3 (no no) are true negatives.
    CrossValidation cv = Thresholds.crossValidate(
        new double[] {0.9, 0.1, 0.8, 0.3}, new boolean[] {true, false, true, false}, 2);

    assertThat(cv.counts()).isEqualTo(new BinaryCounts(2, 0, 0, 2));
    assertThat(cv.thresholds()).containsExactly(Math.nextUp(0.3), 0.8);
    assertThat(cv.meanThreshold()).isCloseTo(0.55, within(1e-15));
  }

  @Test
  void rejectsFoldsOutsideTwoToTheNumberOfItems() {
    double[] scores = {0.1, 0.2, 0.3};
    boolean[] gold = {true, false, true};

    assertThatIllegalArgumentException().isThrownBy(() -> Thresholds.crossValidate(scores, gold, 1))
        .withMessage("folds must be between 2 and the number of items (3): 1");
    assertThatIllegalArgumentException().isThrownBy(() -> Thresholds.crossValidate(scores, gold, 4))
        .withMessage("folds must be between 2 and the number of items (3): 4");
  }

  @Test
  void rejectsEmptyScores() {
    assertThatIllegalArgumentException().isThrownBy(() -> Thresholds.bestForAccuracy(new double[0], new boolean[0]))
        .withMessage("no scores to choose a threshold from");
  }
}
