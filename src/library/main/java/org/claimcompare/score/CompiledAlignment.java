package org.claimcompare.score;

import java.util.Arrays;

/**
 * The score of {@link Alignment} computed on {@link CompiledTexts}: one workspace per thread,
 * reused for every pair, so that scoring a pair allocates nothing.
 *
 * <p>It runs the same greedy as {@link GreedyAlignment}, tier by tier (same form, same stem, near
 * spelling, synonyms, related words), level by level (classes of equal closeness taken by form in
 * order of first occurrence, then by partner), with the same tie-breaks, so that the same positions
 * are aligned; then it sums the aligned weights in order of position, as {@link Alignment} does,
 * and applies the same guards. The result equals {@code Alignment.score()} exactly, which a property
 * test checks. Texts too long for the bounded near-spelling search of {@link GreedyAlignment} (more
 * than {@value Alignment#NEAR_MAX_COMPARISONS} near-spelling forms) are scored by the explained path.
 *
 * <p>Each text's distinct forms, their positions and their stems are laid out in a reusable
 * {@link Side}; the workspace keeps the last sides it laid out (see {@link #side}), so a text scored
 * with several others in a row, or again soon after, is laid out once. What a pair needs of a word (stem, flags, letters, WordNet neighbour
 * ranges) is read from one packed record per word when its side is laid out; the orientation of a
 * pair is one comparison of precomputed ranks; near spellings are filtered by a table of the common
 * letters each pair of lengths needs and a bound from the letters' bits before letters are counted.
 * A pair costs about 2 µs on a core for sentences of about 20 words, and allocates nothing once the
 * workspace has grown to the longest text (see {@code docs/benchmarks.md}).
 */
final class CompiledAlignment {
  private final CompiledTexts c;
  /**
   * Texts laid out recently, each in the slot its id hashes to: a text scored with several others
   * in a row, or again soon after, is laid out once. Texts longer than {@value #LONG_TEXT} words
   * go to two sides of their own instead, so that the slots never hold the arrays of many long
   * texts.
   */
  private final Side[] sides = new Side[SIDES];
  private final Side[] longSides = new Side[2];

  // Per pair: forms' aligned counts, partners seen per level, aligned pairs by position of a.
  private int[] usedA = new int[16];
  private int[] usedB = new int[16];
  private int[] partnerLevel = new int[16];
  private int level;
  private int[] pairJ = new int[32];
  private double[] pairStrength = new double[32];
  private boolean[] linkedB = new boolean[32];

  // The candidate classes of one tier.
  private int edges;
  private int[] edgeX = new int[32];
  private int[] edgeY = new int[32];
  private double[] edgeC = new double[32];
  private int[] order = new int[32];
  private int[] sortBuffer = new int[32];

  CompiledAlignment(CompiledTexts compiled) {
    this.c = compiled;
  }

  /** Laid-out texts kept per workspace. */
  private static final int SIDES = 64;

  /** Words above which a text is laid out in a side of its own. */
  private static final int LONG_TEXT = 256;

  /** The score of texts {@code i} and {@code j}, in the orientation of {@link AlignmentScorer#score}. */
  double score(int i, int j) {
    boolean swap = c.rank[i] > c.rank[j];
    int x = swap ? j : i;
    int y = swap ? i : j;
    if (c.length(x) == 0 && c.length(y) == 0) {
      String wx = c.wordless(x);
      return wx != null && !wx.isBlank() && wx.equals(c.wordless(y)) ? 1 : 0;
    }
    Side a = side(x, null);
    Side b = side(y, a);
    if (a.nearCount > Alignment.NEAR_MAX_COMPARISONS || b.nearCount > Alignment.NEAR_MAX_COMPARISONS) {
      return c.reference.score(c.texts.get(x), c.texts.get(y));
    }
    return align(a, b);
  }

