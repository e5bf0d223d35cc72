package org.claimcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordTest {

  @Test
  void keepsSurfaceFormAndTheStepThatChangedIt() {
    Word word = new Word("kiev", "kyiv", Optional.of(NormalizationStep.ALIASES));

    assertThat(word.surface()).isEqualTo("kiev");
    assertThat(word.form()).isEqualTo("kyiv");
    assertThat(word.changedBy()).contains(NormalizationStep.ALIASES);
  }

  @Test
  void acceptsAnUnchangedWord() {
    assertThat(new Word("said", "said", Optional.empty()).changedBy()).isEmpty();
  }

  @Test
  void rejectsAChangeWithoutAStep() {
    assertThatThrownBy(() -> new Word("kiev", "kyiv", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changedBy must be present exactly when form differs");
  }

  @Test
  void rejectsAStepWithoutAChange() {
    assertThatThrownBy(() -> new Word("kyiv", "kyiv", Optional.of(NormalizationStep.ALIASES)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsACharacterLevelStep() {
    assertThatThrownBy(() -> new Word("Kyiv", "kyiv", Optional.of(NormalizationStep.CASE_FOLD)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("word-level step");
  }

  @Test
  void rejectsEmptyWords() {
    assertThatThrownBy(() -> new Word("", "", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("surface must not be empty");
    assertThatThrownBy(() -> new Word("a", "", Optional.of(NormalizationStep.SPELLING)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("form of \"a\" must not be empty");
  }

  @Test
  void rejectsNullFieldsNamingThem() {
    assertThatThrownBy(() -> new Word(null, "a", Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("surface");
    assertThatThrownBy(() -> new Word("a", null, Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("form");
    assertThatThrownBy(() -> new Word("a", "a", null))
        .isInstanceOf(NullPointerException.class).hasMessage("changedBy");
  }

  @Test
  void toStringQuotesTheWordAndShowsAChange() {
    assertThat(new Word("kiev", "kyiv", Optional.of(NormalizationStep.ALIASES)))
        .hasToString("Word[\"kiev\" -> \"kyiv\" by ALIASES]");
    assertThat(new Word("said", "said", Optional.empty())).hasToString("Word[\"said\"]");
  }

  @Test
  void equalsComparesAllFields() {
    assertThat(new Word("a", "a", Optional.empty()))
        .isEqualTo(new Word("a", "a", Optional.empty()))
        .isNotEqualTo(new Word("b", "b", Optional.empty()));
  }
}
