package org.claimcompare.cluster;

import java.util.Arrays;

/** A growable array of longs, for pair keys. Not thread-safe. */
final class LongList {
  private long[] a = new long[256];
  private int n;

  void add(long v) {
    if (n == a.length) {
      a = Arrays.copyOf(a, a.length + (a.length >> 1));
    }
    a[n++] = v;
  }

  int size() {
    return n;
  }

  long[] toArray() {
    return Arrays.copyOf(a, n);
  }

  /** Sorts {@code keys} in place and returns its distinct values: the array itself if all are. */
  static long[] sortedDistinct(long[] keys) {
    IndexSort.sort(keys);
    int n = 0;
    for (int k = 0; k < keys.length; k++) {
      if (n == 0 || keys[k] != keys[n - 1]) {
        keys[n++] = keys[k];
      }
    }
    return n == keys.length ? keys : Arrays.copyOf(keys, n);
  }

  /** The distinct values of {@code a} and {@code b}, each ascending and distinct already, ascending. */
  static long[] mergedDistinct(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      long next = j == b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
      i += i < a.length && a[i] == next ? 1 : 0;
      j += j < b.length && b[j] == next ? 1 : 0;
      out[n++] = next;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  @Override
  public String toString() {
    return "LongList[" + n + " values]";
  }
}
