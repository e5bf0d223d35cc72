package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.claimcompare.score.Scorer;
import org.junit.jupiter.api.Test;

class TfIdfCosineTest {
  private static final List<String> CORPUS = List.of("the cat", "the dog", "a bird");

  @Test
  void usesIdfOneWithoutCorpus() {
    assertThat(TfIdfCosine.UNADAPTED.idf("the")).isEqualTo(1.0);
    // the:1 cat:1 against the:1 dog:1; 1 / (√2 · √2) = 0.5
    assertThat(Baselines.tfIdfCosine().score("the cat", "the dog")).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void takesSmoothedIdfFromTheCorpus() {
    TfIdfCosine adapted = (TfIdfCosine) Baselines.tfIdfCosine().adaptedTo(CORPUS);

    // N = 3; idf = ln((N + 1) / (df + 1)) + 1
    assertThat(adapted.idf("the")).isCloseTo(Math.log(4.0 / 3) + 1, within(1e-15));   // df 2: 1.287682
    assertThat(adapted.idf("cat")).isCloseTo(Math.log(4.0 / 2) + 1, within(1e-15));   // df 1: 1.693147
    assertThat(adapted.idf("fish")).isCloseTo(Math.log(4.0 / 1) + 1, within(1e-15));  // df 0: 2.386294
  }

  @Test
  void weighsRareWordsMoreOnceAdapted() {
    Scorer adapted = Baselines.tfIdfCosine().adaptedTo(CORPUS);
    double the = Math.log(4.0 / 3) + 1;
    double rare = Math.log(4.0 / 2) + 1;

    // only "the" is shared: the² / (the² + rare²) = 1.658125 / 4.524872 = 0.366447
    assertThat(adapted.score("the cat", "the dog")).isCloseTo(the * the / (the * the + rare * rare), within(1e-12));
  }

  @Test
  void countsAWordOncePerCorpusText() {
    TfIdfCosine adapted = (TfIdfCosine) Baselines.tfIdfCosine().adaptedTo(List.of("the the the", "a"));

    assertThat(adapted.idf("the")).isCloseTo(Math.log(3.0 / 2) + 1, within(1e-15));
  }

  @Test
  void leavesTheUnadaptedScorerUnchanged() {
    Scorer adapted = Baselines.tfIdfCosine().adaptedTo(CORPUS);

    assertThat(adapted).isNotSameAs(Baselines.tfIdfCosine());
    assertThat(Baselines.tfIdfCosine().score("the cat", "the dog")).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void showsWhereItsIdfComesFrom() {
    assertThat(Baselines.tfIdfCosine()).hasToString("TfIdfCosine[no corpus, idf 1]");
    assertThat(Baselines.tfIdfCosine().adaptedTo(CORPUS)).hasToString("TfIdfCosine[idf from 3 texts]");
  }

  @Test
  void rejectsNullCorpus() {
    assertThatNullPointerException().isThrownBy(() -> Baselines.tfIdfCosine().adaptedTo(null)).withMessage("corpus");
  }
}
