package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcompare.cluster.CandidateGenerator;
import org.junit.jupiter.api.Test;

class CandidateScoresTest {
  private static final CountingTexts TEXTS = CountingTexts.of(4, new double[] {0, 1, 0.9}, new double[] {2, 3, 0.4});

  @Test
  void scoresEachDistinctProposedPairOnce() {
    CountingTexts texts = CountingTexts.of(4, new double[] {0, 1, 0.9}, new double[] {2, 3, 0.4});
    CandidateGenerator twice = (words, sink) -> {
      sink.accept(1, 0);
      sink.accept(0, 1);
      sink.accept(3, 2);
      sink.accept(0, 1);
    };

    CandidateScores scores = CandidateScores.of(texts, twice);

    assertThat(scores.count()).isEqualTo(2);
    assertThat(texts.scored.get()).isEqualTo(2);
    assertThat(scores.first(0)).isZero();
    assertThat(scores.second(0)).isEqualTo(1);
    assertThat(scores.score(1)).isEqualTo(0.4);
  }

  @Test
  void findsAPairInEitherOrderAndNothingForOthers() {
    CandidateScores scores = CandidateScores.of(TEXTS, CandidateGenerator.allPairs());

    assertThat(scores.size()).isEqualTo(4);
    assertThat(scores.count()).isEqualTo(6);
    assertThat(scores.find(1, 0)).hasValue(0.9);
    assertThat(scores.find(2, 3)).hasValue(0.4);
    assertThat(scores.find(1, 2)).hasValue(0.0);
    assertThat(CandidateScores.of(TEXTS, (words, sink) -> sink.accept(0, 1)).find(2, 3)).isEmpty();
  }

  @Test
  void showsTheGeneratorEachTextsWords() {
    StringBuilder seen = new StringBuilder();
    CandidateScores.of(TEXTS, (words, sink) -> seen.append(words));

    assertThat(seen).hasToString("[[w0], [w1], [w2], [w3]]");
  }
}
