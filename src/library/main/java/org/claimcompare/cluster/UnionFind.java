package org.claimcompare.cluster;

/**
 * Union-find over an array of parents with path halving, as the clusterer finds the connected
 * components of its edges: a union makes the greater root point to the lesser, so each component's
 * root is its least element whatever order the unions come in.
 */
final class UnionFind {
  private UnionFind() {}

  /** The root of {@code x}, halving the path to it on the way. */
  static int root(int[] parent, int x) {
    int r = x;
    while (parent[r] != r) {
      parent[r] = parent[parent[r]];
      r = parent[r];
    }
    return r;
  }

  /** Joins the sets of {@code x} and {@code y}: the greater root points to the lesser. */
  static void union(int[] parent, int x, int y) {
    int a = root(parent, x);
    int b = root(parent, y);
    if (a != b) {
      parent[Math.max(a, b)] = Math.min(a, b);
    }
  }

  /** Points every element straight at its root. */
  static void flatten(int[] parent) {
    for (int i = 0; i < parent.length; i++) {
      parent[i] = root(parent, i);
    }
  }
}
