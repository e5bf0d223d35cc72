package org.claimcompare.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The term lists that {@link SharedRareWords} indexes, with the work that does not depend on how
 * many claims there are done once per claim: the forms numbered in order of first appearance, each
 * claim's sequence and distinct forms, the hashes of its lists, and its pairs of forms numbered in a
 * dictionary; with the frequencies that do depend on the claims (of each form and each pair), and
 * each claim's {@value SharedRareWords#COMMON_PAIRED} rarest common forms, whose pairs depend on
 * the frequencies.
 *
 * <p>A corpus grows by appending ({@link #extendedWith}): the new claims' forms and pairs are
 * numbered, the frequencies updated, and the common pairs found again only for the claims whose
 * rarest common forms changed. The cost is that of the new claims' forms and pairs, plus a pass
 * of a few integer operations over every claim's distinct forms and copies of the per-claim and
 * per-pair arrays (references and counts, O(n + pairs)); the index built from it ({@link
 * SharedRareWords}) is the same as from a corpus of all the lists at once, since nothing here
 * depends on how the lists were split. The dictionaries of forms and pairs are shared, append-only,
 * by a corpus and those extended from it, which read them only below their own sizes; an older corpus
 * extended again numbers its new forms and pairs after all those numbered so far, which is as
 * good, since numbers are only identities (forms and pairs are ranked by frequency and string).
 *
 * <p>Immutable once built, and thread-safe: extending takes a lock on the shared dictionaries.
 */
final class BlockingCorpus {
  /** Marks a pair of common forms, as opposed to a pair of adjacent forms, in a pair's key. */
  static final long COMMON_PAIR = 1L << 62;

  private static final int[] NONE = new int[0];

  private final Store store;
  private final int maxClaimsPerWord;
  private final int size;
  private final int formCount;
  private final int pairCount;
  /** The forms by number: the store's array, read below {@link #formCount} only. */
  private final String[] forms;
  /** The pairs' keys by number: the store's array, read below {@link #pairCount} only. */
  private final long[] pairKeys;
  /** Per claim: its form numbers in text order. */
  final int[][] sequence;
  /** Per claim: its distinct form numbers, in order of first appearance. */
  final int[][] distinct;
  /** Per form: the number of claims that contain it. */
  final int[] frequency;
  /** Per claim: the hash of its term list ({@link List#hashCode}). */
  final int[] listHash;
  /** Per claim: the hash of its sequence ({@link Arrays#hashCode(int[])}). */
  final int[] sequenceHash;
  /** Per claim: the numbers of its distinct pairs of adjacent forms, ascending by key. */
  private final int[][] adjacentPairs;
  /** Per claim: its rarest common forms, rarest first, or none when fewer than two. */
  private final int[][] commonForms;
  /** Per claim: the numbers of the pairs of its {@link #commonForms}. */
  private final int[][] commonPairs;
  /** Per pair number: the number of claims that have it. */
  private final int[] pairFrequency;
  /**
   * Per form: its rank among the forms in more than {@code maxClaimsPerWord} claims (by frequency,
   * then string order), or -1 for the others.
   */
  final int[] commonRank;

  private BlockingCorpus(int maxClaimsPerWord) {
    this.store = new Store();
    this.maxClaimsPerWord = maxClaimsPerWord;
    size = 0;
    formCount = 0;
    pairCount = 0;
    forms = store.forms;
    pairKeys = store.pairKeys;
    sequence = new int[0][];
    distinct = new int[0][];
    frequency = NONE;
    listHash = NONE;
    sequenceHash = NONE;
    adjacentPairs = new int[0][];
    commonForms = new int[0][];
    commonPairs = new int[0][];
    pairFrequency = NONE;
    commonRank = NONE;
  }

  /**
   * The corpus of {@code words} for an index whose terms are in at most {@code maxClaimsPerWord}
   * claims: O(t) hash look-ups for t words in all.
   */
  static BlockingCorpus of(List<List<String>> words, int maxClaimsPerWord) {
    return new BlockingCorpus(maxClaimsPerWord).extendedWith(words);
  }

  /** The corpus with {@code more} term lists appended, numbered from {@link #size()}; this one is unchanged. */
  BlockingCorpus extendedWith(List<List<String>> more) {
    synchronized (store) {
      return new BlockingCorpus(this, store, more);
    }
  }

  /** Called with the lock of {@code s}, {@code old}'s store, held. */
  private BlockingCorpus(BlockingCorpus old, Store s, List<List<String>> more) {
    store = s;
    maxClaimsPerWord = old.maxClaimsPerWord;
    int from = old.size;
    size = from + more.size();
    sequence = Arrays.copyOf(old.sequence, size);
    distinct = Arrays.copyOf(old.distinct, size);
    numberForms(more, from);
    formCount = s.formCount;
    forms = s.forms;
    frequency = Arrays.copyOf(old.frequency, formCount);
    for (int i = from; i < size; i++) {
      for (int f : distinct[i]) {
        frequency[f]++;
      }
    }
    listHash = Arrays.copyOf(old.listHash, size);
    sequenceHash = Arrays.copyOf(old.sequenceHash, size);
    IntStream.range(from, size).parallel().forEach(i -> {
      listHash[i] = more.get(i - from).hashCode();
      sequenceHash[i] = Arrays.hashCode(sequence[i]);
    });
    adjacentPairs = Arrays.copyOf(old.adjacentPairs, size);
    for (int i = from; i < size; i++) {
      adjacentPairs[i] = numberPairs(adjacentKeys(sequence[i]));
    }
    commonRank = rankCommon();
    boolean[] moved = moved(old.commonRank, commonRank);
    commonForms = new int[size][];
    IntStream.range(0, size).parallel().forEach(i -> {
      if (i < from && !any(distinct[i], moved)) {
        // Its common forms are those it had, in the same order.
        commonForms[i] = old.commonForms[i];
        return;
      }
      int[] rarest = rarestCommon(distinct[i]);
      commonForms[i] = i < from && Arrays.equals(rarest, old.commonForms[i]) ? old.commonForms[i] : rarest;
    });
    commonPairs = Arrays.copyOf(old.commonPairs, size);
    for (int i = 0; i < size; i++) {
      if (i >= from || commonForms[i] != old.commonForms[i]) {
        commonPairs[i] = numberPairs(commonKeys(commonForms[i]));
      }
    }
    pairCount = s.pairCount;
    pairKeys = s.pairKeys;
    pairFrequency = countPairs(old);
  }

  /**
   * Per form: whether it is common now ({@code rank}) and was not ({@code oldRank}), or its order
   * among the common forms that were common before changed against one of them: a claim without
   * such forms has the same common forms in the same order. A form is so moved when a form after
   * it now was before it, or one before it now was after it (prefix maxima and suffix minima of
   * the earlier ranks along the new order).
   */
  private static boolean[] moved(int[] oldRank, int[] rank) {
    boolean[] moved = new boolean[rank.length];
    int commons = 0;
    for (int r : rank) {
      commons = Math.max(commons, r + 1);
    }
    int[] byRank = new int[commons];
    for (int f = 0; f < rank.length; f++) {
      if (rank[f] >= 0) {
        byRank[rank[f]] = f;
      }
    }
    int highest = -1;
    for (int f : byRank) {
      int was = f < oldRank.length ? oldRank[f] : -1;
      moved[f] = was < 0 || highest > was;
      highest = Math.max(highest, was);
    }
    int lowest = Integer.MAX_VALUE;
    for (int r = commons - 1; r >= 0; r--) {
      int f = byRank[r];
      int was = f < oldRank.length ? oldRank[f] : -1;
      if (was >= 0) {
        moved[f] |= lowest < was;
        lowest = Math.min(lowest, was);
      }
    }
    return moved;
  }

  /** Whether any of {@code forms} is marked. */
  private static boolean any(int[] forms, boolean[] marked) {
    for (int f : forms) {
      if (marked[f]) {
        return true;
      }
    }
    return false;
  }

  /** Numbers the forms of the new lists, in order of first appearance; fills their sequences. */
  private void numberForms(List<List<String>> more, int from) {
    int[] seenBy = new int[16];
    for (int i = from; i < size; i++) {
      List<String> w = more.get(i - from);
      int[] s = new int[w.size()];
      int[] d = new int[s.length];
      int count = 0;
      for (int k = 0; k < s.length; k++) {
        int f = store.number(w.get(k));
        if (f >= seenBy.length) {
          seenBy = Arrays.copyOf(seenBy, Math.max(2 * seenBy.length, f + 1));
        }
        s[k] = f;
        // Marks are claim number plus one, so that a fresh array marks nothing.
        if (seenBy[f] != i + 1) {
          seenBy[f] = i + 1;
          d[count++] = f;
        }
      }
      sequence[i] = s;
      distinct[i] = Arrays.copyOf(d, count);
    }
  }

  /**
   * The pair frequencies of {@code old}, with the common pairs of the claims whose rarest common
   * forms changed moved, and the new claims' pairs added.
   */
  private int[] countPairs(BlockingCorpus old) {
    int[] count = Arrays.copyOf(old.pairFrequency, pairCount);
    for (int i = 0; i < size; i++) {
      if (i >= old.size || commonPairs[i] != old.commonPairs[i]) {
        for (int p : i < old.size ? old.commonPairs[i] : NONE) {
          count[p]--;
        }
        for (int p : commonPairs[i]) {
          count[p]++;
        }
      }
    }
    for (int i = old.size; i < size; i++) {
      for (int p : adjacentPairs[i]) {
        count[p]++;
      }
    }
    return count;
  }

  /** The distinct pairs of adjacent forms of a sequence, ascending, as {@code first << 32 | second}. */
  private static long[] adjacentKeys(int[] s) {
    if (s.length < 2) {
      return new long[0];
    }
    long[] out = new long[s.length - 1];
    for (int k = 1; k < s.length; k++) {
      out[k - 1] = (long) s[k - 1] << 32 | s[k];
    }
    return LongList.sortedDistinct(out);
  }

  /** Each two of the given forms, rarer first: {@code COMMON_PAIR | rarer << 32 | other}. */
  private static long[] commonKeys(int[] rarest) {
    int m = rarest.length;
    long[] out = new long[m * (m - 1) / 2];
    int c = 0;
    for (int x = 0; x < m; x++) {
      for (int y = x + 1; y < m; y++) {
        out[c++] = COMMON_PAIR | (long) rarest[x] << 32 | rarest[y];
      }
    }
    return out;
  }

  private int[] numberPairs(long[] keys) {
    if (keys.length == 0) {
      return NONE;
    }
    int[] out = new int[keys.length];
    for (int k = 0; k < keys.length; k++) {
      out[k] = store.pair(keys[k]);
    }
    return out;
  }

  /**
   * The claim's {@value SharedRareWords#COMMON_PAIRED} rarest forms among those in more than
   * {@code maxClaimsPerWord} claims (by {@link #commonRank}), rarest first; none when fewer than
   * two, which make no pair.
   */
  private int[] rarestCommon(int[] forms) {
    long[] common = new long[forms.length];
    int count = 0;
    for (int f : forms) {
      if (commonRank[f] >= 0) {
        common[count++] = (long) commonRank[f] << 32 | f;
      }
    }
    if (count < 2) {
      return NONE;
    }
    Arrays.sort(common, 0, count);
    int[] out = new int[Math.min(SharedRareWords.COMMON_PAIRED, count)];
    for (int k = 0; k < out.length; k++) {
      out[k] = (int) common[k];
    }
    return out;
  }

  /** Per form: its rank among the common forms, by frequency then string order, or -1. */
  private int[] rankCommon() {
    int[] common = IntStream.range(0, formCount).filter(f -> frequency[f] > maxClaimsPerWord).toArray();
    IndexSort.sort(common, (x, y) -> x == y ? 0
        : frequency[x] != frequency[y] ? Integer.compare(frequency[x], frequency[y])
        : forms[x].compareTo(forms[y]));
    int[] rank = new int[formCount];
    Arrays.fill(rank, -1);
    for (int r = 0; r < common.length; r++) {
      rank[common[r]] = r;
    }
    return rank;
  }

  /** The number of term lists. */
  int size() {
    return size;
  }

  /** The number of distinct forms. */
  int formCount() {
    return formCount;
  }

  /** The form numbered {@code f}. */
  String form(int f) {
    return forms[f];
  }

  /** The number of distinct pairs of forms (adjacent, or of common forms). */
  int pairCount() {
    return pairCount;
  }

  /** The number of claims that have pair {@code p}. */
  int pairFrequency(int p) {
    return pairFrequency[p];
  }

  /**
   * Claim {@code i}'s pairs: of adjacent forms, and of its rarest common forms, by number; the
   * corpus's own arrays, not to be changed.
   */
  int[][] pairsOf(int i) {
    return new int[][] {adjacentPairs[i], commonPairs[i]};
  }

  /**
   * The key of pair {@code p}: {@link #COMMON_PAIR} if it pairs common forms, with its first
   * form's number shifted left 32 and its second's ({@link #firstForm}, {@link #secondForm}).
   */
  long pairKey(int p) {
    return pairKeys[p];
  }

  /** The frequency cap this corpus ranks its common forms by. */
  int maxClaimsPerWord() {
    return maxClaimsPerWord;
  }

  /** Per form: its place in {@link String#compareTo} order of all forms. */
  int[] stringPlaces() {
    int[] byString = IntStream.range(0, formCount).toArray();
    IndexSort.sort(byString, (x, y) -> forms[x].compareTo(forms[y]));
    int[] place = new int[formCount];
    for (int r = 0; r < formCount; r++) {
      place[byString[r]] = r;
    }
    return place;
  }

  /**
   * Per pair number: its term number, from {@code firstTerm}, or -1. The pairs that are terms are
   * those of the claims {@code few} accepts that are in 2 to {@code maxClaimsPerWord} claims,
   * numbered by rarity, then adjacent pairs before pairs of common forms, then by the string order
   * ({@code place}) of their first and second forms.
   */
  int[] pairTerms(boolean[] few, int[] place, int firstTerm) {
    boolean[] given = new boolean[pairCount];
    for (int i = 0; i < size; i++) {
      if (few[i]) {
        for (int p : adjacentPairs[i]) {
          given[p] = true;
        }
        for (int p : commonPairs[i]) {
          given[p] = true;
        }
      }
    }
    int[] pairTerm = new int[pairCount];
    Arrays.fill(pairTerm, -1);
    int[] kept = IntStream.range(0, pairCount)
        .filter(p -> given[p] && pairFrequency[p] >= 2 && pairFrequency[p] <= maxClaimsPerWord).toArray();
    if (formCount >= 1 << 21 || maxClaimsPerWord >= 1 << 20) {
      // Too many forms, or too high a cap, for a packed order: compare the strings.
      IndexSort.sort(kept, this::comparePairs);
      for (int r = 0; r < kept.length; r++) {
        pairTerm[kept[r]] = firstTerm + r;
      }
      return pairTerm;
    }
    // Packed as (frequency, kind, first form's place, second form's place), unique per pair: each
    // pair's term is the place of its packed order among all, found by binary search.
    long[] packed = new long[kept.length];
    IntStream.range(0, kept.length).parallel().forEach(k -> packed[k] = packed(kept[k], place));
    long[] sorted = packed.clone();
    IndexSort.sort(sorted);
    IntStream.range(0, kept.length).parallel()
        .forEach(k -> pairTerm[kept[k]] = firstTerm + Arrays.binarySearch(sorted, packed[k]));
    return pairTerm;
  }

  private long packed(int pair, int[] place) {
    long key = pairKeys[pair];
    long kind = (key & COMMON_PAIR) == 0 ? 0 : 1;
    return (long) pairFrequency[pair] << 43 | kind << 42 | (long) place[firstForm(key)] << 21 | place[secondForm(key)];
  }

  /** Pair numbers by frequency, then adjacent pairs first, then their forms in string order. */
  int comparePairs(int x, int y) {
    long kx = pairKeys[x];
    long ky = pairKeys[y];
    int c = Integer.compare(pairFrequency[x], pairFrequency[y]);
    c = c != 0 ? c : Long.compare(kx & COMMON_PAIR, ky & COMMON_PAIR);
    c = c != 0 ? c : forms[firstForm(kx)].compareTo(forms[firstForm(ky)]);
    return c != 0 ? c : forms[secondForm(kx)].compareTo(forms[secondForm(ky)]);
  }

  /**
   * Sorts pair numbers by frequency, then adjacent pairs first, then by the hashes of their forms'
   * strings, then as {@link #comparePairs}: the same order for the same pairs however they were
   * numbered. What the order reads of each pair (its key, frequency and forms' hashes) is read once
   * per pair into arrays of its own, so that the sort compares in those rather than in the
   * dictionaries, and compares strings only where all of it is equal.
   */
  void sortPairsByHash(int[] pairs) {
    int count = pairs.length;
    // Per position: frequency (below 2^31), kind and first hash in one long compared unsigned (the
    // hash's sign bit flipped, so that its unsigned order is its signed order), the second hash beside it.
    long[] high = new long[count];
    int[] low = new int[count];
    for (int k = 0; k < count; k++) {
      long key = pairKeys[pairs[k]];
      long kind = (key & COMMON_PAIR) == 0 ? 0 : 1;
      int first = forms[firstForm(key)].hashCode() ^ Integer.MIN_VALUE;
      high[k] = (long) pairFrequency[pairs[k]] << 33 | kind << 32 | (first & 0xFFFFFFFFL);
      low[k] = forms[secondForm(key)].hashCode();
    }
    int[] order = IntStream.range(0, count).toArray();
    IndexSort.sort(order, (x, y) -> {
      int c = Long.compareUnsigned(high[x], high[y]);
      c = c != 0 ? c : Integer.compare(low[x], low[y]);
      return c != 0 || x == y ? c : comparePairs(pairs[x], pairs[y]);
    });
    int[] sorted = new int[count];
    for (int k = 0; k < count; k++) {
      sorted[k] = pairs[order[k]];
    }
    System.arraycopy(sorted, 0, pairs, 0, count);
  }

  /** The term numbers of claim {@code i}'s pairs that are terms ({@code pairTerm}), ascending. */
  int[] pairTermsOf(int i, int[] pairTerm) {
    int[] adjacent = adjacentPairs[i];
    int[] common = commonPairs[i];
    int[] out = new int[adjacent.length + common.length];
    int count = 0;
    for (int p : adjacent) {
      if (pairTerm[p] >= 0) {
        out[count++] = pairTerm[p];
      }
    }
    for (int p : common) {
      if (pairTerm[p] >= 0) {
        out[count++] = pairTerm[p];
      }
    }
    out = Arrays.copyOf(out, count);
    Arrays.sort(out);
    return out;
  }

  static int firstForm(long key) {
    return (int) (key >>> 32) & ~(int) (COMMON_PAIR >>> 32);
  }

  static int secondForm(long key) {
    return (int) key;
  }

  /**
   * The dictionaries of forms and pairs, shared by a corpus and those extended from it, only ever
   * appended to.
   */
  private static final class Store {
    private final Map<String, Integer> formNumber = new HashMap<>();
    /**
     * The pairs' numbers by key, open addressing at most half full: per slot, a pair's number plus
     * one, or 0 if free; the key is read from {@link #pairKeys}. Four bytes a slot, where a map
     * from key to number would take sixteen.
     */
    private int[] pairSlots = new int[16];
    String[] forms = new String[16];
    long[] pairKeys = new long[16];
    int formCount;
    int pairCount;

    int number(String form) {
      Integer f = formNumber.get(form);
      if (f == null) {
        f = formCount;
        formNumber.put(form, f);
        if (formCount == forms.length) {
          forms = Arrays.copyOf(forms, 2 * forms.length);
        }
        forms[formCount++] = form;
      }
      return f;
    }

    int pair(long key) {
      int mask = pairSlots.length - 1;
      int at = slot(key, mask);
      for (int p = pairSlots[at]; p != 0; at = (at + 1) & mask, p = pairSlots[at]) {
        if (pairKeys[p - 1] == key) {
          return p - 1;
        }
      }
      if (pairCount == pairKeys.length) {
        pairKeys = Arrays.copyOf(pairKeys, 2 * pairKeys.length);
      }
      pairKeys[pairCount] = key;
      pairSlots[at] = ++pairCount;
      if (2 * pairCount > pairSlots.length) {
        pairSlots = slots(pairKeys, pairCount, 2 * pairSlots.length);
      }
      return pairCount - 1;
    }

    /** The slots of the first {@code count} keys, in a table of {@code size} slots. */
    private static int[] slots(long[] keys, int count, int size) {
      int[] slots = new int[size];
      int mask = size - 1;
      for (int p = 0; p < count; p++) {
        int at = slot(keys[p], mask);
        while (slots[at] != 0) {
          at = (at + 1) & mask;
        }
        slots[at] = p + 1;
      }
      return slots;
    }

    private static int slot(long key, int mask) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
  }
}
