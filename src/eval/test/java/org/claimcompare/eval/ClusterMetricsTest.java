package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusterMetricsTest {
  private static final double EPS = 1e-12;

  @Test
  void measuresAPartlyRightClustering() {
    // gold {0,1,2} {3,4} {5}; clusters X {0,1}, Y {2,3,4}, Z {5}
    // overlaps: X∩A 2, Y∩A 1, Y∩B 2, Z∩C 1
    // B³ P = (2·2/2 + 1·1/3 + 2·2/3 + 1·1/1) / 6 = (2 + 1/3 + 4/3 + 1) / 6 = 7/9
    // B³ R = (2·2/3 + 1·1/3 + 2·2/2 + 1·1/1) / 6 = 7/9
    // pairs together in both: C(2,2) + C(2,2) = 2; clustered pairs 1 + 3 = 4; gold pairs 3 + 1 = 4
    // ARI: expected = 4 · 4 / C(6,2) = 16/15, max = 4; (2 - 16/15) / (4 - 16/15) = 14/44 = 7/22
    ClusterMetrics m = ClusterMetrics.of(new int[] {7, 7, 8, 8, 8, 9}, new int[] {1, 1, 1, 2, 2, 3});

    assertThat(m.items()).isEqualTo(6);
    assertThat(m.clusters()).isEqualTo(3);
    assertThat(m.groups()).isEqualTo(3);
    assertThat(m.bCubedPrecision()).isCloseTo(7.0 / 9, within(EPS));
    assertThat(m.bCubedRecall()).isCloseTo(7.0 / 9, within(EPS));
    assertThat(m.bCubedF1()).isCloseTo(7.0 / 9, within(EPS));
    assertThat(m.pairPrecision()).isEqualTo(0.5);
    assertThat(m.pairRecall()).isEqualTo(0.5);
    assertThat(m.pairF1()).isEqualTo(0.5);
    assertThat(m.adjustedRand()).isCloseTo(7.0 / 22, within(EPS));
    assertThat(m).hasToString(
        "ClusterMetrics[6 items, 3 clusters, 3 groups, B³ 0.778/0.778/0.778, pairs 0.500/0.500/0.500, ARI 0.318]");
  }

  @Test
  void scoresIdenticalPartitionsAsPerfectWhateverTheLabels() {
    ClusterMetrics m = ClusterMetrics.of(new int[] {5, 5, 9, 2}, new int[] {0, 0, 1, 3});

    assertThat(m.bCubedF1()).isEqualTo(1.0);
    assertThat(m.pairF1()).isEqualTo(1.0);
    assertThat(m.adjustedRand()).isEqualTo(1.0);
  }

  @Test
  void measuresEverythingInOneCluster() {
    // gold {0,1} {2} {3}, one cluster of 4
    // B³ P = (2·2/4 + 1·1/4 + 1·1/4) / 4 = 1.5/4 = 0.375; B³ R = (2·2/2 + 1 + 1) / 4 = 1
    // pairs: together 1, clustered C(4,2) = 6, gold 1: P 1/6, R 1
    // ARI: expected = 6 · 1 / 6 = 1, max = 3.5: (1 - 1) / (3.5 - 1) = 0
    ClusterMetrics m = ClusterMetrics.of(new int[] {0, 0, 0, 0}, new int[] {1, 1, 2, 3});

    assertThat(m.bCubedPrecision()).isEqualTo(0.375);
    assertThat(m.bCubedRecall()).isEqualTo(1.0);
    assertThat(m.pairPrecision()).isCloseTo(1.0 / 6, within(EPS));
    assertThat(m.pairRecall()).isEqualTo(1.0);
    assertThat(m.adjustedRand()).isCloseTo(0.0, within(EPS));
  }

  @Test
  void measuresEverythingAlone() {
    // gold {0,1} {2} {3}, four singletons
    // B³ P = 1 (each cluster is itself); B³ R = (1/2 + 1/2 + 1 + 1) / 4 = 0.75
    // pairs: none clustered, so precision is vacuously 1; recall 0 of 1; F1 0
    // ARI: expected = 0 · 1 / 6 = 0, max = 0.5: (0 - 0) / 0.5 = 0
    ClusterMetrics m = ClusterMetrics.of(new int[] {0, 1, 2, 3}, new int[] {1, 1, 2, 3});

    assertThat(m.bCubedPrecision()).isEqualTo(1.0);
    assertThat(m.bCubedRecall()).isEqualTo(0.75);
    assertThat(m.pairPrecision()).isEqualTo(1.0);
    assertThat(m.pairRecall()).isZero();
    assertThat(m.pairF1()).isZero();
    assertThat(m.adjustedRand()).isZero();
  }

  @Test
  void givesANegativeAdjustedRandIndexToAnAntiCorrelatedClustering() {
    // gold {0,1} {2,3}; clusters {0,2} {1,3}: no pair together in both
    // expected = 2 · 2 / 6 = 2/3, max = 2: (0 - 2/3) / (2 - 2/3) = -0.5; B³ P = R = 0.5
    ClusterMetrics m = ClusterMetrics.of(new int[] {0, 1, 0, 1}, new int[] {0, 0, 1, 1});

    assertThat(m.adjustedRand()).isCloseTo(-0.5, within(EPS));
    assertThat(m.bCubedF1()).isEqualTo(0.5);
    assertThat(m.pairF1()).isZero();
  }

  @Test
  void definesTheAdjustedRandIndexAsOneWhereMaxEqualsExpected() {
    // max == expected only when both partitions are all singletons or both one cluster (or n = 1):
    // the index would be 0/0, and the partitions agree, so it is 1
    assertThat(ClusterMetrics.of(new int[] {0, 1, 2}, new int[] {5, 6, 7}).adjustedRand()).isEqualTo(1.0);
    assertThat(ClusterMetrics.of(new int[] {0, 0, 0}, new int[] {5, 5, 5}).adjustedRand()).isEqualTo(1.0);
    assertThat(ClusterMetrics.of(new int[] {0}, new int[] {5}).adjustedRand()).isEqualTo(1.0);
  }

  @Test
  void measuresAllSingletonsAgainstAllSingletonsAsPerfect() {
    ClusterMetrics m = ClusterMetrics.of(new int[] {0, 1, 2}, new int[] {5, 6, 7});

    // no pair anywhere: pair precision and recall are both vacuously 1
    assertThat(m.bCubedF1()).isEqualTo(1.0);
    assertThat(m.pairF1()).isEqualTo(1.0);
  }

  @Test
  void rejectsNoItemsAndMismatchedLabels() {
    assertThatIllegalArgumentException().isThrownBy(() -> ClusterMetrics.of(new int[0], new int[0]))
        .withMessage("no items");
    assertThatIllegalArgumentException().isThrownBy(() -> ClusterMetrics.of(new int[] {1, 2}, new int[] {1}))
        .withMessage("2 predicted labels but 1 gold labels");
  }

  @Test
  void rejectsImpossibleValues() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ClusterMetrics(3, 4, 1, 1, 1, 1, 1, 1))
        .withMessage("clusters must be in [1, 3]: 4");
    assertThatIllegalArgumentException().isThrownBy(() -> new ClusterMetrics(3, 1, 1, 1.5, 1, 1, 1, 1))
        .withMessage("precision and recall must be in [0, 1]: 1.5");
  }
}
