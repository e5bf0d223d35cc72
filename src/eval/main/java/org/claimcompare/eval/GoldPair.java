package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * Two renderings and their gold value: 1 or 0 for a paraphrase label (MRPC), a graded similarity
 * for STS-B (0 to 5).
 *
 * <p>Immutable and thread-safe.
 *
 * @param a the first rendering
 * @param b the second rendering
 * @param gold the gold value, a finite number
 */
public record GoldPair(String a, String b, double gold) {

  /**
   * Validates the fields.
   *
   * @param a see the record description
   * @param b see the record description
   * @param gold see the record description
   */
  public GoldPair {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    checkArgument(Double.isFinite(gold), "gold must be a finite number: %s", gold);
  }

  /** Returns the pair as {@code GoldPair[1.0 "first…" | "second…"]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "GoldPair[%s %s | %s]", gold, Quoted.of(a), Quoted.of(b));
  }
}
