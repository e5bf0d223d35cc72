package org.claimcompare.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {
  @Test
  void splitsAtEveryCharacterThatIsNeitherLetterNorDigit() {
    assertThat(Tokens.of("“Take power into your own hands,” he said of Kyiv’s 2 bridges."))
        .containsExactly("take", "power", "into", "your", "own", "hands", "he", "said", "of", "kyiv", "s", "2",
            "bridges");
  }

  @Test
  void lowerCasesInTheRootLocale() {
    // Under a Turkish default locale, toLowerCase() would give "ıstanbul" (dotless i); the build
    // runs every test again under one.
    assertThat(Tokens.of("ISTANBUL")).containsExactly("istanbul");
  }

  @Test
  void keepsLettersBeyondTheBasicPlane() {
    assertThat(Tokens.of("𝔄𝔅 x")).containsExactly("𝔄𝔅", "x");
  }

  @Test
  void findsNoWordInPunctuation() {
    assertThat(Tokens.of(" -- ... ")).isEmpty();
  }
}
