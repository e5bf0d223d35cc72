package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongListTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 100, 10_000})
  void sortedDistinctGivesTheSortedDistinctValuesOfAnyInput(int n) {
    Random random = new Random(n);
    long[][] inputs = {
      random.longs(n, 0, Math.max(1, n / 2)).toArray(), // with repeats
      LongStream.range(0, n).map(x -> n - x).toArray(), // descending
      LongStream.range(0, n).map(x -> x / 2).toArray(), // ascending with repeats
    };
    for (long[] input : inputs) {
      long[] expected = Arrays.stream(input).sorted().distinct().toArray();
      assertThat(LongList.sortedDistinct(input.clone())).containsExactly(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 1000})
  void sortedDistinctReturnsAStrictlyAscendingArrayItself(int n) {
    long[] ascending = LongStream.range(0, n).map(x -> 3 * x).toArray();
    assertThat(LongList.sortedDistinct(ascending)).isSameAs(ascending);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 100, 10_000})
  void mergedDistinctGivesTheSortedDistinctValuesOfBothInputs(int n) {
    Random random = new Random(n);
    long[][][] inputs = {
      {distinct(random.longs(n, -n, n + 1)), distinct(random.longs(n / 2, -n, n + 1))}, // overlapping
      {LongStream.range(0, n).toArray(), LongStream.range(n, 2L * n).toArray()}, // one after the other
      {LongStream.range(0, n).map(x -> 2 * x).toArray(), LongStream.range(0, n).map(x -> 2 * x + 1).toArray()},
      {LongStream.range(0, n).toArray(), LongStream.range(0, n).toArray()}, // the same
      {new long[0], LongStream.range(0, n).toArray()},
    };
    for (long[][] input : inputs) {
      long[] expected = LongStream.concat(Arrays.stream(input[0]), Arrays.stream(input[1])).sorted().distinct().toArray();
      assertThat(LongList.mergedDistinct(input[0], input[1])).containsExactly(expected);
      assertThat(LongList.mergedDistinct(input[1], input[0])).containsExactly(expected);
    }
  }

  private static long[] distinct(LongStream values) {
    return values.sorted().distinct().toArray();
  }
}
