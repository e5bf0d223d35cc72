package org.claimcompare.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentsTest {
  @Test
  void joinsChainsAndListsLargestFirst() {
    Components components = new Components(7);
    components.union(5, 6);
    components.union(1, 3);
    components.union(3, 4);
    List<int[]> result = components.components();
    assertThat(result).containsExactly(new int[] {1, 3, 4}, new int[] {5, 6}, new int[] {0}, new int[] {2});
  }

  @Test
  void unionOfJoinedItemsChangesNothing() {
    Components components = new Components(3);
    components.union(0, 1);
    components.union(1, 0);
    assertThat(components.find(0)).isEqualTo(components.find(1)).isNotEqualTo(components.find(2));
  }
}
