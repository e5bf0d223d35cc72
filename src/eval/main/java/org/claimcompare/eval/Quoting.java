package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * How much of an attribution's content is inside quotation marks, by its words: PolNeAR gold's
 * {@code class} of a content.
 *
 * <p>Immutable and thread-safe.
 */
public enum Quoting {
  /** Every word inside quotation marks: a direct quote, perhaps in several pieces. */
  DIRECT,
  /** Some words inside quotation marks and some outside: a partial quote. */
  MIXED,
  /** No word inside quotation marks (or no word at all): reported speech, a paraphrase. */
  INDIRECT;

  /**
   * Returns the name used in data files.
   *
   * @return {@code direct}, {@code mixed} or {@code indirect}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Classifies a content by its words.
   *
   * @param quoted how many of its words are inside quotation marks
   * @param words how many words it has
   * @return {@link #DIRECT} when all of at least one word are quoted, {@link #MIXED} when some are,
   *     else {@link #INDIRECT}
   */
  public static Quoting of(int quoted, int words) {
    checkArgument(quoted >= 0 && quoted <= words, "quoted words must be in [0, %s]: %s", words, quoted);
    return words > 0 && quoted == words ? DIRECT : quoted > 0 ? MIXED : INDIRECT;
  }
}
