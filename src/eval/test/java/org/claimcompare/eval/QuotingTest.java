package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotingTest {
  @ParameterizedTest(name = "{0} of {1} quoted: {2}")
  @CsvSource(textBlock = """
      5, 5, DIRECT
      1, 5, MIXED
      4, 5, MIXED
      0, 5, INDIRECT
      0, 0, INDIRECT
      """)
  void classifiesByTheShareOfQuotedWords(int quoted, int words, Quoting expected) {
    assertThat(Quoting.of(quoted, words)).isEqualTo(expected);
    assertThat(expected.label()).isEqualTo(expected.name().toLowerCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      6, 5
      -1, 5
      """)
  void rejectsImpossibleCounts(int quoted, int words) {
    assertThatThrownBy(() -> Quoting.of(quoted, words)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quoted words must be in [0, " + words + "]: " + quoted);
  }
}
