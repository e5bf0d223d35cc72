package org.claimcompare.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.Claims;
import org.claimcompare.cluster.CandidateGenerator;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.score.PreparedTexts;
import org.junit.jupiter.api.Test;

class NearestNeighboursTest {
  private static final SemanticScorer SCORER = SemanticScorer.of(Models.DEFAULT);

  @Test
  void findsTheExactNearestNeighbours() {
    Random random = new Random(7);
    int n = 60;
    int dim = 8;
    List<String> texts = new ArrayList<>();
    float[][] raw = new float[n][dim];
    for (int i = 0; i < n; i++) {
      texts.add("t" + i);
      double norm = 0;
      for (int d = 0; d < dim; d++) {
        raw[i][d] = (float) random.nextGaussian();
        norm += raw[i][d] * raw[i][d];
      }
      for (int d = 0; d < dim; d++) {
        raw[i][d] /= (float) Math.sqrt(norm);
      }
    }
    Vectors v = Vectors.of(texts, some -> some.stream().map(t -> raw[Integer.parseInt(t.substring(1))]).toArray(float[][]::new), x -> {});
    int[][] near = NearestNeighbours.nearest(v, 5);
    for (int i = 0; i < n; i++) {
      int fi = i;
      List<Integer> others = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (j != i) {
          others.add(j);
        }
      }
      others.sort((x, y) -> Double.compare(v.cosine(fi, y), v.cosine(fi, x)));
      assertThat(near[i]).containsExactly(others.subList(0, 5).stream().mapToInt(Integer::intValue).toArray());
    }
  }

  @Test
  void proposesRenderingsThatShareNoRareWordBesidesTheLexicalCandidates() {
    List<String> texts = List.of(
        "he will not deploy American forces in Ukraine",
        "no US troops would enter Ukraine",
        "the recipe needs two cups of flour",
        "stir in the sugar and the butter");
    PreparedTexts prepared = SCORER.prepare(texts);
    Set<List<Integer>> none = new HashSet<>();
    NearestNeighbours.of((words, sink) -> {}, 0, SCORER).propose(prepared, (i, j) -> none.add(List.of(i, j)));
    Set<List<Integer>> pairs = new HashSet<>();
    NearestNeighbours.of((words, sink) -> sink.accept(2, 3), 1, SCORER)
        .propose(prepared, (i, j) -> pairs.add(List.of(Math.min(i, j), Math.max(i, j))));

    assertThat(none).isEmpty();
    assertThat(pairs).contains(List.of(0, 1), List.of(2, 3));
    assertThat(pairs).doesNotContain(List.of(0, 2), List.of(1, 3));
  }

  @Test
  void clustersParaphrasesTheLexicalScorerKeepsApart() {
    String a = "he will not deploy American forces in Ukraine";
    String b = "no US troops would enter Ukraine";
    List<Claim> claims = List.of(Claims.claim("a", a), Claims.claim("b", b),
        Claims.claim("c", "the recipe needs two cups of flour"));
    ClusterOptions semantic = SCORER.clusterOptions();
    double fused = semantic.scorer().score(a, b);
    double threshold = fused - 0.01;

    List<ClaimCluster> lexical = Claims.cluster(claims, ClusterOptions.standard().withThreshold(threshold));
    List<ClaimCluster> joined = Claims.cluster(claims, semantic.withThreshold(threshold));

    assertThat(ClusterOptions.standard().scorer().score(a, b)).isLessThan(threshold);
    assertThat(lexical).hasSize(3);
    assertThat(joined).hasSize(2);
    assertThat(joined.get(0).claims()).extracting(Claim::id).containsExactlyInAnyOrder("a", "b");
    assertThat(semantic.candidates()).isInstanceOf(NearestNeighbours.class);
    assertThat(CandidateGenerator.standard()).isNotInstanceOf(NearestNeighbours.class);
  }
}
