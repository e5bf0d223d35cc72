package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every text is invented; "+" after a stretch marks it unclosed. */
class QuoteStretchesTest {
  private static List<String> stretches(String text) {
    return QuoteStretches.of(text).stream()
        .map(s -> s.span().of(text) + (s.unclosed() ? "+" : "")).toList();
  }

  @Test
  void findsCurlyAndStraightDoubleQuotes() {
    assertThat(stretches("She said “we will win,” and he said \"no way.\" Then: “fine”."))
        .containsExactly("we will win,", "no way.", "fine");
  }

  @Test
  void takesTwoApostrophesAsADoubleMark() {
    assertThat(stretches("''It is over,'' he said. ''Done.''")).containsExactly("It is over,", "Done.");
  }

  @Test
  void closesAQuoteWithAnyDoubleMark() {
    assertThat(stretches("there was “no evidence\" yet, and \"more hours” before")).containsExactly("no evidence",
        "more hours");
  }

  @Test
  void keepsSingleQuotesInsideADoubleQuoteAsPartOfIt() {
    assertThat(stretches("“They taunt us: ‘You will be thrown out.’ It hurts.”"))
        .containsExactly("They taunt us: ‘You will be thrown out.’ It hurts.");
  }

  @Test
  void findsSingleQuotesOutsideDoubleQuotesButNotApostrophes() {
    assertThat(stretches("Mayor’s plan is ‘a disgrace,’ critics say; it’s the ‘90s again"))
        .containsExactly("a disgrace,");
  }

  @Test
  void dropsASingleQuoteThatIsNotClosed() {
    assertThat(stretches("he said in ‘08 that it was over.\nA ‘D-‘ rating")).isEmpty();
  }

  @Test
  void endsADoubleQuoteAtALineBreakAsUnclosed() {
    assertThat(stretches("\"The first paragraph goes on.\n\n\"And the second ends.\""))
        .containsExactly("The first paragraph goes on.+", "And the second ends.");
  }

  @Test
  void endsAnOpenQuoteAtAnotherOpeningMark() {
    assertThat(stretches("\"We read the question: “Do you agree?” Most said yes.\""))
        .containsExactly("We read the question:+", "Do you agree?");
  }

  @Test
  void endsAnOpenQuoteAtTheEndOfTheText() {
    assertThat(stretches("It was “Mostly False.“")).containsExactly("Mostly False.+");
  }

  @Test
  void trimsWhiteSpaceAndSkipsStretchesWithoutWords() {
    assertThat(stretches("“  spaced out  ” and “ … ” and “”")).containsExactly("spaced out");
  }

  @Test
  void marksTheInsideOfStretches() {
    String text = "a “bc” d";

    assertThat(QuoteStretches.inside(QuoteStretches.of(text)).stream().toArray()).containsExactly(3, 4);
  }
}
