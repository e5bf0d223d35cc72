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
}
