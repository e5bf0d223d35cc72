package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class GoldTextTest {
  @Test
  void showsIdGroupAndQuotedText() {
    assertThat(new GoldText("007", "Biker reacts lightning fast", "g2"))
        .hasToString("GoldText[007 group=g2 \"Biker reacts lightning fast\"]");
  }

  @Test
  void rejectsBlankFields() {
    assertThatIllegalArgumentException().isThrownBy(() -> new GoldText(" ", "t", "g"))
        .withMessage("id must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> new GoldText("1", "", "g"))
        .withMessage("text of 1 must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> new GoldText("1", "t", "\t"))
        .withMessage("group of 1 must not be blank");
    assertThatNullPointerException().isThrownBy(() -> new GoldText("1", "t", null)).withMessage("group");
  }
}
