package org.claimcompare.cluster;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.claimcompare.cluster.CandidateGenerator.PairSink;

/**
 * A candidate generator's work on one input, cut into parts that can run apart, on other threads
 * or other machines: the union of the pairs of all parts is what the generator proposes for the
 * input (a pair may come from more than one part). Built by {@link ClusterSteps#candidates}.
 *
 * <p>For the standard generator ({@link CandidateGenerator#standard()}), up to 1,000 texts a part
 * is 16 rows of the all-pairs triangle; above, the blocking index of {@link
 * CandidateGenerator#sharedRareWords()} is built once, when this is built (its cost is linear in the
 * terms), and a part finds the partners of 512 texts from it, which is where the generator spends
 * its time. Any other generator is run whole when this is built, and its pairs are one part.
 *
 * <p>Serializable (a distributed engine ships it to its workers once) and thread-safe: parts may
 * run at the same time.
 */
public final class CandidateIndex implements Serializable {
  private static final long serialVersionUID = 1;

  /** Rows of the all-pairs triangle per part. */
  private static final int ROWS = 16;

  private final int size;
  private final Parts parts;

  private CandidateIndex(int size, Parts parts) {
    this.size = size;
    this.parts = parts;
  }

  /** How a generator's work is cut: {@code count()} parts, each proposing on its own. */
  interface Parts extends Serializable {
    int count();

    void propose(int part, PairSink sink);
  }

  /** The work of {@code generator}, already adapted to its threshold, on {@code terms}. */
  static CandidateIndex of(CandidateGenerator generator, List<List<String>> terms) {
    checkNotNull(generator, "generator");
    checkNotNull(terms, "terms");
    CandidateGenerator chosen = generator instanceof AllPairsUpTo upTo ? upTo.forSize(terms.size()) : generator;
    int n = terms.size();
    if (chosen instanceof AllPairs) {
      return new CandidateIndex(n, new Rows(n));
    }
    if (chosen instanceof SharedRareWords blocking && blocking.isBounded()) {
      return new CandidateIndex(n, blocking.split(terms));
    }
    LongList pairs = new LongList();
    chosen.propose(terms, (i, j) -> pairs.add((long) Math.min(i, j) << 32 | Math.max(i, j)));
    return new CandidateIndex(n, new Whole(LongList.sortedDistinct(pairs.toArray())));
  }

  /**
   * Returns the number of texts the pairs index into.
   *
   * @return the number of texts
   */
  public int size() {
    return size;
  }

  /**
   * Returns the number of parts.
   *
   * @return the number of parts, at least 0
   */
  public int parts() {
    return parts.count();
  }

  /**
   * Proposes the pairs of one part, each as {@code (i, j)} with {@code i < j}.
   *
   * @param part the part, in [0, {@link #parts()})
   * @param sink receives each pair
   * @throws IndexOutOfBoundsException if {@code part} is out of range
   */
  public void propose(int part, PairSink sink) {
    checkElementIndex(part, parts.count(), "part");
    parts.propose(part, checkNotNull(sink, "sink"));
  }

  /** Returns the index as {@code CandidateIndex[1200 texts, 3 parts]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CandidateIndex[%d texts, %d parts]", size, parts.count());
  }

  /** Every pair, 16 rows of the triangle a part. */
  private record Rows(int n) implements Parts {
    @Override
    public int count() {
      return (n + ROWS - 1) / ROWS;
    }

    @Override
    public void propose(int part, PairSink sink) {
      for (int i = part * ROWS; i < Math.min(n, (part + 1) * ROWS); i++) {
        for (int j = i + 1; j < n; j++) {
          sink.accept(i, j);
        }
      }
    }
  }

  /** Pairs found whole beforehand, in one part. */
  private static final class Whole implements Parts {
    private static final long serialVersionUID = 1;

    private final long[] pairs;

    Whole(long[] pairs) {
      this.pairs = pairs;
    }

    @Override
    public int count() {
      return 1;
    }

    @Override
    public void propose(int part, PairSink sink) {
      for (long pair : pairs) {
        sink.accept((int) (pair >>> 32), (int) pair);
      }
    }
  }
}
