package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrelationTest {
  @Test
  void correlatesLinearlyAndByRank() {
    // deviations from 2.5: x -1.5 -.5 .5 1.5, y -1.5 .5 -.5 1.5; Σxy = 2.25 - .25 - .25 + 2.25 = 4,
    // Σx² = Σy² = 5; r = 4 / 5 = 0.8; the values are their own ranks, so Spearman is 0.8 too
    Correlation r = Correlation.of(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4});

    assertThat(r.pearson().getAsDouble()).isCloseTo(0.8, within(1e-12));
    assertThat(r.spearman().getAsDouble()).isCloseTo(0.8, within(1e-12));
    assertThat(r).hasToString("Correlation[pearson=0.800, spearman=0.800]");
  }

  @Test
  void ranksAMonotonicCurveAsPerfect() {
    // y = x²: same order, so Spearman 1. Pearson over deviations from the means 2.5 and 7.5:
    // x -1.5 -.5 .5 1.5, y -6.5 -3.5 1.5 8.5; Σxy = 9.75 + 1.75 + .75 + 12.75 = 25, Σx² = 5,
    // Σy² = 42.25 + 12.25 + 2.25 + 72.25 = 129; r = 25 / √(5 · 129) = 0.984374
    Correlation r = Correlation.of(new double[] {1, 2, 3, 4}, new double[] {1, 4, 9, 16});

    assertThat(r.spearman().getAsDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(r.pearson().getAsDouble()).isCloseTo(25 / Math.sqrt(5 * 129), within(1e-12));
  }

  @Test
  void givesTiesTheirAverageRank() {
    // x ranks 1, 2.5, 2.5, 4 against y ranks 1 2 3 4: deviations -1.5 0 0 1.5 and -1.5 -.5 .5 1.5;
    // Σxy = 4.5, Σx² = 4.5, Σy² = 5: 4.5 / √22.5 = 0.948683
    Correlation r = Correlation.of(new double[] {1, 2, 2, 3}, new double[] {10, 20, 30, 40});

    assertThat(r.spearman().getAsDouble()).isCloseTo(4.5 / Math.sqrt(22.5), within(1e-12));
  }

  @Test
  void isUndefinedForAConstantSeries() {
    Correlation r = Correlation.of(new double[] {0.5, 0.5, 0.5}, new double[] {1, 2, 3});

    assertThat(r.pearson()).isEmpty();
    assertThat(r.spearman()).isEmpty();
    assertThat(r).hasToString("Correlation[pearson=undefined, spearman=undefined]");
  }

  @Test
  void rejectsFewerThanTwoValuesAndMismatchedSeries() {
    assertThatIllegalArgumentException().isThrownBy(() -> Correlation.of(new double[] {1}, new double[] {1}))
        .withMessage("a correlation needs at least two values: 1");
    assertThatIllegalArgumentException().isThrownBy(() -> Correlation.of(new double[] {1, 2}, new double[] {1}))
        .withMessage("2 scores but 1 gold values");
  }
}
