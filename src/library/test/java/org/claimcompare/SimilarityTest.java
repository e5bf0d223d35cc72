package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimilarityTest {
  private final Similarity s = new Similarity(0.75,
      List.of(new AlignedPair("kiev", "kyiv", MatchType.ALIAS, 0.5), new AlignedPair("capital", "capital", MatchType.EXACT, 0.25)),
      List.of("old"), List.of());

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
  void rejectsAScoreOutsideTheUnitInterval(double score) {
    assertThatIllegalArgumentException().isThrownBy(() -> Similarity.of(score)).withMessageStartingWith("score must be in [0, 1]");
  }

  @Test
  void copiesItsLists() {
    List<String> words = new ArrayList<>(List.of("a"));
    Similarity copy = new Similarity(0.5, List.of(), words, List.of());
    words.add("b");
    assertThat(copy.unmatchedLeft()).containsExactly("a");
  }

  @Test
  void showsScorePairsAndUnmatchedWordsOnOneLine() {
    assertThat(s).hasToString(
        "Similarity[0.750 kiev~kyiv (alias, +0.500), capital (exact, +0.250) | unmatched: old | -]");
  }

  @Test
  void explainsOnePairPerLine() {
    assertThat(s.explain().lines()).containsExactly(
        "score 0.750", "  kiev~kyiv (alias, +0.500)", "  capital (exact, +0.250)", "  only in first: old", "  only in second: -");
  }

  @Test
  void explainsEachGuardThatFiredAfterTheWords() {
    Similarity guarded = new Similarity(0.35,
        List.of(new AlignedPair("killed", "killed", MatchType.EXACT, 0.35)), List.of("137"), List.of("300"),
        List.of(new Penalty(Guard.NUMBER, List.of("137"), List.of("300"), 0.7)));
    assertThat(guarded.explain().lines()).endsWith("  guard: number 137 | 300 (×0.70)");
    assertThat(guarded.toString()).endsWith(" | guard: number 137 | 300 (×0.70)]");
  }
}
