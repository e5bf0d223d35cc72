package org.claimcompare.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.claimcompare.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameWordsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Yesterday Putin met Zelenski in Minsk.   | putin zelensky minsk
      Troops entered the city. Officials fled. | ''
      He said: "Take power into your hands."   | ''
      THE KREMLIN SAID NOTHING                 | ''
      talks with Ukraine's Foreign Ministry    | ukraine foreign ministry
      """)
  void findsCapitalisedWordsInsideSentencesAsNormalisedForms(String text, String expected) {
    Set<String> names = NameWords.of(text, TextNormalizer.standard());
    assertThat(names).containsExactlyInAnyOrder(expected.isEmpty() ? new String[0] : expected.split(" "));
  }

  @Test
  void readsAWordWithAnInvisibleCharacterInsideAsTheNormaliserDoes() {
    assertThat(NameWords.of("Troops left Ki\u200Dev and Khar\u00ADkov.", TextNormalizer.standard()))
        .containsExactlyInAnyOrder("kyiv", "kharkiv");
  }
}
