package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class KnownPairsTest {
  private static long pair(int i, int j) {
    return (long) i << 32 | j;
  }

  @Test
  void appendsEachAdditionsPairsInOrderWithoutCopyingTheEarlierOnes() {
    long[] first = {pair(0, 1), pair(0, 2)};
    long[] second = {pair(1, 3)};
    KnownPairs known = KnownPairs.NONE.with(first, new double[] {0.5, 0.25}, false)
        .with(second, new double[] {0.75}, false);

    assertThat(known.size()).isEqualTo(3);
    assertThat(known.pairChunks().stream().flatMapToLong(LongStream::of).toArray())
        .containsExactly(pair(0, 1), pair(0, 2), pair(1, 3));
    assertThat(known.scores()).containsExactly(0.5, 0.25, 0.75);
    assertThat(known.pairChunks()).filteredOn(chunk -> chunk == first).hasSize(1);
    assertThat(known.pairChunks()).filteredOn(chunk -> chunk == second).hasSize(1);
    assertThat(known.complete()).isTrue();
  }

  @Test
  void equalsTheSamePairsHoweverChunked() {
    KnownPairs chunked = new KnownPairs(new long[] {pair(0, 1)}, new double[] {0.5}, false)
        .with(new long[] {pair(2, 3)}, new double[] {0.9}, false);
    KnownPairs whole = new KnownPairs(new long[] {pair(0, 1), pair(2, 3)}, new double[] {0.5, 0.9}, false);

    assertThat(chunked).isEqualTo(whole).hasSameHashCodeAs(whole);
    assertThat(chunked).isNotEqualTo(whole.with(new long[0], new double[0], true));
    assertThat(chunked).isNotEqualTo(new KnownPairs(new long[] {pair(0, 1), pair(2, 3)}, new double[] {0.5, 0.8}, false));
  }

  @Test
  void addingNothingKeepsTheSamePairs() {
    KnownPairs known = new KnownPairs(new long[] {pair(0, 1)}, new double[] {0.5}, true);

    assertThat(known.with(new long[0], new double[0], false)).isSameAs(known);
    assertThat(known.with(new long[0], new double[0], true)).isSameAs(known);
  }

  @Test
  void rejectsPairsAndScoresOfDifferentLengths() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KnownPairs.NONE.with(new long[] {pair(0, 1)}, new double[0], false))
        .withMessage("1 pairs and 0 scores");
  }
}
