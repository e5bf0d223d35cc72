package org.claimcompare.semantic;

import java.util.List;
import java.util.stream.Stream;
import org.claimcompare.score.Scorer;
import org.claimcompare.testing.ScorerContract;

/** The semantic scorers under the library's scorer contract. */
class SemanticScorerContractTest extends ScorerContract {
  @Override
  protected Stream<Scorer> scorers() {
    SemanticScorer scorer = SemanticScorer.of(Models.DEFAULT);
    return Stream.of(
        scorer,
        scorer.withFusion(new Fusion(0, -1)),
        scorer.withFusion(new Fusion(1, 0.5)),
        scorer.clusterOptions().scorer(),
        scorer.adaptedTo(List.of("Kyiv is the capital of Ukraine", "the capital", "137 killed")));
  }
}
