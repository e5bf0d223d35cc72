package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.claimcompare.Claims.article;
import static org.claimcompare.Claims.claim;
import static org.claimcompare.Claims.cluster;
import static org.claimcompare.Claims.extract;
import static org.claimcompare.Claims.normalize;
import static org.claimcompare.Claims.similarity;

import java.util.List;
import org.claimcompare.cluster.ClusterOptions;
import org.junit.jupiter.api.Test;

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
}
