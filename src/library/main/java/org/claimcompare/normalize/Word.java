package org.claimcompare.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One word of a normalised text: the word as the character-level steps left it and the form the
 * word-level steps made of it.
 *
 * <pre>{@code
 * TextNormalizer.standard().words("Kiev’s demilitarisation")
 * // [Word["kiev" -> "kyiv" by ALIASES], Word["demilitarisation" -> "demilitarization" by SPELLING]]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param surface the word after the enabled character-level steps ({@link
 *     NormalizationStep#UNICODE} to {@link NormalizationStep#WHITESPACE}); for an expanded
 *     contraction the expanded word ({@code "not"} for the {@code n't} of {@code "can't"}); not
 *     empty
 * @param form the word after the enabled word-level steps ({@link NormalizationStep#SPELLING},
 *     {@link NormalizationStep#ALIASES}); what comparisons use; not empty
 * @param changedBy the word-level step that changed the word, {@link NormalizationStep#ALIASES}
 *     if both did; empty exactly when {@code form} equals {@code surface}
 */
public record Word(String surface, String form, Optional<NormalizationStep> changedBy) {

  /**
   * Validates the fields.
   *
   * @param surface see the record description
   * @param form see the record description
   * @param changedBy see the record description
   */
  public Word {
    checkNotNull(surface, "surface");
    checkNotNull(form, "form");
    checkNotNull(changedBy, "changedBy");
    checkArgument(!surface.isEmpty(), "surface must not be empty");
    checkArgument(!form.isEmpty(), "form of \"%s\" must not be empty", surface);
    checkArgument(changedBy.isPresent() != form.equals(surface),
        "changedBy must be present exactly when form differs from surface: %s -> %s by %s",
        surface, form, changedBy);
    checkArgument(changedBy.map(step -> !step.characterLevel()).orElse(true),
        "changedBy must be a word-level step: %s", changedBy);
  }

  /** Returns the word quoted, with its form and the step that made it when they differ. */
  @Override
  public String toString() {
    String changed = changedBy.map(step -> " -> \"" + form + "\" by " + step).orElse("");
    return "Word[\"" + surface + "\"" + changed + "]";
  }
}
