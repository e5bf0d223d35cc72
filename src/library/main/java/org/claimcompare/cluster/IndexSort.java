package org.claimcompare.cluster;

import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Sorting without boxing: an array of ints by a comparator (a stable merge sort, insertion sort
 * for short runs, O(n log n) comparisons and one buffer of n ints), an array of longs, both on all
 * cores when long, and the least longs of an array (quickselect).
 */
final class IndexSort {
  private static final int INSERTION = 32;

  /** Arrays at least this long are sorted on all cores. */
  static final int PARALLEL = 1 << 16;

  private IndexSort() {}

  /** Compares two ints. */
  @FunctionalInterface
  interface IntComparator {
    int compare(int x, int y);
  }

  /**
   * Sorts {@code a} by {@code order}, stably; the halves of a long array (down to a level per
   * doubling of the cores) are sorted at once, which does not change the result.
   */
  static void sort(int[] a, IntComparator order) {
    int[] buffer = a.clone();
    sort(buffer, a, 0, a.length, order, a.length < PARALLEL ? 0 : splits());
  }

  /**
   * Sorts {@code a} ascending, on all cores when it is long: {@link Arrays#parallelSort} sorts on
   * the calling thread alone when the common pool has one worker, as on two cores, so there the
   * halves are sorted at once and merged.
   */
  static void sort(long[] a) {
    if (a.length >= PARALLEL && ForkJoinPool.getCommonPoolParallelism() == 1) {
      sortHalves(a);
    } else {
      Arrays.parallelSort(a);
    }
  }

  /** Sorts {@code a} ascending by sorting its two halves at once and merging them. */
  static void sortHalves(long[] a) {
    int n = a.length;
    int mid = n >>> 1;
    IntStream.range(0, 2).parallel().forEach(h -> Arrays.sort(a, h == 0 ? 0 : mid, h == 0 ? mid : n));
    long[] left = Arrays.copyOf(a, mid);
    int p = 0;
    int q = mid;
    for (int k = 0; k < n; k++) {
      a[k] = q >= n || p < mid && left[p] <= a[q] ? left[p++] : a[q++];
    }
  }

  /**
   * Sorts {@code a} by {@code order}, stably, on all cores when it is long: as {@link
   * Arrays#parallelSort(Object[], Comparator)}, which sorts on the calling thread alone when the
   * common pool has one worker, as on two cores; there the halves are sorted at once and merged,
   * the left one first on ties.
   */
  static <T> void sort(T[] a, Comparator<? super T> order) {
    if (a.length >= PARALLEL && ForkJoinPool.getCommonPoolParallelism() == 1) {
      sortHalves(a, order);
    } else {
      Arrays.parallelSort(a, order);
    }
  }

  /** Sorts {@code a} by {@code order}, stably, by sorting its two halves at once and merging them. */
  static <T> void sortHalves(T[] a, Comparator<? super T> order) {
    int n = a.length;
    int mid = n >>> 1;
    IntStream.range(0, 2).parallel().forEach(h -> Arrays.sort(a, h == 0 ? 0 : mid, h == 0 ? mid : n, order));
    T[] left = Arrays.copyOf(a, mid);
    int p = 0;
    int q = mid;
    for (int k = 0; k < n; k++) {
      a[k] = q >= n || p < mid && order.compare(left[p], a[q]) <= 0 ? left[p++] : a[q++];
    }
  }

  /** How many times to halve a long array to keep every core busy: the log of the cores, rounded up. */
  private static int splits() {
    int cores = ForkJoinPool.getCommonPoolParallelism() + 1;
    return 32 - Integer.numberOfLeadingZeros(cores - 1);
  }

  /**
   * Sorts {@code dst[lo, hi)}, using {@code src}'s copy of the same range; the two halves at once
   * while {@code splits} is positive.
   */
  private static void sort(int[] src, int[] dst, int lo, int hi, IntComparator order, int splits) {
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
    if (splits > 0) {
      IntStream.range(0, 2).parallel()
          .forEach(h -> sort(dst, src, h == 0 ? lo : mid, h == 0 ? mid : hi, order, splits - 1));
    } else {
      sort(dst, src, lo, mid, order, 0);
      sort(dst, src, mid, hi, order, 0);
    }
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
