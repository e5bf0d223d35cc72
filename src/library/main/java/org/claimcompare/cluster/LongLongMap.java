package org.claimcompare.cluster;

import java.util.Arrays;

/**
 * A map from long keys to long values by open addressing with linear probing, without boxing;
 * {@link #get} returns {@link #ABSENT} for a key not in it. Not thread-safe.
 *
 * <p>Each key sits beside its value in one array, so that a look-up usually reads one memory line.
 * A free slot holds the key {@link #FREE}; that key itself, when put, is kept apart.
 */
final class LongLongMap {
  static final long ABSENT = Long.MIN_VALUE;

  /** The key that marks a free slot. */
  private static final long FREE = Long.MIN_VALUE;

  /** Key, value, key, value...: twice as many longs as slots, a power of two. */
  private long[] slots = freeSlots(16);
  /** Entries in {@link #slots}. */
  private int size;
  /** Whether the key {@link #FREE} is in the map, and its value. */
  private boolean hasFreeKey;
  private long freeKeyValue;

  long get(long key) {
    if (key == FREE) {
      return hasFreeKey ? freeKeyValue : ABSENT;
    }
    int mask = slots.length / 2 - 1;
    for (int k = slot(key, mask); slots[2 * k] != FREE; k = (k + 1) & mask) {
      if (slots[2 * k] == key) {
        return slots[2 * k + 1];
      }
    }
    return ABSENT;
  }

  void put(long key, long value) {
    if (key == FREE) {
      hasFreeKey = true;
      freeKeyValue = value;
      return;
    }
    int k = find(key); // before reading the field: finding may grow the array
    slots[2 * k + 1] = value;
  }

  /** Adds {@code delta} to the key's value, taking an absent key's value as 0. */
  void addTo(long key, long delta) {
    if (key == FREE) {
      freeKeyValue = hasFreeKey ? freeKeyValue + delta : delta;
      hasFreeKey = true;
      return;
    }
    int k = find(key); // before reading the field: finding may grow the array
    slots[2 * k + 1] += delta;
  }

  /** The slot of a key other than {@link #FREE}, taken for it with the value 0 if it was absent. */
  private int find(long key) {
    if (2 * (size + 1) > slots.length / 2) {
      grow();
    }
    int mask = slots.length / 2 - 1;
    int k = slot(key, mask);
    while (slots[2 * k] != FREE && slots[2 * k] != key) {
      k = (k + 1) & mask;
    }
    if (slots[2 * k] == FREE) {
      slots[2 * k] = key;
      slots[2 * k + 1] = 0;
      size++;
    }
    return k;
  }

  int size() {
    return size + (hasFreeKey ? 1 : 0);
  }

  private void grow() {
    long[] old = slots;
    slots = freeSlots(old.length);
    int mask = slots.length / 2 - 1;
    for (int s = 0; s < old.length; s += 2) {
      if (old[s] != FREE) {
        int k = slot(old[s], mask);
        while (slots[2 * k] != FREE) {
          k = (k + 1) & mask;
        }
        slots[2 * k] = old[s];
        slots[2 * k + 1] = old[s + 1];
      }
    }
  }

  /** Room for {@code count} entries, all free. */
  private static long[] freeSlots(int count) {
    long[] out = new long[2 * count];
    for (int s = 0; s < out.length; s += 2) {
      out[s] = FREE;
    }
    return out;
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  @Override
  public String toString() {
    return "LongLongMap[" + size() + " entries]";
  }

  /** What {@link #forEach} gives each entry to. */
  interface EntryConsumer {
    void accept(long key, long value);
  }

  /** Gives each entry to {@code action}, in no particular order. */
  void forEach(EntryConsumer action) {
    if (hasFreeKey) {
      action.accept(FREE, freeKeyValue);
    }
    for (int s = 0; s < slots.length; s += 2) {
      if (slots[s] != FREE) {
        action.accept(slots[s], slots[s + 1]);
      }
    }
  }

  /** The keys, ascending. */
  long[] keys() {
    long[] out = new long[size()];
    int n = 0;
    if (hasFreeKey) {
      out[n++] = FREE;
    }
    for (int s = 0; s < slots.length; s += 2) {
      if (slots[s] != FREE) {
        out[n++] = slots[s];
      }
    }
    Arrays.sort(out);
    return out;
  }
}
