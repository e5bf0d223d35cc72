package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossValidationTest {
  @Test
  void averagesTheFoldsThresholds() {
    CrossValidation cv = new CrossValidation(new BinaryCounts(6, 2, 1, 1), List.of(0.25, 0.5, 0.75));

    assertThat(cv.meanThreshold()).isEqualTo(0.5);
    // accuracy (6 + 1) / 10; F1 from precision 6/8 and recall 6/7: 2 · 0.75 · 0.857 / 1.607 = 0.8
    assertThat(cv).hasToString("CrossValidation[3 folds, accuracy 0.700, F1 0.800, threshold 0.500]");
  }

  @Test
  void copiesTheThresholds() {
    List<Double> thresholds = new ArrayList<>(List.of(0.5));
    CrossValidation cv = new CrossValidation(new BinaryCounts(1, 0, 0, 0), thresholds);
    thresholds.add(0.9);

    assertThat(cv.thresholds()).containsExactly(0.5);
  }

  @Test
  void rejectsNoFolds() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CrossValidation(new BinaryCounts(1, 0, 0, 0), List.of()))
        .withMessage("no folds");
  }
}
