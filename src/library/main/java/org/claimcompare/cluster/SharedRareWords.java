package org.claimcompare.cluster;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Blocking by rare words: proposes a pair when the rarest words of one claim include a word of the
 * other.
 *
 * <p>Algorithm. The document frequency of a word form is the number of claims that contain it. A
 * form in one claim only cannot pair anything, and a form in more than {@code maxClaimsPerWord}
 * claims ("the", "said") would pair too many; the other forms are indexable. A claim's keys are its
 * {@code wordsPerClaim} indexable forms of lowest frequency, ties going to the form first in {@link
 * String#compareTo} order. A claim with fewer indexable forms than that (a short one, or one made of
 * common words such as "so this time in the corona year") fills its keys with its rarest indexable
 * pairs of adjacent forms ("corona year"), ranked the same way. A pair of claims is proposed when a
 * key of either occurs in the other, or when both have the same word list (so that repeated short
 * quotes such as "Thank you!" always meet).
 *
 * <p>This is the probe side of prefix filtering (Chaudhuri, Ganti and Kaushik, ICDE 2006): two
 * renderings of one statement share most of their words, so the rarest words of one are almost
 * always found in the other, while claims that share only common words are not compared. Without
 * repeated word lists, at most {@code 2 n wordsPerClaim maxClaimsPerWord} pairs are proposed for n
 * claims, linear in n; k claims with the same word list add their k(k-1)/2 pairs.
 *
 * <p>The proposals depend only on the word lists, not on their order: permuting the lists permutes
 * the proposed pairs. Each pair is proposed once, as {@code (i, j)} with {@code i < j}, in
 * increasing order of {@code i} then {@code j}. Immutable and thread-safe.
 */
final class SharedRareWords implements CandidateGenerator {
  /** Keys per claim of the standard generator, chosen by measurement: see {@code docs/benchmarks.md}. */
  static final int STANDARD_WORDS_PER_CLAIM = 10;
  /** The frequency cap of the standard generator, chosen by measurement likewise. */
  static final int STANDARD_MAX_CLAIMS_PER_WORD = 400;

  /** Partners kept per claim by the standard generator, chosen by measurement likewise. */
  static final int STANDARD_PARTNERS_PER_CLAIM = 32;

  /** No bound on the partners per claim. */
  static final int UNBOUNDED = Integer.MAX_VALUE;

  static final SharedRareWords STANDARD = new SharedRareWords(
      STANDARD_WORDS_PER_CLAIM, STANDARD_MAX_CLAIMS_PER_WORD, STANDARD_PARTNERS_PER_CLAIM);

  private final int wordsPerClaim;
  private final int maxClaimsPerWord;
  private final int partnersPerClaim;

  SharedRareWords(int wordsPerClaim, int maxClaimsPerWord) {
    this(wordsPerClaim, maxClaimsPerWord, UNBOUNDED);
  }

  SharedRareWords(int wordsPerClaim, int maxClaimsPerWord, int partnersPerClaim) {
    checkArgument(wordsPerClaim >= 1, "words per claim must be at least 1: %s", wordsPerClaim);
    checkArgument(maxClaimsPerWord >= 2, "claims per word must be at least 2: %s", maxClaimsPerWord);
    checkArgument(partnersPerClaim >= 1, "partners per claim must be at least 1: %s", partnersPerClaim);
    this.wordsPerClaim = wordsPerClaim;
    this.maxClaimsPerWord = maxClaimsPerWord;
    this.partnersPerClaim = partnersPerClaim;
  }

  @Override
  public void propose(List<List<String>> words, PairSink sink) {
    Index index = new Index(words, wordsPerClaim, maxClaimsPerWord);
    int n = words.size();
    long[] pairs = partnersPerClaim == UNBOUNDED ? allPairs(index, n) : bestPairs(index, words, n);
    for (long pair : pairs) {
      sink.accept((int) (pair >>> 32), (int) pair);
    }
  }

