package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.ClaimKind;
import org.claimcompare.Claims;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.PreparedTexts;
import org.junit.jupiter.api.Test;

class ClusterStepsTest {
  @Test
  void keepsApartFragmentsAndShortClaimsAsTheOptionsSay() {
    Claim fragment = Claims.claim("a", "junta").withKind(ClaimKind.FRAGMENT);
    Claim shortClaim = Claims.claim("b", "no way");
    assertThat(ClusterSteps.keptApart(fragment, ClusterOptions.standard())).isTrue();
    assertThat(ClusterSteps.keptApart(fragment, ClusterOptions.standard().withFragments(true))).isFalse();
    assertThat(ClusterSteps.keptApart(shortClaim, ClusterOptions.standard())).isFalse();
    assertThat(ClusterSteps.keptApart(shortClaim, ClusterOptions.standard().withMinimumWords(3))).isTrue();
  }

  /** One component linked alone, numbered as in a run over it: the clusterer's own result. */
  @Test
  void linksAComponentAsTheClustererDoes() {
    List<Claim> claims = List.of(
        Claims.claim("c1", "Take power into your own hands"),
        Claims.claim("c2", "Take the power in your hands"),
        Claims.claim("c3", "take power into your own hands"),
        Claims.claim("c4", "Power into your own hands, he said"));
    ClusterOptions options = ClusterOptions.standard();
    List<String> texts = claims.stream().map(Claim::text).toList();
    // c1 and c3 have the same words: one node of two claims.
    PreparedTexts all = ((AlignmentScorer) options.scorer()).adaptedTo(texts).prepare(texts);
    PreparedTexts nodes = all.subset(new int[] {0, 1, 3});
    int[] nodeOf = {0, 1, 0, 2};
    List<Long> keys = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      for (int j = i + 1; j < 3; j++) {
        if (nodes.score(i, j) >= options.threshold()) {
          keys.add((long) i << 32 | j);
          scores.add(nodes.score(i, j));
        }
      }
    }
    List<ClaimCluster> linked = ClusterSteps.link(claims, nodeOf, nodes,
        keys.stream().mapToLong(Long::longValue).toArray(), scores.stream().mapToDouble(Double::doubleValue).toArray(),
        new int[] {0, 1, 2}, new int[] {0, 1, 2, 3}, options.threshold());
    assertThat(linked).isEqualTo(Clusterer.cluster(claims, options));
  }

  @Test
  void rejectsEdgesThatDoNotFit() {
    List<Claim> claims = List.of(Claims.claim("a", "one"), Claims.claim("b", "two"));
    PreparedTexts texts = AlignmentScorer.clustering().prepare(List.of("one", "two"));
    assertThatIllegalArgumentException().isThrownBy(() -> ClusterSteps.link(claims, new int[] {0, 1}, texts,
            new long[] {1L << 32}, new double[] {0.9}, new int[] {0, 1}, new int[] {0, 1}, 0.4))
        .withMessage("edge 0 is not an ascending pair of the 2 texts: (1, 0)");
    assertThatIllegalArgumentException().isThrownBy(() -> ClusterSteps.link(claims, new int[] {0, 1}, texts,
            new long[] {1L}, new double[] {0.1}, new int[] {0, 1}, new int[] {0, 1}, 0.4))
        .withMessage("edge 0 scores 0.1, below the threshold 0.4");
  }

  @Test
  void namesEachComponentByItsLeastNodeWhateverTheOrderOfItsEdges() {
    long[] edges = {4L << 32 | 5, 2L << 32 | 5, 1L << 32 | 3, 0L << 32 | 6};

    assertThat(ClusterSteps.components(8, edges)).containsExactly(0, 1, 2, 1, 2, 2, 0, 7);
  }

  @Test
  void refusesAnEdgeOutsideTheNodes() {
    assertThatIllegalArgumentException().isThrownBy(() -> ClusterSteps.components(3, new long[] {1L << 32 | 3}))
        .withMessage("edge (1, 3) is not a pair of the 3 nodes");
  }
}
