package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class GoldPairTest {
  @Test
  void showsGoldAndBothTextsQuotedAndCut() {
    GoldPair p = new GoldPair("The mayor will not give up on this city, whatever the cost", "He won't give up", 1);

    assertThat(p).hasToString("GoldPair[1.0 \"The mayor will not give up on this city…\" | \"He won't give up\"]");
  }

  @Test
  void rejectsNullTextsAndNonFiniteGold() {
    assertThatNullPointerException().isThrownBy(() -> new GoldPair(null, "b", 1)).withMessage("a");
    assertThatNullPointerException().isThrownBy(() -> new GoldPair("a", null, 1)).withMessage("b");
    assertThatIllegalArgumentException().isThrownBy(() -> new GoldPair("a", "b", Double.NaN))
        .withMessage("gold must be a finite number: NaN");
  }
}
