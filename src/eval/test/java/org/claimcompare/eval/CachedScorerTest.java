package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.claimcompare.cluster.CandidateGenerator;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;
import org.junit.jupiter.api.Test;

class CachedScorerTest {
  private static final List<String> TEXTS = List.of("the army will not stop", "the army won't stop", "grain fell");
  private static final Scorer JACCARD = Baselines.wordJaccard();

  @Test
  void answersItsOwnTextsFromTheScoresComputedOnce() {
    CountingTexts counting = CountingTexts.of(3, new double[] {0, 1, 0.7});
    CandidateScores candidates = CandidateScores.of(counting, (words, sink) -> sink.accept(0, 1));
    CachedScorer cached = new CachedScorer(JACCARD, TEXTS, counting, candidates);

    PreparedTexts first = cached.prepare(TEXTS);
    PreparedTexts second = cached.prepare(List.copyOf(TEXTS));
    for (PreparedTexts p : List.of(first, second)) {
      assertThat(p.score(1, 0)).isEqualTo(0.7);
      assertThat(p.score(0, 2)).isZero();
      assertThat(p.score(2, 0)).isZero();
    }

    // the candidate pair once when the cache was built, the other pair once on first use
    assertThat(counting.scored.get()).isEqualTo(2);
  }

  @Test
  void givesTheWrappedScorersScores() {
    PreparedTexts prepared = JACCARD.prepare(TEXTS);
    CachedScorer cached = new CachedScorer(JACCARD, TEXTS, prepared,
        CandidateScores.of(prepared, CandidateGenerator.allPairs()));

    assertThat(cached.prepare(TEXTS).score(0, 1)).isEqualTo(JACCARD.score(TEXTS.get(0), TEXTS.get(1)));
    assertThat(cached.prepare(TEXTS).words(1)).isEqualTo(prepared.words(1));
    assertThat(cached.score("a b", "a")).isEqualTo(0.5);
    assertThat(cached.similarity("a b", "a").score()).isEqualTo(0.5);
    assertThat(cached).hasToString("cached WordJaccard");
  }

  @Test
  void preparesOtherTextsWithTheWrappedScorer() {
    CountingTexts counting = CountingTexts.of(3);
    CachedScorer cached = new CachedScorer(JACCARD, TEXTS, counting, CandidateScores.of(counting, (w, s) -> { }));

    PreparedTexts other = cached.prepare(List.of("a b", "a"));

    assertThat(other.score(0, 1)).isEqualTo(0.5);
    assertThat(counting.scored.get()).isZero();
  }

  @Test
  void staysItselfWhenAdaptedToItsOwnTexts() {
    CountingTexts counting = CountingTexts.of(3);
    Scorer tfidf = Baselines.tfIdfCosine().adaptedTo(TEXTS);
    CachedScorer cached = new CachedScorer(tfidf, TEXTS, counting, CandidateScores.of(counting, (w, s) -> { }));

    assertThat(cached.adaptedTo(TEXTS)).isSameAs(cached);
    assertThat(cached.adaptedTo(List.of("x y"))).hasToString("TfIdfCosine[idf from 1 texts]");
    assertThatNullPointerException().isThrownBy(() -> cached.prepare(null)).withMessage("texts");
  }
}
