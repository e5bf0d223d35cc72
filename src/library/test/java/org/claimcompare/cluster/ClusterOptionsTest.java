package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.claimcompare.score.AlignmentScorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ClusterOptionsTest {
  @Test
  void standardUsesTheDefaultThresholdAndScorer() {
    assertThat(ClusterOptions.standard().threshold()).isEqualTo(ClusterOptions.DEFAULT_THRESHOLD);
    assertThat(ClusterOptions.standard().scorer()).isSameAs(AlignmentScorer.clustering());
  }

  @Test
  void withersReturnNewOptionsAndLeaveTheOriginalAlone() {
    ClusterOptions changed = ClusterOptions.standard().withThreshold(0.8);
    assertThat(changed.threshold()).isEqualTo(0.8);
    assertThat(ClusterOptions.standard().threshold()).isEqualTo(ClusterOptions.DEFAULT_THRESHOLD);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.01, Double.NaN})
  void rejectsAThresholdOutsideTheUnitInterval(double t) {
    assertThatIllegalArgumentException().isThrownBy(() -> ClusterOptions.standard().withThreshold(t))
        .withMessageStartingWith("threshold must be in [0, 1]");
  }

  @Test
  void rejectsNullNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> ClusterOptions.standard().withScorer(null)).withMessage("scorer");
    assertThatNullPointerException().isThrownBy(() -> ClusterOptions.standard().withCandidates(null))
        .withMessage("candidates");
  }

  @Test
  void leavesFragmentsUnlinkedByDefaultAndSaysWhenItLinksThem() {
    assertThat(ClusterOptions.standard().linksFragments()).isFalse();
    ClusterOptions linked = ClusterOptions.standard().withFragments(true);
    assertThat(linked.linksFragments()).isTrue();
    assertThat(linked.toString()).endsWith(", fragments linked]");
    assertThat(linked.withThreshold(0.5).linksFragments()).isTrue();
  }

  @Test
  void keepsShortClaimsApartFromTheMinimumOnAndRejectsAMinimumBelowOne() {
    assertThat(ClusterOptions.standard().minimumWords()).isEqualTo(1);
    ClusterOptions three = ClusterOptions.standard().withMinimumWords(3);
    assertThat(three.minimumWords()).isEqualTo(3);
    assertThat(three.toString()).endsWith(", at least 3 words]");
    assertThat(three.withFragments(true).minimumWords()).isEqualTo(3);
    assertThatIllegalArgumentException().isThrownBy(() -> ClusterOptions.standard().withMinimumWords(0))
        .withMessage("minimumWords must be at least 1: 0");
  }

  @Test
  void showsTheThresholdFirst() {
    assertThat(ClusterOptions.standard().toString()).startsWith("ClusterOptions[threshold=0.4");
  }

  @Test
  void standardUsesTheStandardCandidates() {
    assertThat(ClusterOptions.standard().candidates()).isSameAs(CandidateGenerator.standard());
  }

  @Test
  void namesTheLibraryGeneratorsAndCallsOthersCustom() {
    assertThat(ClusterOptions.standard().toString()).endsWith(
        "candidates=all pairs up to 1000 claims, then shared rare words[20 per claim, at most 1000 claims per word, 32 partners per claim]]");
    assertThat(ClusterOptions.standard().withCandidates(CandidateGenerator.allPairs()).toString())
        .endsWith("candidates=all pairs]");
    assertThat(ClusterOptions.standard().withCandidates(CandidateGenerator.sharedRareWords(3, 50)).toString())
        .endsWith("candidates=shared rare words[3 per claim, at most 50 claims per word]]");
    assertThat(ClusterOptions.standard().withCandidates((words, sink) -> {}).toString()).endsWith("candidates=custom]");
  }
}
