package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexSortTest {
  /** Sorts indexes by a key with many ties, then by index: the order the clusterer sorts edges in. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 31, 32, 33, 100, 1000, 10_000, IndexSort.PARALLEL, 3 * IndexSort.PARALLEL + 1})
  void sortsLikeTheJdkSortWithTheSameComparator(int n) {
    Random random = new Random(n);
    int[] key = random.ints(n, 0, 1 + n / 3).toArray();
    int[] a = random.ints(n, 0, Math.max(1, n)).toArray();
    IndexSort.IntComparator order = (x, y) -> key[x] != key[y] ? Integer.compare(key[y], key[x]) : Integer.compare(x, y);

    int[] expected = Arrays.stream(a).boxed().sorted((x, y) -> order.compare(x, y)).mapToInt(Integer::intValue).toArray();
    IndexSort.sort(a, order);

    assertThat(a).containsExactly(expected);
  }

  /** Ties keep their order, on one core or on all (long arrays are sorted in parts at once). */
  @ParameterizedTest
  @ValueSource(ints = {1000, IndexSort.PARALLEL + 7})
  void sortsStably(int n) {
    Random random = new Random(n);
    int[] key = random.ints(n, 0, 50).toArray();
    int[] a = random.ints(n, 0, n).toArray();
    IndexSort.IntComparator byKey = (x, y) -> Integer.compare(key[x], key[y]);

    int[] expected = Arrays.stream(a).boxed().sorted((x, y) -> byKey.compare(x, y)).mapToInt(Integer::intValue).toArray();
    IndexSort.sort(a, byKey);

    assertThat(a).containsExactly(expected);
  }

  /** Objects with many equal keys, each tagged with its place: ties must keep their order. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 1000, IndexSort.PARALLEL + 1})
  void sortsObjectsStablyLikeTheJdkInHalvesAtOnceOrNot(int n) {
    Random random = new Random(n);
    String[] input = new String[n];
    for (int k = 0; k < n; k++) {
      input[k] = (char) ('a' + random.nextInt(20)) + "#" + k;
    }
    Comparator<String> byFirstLetter = Comparator.comparing(s -> s.charAt(0));
    String[] expected = input.clone();
    Arrays.sort(expected, byFirstLetter);

    String[] halves = input.clone();
    IndexSort.sortHalves(halves, byFirstLetter);
    String[] chosen = input.clone();
    IndexSort.sort(chosen, byFirstLetter);

    assertThat(halves).containsExactly(expected);
    assertThat(chosen).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 1000, IndexSort.PARALLEL + 1})
  void sortsLongsLikeTheJdkInHalvesAtOnceOrNot(int n) {
    Random random = new Random(n);
    long[] input = random.longs(n, -5, 5).map(x -> x == 4 ? Long.MAX_VALUE : x == -5 ? Long.MIN_VALUE : x * random.nextLong())
        .toArray();
    long[] expected = input.clone();
    Arrays.sort(expected);

    long[] halves = input.clone();
    IndexSort.sortHalves(halves);
    long[] chosen = input.clone();
    IndexSort.sort(chosen);

    assertThat(halves).containsExactly(expected);
    assertThat(chosen).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 10, 100, 5000})
  void selectsTheSmallestLongsOfSortedReversedAndRandomInputs(int n) {
    Random random = new Random(n);
    long[][] inputs = {
      random.longs(n).toArray(),
      java.util.stream.LongStream.range(0, n).toArray(),
      java.util.stream.LongStream.range(0, n).map(x -> n - x).toArray(),
      random.longs(n, 0, 3).toArray(),
    };
    for (long[] input : inputs) {
      long[] sorted = input.clone();
      Arrays.sort(sorted);
      for (int k : new int[] {1, n / 2, n}) {
        long[] a = input.clone();
        IndexSort.selectSmallest(a, n, k);
        long[] chosen = Arrays.copyOf(a, k);
        Arrays.sort(chosen);
        assertThat(chosen).containsExactly(Arrays.copyOf(sorted, k));
      }
    }
  }
}
