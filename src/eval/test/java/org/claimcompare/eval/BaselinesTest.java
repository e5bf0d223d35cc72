package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.claimcompare.Similarity;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaselinesTest {
  private static final Map<String, Scorer> BY_NAME = Map.of(
      "jaccard", Baselines.wordJaccard(),
      "tfidf", Baselines.tfIdfCosine(),
      "trigram", Baselines.charTrigramCosine(),
      "jaro-winkler", Baselines.jaroWinkler(),
      "levenshtein", Baselines.levenshtein());

  @ParameterizedTest(name = "{0}: {1} | {2} = {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # word Jaccard: {the, cat, sat} and {the, cat, sat, down}: 3 / 4
      jaccard      | The cat sat       | the cat sat down  | 0.75
      # repeated words count once: {a, b} and {a}: 1 / 2
      jaccard      | a a b             | a                 | 0.5
      jaccard      | Kyiv              | Kiev              | 0
      # TF cosine without a corpus: 3 / (√3 · √4) = 0.866025
      tfidf        | The cat sat       | the cat sat down  | 0.8660254037844387
      # counts matter: a:2 b:1 and a:1: 2 / (√5 · 1) = 0.894427
      tfidf        | a a b             | a                 | 0.8944271909999159
      # " ab", "abc", "bc " and " ab", "abd", "bd ": 1 / 3
      trigram      | abc               | abd               | 0.3333333333333333
      # Levenshtein 1 - 1/3 = 0.666667 (one substitution)
      levenshtein  | cat               | Cut               | 0.6666666666666667
      # Jaro-Winkler: Jaro("dwayne", "duane") = 0.822; common prefix "d": 0.822 + 1 · 0.1 · (1 - 0.822) = 0.840
      jaro-winkler | DWAYNE            | duane             | 0.84
      """)
  void scoresAsTheFormulaSays(String scorer, String a, String b, double expected) {
    double tolerance = scorer.equals("jaro-winkler") ? 1e-3 : 1e-15;
    assertThat(BY_NAME.get(scorer).score(a, b)).isCloseTo(expected, within(tolerance));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jaccard", "tfidf", "trigram", "jaro-winkler", "levenshtein"})
  void explainsOnlyByTheScore(String name) {
    Similarity s = BY_NAME.get(name).similarity("the cat sat", "the cat sat down");

    assertThat(s).isEqualTo(Similarity.of(BY_NAME.get(name).score("the cat sat", "the cat sat down")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jaccard", "tfidf", "trigram", "jaro-winkler", "levenshtein"})
  void offersItsWordsToTheCandidateGenerator(String name) {
    PreparedTexts prepared = BY_NAME.get(name).prepare(List.of("Don't stop, 2-1!", "..."));

    assertThat(prepared.size()).isEqualTo(2);
    assertThat(prepared.words(0)).containsExactly("don", "t", "stop", "2", "1");
    assertThat(prepared.words(1)).isEmpty();
  }

  @Test
  void preparesTextsThatScoreLikeTheScorerWhateverTheirCompany() {
    List<String> texts = List.of("The army will not stop", "the army won't stop now", "Grain exports fell");
    for (Scorer s : BY_NAME.values()) {
      PreparedTexts alone = s.prepare(texts.subList(0, 2));
      PreparedTexts together = s.prepare(texts);
      assertThat(together.score(0, 1)).as("%s", s)
          .isEqualTo(alone.score(0, 1))
          .isEqualTo(s.score(texts.get(0), texts.get(1)));
    }
  }

  @Test
  void returnsTheSameInstanceEachTime() {
    assertThat(Baselines.wordJaccard()).isSameAs(Baselines.wordJaccard());
    assertThat(Baselines.wordJaccard()).hasToString("WordJaccard");
    assertThat(Baselines.charTrigramCosine()).hasToString("TrigramCosine");
  }

  @Test
  void ignoresTheCorpusUnlessItKeepsStatistics() {
    List<String> corpus = List.of("a b", "c");

    assertThat(Baselines.wordJaccard().adaptedTo(corpus)).isSameAs(Baselines.wordJaccard());
    assertThat(Baselines.levenshtein().adaptedTo(corpus)).isSameAs(Baselines.levenshtein());
  }
}
