package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimTest {
  @Test
  void buildsWithOnlyAnIdAndAText() {
    Claim c = Claim.of("c1", "Take power into your own hands");
    assertThat(c.source()).isEmpty();
    assertThat(c.span()).isEmpty();
    assertThat(c.speaker()).isEmpty();
    assertThat(c.kind()).isEmpty();
  }

  @Test
  void withersReturnNewClaimsAndLeaveTheOriginalAlone() {
    Claim c = Claim.of("c1", "text");
    Claim d = c.withSource("a.txt").withSpan(new Span(3, 7)).withSpeaker("Peskov").withKind(ClaimKind.QUOTE);
    assertThat(d.source()).contains("a.txt");
    assertThat(d.span()).contains(new Span(3, 7));
    assertThat(d.speaker()).contains("Peskov");
    assertThat(d.kind()).contains(ClaimKind.QUOTE);
    assertThat(c).isEqualTo(Claim.of("c1", "text"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void rejectsABlankIdOrText(String blank) {
    assertThatIllegalArgumentException().isThrownBy(() -> Claim.of(blank, "text")).withMessage("id must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> Claim.of("c9", blank))
        .withMessage("text of claim c9 must not be blank");
  }

  @Test
  void rejectsASpanWithoutASource() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Claim("c1", "t", Optional.empty(), Optional.of(new Span(0, 1)), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty()))
        .withMessage("claim c1 has a span but no source");
  }

  @Test
  void rejectsNullNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> Claim.of(null, "t")).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> Claim.of("c", null)).withMessage("text");
  }

  @Test
  void showsIdQuotedTextAndSpeaker() {
    assertThat(Claim.of("c1", "Take power into your own hands").withSpeaker("Vladimir Putin"))
        .hasToString("Claim[c1 \"Take power into your own hands\" speaker=Vladimir Putin]");
  }

  @Test
  void abbreviatesLongTextWithAnEllipsis() {
    String text = "word ".repeat(40);
    assertThat(Claim.of("c1", text).toString()).hasSizeLessThan(80).contains("…\"]");
  }
}
