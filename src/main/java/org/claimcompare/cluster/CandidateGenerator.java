package org.claimcompare.cluster;

import java.util.List;

/**
 * Proposes the pairs of claims worth scoring. Clustering scores only the proposed pairs, so a
 * generator that blocks (proposes only pairs sharing a rare word, say) makes large inputs
 * tractable without changing the clustering code.
 *
 * <p>A generator must be deterministic: the same word lists give the same pairs. Pairs may be
 * proposed in any order and more than once; {@code i != j} is required. Implementations are
 * immutable and thread-safe.
 */
@FunctionalInterface
public interface CandidateGenerator {

  /**
   * Proposes candidate pairs by index into {@code words}.
   *
   * @param words the normalised word forms of each claim, in the clusterer's order (by id)
   * @param sink receives each proposed pair
   */
  void propose(List<List<String>> words, PairSink sink);

  /**
   * Returns the generator that proposes every pair: exact, and quadratic in the number of claims.
   *
   * @return the all-pairs generator
   */
  static CandidateGenerator allPairs() {
    return AllPairs.INSTANCE;
  }

  /** Receives candidate pairs. */
  @FunctionalInterface
  interface PairSink {
    /**
     * Accepts one candidate pair.
     *
     * @param i the index of one claim
     * @param j the index of the other claim, not {@code i}
     */
    void accept(int i, int j);
  }
}
