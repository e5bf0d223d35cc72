package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinaryCountsTest {
  @Test
  void countsDecisionsAtOrAboveTheThresholdAsPositive() {
    // 0.9 yes -> tp, 0.5 no -> fp (0.5 is at the threshold), 0.4 yes -> fn, 0.2 no -> tn
    BinaryCounts c = BinaryCounts.at(0.5, new double[] {0.9, 0.5, 0.4, 0.2}, new boolean[] {true, false, true, false});

    assertThat(c).isEqualTo(new BinaryCounts(1, 1, 1, 1));
    assertThat(c).hasToString("BinaryCounts[tp=1 fp=1 fn=1 tn=1]");
  }

  @ParameterizedTest(name = "tp={0} fp={1} fn={2} tn={3}")
  @CsvSource(textBlock = """
      # tp, fp, fn, tn, accuracy, precision, recall, F1
      # (3 + 5) / 10;  3 / 4;  3 / 4;  2 · 0.75 · 0.75 / 1.5
      3, 1, 1, 5,  0.8,  0.75, 0.75, 0.75
      # precision 6 / 8 = 0.75, recall 6 / 6 = 1, F1 = 2 · 0.75 / 1.75 = 0.857143
      6, 2, 0, 2,  0.8,  0.75, 1,    0.8571428571428571
      # nothing predicted positive: precision 1 (no wrong positive), recall 0, F1 0
      0, 0, 4, 6,  0.6,  1,    0,    0
      # no positive item at all: recall 1 (none missed); precision 0 since 2 were predicted
      0, 2, 0, 8,  0.8,  0,    1,    0
      # neither: both vacuously 1
      0, 0, 0, 5,  1,    1,    1,    1
      # nothing counted: accuracy 0
      0, 0, 0, 0,  0,    1,    1,    1
      """)
  void measuresFromTheCounts(long tp, long fp, long fn, long tn, double accuracy, double precision, double recall,
      double f1) {
    BinaryCounts c = new BinaryCounts(tp, fp, fn, tn);

    assertThat(c.accuracy()).isCloseTo(accuracy, within(1e-15));
    assertThat(c.precision()).isCloseTo(precision, within(1e-15));
    assertThat(c.recall()).isCloseTo(recall, within(1e-15));
    assertThat(c.f1()).isCloseTo(f1, within(1e-15));
  }

  @Test
  void poolsCounts() {
    assertThat(new BinaryCounts(1, 2, 3, 4).plus(new BinaryCounts(10, 20, 30, 40)))
        .isEqualTo(new BinaryCounts(11, 22, 33, 44));
    assertThat(new BinaryCounts(1, 2, 3, 4).total()).isEqualTo(10);
  }

  @Test
  void rejectsNegativeCountsAndMismatchedArrays() {
    assertThatIllegalArgumentException().isThrownBy(() -> new BinaryCounts(-1, 0, 0, 0))
        .withMessageContaining("must not be negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BinaryCounts.at(0.5, new double[] {0.1, 0.2}, new boolean[] {true}))
        .withMessage("2 scores but 1 gold labels");
  }
}
