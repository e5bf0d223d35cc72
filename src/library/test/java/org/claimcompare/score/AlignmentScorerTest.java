package org.claimcompare.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.claimcompare.AlignedPair;
import org.claimcompare.Guard;
import org.claimcompare.MatchType;
import org.claimcompare.Penalty;
import org.claimcompare.Similarity;
import org.claimcompare.normalize.NormalizationStep;
import org.claimcompare.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

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
      # near-synonyms one WordNet relation apart
      willing       | ready         | RELATED
      murder        | kill          | RELATED
      Minsk         | Belarus       | RELATED
      """)
  void namesTheReasonEachPairMatched(String a, String b, MatchType type) {
    Similarity s = scorer.similarity("the " + a + " question", "the " + b + " question");
    assertThat(s.pairs()).extracting(AlignedPair::type).contains(type);
  }

  @Test
  void adaptsToFrequenciesCountedElsewhereAsToTheCorpus() {
    List<String> corpus = List.of("the army will not stop", "the talks will stop now", "the army talks",
        "grain exports fell in March");
    java.util.Map<String, Integer> frequencies = new java.util.HashMap<>();
    PreparedTexts prepared = AlignmentScorer.clustering().prepare(corpus);
    for (int t = 0; t < corpus.size(); t++) {
      prepared.terms(t).stream().distinct().forEach(s -> frequencies.merge(s, 1, Integer::sum));
    }
    AlignmentScorer counted = AlignmentScorer.clustering().adaptedTo(frequencies, corpus.size());
    AlignmentScorer adapted = AlignmentScorer.clustering().adaptedTo(corpus);
    for (String a : corpus) {
      for (String b : corpus) {
        assertThat(counted.score(a, b)).isEqualTo(adapted.score(a, b));
      }
    }
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AlignmentScorer.standard().adaptedTo(java.util.Map.of("army", 5), 4))
        .withMessage("document frequency of \"army\" must be in [1, 4]: 5");
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
    // Half of the full quote's words are missing, yet the fragment scores well above 0.5.
    assertThat(scorer.score("Take power into your own hands.", full)).isGreaterThan(0.65);
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
  void scoresTwoHundredThousandRepeatedWordsAgainstThemselves() {
    String text = "power ".repeat(200_000);

    assertThat(scorer.similarity(text, text).score()).isEqualTo(1.0);
  }

  @Test
  void scoresARepeatedTextLikeAShorterRepetitionOfIt() {
    String a = "the power of the people will prevail in Kiev ";
    String b = "the might of the nation shall prevail in Kyiv ";

    double shorter = scorer.score(a.repeat(100), b.repeat(100));

    assertThat(scorer.score(a.repeat(20_000), b.repeat(20_000))).isCloseTo(shorter, within(1e-9));
  }

  @Test
  void alignsManyDistinctWordsWithTheirNearSpellings() {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 5_000; k++) {
      // Distinct made-up words whose letters cannot match across the endings "ow" and "oy".
      StringBuilder word = new StringBuilder("zk");
      for (int d = 0, rest = k; d < 4; d++, rest /= 20) {
        word.append("abcdefghijklmnpqrstu".charAt(rest % 20));
      }
      a.append(word).append("ow ");
      b.append(word).append("oy ");
    }

    Similarity s = scorer.similarity(a.toString(), b.toString());

    assertThat(s.pairs()).hasSize(5_000)
        .allSatisfy(p -> assertThat(p.type()).isEqualTo(MatchType.NEAR_SPELLING));
    assertThat(s.score()).isCloseTo(Alignment.NEAR_STRENGTH, within(1e-9));
  }

  @ParameterizedTest(name = "{0} letters")
  @CsvSource({"64, true", "65, false"})
  void alignsNearSpellingsUpToTheMaximumLength(int length, boolean near) {
    String common = "k".repeat(length - 1);

    Similarity s = scorer.similarity(common + "x", common + "z");

    assertThat(s.pairs()).hasSize(near ? 1 : 0);
  }

  @Test
  void givesZeroForTextsWithoutWords() {
    assertThat(scorer.score("...", "—")).isZero();
    assertThat(scorer.score("", "Kyiv")).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      a modifier letter apostrophe, which normalisation makes an apostrophe | \\u02BC
      an isolated Arabic vowel sign, which normalisation makes a mark       | \\uFE70
      an ellipsis                                                           | …
      """)
  void scoresATextWithoutWordsAsOneAgainstItself(String what, String text) {
    String t = org.apache.commons.text.StringEscapeUtils.unescapeJava(text);

    assertThat(scorer.score(t, t)).isEqualTo(1.0);
    assertThat(scorer.similarity(t, t).pairs()).singleElement()
        .satisfies(p -> assertThat(p.type()).isEqualTo(MatchType.EXACT))
        .satisfies(p -> assertThat(p.contribution()).isEqualTo(1.0));
    assertThat(scorer.prepare(List.of(t, t)).score(0, 1)).isEqualTo(1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t "})
  void scoresABlankTextAsZeroWithNothingToExplain(String blank) {
    assertThat(scorer.score(blank, blank)).isZero();
    assertThat(scorer.similarity(blank, blank).pairs()).isEmpty();
    assertThat(scorer.similarity(blank, "...").score()).isZero();
  }

  @Test
  void scoresTextsWithoutWordsByTheirNormalisedText() {
    assertThat(scorer.score("…", "...")).isEqualTo(1.0);
    assertThat(scorer.score("\u02BC", "'")).isEqualTo(1.0);
    assertThat(scorer.score("...", "!!!")).isZero();
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

  @ParameterizedTest(name = "{0} / {1} fires {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # a negation on one side only
      troops will deploy to the border          | troops will not deploy to the border          | NEGATION | not
      the talks never resumed                   | the talks resumed                             | NEGATION | never
      # a number on each side that the other lacks
      137 people were killed in the attack      | 300 people were killed in the attack          | NUMBER   | 137
      # a name on each side that the other lacks (names WordNet knows, such as Putin, are not guarded)
      Yesterday Peskov said the talks had failed | Yesterday Medinsky said the talks had failed | NAME    | peskov
      """)
  void firesAGuardOnWordsThatContradict(String a, String b, Guard guard, String word) {
    Similarity s = scorer.similarity(a, b);
    assertThat(s.penalties()).singleElement().satisfies(p -> {
      assertThat(p.guard()).isEqualTo(guard);
      assertThat(p.left().isEmpty() ? p.right() : p.left()).contains(word);
    });
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # both sides negated, in different words
      the talks never resumed                   | the talks did not resume
      # the same number, written differently
      the meeting starts at 21:30 in Minsk      | the meeting starts at 21.30 in Minsk
      a 24-year-old man was arrested            | a 24 year old man was arrested
      # a number on one side only is extra detail, not a contradiction
      troops were killed in the attack          | 300 troops were killed in the attack
      # places and peoples that WordNet knows are not people's names
      the delegation will travel to Minsk       | the delegation will travel to Belarus
      # a capital at the start of a sentence does not make a name
      Troops entered the city                   | Soldiers entered the city
      """)
  void firesNoGuardOnRenderingsThatAgree(String a, String b) {
    assertThat(scorer.similarity(a, b).penalties()).isEmpty();
  }

  @Test
  void multipliesTheScoreByTheFactorOfEachGuard() {
    String a = "troops will deploy to the border";
    String b = "troops will not deploy to the border";
    Similarity s = scorer.similarity(a, b);
    AlignmentScorer unguarded = scorer;
    double factor = s.penalties().stream().mapToDouble(Penalty::factor).reduce(1, (x, y) -> x * y);
    assertThat(factor).isEqualTo(0.7);
    // Without the guard the two would differ only by the weight of one function word.
    assertThat(s.score()).isLessThan(0.7 * 1.0 + 1e-9).isGreaterThan(0.6);
    assertThat(s.pairs().stream().mapToDouble(AlignedPair::contribution).sum()).isCloseTo(s.score(), within(1e-9));
    assertThat(unguarded.similarity(b, a).penalties()).singleElement()
        .satisfies(p -> assertThat(p.left()).containsExactly("not"));
  }

  @Test
  void weighsWordsByTheirRarityOnceAdaptedToACorpus() {
    List<String> corpus = List.of(
        "officials said the talks would continue",
        "officials said the border was closed",
        "officials said prices would rise",
        "officials said nothing more",
        "a delegation will travel to Minsk");
    AlignmentScorer adapted = scorer.adaptedTo(corpus);
    // Both pairs share one content word; "officials" is in most texts, "delegation" in one.
    double sharingCommon = adapted.score("officials arrived", "officials left");
    double sharingRare = adapted.score("delegation arrived", "delegation left");
    assertThat(sharingRare).isGreaterThan(sharingCommon);
    assertThat(scorer.score("officials arrived", "officials left"))
        .isEqualTo(scorer.score("delegation arrived", "delegation left"));
  }

  @Test
  void trustsASmallCorpusLittle() {
    String a = "Take power into your own hands";
    String b = "Take the power in your hands";
    double adapted = scorer.adaptedTo(List.of(a, b)).score(a, b);
    assertThat(adapted).isCloseTo(scorer.score(a, b), within(0.05));
  }

  @Test
  void letsRarityLowerAWeightOnlyAsFarAsItsStrength() {
    List<String> corpus = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      corpus.add("officials said item " + i);
    }
    // "officials" is in every text; "tractor" and "harvest" in none.
    String a = "officials tractor";
    String b = "officials harvest";
    double full = scorer.adaptedTo(corpus).score(a, b);
    double capped = scorer.withRarityStrength(0.8).adaptedTo(corpus).score(a, b);
    double none = scorer.withRarityStrength(0).adaptedTo(corpus).score(a, b);
    assertThat(full).isLessThan(0.05);
    assertThat(capped).isGreaterThan(full).isLessThan(none);
    assertThat(none).isEqualTo(scorer.score(a, b));
    assertThat(scorer.adaptedTo(corpus).withRarityStrength(0).score(a, b)).isEqualTo(none);
  }

  @Test
  void clustersWithRarityCappedAndScoresAsTheStandardScorerBeforeAdapting() {
    assertThat(AlignmentScorer.standard().rarityStrength()).isEqualTo(AlignmentScorer.DEFAULT_RARITY_STRENGTH);
    assertThat(AlignmentScorer.clustering().rarityStrength()).isEqualTo(AlignmentScorer.CLUSTERING_RARITY_STRENGTH);
    assertThat(AlignmentScorer.clustering().score("a bunch of drug addicts", "this gang of drug addicts"))
        .isEqualTo(AlignmentScorer.standard().score("a bunch of drug addicts", "this gang of drug addicts"));
    assertThat(AlignmentScorer.clustering().toString()).contains("rarityStrength=0.8");
  }

  private static final List<String> EARLIER = List.of(
      "the gang of the city", "a bunch of the city", "demilitarisation of the city", "the city said 3", "!!",
      "demilitarization of the city");
  private static final List<String> MORE = List.of(
      "the demilitarization of the town", "the city", "a band of the city said three", "the gang of the city");

  /** Prepared texts that the clustering scorer cannot extend, though they hold the same texts. */
  enum ForeignTexts {
    PREPARED_WITHOUT_ADAPTING(() -> AlignmentScorer.clustering().prepare(EARLIER)),
    ADAPTED_WITH_ANOTHER_RARITY_STRENGTH(() -> AlignmentScorer.standard().prepareAdapted(EARLIER, done -> {})),
    ADAPTED_WITH_ANOTHER_STOP_WORD_WEIGHT(
        () -> AlignmentScorer.clustering().withStopWordWeight(0.25).prepareAdapted(EARLIER, done -> {})),
    ADAPTED_WITH_ANOTHER_NORMALIZER(() -> AlignmentScorer.clustering()
        .withNormalizer(TextNormalizer.standard().without(NormalizationStep.SPELLING))
        .prepareAdapted(EARLIER, done -> {})),
    A_SUBSET_OF_MORE_TEXTS(() -> {
      List<String> withOther = new ArrayList<>(EARLIER);
      withOther.add("the officials of the city");
      return AlignmentScorer.clustering().prepareAdapted(withOther, done -> {})
          .subset(IntStream.range(0, EARLIER.size()).toArray());
    });

    final Supplier<PreparedTexts> texts;

    ForeignTexts(Supplier<PreparedTexts> texts) {
      this.texts = texts;
    }
  }

  @ParameterizedTest
  @EnumSource(ForeignTexts.class)
  void preparesTextsItCannotExtendAnewWithTheirTexts(ForeignTexts foreign) {
    AlignmentScorer clustering = AlignmentScorer.clustering();
    PreparedTexts earlier = foreign.texts.get();
    PreparedTexts own = clustering.prepareAdapted(EARLIER, done -> {});
    // the texts are prepared otherwise: extending them would not give the clustering scorer's scores
    assertThat(allScores(earlier)).isNotEqualTo(allScores(own));

    PreparedTexts extended = clustering.prepareAdapted(earlier, MORE, done -> {});

    List<String> all = new ArrayList<>(EARLIER);
    all.addAll(MORE);
    PreparedTexts atOnce = clustering.prepareAdapted(all, done -> {});
    assertThat(extended.size()).isEqualTo(all.size());
    assertThat(IntStream.range(0, all.size()).mapToObj(extended::text)).containsExactlyElementsOf(all);
    assertThat(allScores(extended)).isEqualTo(allScores(atOnce));
    if (earlier instanceof CompiledTexts compiled) {
      int w = Arrays.asList(compiled.forms).indexOf("bunch");
      assertThat(((CompiledTexts) extended).letters[w]).isNotSameAs(compiled.letters[w]);
    }
  }

  @Test
  void extendsTextsCompiledByAnEquivalentScorerKeepingTheirWords() {
    CompiledTexts earlier = (CompiledTexts) AlignmentScorer.standard().withRarityStrength(0.8)
        .prepareAdapted(EARLIER, done -> {});
    List<String> all = new ArrayList<>(EARLIER);
    all.addAll(MORE);

    CompiledTexts extended = (CompiledTexts) AlignmentScorer.clustering().prepareAdapted(earlier, MORE, done -> {});

    int w = Arrays.asList(earlier.forms).indexOf("bunch");
    assertThat(extended.letters[w]).isSameAs(earlier.letters[w]);
    assertThat(allScores(extended)).isEqualTo(allScores(AlignmentScorer.clustering().prepareAdapted(all, done -> {})));
    assertThat(allScores(earlier))
        .isEqualTo(allScores(AlignmentScorer.clustering().prepareAdapted(EARLIER, done -> {})));
  }

  @Test
  void reportsTheProgressOfAnExtensionInTextsOfTheWhole() {
    PreparedTexts earlier = AlignmentScorer.clustering().prepareAdapted(EARLIER, done -> {});
    List<Long> progress = new ArrayList<>();

    AlignmentScorer.clustering().prepareAdapted(earlier, MORE, progress::add);

    assertThat(progress).isNotEmpty().isSorted().allMatch(done -> done > EARLIER.size())
        .endsWith((long) (EARLIER.size() + MORE.size()));
  }

  @Test
  void extendsByNoTextsToTheSameTexts() {
    PreparedTexts earlier = AlignmentScorer.clustering().prepareAdapted(EARLIER, done -> {});

    PreparedTexts extended = AlignmentScorer.clustering().prepareAdapted(earlier, List.of(), done -> {});

    assertThat(extended.size()).isEqualTo(EARLIER.size());
    assertThat(allScores(extended)).isEqualTo(allScores(earlier));
  }

  /** Every pair's score, row by row. */
  private static List<Double> allScores(PreparedTexts texts) {
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      for (int j = 0; j < texts.size(); j++) {
        scores.add(texts.score(i, j));
      }
    }
    return scores;
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.5, Double.NaN})
  void rejectsARarityStrengthOutsideTheUnitInterval(double strength) {
    assertThatIllegalArgumentException().isThrownBy(() -> scorer.withRarityStrength(strength))
        .withMessageStartingWith("rarity strength must be in [0, 1]");
  }
}
