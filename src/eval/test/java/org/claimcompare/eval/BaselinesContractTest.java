package org.claimcompare.eval;

import java.util.List;
import java.util.stream.Stream;
import org.claimcompare.score.Scorer;
import org.claimcompare.testing.ScorerContract;

/** The plain baselines under the same contract as the library's scorers. */
class BaselinesContractTest extends ScorerContract {
  @Override
  protected Stream<Scorer> scorers() {
    return Stream.of(
        Baselines.wordJaccard(),
        Baselines.tfIdfCosine(),
        Baselines.tfIdfCosine().adaptedTo(List.of("Kyiv is the capital of Ukraine", "the capital", "137 killed")),
        Baselines.charTrigramCosine(),
        Baselines.jaroWinkler(),
        Baselines.levenshtein());
  }
}
