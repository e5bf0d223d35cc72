package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcompare.Span;
import org.junit.jupiter.api.Test;

/** Every text is invented. */
class GoldDerivationTest {
  private static Span span(String text, String part) {
    int start = text.indexOf(part);
    return new Span(start, start + part.length());
  }

  private static GoldDerivation.Attribution attribution(String id, String speaker, Span... content) {
    return new GoldDerivation.Attribution(id, List.of(content), speaker, "said");
  }

  @Test
  void classifiesEachContentByItsQuotedWords() {
    String text = "Ana said “we will win”. Bo said it was “a disgrace”. Cy said taxes would rise.";

    AttributionGold gold = GoldDerivation.derive("a.txt", text, List.of(
        attribution("E1", "Ana", span(text, "“we will win”")),
        attribution("E2", "Bo", span(text, "it was “a disgrace”")),
        attribution("E3", "Cy", span(text, "taxes would rise"))));

    assertThat(gold.contents()).extracting(GoldContent::quoting)
        .containsExactly(Quoting.DIRECT, Quoting.MIXED, Quoting.INDIRECT);
    assertThat(gold.quotes()).extracting(q -> q.span().of(text), GoldQuote::speaker)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("we will win", "Ana"),
            org.assertj.core.groups.Tuple.tuple("a disgrace", "Bo"));
  }

  @Test
  void ordersPiecesAndSpansFromTheFirstToTheLast() {
    String text = "“Prices fall,” she said, “wages rise.”";

    GoldContent c = GoldDerivation.derive("a.txt", text, List.of(
        attribution("E1", "she", span(text, "“wages rise.”"), span(text, "“Prices fall,”")))).contents().get(0);

    assertThat(c.fragments()).containsExactly(span(text, "“Prices fall,”"), span(text, "“wages rise.”"));
    assertThat(c.span()).isEqualTo(new Span(0, text.length()));
    assertThat(c.quoting()).isEqualTo(Quoting.DIRECT);
  }

  @Test
  void givesNoQuoteToAStretchMostlyOutsideEveryContent() {
    String text = "Ana said “we will win the vote today”.";

    AttributionGold gold = GoldDerivation.derive("a.txt", text, List.of(attribution("E1", "Ana", span(text, "we will"))));

    assertThat(gold.quotes()).isEmpty();
  }

  @Test
  void skipsAnAttributionWithoutContent() {
    assertThat(GoldDerivation.derive("a.txt", "Ana said so.", List.of(attribution("E1", "Ana"))).contents()).isEmpty();
  }
}
