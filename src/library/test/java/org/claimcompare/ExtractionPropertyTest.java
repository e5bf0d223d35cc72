package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Properties of {@link Claims#extract} over {@linkplain UnicodeText generated articles and text}:
 * it accepts every string, each claim's span indexes the article's text exactly, claims come in
 * text order with unique ids.
 */
@Tag("property")
@AddLifecycleHook(PropertyLedger.class)
class ExtractionPropertyTest {

  @Provide
  Arbitrary<String> articles() {
    return UnicodeText.articles();
  }

  @Provide
  Arbitrary<String> texts() {
    return UnicodeText.texts();
  }

  @Property
  @TriesScale(0.5)
  void extractsClaimsWhoseSpansIndexTheArticle(@ForAll("articles") String text) {
    assertSpansIndexTheSource(text);
  }

  @Property
  void extractsClaimsWhoseSpansIndexAnyText(@ForAll("texts") String text) {
    assertSpansIndexTheSource(text);
  }

  private static void assertSpansIndexTheSource(String text) {
    Article article = Claims.article("generated.txt", text);

    List<Claim> claims = Claims.extract(article);

    int previousStart = 0;
    for (Claim claim : claims) {
      Span span = claim.span().orElseThrow(() -> new AssertionError("no span: " + claim));
      assertThat(claim.source()).contains(article.source());
      assertThat(article.text().substring(span.start(), span.end())).isEqualTo(claim.text());
      assertThat(span.start()).isGreaterThanOrEqualTo(previousStart);
      previousStart = span.start();
    }
    assertThat(claims).extracting(Claim::id).doesNotHaveDuplicates();
  }

  @Example
  void extractsFromAnArticleWithATwoThousandLetterWord() {
    assertSpansIndexTheSource("He said: “" + "a".repeat(2_000) + "”");
  }

  @Example
  void extractsFromAnArticleOfXHyphenRepeated() {
    assertSpansIndexTheSource("x-".repeat(1_000));
  }
}
