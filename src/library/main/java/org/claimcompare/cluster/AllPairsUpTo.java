package org.claimcompare.cluster;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The standard generator: all pairs for inputs small enough that comparing every pair is quick,
 * and rare-word blocking above, so that clustering time grows about linearly with the input.
 */
final class AllPairsUpTo implements CandidateGenerator, Probing {
  /**
   * The largest input compared pair by pair: 499,500 pairs, a few seconds of scoring. At this size
   * blocking already proposes 99.9 % of the pairs at or above the threshold and finds the same
   * clusters on translated news; see {@code docs/benchmarks.md}.
   */
  static final int STANDARD_MAX_CLAIMS = 1000;

  static final AllPairsUpTo STANDARD = new AllPairsUpTo(STANDARD_MAX_CLAIMS, SharedRareWords.STANDARD);

  private final int maxClaims;
  private final CandidateGenerator above;

  private AllPairsUpTo(int maxClaims, CandidateGenerator above) {
    this.maxClaims = maxClaims;
    this.above = above;
  }

  @Override
  public void propose(List<List<String>> words, PairSink sink) {
    forSize(words.size()).propose(words, sink);
  }

  /** The generator this one uses for {@code claims} claims. */
  CandidateGenerator forSize(int claims) {
    return claims <= maxClaims ? AllPairs.INSTANCE : above;
  }

  /** Probes as the generator that {@link #propose} would use at this size, if it can; else filters its pairs. */
  @Override
  public void proposeFrom(List<List<String>> words, IntPredicate probe, PairSink sink) {
    if (words.size() <= maxClaims) {
      AllPairs.proposeFrom(words.size(), probe, sink);
    } else {
      probingAbove().proposeFrom(words, probe, sink);
    }
  }

  /**
   * Returns an index that proposes as {@link #proposeFrom} at each size: every pair with a probed
   * claim up to {@value #STANDARD_MAX_CLAIMS} claims (the standard bound), and above, the blocking
   * generator's index, grown from the start so that it is ready when the bound is passed.
   */
  @Override
  public GrowingIndex index(List<List<String>> words) {
    return new UpTo(maxClaims, probingAbove().index(words));
  }

  /** The blocking generator, probing if it can, else filtering its pairs to those with a probed claim. */
  private Probing probingAbove() {
    if (above instanceof Probing probing) {
      return probing;
    }
    return (words, probe, sink) -> above.propose(words, (i, j) -> {
      if (probe.test(i) || probe.test(j)) {
        sink.accept(i, j);
      }
    });
  }

  /** The index of {@link AllPairsUpTo#index}. */
  private static final class UpTo implements GrowingIndex {
    private final int maxClaims;
    private final GrowingIndex above;

    UpTo(int maxClaims, GrowingIndex above) {
      this.maxClaims = maxClaims;
      this.above = above;
    }

    @Override
    public int size() {
      return above.size();
    }

    @Override
    public GrowingIndex extendedWith(List<List<String>> more) {
      return new UpTo(maxClaims, above.extendedWith(more));
    }

    @Override
    public GrowingIndex settled() {
      return new UpTo(maxClaims, above.settled());
    }

    @Override
    public void proposeFrom(IntPredicate probe, PairSink sink) {
      if (size() <= maxClaims) {
        AllPairs.proposeFrom(size(), probe, sink);
      } else {
        above.proposeFrom(probe, sink);
      }
    }

    @Override
    public String toString() {
      return "all pairs up to " + maxClaims + " claims, then " + above;
    }
  }

  /** Returns this generator with the blocking above adapted to {@code threshold}. */
  @Override
  public CandidateGenerator atThreshold(double threshold) {
    CandidateGenerator adapted = above.atThreshold(threshold);
    return adapted.equals(above) ? this : new AllPairsUpTo(maxClaims, adapted);
  }

  /**
   * Equal when both compare every pair up to the same size and block alike above it: a {@link
   * PreparedCorpus} extends its kept index only for an equal generator, and each run adapts the
   * standard one to its threshold anew.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof AllPairsUpTo other && maxClaims == other.maxClaims && above.equals(other.above);
  }

  @Override
  public int hashCode() {
    return 31 * maxClaims + above.hashCode();
  }

  /**
   * Returns the generator as {@code all pairs up to 1000 claims, then shared rare words[...]}.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "all pairs up to %d claims, then %s", maxClaims, above);
  }
}
