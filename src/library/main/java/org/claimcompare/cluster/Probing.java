package org.claimcompare.cluster;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * A candidate generator that can propose only the pairs found from some claims, for an addition to
 * earlier clusters ({@link ClusterState#add}): the claims are probed from, the others only looked
 * up. A generator that finds a pair from either of its claims (the bounded {@link SharedRareWords},
 * where each claim keeps its most alike partners) then proposes the pairs the probed claims keep,
 * and a pair an unprobed claim alone keeps is left out; one whose pairs do not depend on which side
 * finds them proposes the same pairs with a probed claim as {@link CandidateGenerator#propose}.
 */
interface Probing {
  /**
   * Proposes pairs found from the claims {@code probe} accepts, each once as {@code (i, j)} with
   * {@code i < j}; every pair has a probed claim.
   *
   * @param words the term lists, as {@link CandidateGenerator#propose(List, CandidateGenerator.PairSink)} takes them
   * @param probe the claims to probe from, by index
   * @param sink receives each proposed pair
   */
  void proposeFrom(List<List<String>> words, IntPredicate probe, CandidateGenerator.PairSink sink);

  /**
   * Returns an index over {@code words} that can be extended with more lists and proposes, from
   * the claims probed, what {@link #proposeFrom} proposes on all its lists. By default it keeps the
   * lists and calls {@link #proposeFrom} on them all each time ({@link GrowingIndex#rebuilt}); a
   * generator whose index can grow overrides it.
   *
   * @param words the term lists to start from; they must not change afterwards
   * @return the index
   */
  default GrowingIndex index(List<List<String>> words) {
    return GrowingIndex.rebuilt(this, words);
  }
}
