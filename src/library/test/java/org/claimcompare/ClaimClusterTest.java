package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimClusterTest {
  private final Claim rep = Claim.of("a", "Take power into your own hands");
  private final Claim other = Claim.of("b", "Take the power in your hands");

  @Test
  void showsNumberSizeAndRepresentative() {
    ClaimCluster c = new ClaimCluster(3, rep, List.of(new ClaimCluster.Member(rep, 1), new ClaimCluster.Member(other, 0.7)));
    assertThat(c).hasToString("ClaimCluster[#3 size=2 rep=\"Take power into your own hands\"]");
    assertThat(c.claims()).containsExactly(rep, other);
  }

  @Test
  void requiresTheRepresentativeFirst() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ClaimCluster(1, rep, List.of(new ClaimCluster.Member(other, 0.7))))
        .withMessage("the representative must be the first member of cluster 1");
  }

  @Test
  void rejectsAnEmptyClusterAndANumberBelowOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ClaimCluster(1, rep, List.of()))
        .withMessage("cluster 1 has no members");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ClaimCluster(0, rep, List.of(new ClaimCluster.Member(rep, 1))))
        .withMessage("number must be at least 1: 0");
  }
}
