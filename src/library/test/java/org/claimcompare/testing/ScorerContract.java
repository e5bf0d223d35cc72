package org.claimcompare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every {@link Scorer} obeys: range, symmetry, identity, named null checks, and
 * prepared texts extended with more ({@link Scorer#prepareAdapted(PreparedTexts, List,
 * java.util.function.LongConsumer)}) scoring as those texts prepared at once. A test
 * class extends it and lists its scorers; the library's own are in {@code ScorerContractTest}, the
 * evaluation harness's baselines in its tests (it reaches this class through the test jar; the
 * package is one the library does not have, so it is visible from the module path too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ScorerContract {
  /** Returns the scorers under test. */
  protected abstract Stream<Scorer> scorers();

  private static final List<String> TEXTS = List.of(
      "Take power into your own hands, it will be easier for us to reach agreement.",
      "Take the power in your hands. It seems to me that it will be easier to negotiate.",
      "this gang of drug addicts and neo-Nazis",
      "a bunch of drug addicts and neo-Nazis",
      "Kiev is the capital of Ukraine",
      "Kyiv is the capital of Ukraine",
      "the",
      "...",
      "137 killed",
      "300 killed",
      "Ελλάδα και Κύπρος",
      "Straße in Köln",
      "A",
      "");

  Stream<Object[]> pairs() {
    return scorers().flatMap(s -> TEXTS.stream().flatMap(a -> TEXTS.stream().map(b -> new Object[] {s, a, b})));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void scoresLieInTheUnitInterval(Scorer scorer, String a, String b) {
    assertThat(scorer.score(a, b)).isBetween(0.0, 1.0);
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void isSymmetric(Scorer scorer, String a, String b) {
    assertThat(scorer.score(a, b)).isEqualTo(scorer.score(b, a));
    assertThat(scorer.similarity(a, b).score()).isEqualTo(scorer.similarity(b, a).score());
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void explanationAgreesWithTheScore(Scorer scorer, String a, String b) {
    assertThat(scorer.similarity(a, b).score()).isEqualTo(scorer.score(a, b));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void preparedTextsScoreLikeTheScorer(Scorer scorer, String a, String b) {
    PreparedTexts prepared = scorer.prepare(List.of(a, b));
    assertThat(prepared.score(0, 1)).isEqualTo(scorer.score(a, b));
    assertThat(prepared.score(1, 0)).isEqualTo(scorer.score(a, b));
    assertThat(prepared.similarity(0, 1).score()).isEqualTo(scorer.score(a, b));
  }

  @ParameterizedTest
  @MethodSource("scorers")
  void extendedPreparedTextsScoreAsPreparedAtOnce(Scorer scorer) {
    for (int cut = 0; cut <= TEXTS.size(); cut += 5) {
      PreparedTexts earlier = scorer.prepareAdapted(TEXTS.subList(0, cut), done -> {});
      PreparedTexts extended = scorer.prepareAdapted(earlier, TEXTS.subList(cut, TEXTS.size()), done -> {});
      PreparedTexts atOnce = scorer.prepareAdapted(TEXTS, done -> {});

      assertThat(extended.size()).isEqualTo(TEXTS.size());
      for (int i = 0; i < TEXTS.size(); i++) {
        assertThat(extended.text(i)).isEqualTo(TEXTS.get(i));
        assertThat(extended.words(i)).isEqualTo(atOnce.words(i));
        assertThat(extended.terms(i)).isEqualTo(atOnce.terms(i));
        for (int j = 0; j < TEXTS.size(); j++) {
          assertThat(extended.score(i, j)).as("cut %s, %s ~ %s", cut, TEXTS.get(i), TEXTS.get(j))
              .isEqualTo(atOnce.score(i, j));
        }
      }
      assertThat(earlier.size()).isEqualTo(cut);
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void asCommonsTextSimilarityScoreGivesTheScore(Scorer scorer, String a, String b) {
    assertThat(scorer.asSimilarityScore().apply(a, b)).isEqualTo(scorer.score(a, b));
  }

  Stream<Object[]> texts() {
    return scorers().flatMap(s -> TEXTS.stream().filter(t -> t.chars().anyMatch(Character::isLetterOrDigit))
        .map(t -> new Object[] {s, t}));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void scoresATextAgainstItselfAsOne(Scorer scorer, String text) {
    assertThat(scorer.score(text, text)).isCloseTo(1.0, within(1e-12));
  }

  @ParameterizedTest
  @MethodSource("scorers")
  void rejectsNullNamingTheParameter(Scorer scorer) {
    assertThatNullPointerException().isThrownBy(() -> scorer.score(null, "x")).withMessage("a");
    assertThatNullPointerException().isThrownBy(() -> scorer.score("x", null)).withMessage("b");
    assertThatNullPointerException().isThrownBy(() -> scorer.similarity(null, "x")).withMessage("a");
    assertThatNullPointerException().isThrownBy(() -> scorer.similarity("x", null)).withMessage("b");
    assertThatNullPointerException().isThrownBy(() -> scorer.prepare(null)).withMessage("texts");
    PreparedTexts earlier = scorer.prepareAdapted(List.of("x"), done -> {});
    assertThatNullPointerException().isThrownBy(() -> scorer.prepareAdapted(null, List.of("y"), done -> {}))
        .withMessage("earlier");
    assertThatNullPointerException().isThrownBy(() -> scorer.prepareAdapted(earlier, null, done -> {}))
        .withMessage("more");
    assertThatNullPointerException().isThrownBy(() -> scorer.prepareAdapted(earlier, List.of("y"), null))
        .withMessage("progress");
    assertThatNullPointerException().isThrownBy(() -> scorer.asSimilarityScore().apply(null, "x")).withMessage("left");
    assertThatNullPointerException().isThrownBy(() -> scorer.asSimilarityScore().apply("x", null)).withMessage("right");
  }
}
