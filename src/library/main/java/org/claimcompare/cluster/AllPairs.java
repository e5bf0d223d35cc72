package org.claimcompare.cluster;

import java.util.List;
import java.util.function.IntPredicate;

/** The generator that proposes every pair; one instance, so that options can recognise it. */
final class AllPairs implements CandidateGenerator, Probing {
  static final AllPairs INSTANCE = new AllPairs();

  private AllPairs() {}

  @Override
  public void propose(List<List<String>> words, PairSink sink) {
    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j < words.size(); j++) {
        sink.accept(i, j);
      }
    }
  }

  /** The pairs with a probed claim: O(n p) for p probed of n claims. */
  @Override
  public void proposeFrom(List<List<String>> words, IntPredicate probe, PairSink sink) {
    proposeFrom(words.size(), probe, sink);
  }

  /** The pairs of {@code n} claims with a probed claim, as {@link #proposeFrom(List, IntPredicate, PairSink)}. */
  static void proposeFrom(int n, IntPredicate probe, PairSink sink) {
    for (int i = 0; i < n; i++) {
      boolean probed = probe.test(i);
      for (int j = i + 1; j < n; j++) {
        if (probed || probe.test(j)) {
          sink.accept(i, j);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "all pairs";
  }
}
