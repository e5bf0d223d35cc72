package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermVectorTest {
  private static List<TermVector> vectors(List<List<String>> terms) {
    return TermVector.of(terms, t -> 1);
  }

  @Test
  void computesCosineOfTermCounts() {
    // a:1 b:2 against b:1 c:1; dot = 2 * 1 = 2; norms √(1 + 4) = √5 and √2; 2 / √10 = 0.632456
    List<TermVector> v = vectors(List.of(List.of("a", "b", "b"), List.of("b", "c")));

    assertThat(v.get(0).cosine(v.get(1))).isCloseTo(2 / Math.sqrt(10), within(1e-15));
  }

  @Test
  void computesJaccardOfTermSets() {
    // {a, b} and {b, c}: one shared of three in all
    List<TermVector> v = vectors(List.of(List.of("a", "b", "b"), List.of("b", "c")));

    assertThat(v.get(0).jaccard(v.get(1))).isEqualTo(1.0 / 3);
  }

  @Test
  void weighsEachOccurrence() {
    // a weighs 2 per occurrence, b 1: a:4 b:1 against a:2; cosine = 8 / (√17 · 2) = 0.970143
    List<TermVector> v = TermVector.of(List.of(List.of("a", "a", "b"), List.of("a")), t -> t.equals("a") ? 2 : 1);

    assertThat(v.get(0).cosine(v.get(1))).isCloseTo(8 / (Math.sqrt(17) * 2), within(1e-15));
  }

  @Test
  void scoresNothingAgainstAnEmptyVector() {
    List<TermVector> v = vectors(List.of(List.of(), List.of("a"), List.of()));

    assertThat(v.get(0).cosine(v.get(1))).isZero();
    assertThat(v.get(0).jaccard(v.get(1))).isZero();
    assertThat(v.get(0).cosine(v.get(2))).isZero();
    assertThat(v.get(0).jaccard(v.get(2))).isZero();
  }

  @Test
  void isExactlySymmetricAndOneForItself() {
    List<TermVector> v = vectors(List.of(
        List.of("the", "army", "will", "not", "stop", "the"), List.of("the", "army", "stops", "not", "now")));

    assertThat(v.get(0).cosine(v.get(1))).isEqualTo(v.get(1).cosine(v.get(0)));
    assertThat(v.get(0).jaccard(v.get(1))).isEqualTo(v.get(1).jaccard(v.get(0)));
    assertThat(v.get(0).cosine(v.get(0))).isCloseTo(1.0, within(1e-15)).isLessThanOrEqualTo(1.0);
  }
}
