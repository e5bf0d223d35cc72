package org.claimcompare.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalTableTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 20, 33, 1000, 100_000})
  void mapsEachKeyToItsFirstValueLikeAHashMapAfterEveryReset(int words) {
    Random random = new Random(words);
    CompiledAlignment.LocalTable table = new CompiledAlignment.LocalTable();
    // A long text, then this one, then a short one: the table grows and shrinks between texts.
    for (int size : new int[] {5000, words, 3}) {
      table.reset(size);
      Map<Integer, Integer> expected = new HashMap<>();
      for (int k = 0; k < size; k++) {
        // Keys from a range a few times the text, so that many repeat, as words do.
        int key = random.nextInt(Math.max(1, 3 * size));
        Integer before = expected.putIfAbsent(key, k);
        assertThat(table.putIfAbsent(key, k)).isEqualTo(before == null ? -1 : before);
      }
      for (int key = 0; key < 3 * size + 10; key++) {
        assertThat(table.get(key)).isEqualTo(expected.getOrDefault(key, -1));
      }
    }
  }
}
