package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrecisionRecallTest {
  @Test
  void takesPrecisionAndRecallFromCounts() {
    PrecisionRecall pr = PrecisionRecall.of(3, 4, 6);

    assertThat(pr.precision()).isEqualTo(0.75);
    assertThat(pr.recall()).isEqualTo(0.5);
    assertThat(pr.f1()).isEqualTo(0.6);
    assertThat(pr).hasToString("PrecisionRecall[0.750/0.500/0.600]");
  }

  @Test
  void isZeroWhereThereIsNothingToMeasure() {
    assertThat(PrecisionRecall.of(0, 0, 0)).isEqualTo(new PrecisionRecall(0, 0));
    assertThat(PrecisionRecall.of(0, 0, 0).f1()).isZero();
  }

  @Test
  void roundsAsPythonDoesFromTheExactValue() {
    // 0.1235 is 0.12349999... as a double: Python prints 0.123 where String.format prints 0.124.
    assertThat(PrecisionRecall.decimal(0.1235)).isEqualTo("0.123");
    assertThat(PrecisionRecall.decimal(0.8675)).isEqualTo("0.868");
    assertThat(PrecisionRecall.decimal(2.0 / 3)).isEqualTo("0.667");
  }

  @Test
  void rejectsMoreMatchesThanItems() {
    assertThatThrownBy(() -> PrecisionRecall.of(5, 4, 6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matched must be in [0, min(predicted, gold)] = [0, min(4, 6)]: 5");
  }
}
