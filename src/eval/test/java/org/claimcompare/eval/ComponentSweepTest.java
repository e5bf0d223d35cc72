package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcompare.cluster.CandidateGenerator;
import org.junit.jupiter.api.Test;

class ComponentSweepTest {
  /** A chain 0 -0.9- 1 -0.6- 2 -0.3- 3, and 4 linked to nothing. */
  private static final CandidateScores CHAIN = CandidateScores.of(CountingTexts.of(5,
      new double[] {0, 1, 0.9}, new double[] {1, 2, 0.6}, new double[] {2, 3, 0.3}), CandidateGenerator.allPairs());

  @Test
  void joinsTheComponentsOfThePairsAtOrAboveEachThreshold() {
    // thresholds in any order: 0.5 joins 0-1-2; 0.95 joins nothing; 0.3 (an edge's exact score) joins 0-1-2-3
    int[][] labels = ComponentSweep.labels(CHAIN, new double[] {0.5, 0.95, 0.3});

    assertThat(partition(labels[0])).isEqualTo("0 0 0 3 4");
    assertThat(partition(labels[1])).isEqualTo("0 1 2 3 4");
    assertThat(partition(labels[2])).isEqualTo("0 0 0 0 4");
  }

  @Test
  void chainsThroughABridge() {
    // single link: 0 and 2 share a component through 1 although their own score is 0
    int[][] labels = ComponentSweep.labels(CHAIN, new double[] {0.6});

    assertThat(labels[0][0]).isEqualTo(labels[0][2]);
  }

  @Test
  void givesEqualThresholdsEqualLabels() {
    int[][] labels = ComponentSweep.labels(CHAIN, new double[] {0.6, 0.6});

    assertThat(labels[0]).isEqualTo(labels[1]);
  }

  /** Each text's label renamed to the first text with that label, so partitions compare as text. */
  private static String partition(int[] labels) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < labels.length; i++) {
      int first = 0;
      while (labels[first] != labels[i]) {
        first++;
      }
      s.append(i == 0 ? "" : " ").append(first);
    }
    return s.toString();
  }
}