  /**
   * A side laid out for {@code text}: the one in the text's slot if it holds the text, else that
   * slot's (the next slot's, if that is {@code other}) laid out anew.
   */
  private Side side(int text, Side other) {
    if (c.length(text) > LONG_TEXT) {
      return longSide(text, other);
    }
    int slot = (text * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(SIDES));
    Side s = sides[slot];
    if (s != null && s.text == text && s != other) {
      return s;
    }
    if (s == other && s != null) {
      slot = (slot + 1) & (SIDES - 1);
      s = sides[slot];
    }
    if (s == null) {
      s = new Side(c);
      sides[slot] = s;
    }
    s.layOut(text);
    return s;
  }

  /** A side of its own laid out for a long {@code text}, reusing one that holds it, never {@code other}. */
  private Side longSide(int text, Side other) {
    for (Side s : longSides) {
      if (s != null && s.text == text && s != other) {
        return s;
      }
    }
    int k = longSides[0] == other ? 1 : 0;
    if (longSides[k] == null) {
      longSides[k] = new Side(c);
    }
    longSides[k].layOut(text);
    return longSides[k];
  }

  private double align(Side a, Side b) {
    reset(a, b);
    sameForms(a, b);
    tier(a, b, 1.0);
    sameStems(a, b);
    tier(a, b, Alignment.STEM_STRENGTH);
    nearSpellings(a, b);
    tier(a, b, Alignment.NEAR_STRENGTH);
    lexical(a, b, false);
    tier(a, b, Alignment.SYNONYM_STRENGTH);
    if (Alignment.RELATED_STRENGTH > 0) {
      lexical(a, b, true);
      tier(a, b, Alignment.RELATED_STRENGTH);
    }
    return finalScore(a, b);
  }

  private void reset(Side a, Side b) {
    if (usedA.length < a.forms) {
      usedA = new int[Math.max(a.forms, 2 * usedA.length)];
    }
    if (usedB.length < b.forms) {
      usedB = new int[Math.max(b.forms, 2 * usedB.length)];
      partnerLevel = new int[usedB.length];
      level = 0;
    }
    Arrays.fill(usedA, 0, a.forms, 0);
    Arrays.fill(usedB, 0, b.forms, 0);
    if (pairJ.length < a.n) {
      pairJ = new int[Math.max(a.n, 2 * pairJ.length)];
      pairStrength = new double[pairJ.length];
    }
    Arrays.fill(pairJ, 0, a.n, -1);
    if (linkedB.length < b.n) {
      linkedB = new boolean[Math.max(b.n, 2 * linkedB.length)];
    }
    Arrays.fill(linkedB, 0, b.n, false);
  }

  // ---- The candidate classes of each tier, as GreedyAlignment finds them.

  private void sameForms(Side a, Side b) {
    edges = 0;
    for (int x = 0; x < a.forms; x++) {
      int y = b.local(a.word[x]);
      if (y >= 0) {
        edge(x, y, a.weight(x) + b.weight(y));
      }
    }
  }

  private void sameStems(Side a, Side b) {
    edges = 0;
    for (int x = 0; x < a.forms; x++) {
      for (int y = b.firstOfStem(a.stem[x]); y >= 0; y = b.nextOfStem[y]) {
        if (b.word[y] != a.word[x]) {
          edge(x, y, a.weight(x) + b.weight(y));
        }
      }
    }
  }

  /**
   * As {@code GreedyAlignment.nearSpellings}, with its two filters (compatible lengths, enough
   * common letters) read from {@link #COMMON_LETTERS_NEEDED}, and the letter count bounded first by
   * the letters' bits: each letter one word has and the other lacks leaves at least one of its
   * letters unmatched.
   */
  private void nearSpellings(Side a, Side b) {
    edges = 0;
    if (b.nearCount == 0) {
      return;
    }
    for (int k = 0; k < a.nearCount; k++) {
      int x = a.near[k];
      int w = a.word[x];
      if (b.local(w) >= 0 || b.firstOfStem(a.stem[x]) >= 0) {
        continue;
      }
      int lx = a.nearLength[k];
      int mx = a.nearMask[k];
      int[] needed = COMMON_LETTERS_NEEDED[lx];
      for (int m = 0; m < b.nearCount; m++) {
        int ly = b.nearLength[m];
        int need = needed[ly];
        if (need < 0) {
          continue; // lengths too far apart
        }
        int my = b.nearMask[m];
        int v = b.word[b.near[m]];
        if ((mx | my) >= 0 && (Math.min(lx - Integer.bitCount(mx & ~my), ly - Integer.bitCount(my & ~mx)) < need
            || commonLetters(w, v) < need)) {
          continue;
        }
        if (a.local(v) < 0) {
          double jw = JaroWinkler.similarity(c.forms[w], c.forms[v]);
          if (jw >= Alignment.NEAR_MIN_SIMILARITY) {
            edge(x, b.near[m], jw);
          }
        }
      }
    }
  }

