package org.claimcompare.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Connected components of items joined by edges, by union-find with path halving and union by size
 * (near-linear in the edges: O(m α(n))). Components come out largest first, ties by their lowest
 * item; the items of each in increasing order.
 */
final class Components {
  private final int[] parent;
  private final int[] size;

  Components(int items) {
    parent = new int[items];
    size = new int[items];
    for (int i = 0; i < items; i++) {
      parent[i] = i;
      size[i] = 1;
    }
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
  }

  int find(int item) {
    int i = item;
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Each component's items, largest component first, ties by lowest item. */
  List<int[]> components() {
    int n = parent.length;
    int[] slot = new int[n];
    Arrays.fill(slot, -1);
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = find(i);
      if (slot[root] < 0) {
        slot[root] = lists.size();
        lists.add(new ArrayList<>());
      }
      lists.get(slot[root]).add(i);
    }
    List<int[]> result = new ArrayList<>();
    for (List<Integer> list : lists) {
      result.add(list.stream().mapToInt(Integer::intValue).toArray());
    }
    // Lists were opened in order of their lowest item, and the sort is stable.
    result.sort(Comparator.comparingInt((int[] c) -> c.length).reversed());
    return result;
  }
}
