package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongLongMapTest {
  @Test
  void agreesWithAHashMapThroughGrowthAndOverwrites() {
    Random random = new Random(5);
    LongLongMap map = new LongLongMap();
    Map<Long, Long> expected = new HashMap<>();
    for (int k = 0; k < 50_000; k++) {
      // Few distinct keys at first, then many: overwrites and growth both happen.
      long key = random.nextInt(k < 1000 ? 50 : 100_000) * 0x1_0000_0001L;
      long value = random.nextLong() & Long.MAX_VALUE;
      map.put(key, value);
      expected.put(key, value);
    }
    assertThat(map.size()).isEqualTo(expected.size());
    expected.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
    assertThat(map.keys()).containsExactly(expected.keySet().stream().mapToLong(Long::longValue).sorted().toArray());
    assertThat(map.get(-1)).isEqualTo(LongLongMap.ABSENT);
  }

  @Test
  void addsToValuesAsAHashMapMergesThem() {
    Random random = new Random(7);
    LongLongMap map = new LongLongMap();
    Map<Long, Long> expected = new HashMap<>();
    for (int k = 0; k < 50_000; k++) {
      long key = random.nextInt(k < 1000 ? 50 : 100_000) * 0x1_0000_0001L;
      long delta = random.nextInt(1000);
      map.addTo(key, delta);
      expected.merge(key, delta, Long::sum);
    }
    assertThat(map.size()).isEqualTo(expected.size());
    expected.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
    Map<Long, Long> visited = new HashMap<>();
    map.forEach((key, value) -> assertThat(visited.put(key, value)).isNull());
    assertThat(visited).isEqualTo(expected);
  }

  /** The key that marks a free slot inside the map must still be a key like any other. */
  @Test
  void keepsEveryKeyIncludingTheExtremes() {
    LongLongMap map = new LongLongMap();
    long[] keys = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1};
    for (int k = 0; k < keys.length; k++) {
      assertThat(map.get(keys[k])).isEqualTo(LongLongMap.ABSENT);
      map.put(keys[k], k);
      map.addTo(keys[k], 10);
    }
    assertThat(map.size()).isEqualTo(keys.length);
    for (int k = 0; k < keys.length; k++) {
      assertThat(map.get(keys[k])).as("key %s", keys[k]).isEqualTo(k + 10);
    }
    assertThat(map.keys()).containsExactly(Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE);
    Map<Long, Long> visited = new HashMap<>();
    map.forEach(visited::put);
    assertThat(visited).hasSize(keys.length).containsEntry(Long.MIN_VALUE, 10L).containsEntry(1L, 14L);
    map.addTo(Long.MIN_VALUE, 5);
    assertThat(map.get(Long.MIN_VALUE)).isEqualTo(15);
  }
}
