package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimcompare.cluster.CandidateGenerator;
import org.claimcompare.cluster.ClusterOptions;
import org.junit.jupiter.api.Test;

class GoldClusteringTest {
  private static final ClusterOptions JACCARD = ClusterOptions.standard().withScorer(Baselines.wordJaccard());

  @Test
  void putsTextsInIdOrderAndNumbersGroupsByFirstAppearance() {
    List<GoldText> reversed = new ArrayList<>(Fixtures.GROUPS);
    Collections.reverse(reversed);

    GoldClustering data = new GoldClustering(reversed);

    assertThat(data.texts).first().isEqualTo(Fixtures.GROUPS.get(0).text());
    assertThat(data.gold).containsExactly(0, 0, 0, 1, 1, 2, 2, 3);
    assertThat(data.groups).isEqualTo(4);
  }

  @Test
  void measuresTheClustererAtAThreshold() {
    GoldClustering.Point p = new GoldClustering(Fixtures.GROUPS).clusterer(JACCARD, 0.95);

    // at 0.95 no two different texts join: eight singletons
    assertThat(p.threshold()).isEqualTo(0.95);
    assertThat(p.metrics().clusters()).isEqualTo(8);
    assertThat(p.metrics().bCubedPrecision()).isEqualTo(1.0);
  }

  @Test
  void findsTheClusterersBestSweptThreshold() {
    GoldClustering data = new GoldClustering(Fixtures.GROUPS);

    GoldClustering.Point oracle = data.clustererOracle(JACCARD);

    double best = 0;
    for (double t : GoldClustering.SWEEP) {
      best = Math.max(best, data.clusterer(JACCARD, t).metrics().bCubedF1());
    }
    assertThat(oracle.metrics().bCubedF1()).isEqualTo(best);
  }

  @Test
  void takesTheLowestOfEquallyGoodComponentThresholds() {
    // chain 0 -0.9- 1 -0.6- 2 -0.3- 3; gold {0,1,2} {3}: perfect for every threshold in (0.3, 0.6]
    CandidateScores chain = CandidateScores.of(CountingTexts.of(4,
        new double[] {0, 1, 0.9}, new double[] {1, 2, 0.6}, new double[] {2, 3, 0.3}), CandidateGenerator.allPairs());
    GoldClustering data = new GoldClustering(List.of(new GoldText("a", "x", "g"), new GoldText("b", "x", "g"),
        new GoldText("c", "x", "g"), new GoldText("d", "x", "h")));

    GoldClustering.Point oracle = data.componentsOracle(chain);

    assertThat(oracle.threshold()).isEqualTo(0.35);
    assertThat(oracle.metrics().bCubedF1()).isEqualTo(1.0);
  }

  @Test
  void sweepsFromFiveHundredthsToNinetyFiveHundredths() {
    assertThat(GoldClustering.SWEEP).hasSize(19).startsWith(0.05, 0.1, 0.15).endsWith(0.9, 0.95);
  }

  @Test
  void rejectsDuplicateIdsAndNoTexts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new GoldClustering(List.of(new GoldText("a", "x", "g"), new GoldText("a", "y", "g"))))
        .withMessage("duplicate id: a");
    assertThatIllegalArgumentException().isThrownBy(() -> new GoldClustering(List.of()))
        .withMessage("no texts to cluster");
  }
}
