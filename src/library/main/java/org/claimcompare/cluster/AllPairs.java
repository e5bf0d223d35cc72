package org.claimcompare.cluster;

import java.util.List;

/** The generator that proposes every pair; one instance, so that options can recognise it. */
final class AllPairs implements CandidateGenerator {
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

  @Override
  public String toString() {
    return "all pairs";
  }
}
