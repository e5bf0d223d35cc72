package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcompare.Claim;
import org.claimcompare.ClaimKind;
import org.claimcompare.Span;
import org.junit.jupiter.api.Test;

/**
 * Every text is invented; every expected figure is computed by hand in the comment above it, and
 * was checked against {@code extract_score.py} on the same data.
 */
class ExtractionEvaluationTest {
  private static final String WORDS = "one two three four five six seven eight nine ten eleven twelve";
  private static final String SPEECH =
      "Mayor Ana Costa said “we will win the vote” and he said “taxes will fall soon”; Tom Reyes said “no way, never.”";

  private static Span span(String text, String part) {
    int start = text.indexOf(part);
    assertThat(start).as("\"%s\" in the text", part).isNotNegative();
    return new Span(start, start + part.length());
  }

  private static GoldQuote quote(String text, String part, String speaker) {
    return new GoldQuote(span(text, part), speaker, "E1", Optional.empty(), false);
  }

  private static GoldContent content(String text, String part, Quoting quoting, String speaker) {
    Span s = span(text, part);
    return new GoldContent(s, List.of(s), quoting, speaker, "said", "E1");
  }

  private static List<Claim> claims(String text, ClaimKind kind, String... partsAndSpeakers) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < partsAndSpeakers.length; i += 2) {
      Span s = span(text, partsAndSpeakers[i]);
      Claim c = Claim.of("c" + i, s.of(text)).withSource("a.txt").withSpan(s).withKind(kind);
      claims.add(partsAndSpeakers[i + 1].isEmpty() ? c : c.withSpeaker(partsAndSpeakers[i + 1]));
    }
    return claims;
  }

  private static List<AttributionGold> quotes(String text, GoldQuote... quotes) {
    return List.of(new AttributionGold("a.txt", text, List.of(), List.of(quotes)));
  }

  private static ExtractionScore scoreQuotes(List<AttributionGold> gold, List<Claim> claims, int minWords) {
    return ExtractionEvaluation.score(gold, Map.of("a.txt", claims), ExtractionTask.QUOTE, minWords);
  }

  /** Gold: "one two three four", "nine ten eleven twelve"; four predictions, none exact. */
  private static final List<AttributionGold> TWO_QUOTES =
      quotes(WORDS, quote(WORDS, "one two three four", "Ana"), quote(WORDS, "nine ten eleven twelve", "Bo"));
  private static final List<Claim> FOUR_PREDICTIONS = claims(WORDS, ClaimKind.QUOTE,
      "three four five six", "", "one two three", "", "ten eleven", "", "six seven eight", "");

  @Test
  void matchesByOverlapGreedilyBestShareFirst() {
    // Candidates: (1, 0) shares 3 of 4 words (0.75); (0, 0) and (2, 1) share 2 of 4 (0.5). Prediction 1
    // takes gold 0 though prediction 0 comes first; prediction 2 takes gold 1; 0 and 3 are left.
    ExtractionScore s = scoreQuotes(TWO_QUOTES, FOUR_PREDICTIONS, 0);

    assertThat(s.overlap()).isEqualTo(2);
    assertThat(s.overlapMatch()).isEqualTo(new PrecisionRecall(0.5, 1.0));
    assertThat(s.exact()).isZero();
  }

  @Test
  void countsDistinctWordTokensForTheTokenMeasures() {
    // Predicted tokens: one..eight, ten, eleven (10); gold: one..four, nine..twelve (8); both: 6.
    ExtractionScore s = scoreQuotes(TWO_QUOTES, FOUR_PREDICTIONS, 0);

    assertThat(List.of(s.predictedTokens(), s.goldTokens(), s.sharedTokens())).containsExactly(10L, 8L, 6L);
    assertThat(s.tokens()).isEqualTo(new PrecisionRecall(0.6, 0.75));
  }

  @Test
  void needsHalfOfTheLongerSpansWordsForAnOverlapMatch() {
    // "three four five six seven" shares 2 of 5 words with "one two three four": below half.
    List<AttributionGold> gold = quotes(WORDS, quote(WORDS, "one two three four", ""));

    assertThat(scoreQuotes(gold, claims(WORDS, ClaimKind.QUOTE, "three four five six seven", ""), 0).overlap())
        .isZero();
    assertThat(scoreQuotes(gold, claims(WORDS, ClaimKind.QUOTE, "three four five six", ""), 0).overlap())
        .isEqualTo(1);
  }

  @Test
  void givesATiedGoldItemToTheEarliestPrediction() {
    List<AttributionGold> gold = quotes(WORDS, quote(WORDS, "one two three four", ""));
    List<Claim> claims = claims(WORDS, ClaimKind.QUOTE, "three four", "", "one two", "");

    List<ExtractionError> errors = ExtractionEvaluation.errors(gold, Map.of("a.txt", claims), ExtractionTask.QUOTE, 0);

    assertThat(errors).filteredOn(e -> e.kind() == ExtractionError.Kind.FALSE_POSITIVE)
        .extracting(ExtractionError::predicted).containsExactly(Optional.of("one two"));
  }

  @Test
  void matchesExactlyOnceQuotationMarksAndPunctuationAreTrimmed() {
    String text = "Ana said: “We will win.” Then, “we lost” — she said.";
    List<AttributionGold> gold = quotes(text, quote(text, "We will win.", "Ana"), quote(text, "we lost", "Ana"));
    List<Claim> claims = claims(text, ClaimKind.QUOTE, "“We will win.”", "Ana", "“we lost” —", "Ana");

    ExtractionScore s = scoreQuotes(gold, claims, 0);

    assertThat(s.exact()).isEqualTo(2);
    assertThat(s.exactMatch()).isEqualTo(new PrecisionRecall(1.0, 1.0));
  }

  @Test
  void checksSpeakersByHeadNameSkippingPronounSources() {
    // Costa: named; "he": skipped; Reyes: no speaker predicted, so wrong and not given.
    List<AttributionGold> gold = quotes(SPEECH, quote(SPEECH, "we will win the vote", "Mayor Ana Costa"),
        quote(SPEECH, "taxes will fall soon", "he"), quote(SPEECH, "no way, never.", "Tom Reyes"));
    List<Claim> claims = claims(SPEECH, ClaimKind.QUOTE, "we will win the vote", "Ana Costa",
        "taxes will fall soon", "Costa", "no way, never.", "");

    ExtractionScore s = scoreQuotes(gold, claims, 0);

    assertThat(List.of(s.speakerChecked(), s.speakerCorrect(), s.speakerSkipped(), s.speakerGiven()))
        .containsExactly(2L, 1L, 1L, 1L);
    assertThat(s.speakerAccuracy()).isEqualTo(0.5);
    assertThat(s.speakerGivenShare()).isEqualTo(0.5);
  }

  @Test
  void leavesShortSpansOutOnBothSides() {
    // With 4 words at least: gold "no way, never." (3 words) and the prediction "no way" are left out.
    List<AttributionGold> gold = quotes(SPEECH, quote(SPEECH, "we will win the vote", ""),
        quote(SPEECH, "no way, never.", ""));
    List<Claim> claims = claims(SPEECH, ClaimKind.QUOTE, "we will win the vote", "", "no way", "");

    assertThat(scoreQuotes(gold, claims, 0).overlapMatch()).isEqualTo(new PrecisionRecall(1.0, 1.0));
    ExtractionScore longOnly = scoreQuotes(gold, claims, 4);
    assertThat(List.of(longOnly.predicted(), longOnly.gold(), longOnly.overlap())).containsExactly(1L, 1L, 1L);
  }

  @Test
  void measuresReportedClaimsAgainstIndirectAndMixedContents() {
    String text = "Ana said taxes would rise. Bo said “we will win” soon. Cy said it was “a disgrace” today.";
    List<AttributionGold> gold = List.of(new AttributionGold("a.txt", text, List.of(
        content(text, "taxes would rise", Quoting.INDIRECT, "Ana"),
        content(text, "“we will win”", Quoting.DIRECT, "Bo"),
        content(text, "it was “a disgrace”", Quoting.MIXED, "Cy")), List.of()));
    List<Claim> claims = new ArrayList<>(claims(text, ClaimKind.REPORTED, "taxes would rise", "Ana"));
    claims.addAll(claims(text, ClaimKind.QUOTE, "we will win", "Bo"));

    ExtractionScore s = ExtractionEvaluation.score(gold, Map.of("a.txt", claims), ExtractionTask.REPORTED, 0);

    assertThat(List.of(s.predicted(), s.gold(), s.exact())).containsExactly(1L, 2L, 1L);
    assertThat(s.speakerCorrect()).isEqualTo(1);
  }

  @Test
  void takesQuoteAndFragmentClaimsAsQuotes() {
    List<AttributionGold> gold = quotes(WORDS, quote(WORDS, "one two", ""), quote(WORDS, "five six seven", ""));
    List<Claim> claims = new ArrayList<>(claims(WORDS, ClaimKind.FRAGMENT, "one two", ""));
    claims.addAll(claims(WORDS, ClaimKind.QUOTE, "five six seven", ""));
    claims.addAll(claims(WORDS, ClaimKind.REPORTED, "nine ten", ""));

    assertThat(scoreQuotes(gold, claims, 0).exact()).isEqualTo(2);
  }

  @Test
  void matchesGoldInCodePointsWithClaimsInUtf16PastAnEmoji() {
    String text = "😀 Ana said “we will win” today.";
    // Code points: “we will win” is 11..24, its inside 12..23; in UTF-16 one more each.
    String line = "{\"doc\": \"a.txt\", \"type\": \"direct\", \"start\": 12, \"end\": 23, \"text\": \"we will win\","
        + " \"speaker\": \"Ana\"}\n";
    List<AttributionGold> gold = AttributionFormats.goldLines("gold.jsonl", line, Map.of("a.txt", text)).values();
    List<Claim> claims = claims(text, ClaimKind.QUOTE, "we will win", "Ana");
    assertThat(claims.get(0).span()).contains(new Span(13, 24));

    ExtractionScore s = scoreQuotes(gold, claims, 0);

    assertThat(List.of(s.exact(), s.speakerCorrect())).containsExactly(1L, 1L);
  }

  @Test
  void listsAsManyErrorsAsTheCountsImply() {
    ExtractionScore s = scoreQuotes(TWO_QUOTES, FOUR_PREDICTIONS, 0);

    List<ExtractionError> errors =
        ExtractionEvaluation.errors(TWO_QUOTES, Map.of("a.txt", FOUR_PREDICTIONS), ExtractionTask.QUOTE, 0);

    assertThat(errors).filteredOn(e -> e.kind() == ExtractionError.Kind.FALSE_POSITIVE)
        .hasSize((int) (s.predicted() - s.overlap()))
        .extracting(ExtractionError::predicted, ExtractionError::gold)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Optional.of("three four five six"),
                Optional.of("one two three four")),
            org.assertj.core.groups.Tuple.tuple(Optional.of("six seven eight"), Optional.empty()));
    assertThat(errors).filteredOn(e -> e.kind() == ExtractionError.Kind.FALSE_NEGATIVE)
        .hasSize((int) (s.gold() - s.overlap()));
    assertThat(errors).filteredOn(e -> e.kind() == ExtractionError.Kind.BOUNDARY).hasSize(2);
    assertThat(errors).filteredOn(e -> e.kind() == ExtractionError.Kind.WRONG_SPEAKER)
        .hasSize((int) (s.speakerChecked() - s.speakerCorrect()));
  }

  @Test
  void describesAWrongSpeakerOnOneLine() {
    List<AttributionGold> gold = quotes(SPEECH, quote(SPEECH, "no way, never.", "Tom Reyes"));

    List<ExtractionError> errors = ExtractionEvaluation.errors(gold,
        Map.of("a.txt", claims(SPEECH, ClaimKind.QUOTE, "no way, never.", "Ana Costa")), ExtractionTask.QUOTE, 0);

    assertThat(errors).singleElement().extracting(ExtractionError::describe)
        .isEqualTo("a.txt: gold \"no way, never.\"; source \"Tom Reyes\"; predicted speaker \"Ana Costa\"");
  }

  @Test
  void countsAnArticleWithoutPredictionsAsAllMissed() {
    ExtractionScore s = ExtractionEvaluation.score(TWO_QUOTES, Map.of(), ExtractionTask.QUOTE, 0);

    assertThat(s.overlapMatch()).isEqualTo(new PrecisionRecall(0.0, 0.0));
    assertThat(s.gold()).isEqualTo(2);
  }

  @Test
  void rejectsPredictionsForAnArticleWithoutGold() {
    assertThatThrownBy(() -> ExtractionEvaluation.score(TWO_QUOTES, Map.of("b.txt", List.of()), ExtractionTask.QUOTE, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("predictions for b.txt, which has no gold");
  }

  @Test
  void buildsATableWithARowPerScore() {
    ExtractionScore s = scoreQuotes(TWO_QUOTES, FOUR_PREDICTIONS, 0);

    ResultTable table = ExtractionEvaluation.table(1, Map.of("quotes", s));

    assertThat(table.rows()).containsExactly(
        List.of("quotes", "2", "4", "0.000/0.000/0.000", "0.500/1.000/0.667", "0.600/0.750/0.667", "0.000", "2", "0.000"));
  }
}
