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
    CandidateGenerator chosen = words.size() <= maxClaims ? AllPairs.INSTANCE : above;
    if (chosen instanceof Probing probing) {
      probing.proposeFrom(words, probe, sink);
    } else {
      chosen.propose(words, (i, j) -> {
        if (probe.test(i) || probe.test(j)) {
          sink.accept(i, j);
        }
      });
    }
  }

  /** Returns this generator with the blocking above adapted to {@code threshold}. */
  @Override
  public CandidateGenerator atThreshold(double threshold) {
    CandidateGenerator adapted = above.atThreshold(threshold);
    return adapted.equals(above) ? this : new AllPairsUpTo(maxClaims, adapted);
  }

  /**
   * Returns the generator as {@code all pairs up to 1000 claims, then shared rare words[...]}.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "all pairs up to %d claims, then %s", maxClaims, above);
  }
}
