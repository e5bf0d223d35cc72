package org.claimcompare.cluster;

import java.util.Arrays;

/**
 * A map from long keys to long values by open addressing with linear probing, without boxing;
 * {@link #get} returns {@link #ABSENT} for a key not in it. Not thread-safe.
 */
final class LongLongMap {
  static final long ABSENT = Long.MIN_VALUE;

  private long[] keys = new long[16];
  private long[] values = new long[16];
  private boolean[] used = new boolean[16];
  private int size;

  long get(long key) {
    int mask = keys.length - 1;
    for (int k = slot(key, mask); used[k]; k = (k + 1) & mask) {
      if (keys[k] == key) {
        return values[k];
      }
    }
    return ABSENT;
  }

  void put(long key, long value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int k = slot(key, mask);
    while (used[k] && keys[k] != key) {
      k = (k + 1) & mask;
    }
    if (!used[k]) {
      used[k] = true;
      keys[k] = key;
      size++;
    }
    values[k] = value;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[2 * oldKeys.length];
    values = new long[keys.length];
    used = new boolean[keys.length];
    size = 0;
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldUsed[k]) {
        put(oldKeys[k], oldValues[k]);
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  @Override
  public String toString() {
    return "LongLongMap[" + size + " entries]";
  }

  /** The keys, ascending. */
  long[] keys() {
    long[] out = new long[size];
    int n = 0;
    for (int k = 0; k < keys.length; k++) {
      if (used[k]) {
        out[n++] = keys[k];
      }
    }
    Arrays.sort(out);
    return out;
  }
}