  /**
   * For two lengths, the fewest common letters with which {@code GreedyAlignment.enoughCommonLetters}
   * holds (its very expression, evaluated for each count), or -1 if {@code GreedyAlignment.compatible}
   * does not.
   */
  private static final int[][] COMMON_LETTERS_NEEDED = commonLettersNeeded();

  private static int[][] commonLettersNeeded() {
    int max = Alignment.NEAR_MAX_LENGTH;
    int[][] needed = new int[max + 1][max + 1];
    for (int x = 1; x <= max; x++) {
      for (int y = 1; y <= max; y++) {
        double lx = x;
        double ly = y;
        int common = 0;
        while (common <= max && common / lx + common / ly + 1 < 3 * Alignment.NEAR_MIN_JARO - 1e-9) {
          common++;
        }
        boolean compatible = Math.min(x, y) >= (Alignment.NEAR_MIN_LENGTH_RATIO - 1e-9) * Math.max(x, y);
        needed[x][y] = compatible ? common : -1;
      }
    }
    return needed;
  }

  /** The letters two words spelled in a to z have in common, as multisets. */
  private int commonLetters(int w, int v) {
    byte[] p = c.letters[w];
    byte[] q = c.letters[v];
    int common = 0;
    for (int k = 0; k < p.length; k++) {
      common += Math.min(p[k], q[k]);
    }
    return common;
  }

  /**
   * Lexical forms of {@code a} without a same-stem partner, with the lexical forms of {@code b}
   * whose stems are among the synonym (or, with {@code related}, the related) stems of theirs and
   * have no same-stem partner in a: through the partner stems, a sequential scan that the stem
   * Bloom filter makes about a nanosecond a stem, unless they outnumber b's lexical forms sixteen
   * times, then by a binary search among them for each of b's lexical forms, whose random reads
   * cost more (switching at as many partners as forms cost about 1 µs a pair more on the scale
   * corpus, at four times about 0.2 µs).
   */
  private void lexical(Side a, Side b, boolean related) {
    edges = 0;
    if (b.lexicalCount == 0) {
      return;
    }
    int[] partners = related ? c.relatedStems : c.synonymStems;
    for (int k = 0; k < a.lexicalCount; k++) {
      int x = a.lexical[k];
      if (b.firstOfStem(a.stem[x]) >= 0) {
        continue;
      }
      int from = related ? a.relatedFrom[k] : a.synonymFrom[k];
      int to = related ? a.relatedTo[k] : a.synonymTo[k];
      if (to - from <= 16 * b.lexicalCount) {
        for (int p = from; p < to; p++) {
          int t = partners[p];
          if (b.firstOfStem(t) >= 0 && a.firstOfStem(t) < 0) {
            for (int y = b.firstOfStem(t); y >= 0; y = b.nextOfStem[y]) {
              if ((b.flags[y] & CompiledTexts.LEXICAL) != 0) {
                edge(x, y, a.weight(x) + b.weight(y));
              }
            }
          }
        }
      } else {
        for (int m = 0; m < b.lexicalCount; m++) {
          int y = b.lexical[m];
          int t = b.stem[y];
          if (a.firstOfStem(t) < 0 && Arrays.binarySearch(partners, from, to, t) >= 0) {
            edge(x, y, a.weight(x) + b.weight(y));
          }
        }
      }
    }
  }

