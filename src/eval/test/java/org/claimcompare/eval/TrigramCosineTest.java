package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrigramCosineTest {
  @Test
  void cutsPaddedLowerCasedTextWithCollapsedSpaces() {
    assertThat(TrigramCosine.trigrams("Hi \t there"))
        .containsExactly(" hi", "hi ", "i t", " th", "the", "her", "ere", "re ");
  }

  @Test
  void givesOneTrigramForOneCharacterAndNoneForBlankText() {
    assertThat(TrigramCosine.trigrams("  A ")).containsExactly(" a ");
    assertThat(TrigramCosine.trigrams(" \n ")).isEmpty();
    assertThat(TrigramCosine.trigrams("")).isEmpty();
  }

  @Test
  void countsCodePointsNotUtf16Units() {
    // U+1F600 is two UTF-16 units but one code point
    assertThat(TrigramCosine.trigrams("a\uD83D\uDE00")).containsExactly(" a\uD83D\uDE00", "a\uD83D\uDE00 ");
  }

  @Test
  void scoresTheCosineOfTrigramCounts() {
    // " abc " has " ab", "abc", "bc "; " abd " has " ab", "abd", "bd "; 1 shared / (√3 · √3) = 1/3
    assertThat(Baselines.charTrigramCosine().score("abc", "ABD")).isCloseTo(1.0 / 3, within(1e-15));
  }
}
