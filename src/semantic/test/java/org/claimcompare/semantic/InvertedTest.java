package org.claimcompare.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class InvertedTest {
  /** Vectors around 150 topics, as sentence vectors of news gather around what they are about. */
  private static Vectors topics(int n, int dim, long seed) {
    Random random = new Random(seed);
    float[][] centres = new float[150][dim];
    for (float[] c : centres) {
      for (int d = 0; d < dim; d++) {
        c[d] = (float) random.nextGaussian();
      }
    }
    float[][] raw = new float[n][];
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[] c = centres[random.nextInt(centres.length)];
      double[] x = new double[dim];
      for (int d = 0; d < dim; d++) {
        x[d] = c[d] + 0.6 * random.nextGaussian();
      }
      raw[i] = Vectors.unit(x);
      texts.add("t" + i);
    }
    return Vectors.of(texts, some -> some.stream().map(t -> raw[Integer.parseInt(t.substring(1))]).toArray(float[][]::new), x -> {});
  }

  @Test
  void findsNearlyAllTheExactNeighbours() {
    Vectors v = topics(3_000, 32, 11);

    int[][] approximate = Inverted.nearest(v, 10);
    int[][] exact = NearestNeighbours.nearest(v, 10);

    long found = 0;
    long total = 0;
    for (int i = 0; i < exact.length; i++) {
      Set<Integer> got = new HashSet<>();
      for (int j : approximate[i]) {
        got.add(j);
        assertThat(j).isNotEqualTo(i);
      }
      for (int j : exact[i]) {
        total++;
        found += got.contains(j) ? 1 : 0;
      }
    }
    assertThat((double) found / total).isGreaterThan(0.95);
  }

  @Test
  void givesTheSameNeighboursEveryRun() {
    Vectors v = topics(2_000, 16, 5);

    assertThat(Inverted.nearest(v, 5)).isDeepEqualTo(Inverted.nearest(v, 5));
  }

  @Test
  void keepsEachTextsNeighboursMostSimilarFirst() {
    Vectors v = topics(1_500, 16, 3);

    int[][] near = Inverted.nearest(v, 8);

    for (int i = 0; i < near.length; i++) {
      for (int k = 1; k < near[i].length; k++) {
        assertThat(v.cosine(i, near[i][k - 1])).isGreaterThanOrEqualTo(v.cosine(i, near[i][k]));
      }
    }
  }

  @Test
  void stopsWhenTheCallerIsInterrupted() {
    Vectors v = topics(500, 8, 2);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> Inverted.nearest(v, 5)).isInstanceOf(CancellationException.class)
          .hasMessageContaining("nearest neighbours");
      assertThatThrownBy(() -> NearestNeighbours.nearest(v, 5)).isInstanceOf(CancellationException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
