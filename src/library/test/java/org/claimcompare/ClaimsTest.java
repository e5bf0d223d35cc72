package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.claimcompare.Claims.article;
import static org.claimcompare.Claims.claim;
import static org.claimcompare.Claims.cluster;
import static org.claimcompare.Claims.extract;
import static org.claimcompare.Claims.normalize;
import static org.claimcompare.Claims.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimcompare.cluster.ClusterOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The facade delegates to the standard presets; these tests pin what a JShell user sees. */
class ClaimsTest {
  @Test
  void normalizesWithEveryStandardStep() {
    assertThat(normalize("“Kiev’s demilitarisation [of Ukraine]…”"))
        .isEqualTo("\"kyiv's demilitarization of ukraine...\"");
  }

  @Test
  void scoresTranslatedRenderingsAboveUnrelatedOnes() {
    double same = similarity("this gang of drug addicts and neo-Nazis", "a bunch of drug addicts and neo-Nazis").score();
    double unrelated = similarity("this gang of drug addicts and neo-Nazis", "grain exports fell in March").score();
    assertThat(same).isGreaterThan(ClusterOptions.DEFAULT_THRESHOLD);
    assertThat(unrelated).isLessThan(0.1);
  }

  @Test
  void extractsQuotesWithExactSpans() {
    Article a = article("a.txt", "“We will not give up,” the mayor said.");
    List<Claim> claims = extract(a);
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("We will not give up");
      assertThat(c.span().orElseThrow().of(a.text())).isEqualTo(c.text());
      assertThat(c.kind()).contains(ClaimKind.QUOTE);
      assertThat(c.speaker()).contains("the mayor");
    });
  }

  @Test
  void clustersWithTheStandardOptionsOrTheGivenOnes() {
    List<Claim> claims = List.of(claim("a", "Take power into your own hands"), claim("b", "Take the power in your hands"));
    assertThat(cluster(claims)).hasSize(1);
    assertThat(cluster(claims, ClusterOptions.standard().withThreshold(1.0))).hasSize(2);
  }

  @Test
  void rejectsNullNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> normalize(null)).withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> extract(null)).withMessage("article");
    assertThatNullPointerException().isThrownBy(() -> similarity(null, "x")).withMessage("a");
    assertThatNullPointerException().isThrownBy(() -> cluster(null)).withMessage("claims");
  }

  /** Inputs that once crashed a method, made it run out of stack or made it not idempotent. */
  static Stream<String> hardInputs() {
    return Stream.of(
        "we can n't stop", "n't", "N'T", "n’t", "ca n't",
        "x".repeat(2_000), "x-".repeat(1_000), "A/".repeat(1_000) + "B - he said that it is so.",
        "ς'\u0301", "ΣΑΣ’\u0307 σ'\u0345", "a \u0301b", "Ki\u200Dev Ki\u00ADev Ki\uFEFFev",
        "\uD800 lone \uDC00", "İstanbul ı", "ＦＵＬＬ ｗｉｄｔｈ", "שָׁלוֹם עולם \u200F", "👩\u200D💻 🇺🇦",
        "ʼ", "ͺ", "\uFE70", "[".repeat(5_000) + "a" + "]".repeat(5_000), "“‘".repeat(3_000) + "a",
        "e[\u0301] か\u200D\u3099", "ẞ ŉ ǰ");
  }

  @ParameterizedTest
  @MethodSource("hardInputs")
  void acceptsAnyTextInEveryMethod(String text) {
    String once = normalize(text);
    assertThat(normalize(once)).isEqualTo(once);

    double self = similarity(text, text).score();
    assertThat(self).isEqualTo(1.0);
    assertThat(similarity(text, "we will not stop").score()).isBetween(0.0, 1.0);

    Article a = article("hard.txt", "He said: “" + text + ",” and left.\n" + text);
    assertThat(extract(a)).allSatisfy(c ->
        assertThat(c.span().orElseThrow().of(a.text())).isEqualTo(c.text()));

    List<Claim> claims = new ArrayList<>();
    claims.add(claim("a", text.isBlank() ? "blank" : text));
    claims.add(claim("b", "we will not stop"));
    assertThat(cluster(claims)).flatMap(ClaimCluster::members).hasSize(2);
  }
}
