package org.claimcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasesTest {

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource(textBlock = """
      kiev,    kyiv,   kyiv
      Kiev,    kyiv,   Kyiv
      KIEV,    kyiv,   KYIV
      KiEv,    kyiv,   kyiv
      M,       am,     AM
      t,       not,    not
      İstanbul, istanbul, Istanbul
      """)
  void carriesTheCasePatternOver(String model, String word, String expected) {
    assertThat(Cases.match(model, word)).isEqualTo(expected);
  }
}
