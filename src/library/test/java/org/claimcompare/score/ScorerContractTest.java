package org.claimcompare.score;

import java.util.stream.Stream;
import org.claimcompare.testing.ScorerContract;

/** The library's scorers under the scorer contract. */
class ScorerContractTest extends ScorerContract {
  @Override
  protected Stream<Scorer> scorers() {
    return Stream.of(
        AlignmentScorer.standard(),
        AlignmentScorer.clustering(),
        AlignmentScorer.standard().withStopWordWeight(0),
        AlignmentScorer.standard().withStopWordWeight(1));
  }
}
