package org.claimcompare.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StopWordsTest {
  @ParameterizedTest
  @ValueSource(strings = {"the", "of", "your", "will", "not", "mr"})
  void knowsFunctionWords(String word) {
    assertThat(StopWords.contains(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"power", "hands", "kyiv", "agreement", "The", "#"})
  void treatsOtherWordsAsContent(String word) {
    assertThat(StopWords.contains(word)).isFalse();
  }
}
