package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PenaltyTest {
  @Test
  void showsTheGuardTheWordsOfEachSideAndTheFactor() {
    assertThat(new Penalty(Guard.NUMBER, List.of("137"), List.of("300"), 0.7))
        .hasToString("number 137 | 300 (×0.70)");
    assertThat(new Penalty(Guard.NEGATION, List.of(), List.of("not"), 0.7))
        .hasToString("negation - | not (×0.70)");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -0.5, 1.01, Double.NaN})
  void rejectsAFactorOutsideTheHalfOpenUnitInterval(double factor) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Penalty(Guard.NAME, List.of(), List.of(), factor))
        .withMessageStartingWith("factor must be in (0, 1]");
  }

  @Test
  void copiesItsListsAndRejectsNulls() {
    List<String> words = new ArrayList<>(List.of("putin"));
    Penalty p = new Penalty(Guard.NAME, words, List.of("medinsky"), 0.8);
    words.add("peskov");
    assertThat(p.left()).containsExactly("putin");
    assertThatNullPointerException().isThrownBy(() -> new Penalty(null, List.of(), List.of(), 1))
        .withMessage("guard");
  }

  @Test
  void labelsGuardsInLowerCase() {
    assertThat(Guard.NEGATION.label()).isEqualTo("negation");
  }
}