  /** Every pair in which a key of one claim occurs in the other, or the word lists are equal. */
  private static long[] allPairs(Index index, int n) {
    LongList out = new LongList();
    int[] seenBy = new int[n];
    Arrays.fill(seenBy, -1);
    int[] partners = new int[n];
    for (int i = 0; i < n; i++) {
      int count = collect(index.sameWords[i], i, seenBy, partners, 0);
      for (int term : index.keys[i]) {
        count = collect(index.containing[term], i, seenBy, partners, count);
      }
      for (int term : index.terms[i]) {
        count = collect(index.keyOf[term], i, seenBy, partners, count);
      }
      Arrays.sort(partners, 0, count);
      for (int k = 0; k < count; k++) {
        out.add((long) i << 32 | partners[k]);
      }
    }
    return out.toArray();
  }

  /**
   * For each claim, the {@code partnersPerClaim} claims among those containing one of its keys that
   * are most alike by the weighted Dice coefficient of their terms, {@code 2 shared / (W_i + W_j)}
   * with each term weighing {@code ln(n / df)} (a form in no other claim {@code ln n}, a form in more
   * than {@code maxClaimsPerWord} claims nothing); ties go to the lower hash of the word list, then
   * the lower index. The claims with the same word list are kept too. Claims are processed in
   * parallel, each task with its own accumulator; the pairs are then sorted, so the result does not
   * depend on the schedule. Cost: the postings of the claim's terms, each capped at {@code
   * maxClaimsPerWord}.
   */
  private long[] bestPairs(Index index, List<List<String>> words, int n) {
    double[] idf = new double[index.containing.length];
    for (int t = 0; t < idf.length; t++) {
      idf[t] = Math.log((double) n / index.containing[t].length);
    }
    double[] mass = new double[n];
    int[] hash = new int[n];
    for (int i = 0; i < n; i++) {
      mass[i] = index.singles[i] * Math.log(n);
      for (int t : index.terms[i]) {
        mass[i] += idf[t];
      }
      hash[i] = words.get(i).hashCode();
    }
    long[][] chunks = new long[(n + CHUNK - 1) / CHUNK][];
    IntStream.range(0, chunks.length).parallel().forEach(c -> {
      double[] shared = new double[n];
      int[] candidateOf = new int[n];
      Arrays.fill(candidateOf, -1);
      int[] touched = new int[n];
      double[] dice = new double[n];
      LongList out = new LongList();
      for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
        int count = 0;
        for (int term : index.keys[i]) {
          for (int j : index.containing[term]) {
            if (j != i && candidateOf[j] != i) {
              candidateOf[j] = i;
              shared[j] = 0;
              touched[count++] = j;
            }
          }
        }
        for (int term : index.terms[i]) {
          for (int j : index.containing[term]) {
            if (candidateOf[j] == i) {
              shared[j] += idf[term];
            }
          }
        }
        for (int k = 0; k < count; k++) {
          int j = touched[k];
          dice[j] = 2 * shared[j] / (mass[i] + mass[j]);
        }
        int[] best = IndexSort.select(touched, count, Math.min(count, partnersPerClaim),
            (x, y) -> dice[x] != dice[y] ? Double.compare(dice[y], dice[x])
                : hash[x] != hash[y] ? Integer.compare(hash[x], hash[y]) : Integer.compare(x, y));
        for (int j : best) {
          out.add((long) Math.min(i, j) << 32 | Math.max(i, j));
        }
        for (int j : index.sameWords[i]) {
          if (j > i) {
            out.add((long) i << 32 | j);
          }
        }
      }
      chunks[c] = out.toArray();
    });
    LongList all = new LongList();
    for (long[] chunk : chunks) {
      all.addAll(chunk);
    }
    long[] pairs = all.toArray();
    Arrays.parallelSort(pairs);
    int m = 0;
    for (int k = 0; k < pairs.length; k++) {
      if (m == 0 || pairs[k] != pairs[m - 1]) {
        pairs[m++] = pairs[k];
      }
    }
    return Arrays.copyOf(pairs, m);
  }

  /** Claims per parallel task. */
  private static final int CHUNK = 2048;

  /** Appends to {@code partners} the claims after {@code i} not yet collected for {@code i}. */
  private static int collect(int[] claims, int i, int[] seenBy, int[] partners, int count) {
    int c = count;
    for (int j : claims) {
      if (j > i && seenBy[j] != i) {
        seenBy[j] = i;
        partners[c++] = j;
      }
    }
    return c;
  }

  /** A growable long array. */
  private static final class LongList {
    private long[] a = new long[256];
    private int n;

    void add(long v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length + (a.length >> 1));
      }
      a[n++] = v;
    }

    void addAll(long[] v) {
      if (n + v.length > a.length) {
        a = Arrays.copyOf(a, Math.max(n + v.length, a.length + (a.length >> 1)));
      }
      System.arraycopy(v, 0, a, n, v.length);
      n += v.length;
    }

    long[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  /** Returns the generator as {@code shared rare words[10 per claim, at most 400 claims per word]}. */
  @Override
  public String toString() {
    return partnersPerClaim == UNBOUNDED
        ? String.format(Locale.ROOT, "shared rare words[%d per claim, at most %d claims per word]",
            wordsPerClaim, maxClaimsPerWord)
        : String.format(Locale.ROOT,
            "shared rare words[%d per claim, at most %d claims per word, %d partners per claim]",
            wordsPerClaim, maxClaimsPerWord, partnersPerClaim);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SharedRareWords other
        && wordsPerClaim == other.wordsPerClaim
        && maxClaimsPerWord == other.maxClaimsPerWord
        && partnersPerClaim == other.partnersPerClaim;
  }

  @Override
  public int hashCode() {
    return (31 * wordsPerClaim + maxClaimsPerWord) * 31 + partnersPerClaim;
  }

  /**
   * The inverted index of one call. Indexable terms are numbered by rarity, all forms before all
   * pairs of forms, so a claim's keys are simply its lowest term numbers.
   */
  private static final class Index {
    /** Per claim: its indexable term numbers, ascending. */
    final int[][] terms;
    /** Per claim: its keys, the first {@code wordsPerClaim} of its terms. */
    final int[][] keys;
    /** Per term: the claims that contain it, ascending. */
    final int[][] containing;
    /** Per term: the claims that have it as a key, ascending. */
    final int[][] keyOf;
    /** Per claim: the claims with the same word list, itself included, ascending. */
    final int[][] sameWords;
    /** Per claim: how many of its forms are in no other claim. */
    final int[] singles;

    Index(List<List<String>> words, int wordsPerClaim, int maxClaimsPerWord) {
      int n = words.size();
      Vocabulary vocabulary = new Vocabulary(words);
      int[] formTerm = vocabulary.rankForms(maxClaimsPerWord);
      int formTerms = (int) Arrays.stream(formTerm).filter(t -> t >= 0).count();
      int[][] formTermsOf = new int[n][];
      List<Integer> fewForms = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        formTermsOf[i] = Arrays.stream(vocabulary.distinct[i]).map(f -> formTerm[f]).filter(t -> t >= 0)
            .sorted().toArray();
        if (formTermsOf[i].length < wordsPerClaim) {
          fewForms.add(i);
        }
      }
      Map<Long, Integer> pairTerm = vocabulary.rankPairs(fewForms, maxClaimsPerWord, formTerms);
      terms = new int[n][];
      keys = new int[n][];
      for (int i = 0; i < n; i++) {
        int[] pairTerms = vocabulary.pairs(i).mapToObj(pairTerm::get).filter(t -> t != null)
            .mapToInt(Integer::intValue).distinct().sorted().toArray();
        terms[i] = concat(formTermsOf[i], pairTerms);
        keys[i] = Arrays.copyOf(terms[i], Math.min(wordsPerClaim, terms[i].length));
      }
      containing = invert(terms, formTerms + pairTerm.size());
      keyOf = invert(keys, formTerms + pairTerm.size());
      sameWords = sameWords(words);
      singles = new int[n];
      for (int i = 0; i < n; i++) {
        for (int f : vocabulary.distinct[i]) {
          singles[i] += vocabulary.frequency[f] == 1 ? 1 : 0;
        }
      }
    }

    private static int[] concat(int[] a, int[] b) {
      int[] out = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, out, a.length, b.length);
      return out;
    }

    /** Inverted lists; claims are visited in order, so each list is ascending. */
    private static int[][] invert(int[][] termsOf, int termCount) {
      int[] count = new int[termCount];
      for (int[] ts : termsOf) {
        for (int t : ts) {
          count[t]++;
        }
      }
      int[][] out = new int[termCount][];
      for (int t = 0; t < termCount; t++) {
        out[t] = new int[count[t]];
      }
      int[] filled = new int[termCount];
      for (int i = 0; i < termsOf.length; i++) {
        for (int t : termsOf[i]) {
          out[t][filled[t]++] = i;
        }
      }
      return out;
    }

    private static int[][] sameWords(List<List<String>> words) {
      Map<List<String>, List<Integer>> groups = new HashMap<>();
      for (int i = 0; i < words.size(); i++) {
        groups.computeIfAbsent(words.get(i), w -> new ArrayList<>()).add(i);
      }
      int[][] out = new int[words.size()][];
      for (List<Integer> group : groups.values()) {
        int[] members = group.stream().mapToInt(Integer::intValue).toArray();
        group.forEach(i -> out[i] = members);
      }
      return out;
    }
  }

  /** The word forms of one call, numbered in order of first appearance, with their frequencies. */
  private static final class Vocabulary {
    private final List<String> forms = new ArrayList<>();
    /** Per form number: the number of claims that contain it. */
    private final int[] frequency;
    /** Per claim: its form numbers in text order. */
    private final int[][] sequence;
    /** Per claim: its distinct form numbers. */
    final int[][] distinct;

    Vocabulary(List<List<String>> words) {
      Map<String, Integer> number = new HashMap<>();
      sequence = new int[words.size()][];
      distinct = new int[words.size()][];
      for (int i = 0; i < words.size(); i++) {
        sequence[i] = words.get(i).stream().mapToInt(w -> number.computeIfAbsent(w, this::add)).toArray();
        distinct[i] = Arrays.stream(sequence[i]).distinct().toArray();
      }
      frequency = new int[forms.size()];
      for (int[] fs : distinct) {
        for (int f : fs) {
          frequency[f]++;
        }
      }
    }

    private int add(String form) {
      forms.add(form);
      return forms.size() - 1;
    }

    private boolean indexable(int frequency, int maxClaimsPerWord) {
      return frequency >= 2 && frequency <= maxClaimsPerWord;
    }

    /** Per form number: its term number, by rarity then string order, or -1 if not indexable. */
    int[] rankForms(int maxClaimsPerWord) {
      int[] order = IntStream.range(0, forms.size())
          .filter(f -> indexable(frequency[f], maxClaimsPerWord))
          .boxed()
          .sorted(Comparator.<Integer>comparingInt(f -> frequency[f]).thenComparing(forms::get))
          .mapToInt(Integer::intValue)
          .toArray();
      int[] term = new int[forms.size()];
      Arrays.fill(term, -1);
      for (int t = 0; t < order.length; t++) {
        term[order[t]] = t;
      }
      return term;
    }

    /** The pairs of adjacent forms of claim {@code i}, each as {@code first << 32 | second}. */
    LongStream pairs(int i) {
      int[] s = sequence[i];
      return IntStream.range(1, s.length).mapToLong(k -> (long) s[k - 1] << 32 | s[k]);
    }

    /**
     * Numbers the indexable adjacent pairs of the given claims from {@code firstTerm}, by rarity
     * then by the string order of their first and second forms.
     */
    Map<Long, Integer> rankPairs(List<Integer> claims, int maxClaimsPerWord, int firstTerm) {
      Map<Long, Integer> pairFrequency = new HashMap<>();
      claims.forEach(i -> pairs(i).forEach(p -> pairFrequency.put(p, 0)));
      for (int i = 0; i < sequence.length && !pairFrequency.isEmpty(); i++) {
        pairs(i).distinct().filter(pairFrequency::containsKey).forEach(p -> pairFrequency.merge(p, 1, Integer::sum));
      }
      long[] order = pairFrequency.entrySet().stream()
          .filter(e -> indexable(e.getValue(), maxClaimsPerWord))
          .sorted(Map.Entry.<Long, Integer>comparingByValue()
              .thenComparing(e -> forms.get((int) (e.getKey() >>> 32)))
              .thenComparing(e -> forms.get((int) (e.getKey() & 0xFFFF_FFFFL))))
          .mapToLong(Map.Entry::getKey)
          .toArray();
      Map<Long, Integer> term = new HashMap<>();
      for (int t = 0; t < order.length; t++) {
        term.put(order[t], firstTerm + t);
      }
      return term;
    }
  }
}
