package org.claimcompare.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FusionTest {
  @ParameterizedTest
  @CsvSource({
    // weight, floor, lexical, cosine, score
    "0.5, 0.1, 1.0, 1.0, 1.0",
    "0.5, 0.1, 0.0, 0.1, 0.0",
    "0.5, 0.1, 0.0, -0.5, 0.0",
    "0.5, 0.1, 0.4, 0.55, 0.45",
    "0.0, 0.0, 0.9, 0.3, 0.3",
    "1.0, 0.0, 0.9, 0.3, 0.9",
  })
  void weighsTheLexicalScoreAndTheRescaledCosine(double w, double f, double lexical, double cosine, double score) {
    assertThat(new Fusion(w, f).score(lexical, cosine)).isCloseTo(score, within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({"-0.1, 0.1", "1.1, 0.1", "0.5, 1.0", "0.5, -1.1", "NaN, 0.1", "0.5, NaN"})
  void rejectsParametersOutOfRange(double w, double f) {
    assertThatIllegalArgumentException().isThrownBy(() -> new Fusion(w, f));
  }
}
