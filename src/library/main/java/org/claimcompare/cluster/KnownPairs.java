package org.claimcompare.cluster;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The candidate pairs a {@link ClusterState}'s additions have proposed, kept so that a
 * consolidation links all claims afresh without proposing the pairs among earlier claims again.
 * Each pair is {@code i << 32 | j}, {@code i < j}, indexes in the state's claim list, with the score
 * it was given when it was proposed (a double); pairs come in the order they were found. {@code complete} says the pairs are every pair proposed since the
 * state began (false for a state read from format version 1, which kept none: its next
 * consolidation proposes from every claim).
 *
 * <p>The pairs are held in chunks, one per addition that found some: {@link #with} appends a chunk
 * and shares the earlier ones, so that an addition does not copy every pair found before it (18
 * million at 824 k claims, 290 MB). Immutable: a chunk is never changed once made.
 */
final class KnownPairs {
  static final KnownPairs NONE = new KnownPairs(new long[0], new double[0], true);

  private final ImmutableList<long[]> pairChunks;
  private final ImmutableList<double[]> scoreChunks;
  private final int size;
  private final boolean complete;

  KnownPairs(long[] pairs, double[] scores, boolean complete) {
    this(ImmutableList.of(pairs), ImmutableList.of(scores), complete);
  }

  private KnownPairs(ImmutableList<long[]> pairChunks, ImmutableList<double[]> scoreChunks, boolean complete) {
    long total = 0;
    for (int c = 0; c < pairChunks.size(); c++) {
      if (pairChunks.get(c).length != scoreChunks.get(c).length) {
        throw new IllegalArgumentException(pairChunks.get(c).length + " pairs and " + scoreChunks.get(c).length + " scores");
      }
      total += pairChunks.get(c).length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many known pairs: " + total);
    }
    this.pairChunks = pairChunks;
    this.scoreChunks = scoreChunks;
    this.size = (int) total;
    this.complete = complete;
  }

  /** The pairs' scores, at the same index, in one new array. */
  double[] scores() {
    double[] out = new double[size];
    int at = 0;
    for (double[] chunk : scoreChunks) {
      System.arraycopy(chunk, 0, out, at, chunk.length);
      at += chunk.length;
    }
    return out;
  }

  /** The pairs in chunks, in order; not to be changed. */
  List<long[]> pairChunks() {
    return pairChunks;
  }

  /** The scores in chunks, each the length of the pair chunk at its index; not to be changed. */
  List<double[]> scoreChunks() {
    return scoreChunks;
  }

  int size() {
    return size;
  }

  boolean complete() {
    return complete;
  }

  /**
   * These pairs and {@code more} with their scores (appended as a chunk, not copied), complete if
   * these are or {@code completes}.
   */
  KnownPairs with(long[] more, double[] moreScores, boolean completes) {
    if (more.length == 0 && moreScores.length == 0) {
      return complete || !completes ? this : new KnownPairs(pairChunks, scoreChunks, true);
    }
    return new KnownPairs(
        ImmutableList.<long[]>builderWithExpectedSize(pairChunks.size() + 1).addAll(pairChunks).add(more).build(),
        ImmutableList.<double[]>builderWithExpectedSize(scoreChunks.size() + 1).addAll(scoreChunks).add(moreScores).build(),
        complete || completes);
  }

  /**
   * Equal pairs and scores in the same order, however chunked, and equally complete; compared one
   * by one across the chunks, without joining them.
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof KnownPairs other) || complete != other.complete || size != other.size) {
      return false;
    }
    int c = 0;
    int k = 0;
    int d = 0;
    int m = 0;
    for (int left = size; left > 0; left--, k++, m++) {
      while (k == pairChunks.get(c).length) {
        c++;
        k = 0;
      }
      while (m == other.pairChunks.get(d).length) {
        d++;
        m = 0;
      }
      if (pairChunks.get(c)[k] != other.pairChunks.get(d)[m]
          || Double.compare(scoreChunks.get(c)[k], other.scoreChunks.get(d)[m]) != 0) {
        return false;
      }
    }
    return true;
  }

  /** {@link Arrays#hashCode(long[])} of the pairs, computed across the chunks, with completeness. */
  @Override
  public int hashCode() {
    int h = 1;
    for (long[] chunk : pairChunks) {
      for (long pair : chunk) {
        h = 31 * h + Long.hashCode(pair);
      }
    }
    return 31 * h + Boolean.hashCode(complete);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "KnownPairs[%d, %s]", size, complete ? "complete" : "partial");
  }
}
