package org.claimcompare.cluster;

/**
 * Sorting without boxing: an array of ints by a comparator (a stable merge sort, insertion sort
 * for short runs, O(n log n) comparisons and one buffer of n ints), and the least longs of an array
 * (quickselect).
 */
final class IndexSort {
  private static final int INSERTION = 32;

  private IndexSort() {}

  /** Compares two ints. */
  @FunctionalInterface
  interface IntComparator {
    int compare(int x, int y);
  }

  static void sort(int[] a, IntComparator order) {
    int[] buffer = a.clone();
    sort(buffer, a, 0, a.length, order);
  }

  /** Sorts {@code to[from, end)}, using {@code from}'s copy of the same range. */
  private static void sort(int[] src, int[] dst, int lo, int hi, IntComparator order) {
    if (hi - lo <= INSERTION) {
      for (int k = lo + 1; k < hi; k++) {
        int v = dst[k];
        int m = k - 1;
        while (m >= lo && order.compare(dst[m], v) > 0) {
          dst[m + 1] = dst[m];
          m--;
        }
        dst[m + 1] = v;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    sort(dst, src, lo, mid, order);
    sort(dst, src, mid, hi, order);
    int p = lo;
    int q = mid;
    for (int k = lo; k < hi; k++) {
      dst[k] = q >= hi || p < mid && order.compare(src[p], src[q]) <= 0 ? src[p++] : src[q++];
    }
  }

  /**
   * Moves the {@code k} least of {@code a[0, count)} to {@code a[0, k)}, in no particular order:
   * quickselect (Hoare) with a median-of-three pivot, linear on average.
   */
  static void selectSmallest(long[] a, int count, int k) {
    int lo = 0;
    int hi = count - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long pivot = median(a[lo], a[mid], a[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      // Now a[lo, j] <= pivot <= a[i, hi], and a[j + 1, i - 1] == pivot.
      if (k - 1 <= j) {
        hi = j;
      } else if (k - 1 >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }

  private static long median(long x, long y, long z) {
    return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
  }
}