  private void edge(int x, int y, double closeness) {
    if (edges == edgeX.length) {
      int size = 2 * edges;
      edgeX = Arrays.copyOf(edgeX, size);
      edgeY = Arrays.copyOf(edgeY, size);
      edgeC = Arrays.copyOf(edgeC, size);
      order = new int[size];
      sortBuffer = new int[size];
    }
    edgeX[edges] = x;
    edgeY[edges] = y;
    edgeC[edges] = closeness;
    edges++;
  }

  // ---- The greedy, as GreedyAlignment.tier and level.

  /** Takes one tier's classes level by level: closest first, then by x, then by y. */
  private void tier(Side a, Side b, double strength) {
    for (int k = 0; k < edges; k++) {
      order[k] = k;
    }
    sort(0, edges);
    int from = 0;
    while (from < edges) {
      int to = from + 1;
      while (to < edges && Double.compare(edgeC[order[to]], edgeC[order[from]]) == 0) {
        to++;
      }
      level(a, b, from, to, strength);
      from = to;
    }
  }

  /** {@code GreedyAlignment.LEVEL_ORDER}: closeness descending, then x, then y. */
  private int compare(int e, int f) {
    int byCloseness = Double.compare(edgeC[f], edgeC[e]);
    if (byCloseness != 0) {
      return byCloseness;
    }
    int byX = Integer.compare(edgeX[e], edgeX[f]);
    return byX != 0 ? byX : Integer.compare(edgeY[e], edgeY[f]);
  }

