package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanTest {
  @Test
  void coversTheCharactersItNames() {
    Span s = new Span(4, 9);
    assertThat(s.of("The quick fox")).isEqualTo("quick");
    assertThat(s.length()).isEqualTo(5);
    assertThat(s).hasToString("[4, 9)");
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      -1, 3, start must be at least 0: -1
      5, 4, end must be at least start (5): 4
      """)
  void rejectsImpossibleOffsets(int start, int end, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> new Span(start, end)).withMessage(message);
  }
}
