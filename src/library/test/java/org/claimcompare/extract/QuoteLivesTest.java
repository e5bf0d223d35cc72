package org.claimcompare.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text of the first quotation, from its mark to the mark that closes it, or "open". */
class QuoteLivesTest {

  private static String firstQuotation(String text) {
    QuoteLives lives = QuoteLives.of(text, 0, text.length());
    int k = lives.nextOuterOpener(0);
    int close = lives.closeOf(k);
    return close < 0 ? "open" : text.substring(lives.position(k), lives.position(close) + 1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      He said “we will win” today.                 => “we will win”
      He said “we want a ‘corridor’ now” today.    => “we want a ‘corridor’ now”
      He said “we want a ‘corridor now” today.     => “we want a ‘corridor now”
      ‘He told me “never again” and left,’ she said. => ‘He told me “never again” and left,’
      He said “we will win today.                  => open
      Rock ‘n roll, she said.                      => open
      „Er sagte ‚nie wieder‘ und ging“, sagte sie. => „Er sagte ‚nie wieder‘ und ging“
      """)
  void findsWhereAQuotationCloses(String text, String quotation) {
    assertThat(firstQuotation(text)).isEqualTo(quotation);
  }

  @Test
  void closesAQuotationWhoseNestedQuotationIsLeftOpen() {
    // The closing ” falls through the open ‘ and closes the outer quotation.
    assertThat(firstQuotation("“a ‘b c” d ’e")).isEqualTo("“a ‘b c”");
  }

  @Test
  void followsNestingOfAnyDepth() {
    String text = "“a ".repeat(100_000) + "b" + "”".repeat(100_000);
    QuoteLives lives = QuoteLives.of(text, 0, text.length());

    assertThat(lives.closeOf(0)).isEqualTo(lives.size() - 1);
    assertThat(lives.closeOf(1)).isEqualTo(lives.size() - 2);
  }
}
