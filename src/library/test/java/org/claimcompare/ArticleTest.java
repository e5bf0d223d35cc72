package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ArticleTest {
  @Test
  void rejectsABlankSourceAndNulls() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Article(" ", "text")).withMessage("source must not be blank");
    assertThatNullPointerException().isThrownBy(() -> new Article("a", null)).withMessage("text");
  }

  @Test
  void showsSourceAndLengthNotTheWholeText() {
    assertThat(new Article("a.txt", "x".repeat(500))).hasToString("Article[a.txt, 500 chars]");
  }
}
