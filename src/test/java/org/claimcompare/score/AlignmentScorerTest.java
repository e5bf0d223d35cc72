package org.claimcompare.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.claimcompare.AlignedPair;
import org.claimcompare.MatchType;
import org.claimcompare.Similarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlignmentScorerTest {
  private final AlignmentScorer scorer = AlignmentScorer.standard();

  @ParameterizedTest(name = "{0} ~ {1} is {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # transliterations from the alias list
      Kiev          | Kyiv          | ALIAS
      Zelenski      | Zelensky      | ALIAS
      # spelling variants
      demilitarisation | demilitarization | SPELLING
      # case and quotes only
      KYIV          | kyiv          | EXACT
      # spelled almost alike, in no list
      Peskow        | Peskov        | NEAR_SPELLING
      # inflections of one word, by their stems
      agreement     | agreements    | STEM
      send          | sending       | STEM
      # synonyms in WordNet
      gang          | bunch         | SYNONYM
      purchase      | buy           | SYNONYM
      """)
  void namesTheReasonEachPairMatched(String a, String b, MatchType type) {
    Similarity s = scorer.similarity("the " + a + " question", "the " + b + " question");
    assertThat(s.pairs()).extracting(AlignedPair::type).contains(type);
  }

  @Test
  void contributionsAddUpToTheScore() {
    Similarity s = scorer.similarity(
        "Take power into your own hands, it will be easier for us to reach agreement.",
        "Take the power in your hands. It seems to me that it will be easier to negotiate.");
    double sum = s.pairs().stream().mapToDouble(AlignedPair::contribution).sum();
    assertThat(sum).isCloseTo(s.score(), within(1e-9));
  }

  @Test
  void listsUnmatchedWordsOfEachSideInTextOrder() {
    Similarity s = scorer.similarity("this army of drug addicts", "a bunch of drug addicts");
    assertThat(s.unmatchedLeft()).containsExactly("this", "army");
    assertThat(s.unmatchedRight()).containsExactly("a", "bunch");
    assertThat(s.pairs()).extracting(AlignedPair::left).containsExactly("of", "drug", "addicts");
  }

  @Test
  void reportsTheFirstArgumentOnTheLeftWhicheverOrderItAlignsIn() {
    Similarity ab = scorer.similarity("zebra gang", "apple gang");
    Similarity ba = scorer.similarity("apple gang", "zebra gang");
    assertThat(ab.unmatchedLeft()).containsExactly("zebra");
    assertThat(ba.unmatchedLeft()).containsExactly("apple");
  }

  @Test
  void scoresAQuotedFragmentCloseToTheFullQuote() {
    String full = "Take power into your own hands, it will be easier for us to reach agreement.";
    assertThat(scorer.score("Take power into your own hands.", full)).isGreaterThan(0.7);
  }

  @Test
  void doesNotTreatOneSharedWordAsAFragment() {
    assertThat(scorer.score("Kyiv", "Russian forces laid siege to Kyiv and Kharkiv on Friday")).isLessThan(0.5);
  }

  @Test
  void keepsDifferentStatementsAboutTheSameEventsApart() {
    assertThat(scorer.score(
            "ready to speak with the Ukrainian side for as long as it may take to reach agreements",
            "Take power into your own hands, it will be easier for us to reach agreement."))
        .isLessThan(0.45);
  }

  @Test
  void weighsFunctionWordsBelowContentWords() {
    double contentShared = scorer.score("of the army and the people", "of the navy and the people");
    double onlyFunctionShared = scorer.score("army of the people", "navy and a crowd");
    assertThat(contentShared).isGreaterThan(onlyFunctionShared);
    assertThat(onlyFunctionShared).isLessThan(0.1);
  }

  @Test
  void givesZeroForTextsWithoutWords() {
    assertThat(scorer.score("...", "—")).isZero();
    assertThat(scorer.score("", "Kyiv")).isZero();
  }

  @Test
  void rejectsAStopWordWeightOutsideTheUnitInterval() {
    assertThatIllegalArgumentException().isThrownBy(() -> scorer.withStopWordWeight(1.5))
        .withMessageContaining("1.5");
  }

  @Test
  void exposesNormalisedWordsOfPreparedTexts() {
    PreparedTexts p = scorer.prepare(List.of("Kiev", "Kyiv"));
    assertThat(p.words(0)).isEqualTo(p.words(1));
    assertThat(p.size()).isEqualTo(2);
  }
}