  /** Sorts {@code order[from, to)}: insertion sort for short runs, merge sort above. */
  private void sort(int from, int to) {
    if (to - from <= 24) {
      for (int k = from + 1; k < to; k++) {
        int e = order[k];
        int m = k - 1;
        while (m >= from && compare(order[m], e) > 0) {
          order[m + 1] = order[m];
          m--;
        }
        order[m + 1] = e;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(from, mid);
    sort(mid, to);
    System.arraycopy(order, from, sortBuffer, from, to - from);
    int p = from;
    int q = mid;
    for (int k = from; k < to; k++) {
      order[k] = q >= to || p < mid && compare(sortBuffer[p], sortBuffer[q]) <= 0 ? sortBuffer[p++] : sortBuffer[q++];
    }
  }

  private void level(Side a, Side b, int from, int to, double strength) {
    if (groupsShareNoPartner(from, to)) {
      for (int g = from; g < to; ) {
        int end = groupEnd(g, to);
        int x = edgeX[order[g]];
        while (usedA[x] < a.count(x) && take(a, b, g, end, strength)) {
          // each turn aligns the form's next free position
        }
        g = end;
      }
      return;
    }
    // The groups in turn, the one whose form's next free position comes first (positions of
    // distinct forms differ, so there are no ties), as GreedyAlignment's priority queue does.
    while (true) {
      int best = -1;
      int bestEnd = -1;
      int bestPosition = Integer.MAX_VALUE;
      for (int g = from; g < to; ) {
        int end = groupEnd(g, to);
        int x = edgeX[order[g]];
        if (usedA[x] < a.count(x) && !exhausted(b, g, end)) {
          int position = a.position(x, usedA[x]);
          if (position < bestPosition) {
            bestPosition = position;
            best = g;
            bestEnd = end;
          }
        }
        g = end;
      }
      if (best < 0) {
        return;
      }
      take(a, b, best, bestEnd, strength);
    }
  }

  /** Whether none of the group's partners has a free position left. */
  private boolean exhausted(Side b, int from, int to) {
    for (int k = from; k < to; k++) {
      int y = edgeY[order[k]];
      if (usedB[y] < b.count(y)) {
        return false;
      }
    }
    return true;
  }

  private int groupEnd(int from, int to) {
    int end = from + 1;
    while (end < to && edgeX[order[end]] == edgeX[order[from]]) {
      end++;
    }
    return end;
  }

  private boolean groupsShareNoPartner(int from, int to) {
    level++;
    for (int k = from; k < to; k++) {
      int y = edgeY[order[k]];
      if (partnerLevel[y] == level) {
        return false;
      }
      partnerLevel[y] = level;
    }
    return true;
  }

  /** Aligns the group's form's next free position with the first free position among its partners. */
  private boolean take(Side a, Side b, int from, int to, double strength) {
    int partner = -1;
    int bestPosition = Integer.MAX_VALUE;
    for (int k = from; k < to; k++) {
      int y = edgeY[order[k]];
      if (usedB[y] < b.count(y) && b.position(y, usedB[y]) < bestPosition) {
        partner = y;
        bestPosition = b.position(y, usedB[y]);
      }
    }
    if (partner < 0) {
      return false;
    }
    int x = edgeX[order[from]];
    int i = a.position(x, usedA[x]++);
    int j = b.position(partner, usedB[partner]++);
    pairJ[i] = j;
    pairStrength[i] = strength;
    linkedB[j] = true;
    return true;
  }

  // ---- The score and the guards, as Alignment computes them.

  private double finalScore(Side a, Side b) {
    double matchedA = 0;
    double matchedB = 0;
    for (int i = 0; i < a.n; i++) {
      int j = pairJ[i];
      if (j >= 0) {
        matchedA += pairStrength[i] * a.weightAt(i);
        matchedB += pairStrength[i] * b.weightAt(j);
      }
    }
    double ca = c.totalWeight[a.text] == 0 ? 0 : matchedA / c.totalWeight[a.text];
    double cb = c.totalWeight[b.text] == 0 ? 0 : matchedB / c.totalWeight[b.text];
    double s;
    if (ca + cb == 0) {
      s = 0;
    } else {
      double harmonic = 2 * ca * cb / (ca + cb);
      double contained = Math.max(ca, cb);
      double mass = ca >= cb ? c.contentMass[a.text] : c.contentMass[b.text];
      double confidence = Math.min(1.0, mass / Alignment.CONTAINMENT_FULL_MASS);
      s = Math.min(1.0, Math.max(0.0, harmonic + Alignment.CONTAINMENT_WEIGHT * (contained - harmonic) * confidence));
    }
    double factor = 1;
    if (c.negated[a.text] != c.negated[b.text]) {
      factor *= Alignment.NEGATION_FACTOR;
    }
    if (missingNumber(a, true, b) && missingNumber(b, false, a)) {
      factor *= Alignment.NUMBER_FACTOR;
    }
    if (unalignedName(a, true) && unalignedName(b, false)) {
      factor *= Alignment.NAME_FACTOR;
    }
    return s * factor;
  }

  private boolean linked(int position, boolean left) {
    return left ? pairJ[position] >= 0 : linkedB[position];
  }

  /** Whether {@code p} has an unaligned number whose digits {@code other} does not write. */
  private boolean missingNumber(Side p, boolean left, Side other) {
    int t = p.text;
    if (c.digitStart[t] == c.digitStart[t + 1]) {
      return false;
    }
    int from = c.wordStart[t];
    for (int i = 0; i < p.n; i++) {
      int w = c.words[from + i];
      if ((c.flags[w] & CompiledTexts.NUMBER) == 0 || linked(i, left)
          || c.hasDigitKey(other.text, c.digitKeyOf[w])) {
        continue;
      }
      int next = i + 1 < p.n ? c.adjacentKey(t, i) : -1;
      int previous = i > 0 ? c.adjacentKey(t, i - 1) : -1;
      if ((next < 0 || !c.hasDigitKey(other.text, next))
          && (previous < 0 || !c.hasDigitKey(other.text, previous))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name word of {@code p} has a position left unaligned. */
  private boolean unalignedName(Side p, boolean left) {
    int t = p.text;
    for (int k = c.nameStart[t]; k < c.nameStart[t + 1]; k++) {
      int x = p.local(c.names[k]);
      int used = left ? usedA[x] : usedB[x];
      if (used < p.count(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Ids of one text's words or stems to their local forms: an open-addressing table (linear probing)
   * of a few dozen slots, cleared per text. It stays small and in the first-level cache however large
   * the corpus's vocabulary, so that a workspace can keep many laid-out texts (tables indexed by id,
   * two ints per word and per stem of the vocabulary, cost megabytes a text on large corpora).
   */
  static final class LocalTable {
    private static final int LEAST = 64;
    /** Slot {@code h}'s key at {@code 2h}, its value at {@code 2h + 1}: one read finds both. */
    private int[] slots = new int[2 * LEAST];
    private int mask = LEAST - 1;
    private int shift = 32 - Integer.numberOfTrailingZeros(LEAST);

    /**
     * Empties the table for a text of {@code words} words: at most half full, and resized when a
     * text needs more room or a much longer text left it far too large to clear cheaply.
     */
    void reset(int words) {
      int size = Math.max(LEAST, Integer.highestOneBit(Math.max(1, 4 * words - 1)));
      if (slots.length < 4 * words || slots.length > 16 * size) {
        slots = new int[2 * size];
        mask = size - 1;
        shift = 32 - Integer.numberOfTrailingZeros(size);
      }
      Arrays.fill(slots, -1);
    }

    /** The value of {@code key}, or -1. */
    int get(int key) {
      int[] s = slots;
      for (int h = (key * 0x9E3779B1) >>> shift; ; h = (h + 1) & mask) {
        int k = s[2 * h];
        if (k == key || k < 0) {
          return s[2 * h + 1];
        }
      }
    }

    /** The value of {@code key} if present; else puts {@code value} and returns -1. */
    int putIfAbsent(int key, int value) {
      int[] s = slots;
      for (int h = (key * 0x9E3779B1) >>> shift; ; h = (h + 1) & mask) {
        int k = s[2 * h];
        if (k == key) {
          return s[2 * h + 1];
        }
        if (k < 0) {
          s[2 * h] = key;
          s[2 * h + 1] = value;
          return -1;
        }
      }
    }
  }

  /**
   * One text laid out for alignment: its distinct forms in order of first occurrence, the
   * positions of each, and the forms of each stem, with tables from word and stem id to its local
   * forms ({@link LocalTable}) that stay valid while the side holds the text.
   */
  static final class Side {
    private static final int STEM_BITS = 256;

    private final CompiledTexts c;
    int text = -1;
    int n;
    int forms;
    int[] word = new int[16];
    /** The stem, flags and weight of each form. */
    int[] stem = new int[16];
    byte[] flags = new byte[16];
    private double[] formWeight = new double[16];
    /** The form at each position. */
    private int[] formAt = new int[32];
    private boolean uniform;
    private int[] formStart = new int[17];
    private int[] positions = new int[32];
    int[] nextOfStem = new int[16];
    /** The last form of each form's stem so far, while laying out: chains are appended in O(1). */
    private int[] lastOfStem = new int[16];
    int nearCount;
    int[] near = new int[16];
    /** The length and {@link CompiledTexts#letterMask} of each near-spelling form, by its place in {@link #near}. */
    int[] nearLength = new int[16];
    int[] nearMask = new int[16];
    int lexicalCount;
    int[] lexical = new int[16];
    /** For each lexical form, by its place in {@link #lexical}: where its synonym and related stems start and end. */
    int[] synonymFrom = new int[16];
    int[] synonymTo = new int[16];
    int[] relatedFrom = new int[16];
    int[] relatedTo = new int[16];
    /** A Bloom filter of the stems, one bit each: most stems it lacks are known absent without a lookup. */
    private final long[] stemBits = new long[STEM_BITS / 64];
    /** Word id to its local form, for this text only. */
    private final LocalTable wordForms = new LocalTable();
    /** Stem id to the first local form of the stem, for this text only. */
    private final LocalTable stemForms = new LocalTable();

    Side(CompiledTexts compiled) {
      this.c = compiled;
    }

    void layOut(int t) {
      text = t;
      int from = c.wordStart[t];
      n = c.wordStart[t + 1] - from;
      wordForms.reset(n);
      stemForms.reset(n);
      forms = 0;
      nearCount = 0;
      lexicalCount = 0;
      Arrays.fill(stemBits, 0);
      uniform = c.uniform[t];
      if (positions.length < n) {
        positions = new int[Math.max(n, 2 * positions.length)];
        formAt = new int[positions.length];
      }
      for (int i = 0; i < n; i++) {
        int w = c.words[from + i];
        int x = wordForms.putIfAbsent(w, forms);
        if (x < 0) {
          x = forms;
          newForm(w);
        }
        formAt[i] = x;
        formStart[x + 1]++;
      }
      for (int x = 0; x < forms; x++) {
        formStart[x + 1] += formStart[x];
      }
      // formStart[x] is now the start of form x; filling moves it to the end, then shift back.
      for (int i = 0; i < n; i++) {
        positions[formStart[formAt[i]]++] = i;
      }
      for (int x = forms; x > 0; x--) {
        formStart[x] = formStart[x - 1];
      }
      formStart[0] = 0;
    }

    private void newForm(int w) {
      int x = forms++;
      if (x + 1 >= word.length) {
        grow(2 * word.length);
      }
      word[x] = w;
      formStart[x + 1] = 0;
      if (x == 0) {
        formStart[0] = 0;
      }
      int at = CompiledTexts.INFO * w;
      int[] info = c.wordInfo;
      int s = info[at + CompiledTexts.INFO_STEM];
      stem[x] = s;
      // Forms of one stem are chained in order of first occurrence.
      nextOfStem[x] = -1;
      int first = stemForms.putIfAbsent(s, x);
      if (first < 0) {
        first = x;
        int bit = stemBit(s);
        stemBits[bit >>> 6] |= 1L << bit;
      } else {
        nextOfStem[lastOfStem[first]] = x;
      }
      lastOfStem[first] = x;
      int f = info[at + CompiledTexts.INFO_FLAGS];
      flags[x] = (byte) f;
      formWeight[x] = uniform ? 1.0 : c.weights[w];
      if ((f & CompiledTexts.NEAR) != 0) {
        nearLength[nearCount] = f >>> 8;
        nearMask[nearCount] = info[at + CompiledTexts.INFO_MASK];
        near[nearCount++] = x;
      }
      if ((f & CompiledTexts.LEXICAL) != 0) {
        synonymFrom[lexicalCount] = info[at + CompiledTexts.INFO_SYNONYMS];
        synonymTo[lexicalCount] = info[at + CompiledTexts.INFO_SYNONYMS + 1];
        relatedFrom[lexicalCount] = info[at + CompiledTexts.INFO_SYNONYMS + 2];
        relatedTo[lexicalCount] = info[at + CompiledTexts.INFO_SYNONYMS + 3];
        lexical[lexicalCount++] = x;
      }
    }

    private void grow(int size) {
      word = Arrays.copyOf(word, size);
      stem = Arrays.copyOf(stem, size);
      flags = Arrays.copyOf(flags, size);
      formWeight = Arrays.copyOf(formWeight, size);
      formStart = Arrays.copyOf(formStart, size + 1);
      nextOfStem = Arrays.copyOf(nextOfStem, size);
      lastOfStem = Arrays.copyOf(lastOfStem, size);
      near = Arrays.copyOf(near, size);
      nearLength = Arrays.copyOf(nearLength, size);
      nearMask = Arrays.copyOf(nearMask, size);
      lexical = Arrays.copyOf(lexical, size);
      synonymFrom = Arrays.copyOf(synonymFrom, size);
      synonymTo = Arrays.copyOf(synonymTo, size);
      relatedFrom = Arrays.copyOf(relatedFrom, size);
      relatedTo = Arrays.copyOf(relatedTo, size);
    }

    /** The local form of word {@code w}, or -1 if this text does not have it. */
    int local(int w) {
      return wordForms.get(w);
    }

    /** False if this text certainly lacks stem {@code s}; true if it may have it. */
    boolean mayHaveStem(int s) {
      int bit = stemBit(s);
      return (stemBits[bit >>> 6] & 1L << bit) != 0;
    }

    private static int stemBit(int s) {
      return (s * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(STEM_BITS));
    }

    /** The first local form of stem {@code s}, or -1. */
    int firstOfStem(int s) {
      return mayHaveStem(s) ? stemForms.get(s) : -1;
    }

    int count(int x) {
      return formStart[x + 1] - formStart[x];
    }

    int position(int x, int k) {
      return positions[formStart[x] + k];
    }

    double weight(int x) {
      return formWeight[x];
    }

    double weightAt(int i) {
      return formWeight[formAt[i]];
    }
  }
}
