package org.claimcompare.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inputs use ¶ for a line break; expected quotes are joined by " | ". */
class QuoteScannerTest {

  private static String quotes(String input) {
    String text = input.replace("¶", "\n");
    return QuoteScanner.scan(text, Paragraph.split(text)).stream()
        .map(q -> q.words().of(text))
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      # English, German, French, Swiss, Swedish, British and straight styles
      He said “we will win the war.” Then he left.       => we will win the war.
      Er sagte „wir werden gewinnen“ und ging.           => wir werden gewinnen
      Er sagte „wir werden gewinnen” und ging.           => wir werden gewinnen
      Il a dit « nous allons gagner » hier.              => nous allons gagner
      Il a dit «nous allons gagner» hier.                => nous allons gagner
      Er sagte »wir werden gewinnen« und ging.           => wir werden gewinnen
      Er sagte ‹wir werden gewinnen› und ging.           => wir werden gewinnen
      Han sa ”vi ska vinna” i går.                       => vi ska vinna
      She said ‘we will win the war’ on Monday.          => we will win the war
      She said "we will win the war" on Monday.          => we will win the war
      She said 'we will win the war' on Monday.          => we will win the war
      """)
  void findsEveryQuoteStyle(String input, String expected) {
    assertThat(quotes(input)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      “We are not naive,” the minister's aide said.                  => We are not naive
      It was the army’s plan, “the soldiers’ own plan,” he said.     => the soldiers’ own plan
      “Don't worry, we didn't lose,” she said about Kyiv's defence.  => Don't worry, we didn't lose
      "Let's hope the talks start today," he said of the country's envoys. => Let's hope the talks start today
      The soldiers' families and the '90s were mentioned.            => ``
      """)
  void ignoresApostrophes(String input, String expected) {
    assertThat(quotes(input)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      “We want a ‘green corridor’ for civilians,” she said.           => We want a ‘green corridor’ for civilians
      "We want a ‘green corridor’ for civilians," she said.           => We want a ‘green corridor’ for civilians
      ‘He told me “never again” and left,’ she said.                  => He told me “never again” and left
      „Er sagte ‚nie wieder‘ und ging“, sagte sie.                    => Er sagte ‚nie wieder‘ und ging
      """)
  void keepsNestedQuotesInsideTheOuterOne(String input, String expected) {
    assertThat(quotes(input)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '|', textBlock = """
      The mayor called the plan ''a total failure,'' and left.        => a total failure
      ''We are broke,'' the mayor said. ''Nobody wants to admit it.'' => We are broke | Nobody wants to admit it.
      The judge said ``the law is clear'' on Friday.                 => the law is clear
      ''It's the voters' choice,'' she said.                         => It's the voters' choice
      He wrote '''' and nothing else.                                 => ||
      """)
  void readsTypewriterDoubledMarksWithoutAStrayApostrophe(String input, String expected) {
    assertThat(quotes(input)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      “We tried hard," the mayor said. "Nobody listened.”               => We tried hard | Nobody listened.
      "We tried hard,” the mayor said. “Nobody listened."               => We tried hard | Nobody listened.
      “We tried hard,“ said the mayor. “Nobody listened.”               => We tried hard | Nobody listened.
      "It was a mistake,"the mayor said, "and we regret it."            => It was a mistake | and we regret it.
      “It was a mistake,”the mayor said. “We regret it.”                => It was a mistake | We regret it.
      "We call it the 'city tax,' " the mayor said. "Nobody likes it."  => We call it the 'city tax,' | Nobody likes it.
      """)
  void pairsMismatchedStraightAndCurlyMarks(String input, String expected) {
    assertThat(quotes(input)).isEqualTo(expected);
  }

  @Test
  void readsAParagraphThatEndsWithANoBreakSpace() {
    assertThat(quotes("“We will rebuild,” the mayor said.\u00a0 ¶Next paragraph.\u00a0"))
        .isEqualTo("We will rebuild");
  }

  @Test
  void trimsTrailingCommaButKeepsFinalStop() {
    assertThat(quotes("“We will return,” he said. “The war is over.”"))
        .isEqualTo("We will return | The war is over.");
  }

  @Test
  void cutsAnUnclosedQuoteAtTheEndOfItsSentence() {
    String text = "\"Seize the day. That was the mayor's advice to the city. He then left.¶"
        + "The council met later.";
    assertThat(quotes(text)).isEqualTo("Seize the day.");
  }

  @Test
  void resumesScanningAfterACutQuote() {
    String text = "She called on them: \"Stay home tonight. Officials later said \"nothing changed\" here.";
    assertThat(quotes(text)).isEqualTo("Stay home tonight. | nothing changed");
  }

  @Test
  void continuesAQuoteIntoAParagraphThatOpensWithAMark() {
    String text = "The agency said: “Prices rose again.¶¶“Wages did not keep up.¶“Rents doubled.”¶Next.";
    String found = quotes(text);
    assertThat(found).isEqualTo("Prices rose again. | Wages did not keep up. | Rents doubled.");
    assertThat(QuoteScanner.scan(text.replace("¶", "\n"), Paragraph.split(text.replace("¶", "\n"))))
        .extracting(Quote::continuesPrevious)
        .containsExactly(false, true, true);
  }

  @Test
  void ignoresAnUnclosedSingleMarkInsideAParagraph() {
    assertThat(quotes("Rock ‘n roll was his thing, the critic said.")).isEmpty();
  }

  @Test
  void skipsFurnitureLines() {
    assertThat(quotes("Minister says ‘we will win’ | World | News¶He said “we will win”.")).isEqualTo("we will win");
  }

  @Test
  void recoversFromAStrayMarkWithoutLosingTheParagraphsOtherQuotes() {
    assertThat(quotes("He said “we will win. “Nobody listened,” she said. ''Go home,'' he added."))
        .isEqualTo("we will win. | Nobody listened | Go home");
  }

  @Test
  void readsAParagraphWithThousandsOfMixedAndDoubledMarks() {
    String mixed = "“We will win,\" she said. ".repeat(20_000).strip();
    String doubled = "''We will win,'' she said. ''".repeat(20_000).strip();
    String stray = "“a \" b ' c ''".repeat(20_000);

    assertThat(QuoteScanner.scan(mixed, Paragraph.split(mixed)))
        .hasSize(20_000).allSatisfy(q -> assertThat(q.words().of(mixed)).isEqualTo("We will win"));
    assertThat(QuoteScanner.scan(doubled, Paragraph.split(doubled))).hasSizeGreaterThan(19_999);
    assertThat(QuoteScanner.scan(stray, Paragraph.split(stray))).hasSizeLessThanOrEqualTo(20_000);
  }

  @Test
  void readsAParagraphWithThousandsOfMarksLeftOpen() {
    String ignored = "Rock ‘n roll “we will win” she said. ".repeat(20_000).strip();
    String cut = "“We will win. ".repeat(20_000).strip();

    assertThat(QuoteScanner.scan(ignored, Paragraph.split(ignored)))
        .hasSize(20_000).allSatisfy(q -> assertThat(q.words().of(ignored)).isEqualTo("we will win"));
    assertThat(QuoteScanner.scan(cut, Paragraph.split(cut)))
        .hasSize(20_000).allSatisfy(q -> assertThat(q.words().of(cut)).isEqualTo("We will win."));
  }
}
