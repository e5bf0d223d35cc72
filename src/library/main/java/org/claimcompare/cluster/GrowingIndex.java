package org.claimcompare.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A candidate index over term lists that grows by appending lists, for additions to earlier
 * clusters ({@link ClusterState#add}): each addition extends the index with its claims' lists
 * instead of indexing all the claims again, then proposes from the added claims. What it proposes
 * is what its generator's {@link Probing#proposeFrom} proposes on all the lists so far, so a state
 * kept in memory and one saved and loaded again (which indexes its lists afresh) propose the same
 * pairs.
 *
 * <p>Immutable: extending returns a new index and leaves this one as it was, usable and
 * extensible again. Thread-safe.
 */
interface GrowingIndex {
  /** The number of term lists indexed. */
  int size();

  /**
   * Returns this index with {@code more} term lists appended, numbered from {@link #size()}; this
   * index is unchanged. The lists must not change afterwards.
   *
   * @param more the term lists to append, as {@link CandidateGenerator#propose(List, CandidateGenerator.PairSink)} takes them
   * @return the larger index
   */
  GrowingIndex extendedWith(List<List<String>> more);

  /**
   * Proposes the pairs that the generator's {@link Probing#proposeFrom} proposes on all the lists
   * indexed, from the claims {@code probe} accepts.
   *
   * @param probe the claims to probe from, by index
   * @param sink receives each proposed pair
   */
  void proposeFrom(IntPredicate probe, CandidateGenerator.PairSink sink);

  /**
   * Returns this index, settled: it proposes exactly, and the indexes extended from it (until one
   * of them is settled again) propose by the statistics of its lists rather than of all theirs, so
   * that an extension does not build again what depends on every list. What such an extended
   * index proposes may then differ from {@link #proposeFrom}'s exact pairs; it depends only on the
   * lists settled and those added since, not on how the additions were split, so an index settled
   * at the same lists and extended with the same lists proposes the same pairs, whichever way it
   * was grown. By default, for an index with nothing to keep, this index itself: it always proposes
   * exactly.
   *
   * @return the settled index
   */
  default GrowingIndex settled() {
    return this;
  }

  /**
   * An index that keeps the lists and hands them all to {@code generator} each time it proposes:
   * for generators with nothing to keep between additions. Extending copies the references to the
   * lists, O(n).
   */
  static GrowingIndex rebuilt(Probing generator, List<List<String>> words) {
    return new Rebuilt(generator, Collections.unmodifiableList(new ArrayList<>(words)));
  }

  /** See {@link #rebuilt}. */
  final class Rebuilt implements GrowingIndex {
    private final Probing generator;
    private final List<List<String>> words;

    private Rebuilt(Probing generator, List<List<String>> words) {
      this.generator = generator;
      this.words = words;
    }

    @Override
    public int size() {
      return words.size();
    }

    @Override
    public GrowingIndex extendedWith(List<List<String>> more) {
      List<List<String>> all = new ArrayList<>(words.size() + more.size());
      all.addAll(words);
      all.addAll(more);
      return new Rebuilt(generator, Collections.unmodifiableList(all));
    }

    @Override
    public void proposeFrom(IntPredicate probe, CandidateGenerator.PairSink sink) {
      generator.proposeFrom(words, probe, sink);
    }

    @Override
    public String toString() {
      return "index of " + words.size() + " claims for " + generator + ", rebuilt each time";
    }
  }
}
