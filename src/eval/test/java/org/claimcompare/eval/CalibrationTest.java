package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.score.Scorer;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  /** A scorer that gives every pair the same score: no threshold can tell pairs apart. */
  private static final Scorer CONSTANT = new ProfileScorer<String>() {
    @Override
    List<String> profiles(List<String> texts) {
      return texts;
    }

    @Override
    List<String> words(String profile) {
      return List.of(profile);
    }

    @Override
    double compare(String a, String b) {
      return a.equals(b) ? 1 : 0.5;
    }
  };

  @Test
  void choosesTheCandidateThatSeparatesThePairsAndCrossValidatesIt() {
    Map<String, Scorer> candidates = new LinkedHashMap<>();
    candidates.put("constant", CONSTANT);
    candidates.put("jaccard", Baselines.wordJaccard());

    Calibration.Result<Scorer> r = Calibration.pairs(candidates, Fixtures.PARAPHRASES, 5);

    assertThat(r.candidate()).isEqualTo("jaccard");
    assertThat(r.chosen()).isSameAs(candidates.get("jaccard"));
    assertThat(r.mean()).isEqualTo(1.0);
    assertThat(r.spread()).isZero();
    assertThat(r.byCandidate()).containsOnlyKeys("constant", "jaccard");
    assertThat(r.byCandidate().get("constant")).isLessThan(1.0);
    assertThat(r.measure()).isEqualTo("F1");
    assertThat(r.items()).isEqualTo(Fixtures.PARAPHRASES.size());
    // the threshold is chosen on all pairs: every positive at or above it, every negative below
    for (GoldPair p : Fixtures.PARAPHRASES) {
      assertThat(Baselines.wordJaccard().score(p.a(), p.b()) >= r.threshold()).isEqualTo(p.gold() >= 0.5);
    }
  }

  @Test
  void calibratesAClusteringThresholdOnFoldsOfWholeGroups() {
    Map<String, ClusterOptions> candidates = new LinkedHashMap<>();
    candidates.put("constant", ClusterOptions.standard().withScorer(CONSTANT));
    candidates.put("claimcompare", ClusterOptions.standard());

    Calibration.Result<ClusterOptions> r = Calibration.groups(candidates, Fixtures.GROUPS, 2);

    assertThat(r.candidate()).isEqualTo("claimcompare");
    assertThat(r.chosen().threshold()).isEqualTo(r.threshold());
    assertThat(r.chosen().scorer()).isEqualTo(ClusterOptions.standard().scorer());
    assertThat(r.measure()).isEqualTo("B3 F1");
    assertThat(r.mean()).isGreaterThan(r.byCandidate().get("constant"));
    assertThat(r.threshold()).isBetween(0.05, 0.95);
    assertThat(r.toString()).startsWith("claimcompare at threshold ");
  }

  @Test
  void rejectsTooFewItemsForTheFolds() {
    Map<String, Scorer> candidates = Map.of("jaccard", Baselines.wordJaccard());
    assertThatIllegalArgumentException().isThrownBy(() -> Calibration.pairs(candidates, Fixtures.PARAPHRASES, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> Calibration.pairs(candidates, Fixtures.PARAPHRASES, 11))
        .withMessageContaining("between 2 and the number of pairs (10)");
    assertThatIllegalArgumentException().isThrownBy(
        () -> Calibration.groups(Map.of("c", ClusterOptions.standard()), Fixtures.GROUPS, 100))
        .withMessageContaining("number of groups");
  }
}
