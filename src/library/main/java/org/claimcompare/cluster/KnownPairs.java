package org.claimcompare.cluster;

import java.util.Arrays;
import java.util.Locale;

/**
 * The candidate pairs a {@link ClusterState}'s additions have proposed, kept so that a
 * consolidation links all claims afresh without proposing the pairs among earlier claims again.
 * Each pair is {@code i << 32 | j}, {@code i < j}, indexes in the state's claim list, with the score
 * it was given when it was proposed (a double); pairs come in the order they were found. {@code complete} says the pairs are every pair proposed since the
 * state began (false for a state read from format version 1, which kept none: its next
 * consolidation proposes from every claim). Immutable: the array is never changed once made.
 */
final class KnownPairs {
  static final KnownPairs NONE = new KnownPairs(new long[0], new double[0], true);

  private final long[] pairs;
  private final double[] scores;
  private final boolean complete;

  KnownPairs(long[] pairs, double[] scores, boolean complete) {
    if (pairs.length != scores.length) {
      throw new IllegalArgumentException(pairs.length + " pairs and " + scores.length + " scores");
    }
    this.pairs = pairs;
    this.scores = scores;
    this.complete = complete;
  }

  /** The pairs; not to be changed. */
  long[] pairs() {
    return pairs;
  }

  /** The pairs' scores, at the same index; not to be changed. */
  double[] scores() {
    return scores;
  }

  int size() {
    return pairs.length;
  }

  boolean complete() {
    return complete;
  }

  /** These pairs and {@code more} with their scores, complete if these are or {@code completes}. */
  KnownPairs with(long[] more, double[] moreScores, boolean completes) {
    long[] all = Arrays.copyOf(pairs, pairs.length + more.length);
    System.arraycopy(more, 0, all, pairs.length, more.length);
    double[] allScores = Arrays.copyOf(scores, scores.length + moreScores.length);
    System.arraycopy(moreScores, 0, allScores, scores.length, moreScores.length);
    return new KnownPairs(all, allScores, complete || completes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KnownPairs other && complete == other.complete && Arrays.equals(pairs, other.pairs)
        && Arrays.equals(scores, other.scores);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(pairs) + Boolean.hashCode(complete);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "KnownPairs[%d, %s]", pairs.length, complete ? "complete" : "partial");
  }
}
