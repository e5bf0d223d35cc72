package org.claimcompare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * A guard that fired on two renderings: the words on each side that set it off and the factor the
 * score was multiplied by.
 *
 * <p>Immutable and thread-safe.
 *
 * @param guard why the renderings are kept apart
 * @param left the words of the first rendering that set the guard off, in text order
 * @param right the words of the second rendering that set the guard off, in text order
 * @param factor what the score was multiplied by, in (0, 1]
 */
public record Penalty(Guard guard, List<String> left, List<String> right, double factor) {

  /**
   * Validates the fields and copies the lists.
   *
   * @param guard see the record description
   * @param left see the record description
   * @param right see the record description
   * @param factor see the record description
   */
  public Penalty {
    checkNotNull(guard, "guard");
    left = ImmutableList.copyOf(checkNotNull(left, "left"));
    right = ImmutableList.copyOf(checkNotNull(right, "right"));
    checkArgument(factor > 0 && factor <= 1, "factor must be in (0, 1]: %s", factor);
  }

  /** Returns the penalty as {@code number 137 | 300 (×0.60)}; a side with no words shows as {@code -}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s | %s (×%.2f)", guard.label(), words(left), words(right), factor);
  }

  private static String words(List<String> words) {
    return words.isEmpty() ? "-" : String.join(" ", words);
  }
}
