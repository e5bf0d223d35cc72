package org.claimcompare.cluster;

import java.util.Arrays;
import java.util.Locale;

/**
 * The pairs a {@link ClusterState}'s additions have scored, kept with their scores so that later
 * additions need not score them again. Two lists:
 *
 * <ul>
 *   <li>the candidate pairs proposed so far ({@link #pairs}), so that a consolidation links all
 *       claims afresh without proposing the pairs among earlier claims again; {@code complete} says
 *       they are every pair proposed since the state began (false for a state read from format
 *       version 1, which kept none: its next consolidation proposes from every claim);
 *   <li>the pairs scored only to be looked up ({@link #lookedUp}): pairs no addition proposed, scored
 *       to compare two clusters or to pick a representative, which a later comparison of clusters
 *       holding the same claims looks up rather than scores (they are never edges).
 * </ul>
 *
 * Each pair is {@code i << 32 | j}, {@code i < j}, indexes in the state's claim list, with the score
 * it was given when it was scored (a double); pairs come in the order they were found. Immutable:
 * the arrays are never changed once made.
 */
final class KnownPairs {
  private static final long[] NO_PAIRS = {};
  private static final double[] NO_SCORES = {};

  static final KnownPairs NONE = new KnownPairs(NO_PAIRS, NO_SCORES, true);

  private final long[] pairs;
  private final double[] scores;
  private final boolean complete;
  private final long[] lookedUp;
  private final double[] lookedUpScores;

  KnownPairs(long[] pairs, double[] scores, boolean complete) {
    this(pairs, scores, complete, NO_PAIRS, NO_SCORES);
  }

  KnownPairs(long[] pairs, double[] scores, boolean complete, long[] lookedUp, double[] lookedUpScores) {
    checkLengths(pairs, scores);
    checkLengths(lookedUp, lookedUpScores);
    this.pairs = pairs;
    this.scores = scores;
    this.complete = complete;
    this.lookedUp = lookedUp;
    this.lookedUpScores = lookedUpScores;
  }

  private static void checkLengths(long[] pairs, double[] scores) {
    if (pairs.length != scores.length) {
      throw new IllegalArgumentException(pairs.length + " pairs and " + scores.length + " scores");
    }
  }

  /** The candidate pairs; not to be changed. */
  long[] pairs() {
    return pairs;
  }

  /** The candidate pairs' scores, at the same index; not to be changed. */
  double[] scores() {
    return scores;
  }

  /** How many candidate pairs. */
  int size() {
    return pairs.length;
  }

  boolean complete() {
    return complete;
  }

  /** The pairs scored only to be looked up; not to be changed. */
  long[] lookedUp() {
    return lookedUp;
  }

  /** Their scores, at the same index; not to be changed. */
  double[] lookedUpScores() {
    return lookedUpScores;
  }

  /**
   * These pairs with the candidate pairs {@code more} and the looked-up pairs {@code moreLookedUp}
   * appended, with their scores; complete if these are or {@code completes}.
   */
  KnownPairs with(long[] more, double[] moreScores, long[] moreLookedUp, double[] moreLookedUpScores,
      boolean completes) {
    return new KnownPairs(concat(pairs, more), concat(scores, moreScores), complete || completes,
        concat(lookedUp, moreLookedUp), concat(lookedUpScores, moreLookedUpScores));
  }

  private static long[] concat(long[] a, long[] b) {
    long[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KnownPairs other && complete == other.complete && Arrays.equals(pairs, other.pairs)
        && Arrays.equals(scores, other.scores) && Arrays.equals(lookedUp, other.lookedUp)
        && Arrays.equals(lookedUpScores, other.lookedUpScores);
  }

  @Override
  public int hashCode() {
    return (31 * Arrays.hashCode(pairs) + Arrays.hashCode(lookedUp)) * 31 + Boolean.hashCode(complete);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "KnownPairs[%d, %s, %d looked up]", pairs.length,
        complete ? "complete" : "partial", lookedUp.length);
  }
}
