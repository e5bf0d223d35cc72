package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.PreparedTexts;

/**
 * Properties of {@link Claims#similarity} over {@linkplain UnicodeText generated text}: it accepts
 * every pair of strings, is symmetric, lies in [0, 1] and is never NaN, is 1 for a text with a
 * letter or digit against itself, and its explanation agrees with the score. Half the pairs are two
 * unrelated texts, half a text and a {@linkplain UnicodeText.Variation variation} of it, so that
 * pairs align words and guards fire.
 */
@Tag("property")
@AddLifecycleHook(PropertyLedger.class)
class SimilarityPropertyTest {

  @Provide
  Arbitrary<Tuple2<String, String>> pairs() {
    Arbitrary<Tuple2<String, String>> unrelated = Combinators.combine(UnicodeText.texts(), UnicodeText.texts()).as(Tuple::of);
    Arbitrary<Tuple2<String, String>> varied = Combinators.combine(
        UnicodeText.texts(), Arbitraries.of(UnicodeText.Variation.class), UnicodeText.pieces())
        .as((a, v, piece) -> Tuple.of(a, v.apply(a, piece)));
    return Arbitraries.oneOf(unrelated, varied);
  }

  /** Texts with a letter or digit; a quarter of them that one letter alone, of any script. */
  @Provide
  Arbitrary<String> textsWithALetter() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, UnicodeText.textsWithALetter()), Tuple.of(1, UnicodeText.lettersAlone()));
  }

  @Property
  @TriesScale(0.2)
  void isSymmetric(@ForAll("pairs") Tuple2<String, String> pair) {
    assertThat(Claims.similarity(pair.get2(), pair.get1()).score())
        .isEqualTo(Claims.similarity(pair.get1(), pair.get2()).score());
  }

  @Property
  @TriesScale(0.2)
  void liesInTheUnitIntervalAndIsNeverNaN(@ForAll("pairs") Tuple2<String, String> pair) {
    double score = Claims.similarity(pair.get1(), pair.get2()).score();
    assertThat(score).isNotNaN().isBetween(0.0, 1.0);
  }

  @Property
  @TriesScale(0.2)
  void scoresATextWithALetterAgainstItselfAsOne(@ForAll("textsWithALetter") String text) {
    assertThat(Claims.similarity(text, text).score()).isCloseTo(1.0, within(1e-12));
  }

  /**
   * The explained score equals the score-only path's and the prepared texts' (Lucene's {@code
   * CheckHits} idea), and the contributions of the aligned pairs add up to it.
   */
  @Property
  @TriesScale(0.2)
  void explanationAgreesWithTheScore(@ForAll("pairs") Tuple2<String, String> pair) {
    String a = pair.get1();
    String b = pair.get2();
    Similarity explained = Claims.similarity(a, b);
    PreparedTexts prepared = AlignmentScorer.standard().prepare(List.of(a, b));

    assertThat(AlignmentScorer.standard().score(a, b)).isEqualTo(explained.score());
    assertThat(prepared.score(0, 1)).isEqualTo(explained.score());
    assertThat(explained.pairs().stream().mapToDouble(AlignedPair::contribution).sum())
        .isCloseTo(explained.score(), within(1e-9));
  }

  @Example
  void scoresALetterThatNormalisationTurnsIntoPunctuationAgainstItselfAsOne() {
    assertThat(List.of("ʼ", "ﾞ", "ﾟ")).allSatisfy(t -> assertThat(Claims.similarity(t, t).score()).isEqualTo(1.0));
  }

  @Example
  void scoresAContractionWithoutAStem() {
    assertThat(Claims.similarity("we can n't stop", "we can not stop").score()).isBetween(0.0, 1.0);
  }
}
