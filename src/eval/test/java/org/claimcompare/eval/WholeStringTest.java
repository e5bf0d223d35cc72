package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WholeStringTest {
  @Test
  void levenshteinSimilarityIsOneMinusDistanceOverLongerLength() {
    // kitten -> sitting: 3 edits; the longer has 7 characters; 1 - 3/7 = 0.571429
    assertThat(WholeString.levenshtein("kitten", "sitting")).isCloseTo(1 - 3.0 / 7, within(1e-15));
    assertThat(Baselines.levenshtein().score("Kitten", "SITTING")).isCloseTo(1 - 3.0 / 7, within(1e-15));
  }

  @Test
  void jaroWinklerComparesTheLowerCasedTexts() {
    // the textbook pair: Jaro 0.944, common prefix "mar" (3), 0.944 + 3 · 0.1 · 0.056 = 0.961
    assertThat(Baselines.jaroWinkler().score("MARTHA", "marhta")).isCloseTo(0.9611, within(1e-4));
  }

  @Test
  void scoresAnEmptyTextAsNothingInCommon() {
    assertThat(Baselines.jaroWinkler().score("", "")).isZero();
    assertThat(Baselines.levenshtein().score("", "")).isZero();
    assertThat(Baselines.levenshtein().score("", "abc")).isZero();
  }

  @Test
  void isExactlySymmetricForTextsOfEqualLength() {
    String a = "dixon the crane";
    String b = "dicksonx crane ";

    assertThat(Baselines.jaroWinkler().score(a, b)).isEqualTo(Baselines.jaroWinkler().score(b, a));
  }

  @Test
  void namesTheMeasure() {
    assertThat(Baselines.jaroWinkler()).hasToString("JaroWinkler");
    assertThat(Baselines.levenshtein()).hasToString("Levenshtein");
  }
}
