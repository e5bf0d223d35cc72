package org.claimcompare.score;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.claimcompare.Similarity;
import org.claimcompare.normalize.TextNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * Texts compiled once for the standard scorer, so that a pair is scored on integers without
 * allocating (as Lucene scores documents on term ids and builds an {@code Explanation} only on
 * request).
 *
 * <p>Every distinct normalised word of the corpus is interned to an id, and every lexical resource
 * is consulted once per distinct word, never per pair: its stem (Snowball), whether it is a
 * function word, a number or a negation, its weight (rarity), the letters it is spelled with, and
 * for each stem the other stems of the corpus it shares a WordNet synset with or is one relation
 * away from. Each text is kept as its sequence of word ids with a few per-text facts (total weight,
 * content words, negation, name words, digit keys). {@link #score(int, int)} aligns two texts with
 * {@link CompiledAlignment}, which returns exactly the score of the explained path ({@link
 * Alignment} on two {@link WordProfile}s, as {@link AlignmentScorer#score} computes it);
 * {@link #similarity(int, int)} builds that explained path for the pair asked about.
 *
 * <p>Memory: about 4 bytes a word and 44 bytes a text, plus about 80 bytes a distinct word and the
 * WordNet neighbours of each stem. Compiling costs one normalisation per text (run on the common
 * fork-join pool), one interning pass and one parallel sort of the texts (for {@link #rank}).
 *
 * <p>Compiled texts can be {@linkplain #extend extended} with more texts, as an engine that adds
 * texts in batches needs: only the new texts are normalised and interned, after the earlier
 * vocabulary; the rarity weights, each text's total weight and the stems' WordNet neighbours are
 * computed again over all the texts (passes over the interned words and the stems, no text
 * normalised again), and the new texts, sorted, are merged into the earlier order. The result is
 * the texts compiled at once, score for score.
 *
 * <p>Immutable and thread-safe: each scoring thread gets its own workspace. Extending leaves the
 * texts extended as they were; the two share only arrays that neither writes.
 */
final class CompiledTexts implements PreparedTexts {
  static final byte CONTENT = 1;
  static final byte NUMBER = 2;
  static final byte NEGATION = 4;
  /** A content word, not a number, whose stem has WordNet synsets. */
  static final byte LEXICAL = 8;
  /** A content word, not a number, of a length that near spelling considers. */
  static final byte NEAR = 16;

  /** Texts normalised in parallel per round, then interned in order: bounds the memory in flight. */
  private static final int CHUNK = 1024;

  /** Words a memo of forms holds before it is dropped for a new one: bounds its memory. */
  private static final int MEMO_LIMIT = 1 << 18;

  private static final int[] NONE = new int[0];

  /** The scorer these texts were compiled for, as given: {@link #extend} checks it. */
  final AlignmentScorer scorer;
  /** Whether the words are weighed by their rarity in these texts. */
  final boolean adapted;
  /** The scorer whose scores these are, adapted as compiled: explanations and long texts use it. */
  final AlignmentScorer reference;
  final ImmutableList<String> texts;

  // The vocabulary, by word id.
  final String[] forms;
  final int[] stemOf;
  final byte[] flags;
  final double[] weights;
  /** The digit key of each number word, else -1. */
  final int[] digitKeyOf;
  final byte @Nullable [][] letters;
  /**
   * For each near-spelling word spelled in a to z only, the letters it has as bits (a = bit 0), so
   * that a pair is bounded by the letters one has and the other lacks before counting; -1 for other
   * near-spelling words, whose letters are not counted; 0 for the rest.
   */
  final int[] letterMask;
  /** The length of each near-spelling word, else 0. */
  final byte[] nearLength;
  /**
   * What laying a word out reads, together in {@value #INFO} ints per word id, so that a new form
   * costs one cache line rather than one per array: at {@link #INFO_STEM} its stem, at {@link
   * #INFO_FLAGS} its flags and near-spelling length ({@code flags | length << 8}), at {@link
   * #INFO_MASK} its letter mask, from {@link #INFO_SYNONYMS} its synonym and related stem ranges.
   */
  final int[] wordInfo;
  static final int INFO = 8;
  static final int INFO_STEM = 0;
  static final int INFO_FLAGS = 1;
  static final int INFO_MASK = 2;
  static final int INFO_SYNONYMS = 3;

  // The stems, by stem id.
  final int stemCount;
  final String[] stems;
  /**
   * The stems sharing a WordNet synset with each stem {@code s}, ascending, at {@code
   * synonymStems[synonymStart[s] .. synonymStart[s + 1])}: none for stems without synsets. One flat
   * array, so that a stem's partners are one read away.
   */
  final int[] synonymStart;
  final int[] synonymStems;
  /** The stems one WordNet relation away from each stem and not among its synonyms, ascending, likewise. */
  final int[] relatedStart;
  final int[] relatedStems;
  /** The number of texts each stem is in, if adapted (else all 0): {@link #extend} adds to it. */
  final int[] documentFrequency;

  /** The digits of each digit key: {@link #extend} numbers new digits after them. */
  final String[] digits;

  // The texts, by index.
  final int[] wordStart;
  final int[] words;
  final double[] totalWeight;
  final int[] contentMass;
  final boolean[] negated;
  /** Texts whose words all weigh nothing: they are weighed 1 each, as {@link WordProfile} does. */
  final boolean[] uniform;
  final int[] nameStart;
  /** The distinct name words of each text. */
  final int[] names;
  final int[] digitStart;
  /** The digit keys of each text, ascending. */
  final int[] digitKeys;
  final int[] adjacentStart;
  /** Per text, pairs (position, key): the key of the number at the position joined with the next. */
  final int[] adjacentKeys;
  /**
   * The place of each text in the texts sorted by {@link String#compareTo}, equal texts at the same
   * place: the orientation of a pair, as {@link AlignmentScorer#score} takes it, in one comparison.
   */
  final int[] rank;
  /** The texts without words, ascending, and the normalised text of each. */
  final int[] wordlessTexts;
  final String[] wordlessForms;

  private final ThreadLocal<CompiledAlignment> workspaces;

  private CompiledTexts(Builder b) {
    this.scorer = b.scorer;
    this.adapted = b.adapt;
    this.reference = b.reference;
    this.texts = b.texts;
    this.forms = b.forms.toArray(new String[0]);
    this.stemOf = Arrays.copyOf(b.stemOf, forms.length);
    this.flags = Arrays.copyOf(b.flags, forms.length);
    this.weights = b.weights;
    this.digitKeyOf = Arrays.copyOf(b.digitKeyOf, forms.length);
    this.letters = Arrays.copyOf(b.letters, forms.length);
    this.letterMask = new int[forms.length];
    this.nearLength = new byte[forms.length];
    for (int w = 0; w < forms.length; w++) {
      nearLength[w] = (byte) ((flags[w] & NEAR) == 0 ? 0 : forms[w].length());
      letterMask[w] = (flags[w] & NEAR) == 0 ? 0 : letters[w] == null ? -1 : mask(letters[w]);
    }
    this.stemCount = b.stems.size();
    this.stems = b.stems.toArray(new String[0]);
    this.synonymStart = b.synonymStart;
    this.synonymStems = b.synonymStems;
    this.relatedStart = b.relatedStart;
    this.relatedStems = b.relatedStems;
    this.documentFrequency = b.documentFrequency;
    this.digits = b.digits.toArray(new String[0]);
    this.wordStart = b.wordStart;
    this.words = b.words.toArray();
    this.totalWeight = b.totalWeight;
    this.contentMass = b.contentMass;
    this.negated = b.negated;
    this.uniform = b.uniform;
    this.nameStart = b.nameStart;
    this.names = b.names.toArray();
    this.digitStart = b.digitStart;
    this.digitKeys = b.digitKeys.toArray();
    this.adjacentStart = b.adjacentStart;
    this.adjacentKeys = b.adjacent.toArray();
    this.wordInfo = new int[Math.multiplyExact(INFO, forms.length)];
    for (int w = 0; w < forms.length; w++) {
      int s = stemOf[w];
      int at = INFO * w;
      wordInfo[at + INFO_STEM] = s;
      wordInfo[at + INFO_FLAGS] = (flags[w] & 0xff) | nearLength[w] << 8;
      wordInfo[at + INFO_MASK] = letterMask[w];
      wordInfo[at + INFO_SYNONYMS] = synonymStart[s];
      wordInfo[at + INFO_SYNONYMS + 1] = synonymStart[s + 1];
      wordInfo[at + INFO_SYNONYMS + 2] = relatedStart[s];
      wordInfo[at + INFO_SYNONYMS + 3] = relatedStart[s + 1];
    }
    this.rank = b.rank;
    this.wordlessTexts = b.wordless.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    this.wordlessForms = Arrays.stream(wordlessTexts).mapToObj(b.wordless::get).toArray(String[]::new);
    this.workspaces = ThreadLocal.withInitial(() -> new CompiledAlignment(this));
  }

  /**
   * Compiles texts for {@code scorer}.
   *
   * @param scorer the scorer whose scores to reproduce
   * @param texts the texts
   * @param adapt whether to weigh words by rarity in {@code texts} ({@code
   *     scorer.adaptedTo(texts).prepare(texts)}) rather than by the scorer's own rarity
   * @param progress receives the number of texts compiled so far, now and then
   */
  static CompiledTexts compile(
      AlignmentScorer scorer, List<String> texts, boolean adapt, LongConsumer progress) {
    return new Builder(scorer, ImmutableList.copyOf(texts), adapt, null).build(progress);
  }

  /**
   * Compiles {@code earlier}'s texts followed by {@code more}, normalising only {@code more}: the
   * result is what {@link #compile} gives for all of them with {@code earlier}'s scorer and
   * adaptation, down to the word and stem ids, weights, WordNet neighbours and ranks, so that every
   * score is the same double. Only the numbering of digit keys may differ (keys are only compared
   * for equality). {@code earlier} is left as it was: its arrays are copied, or shared where
   * neither object writes them.
   *
   * <p>Cost: the normalisation of {@code more} (on the common pool, as in {@link #compile}), a sort
   * of {@code more} merged into {@code earlier}'s order (O(n + m log m) for n earlier texts and m
   * more), and passes over the interned words of all texts (document frequencies of the new texts,
   * the weights and each text's total) and over the stems (the WordNet neighbours).
   *
   * @param earlier compiled texts
   * @param scorer a scorer that {@linkplain AlignmentScorer#compilesAs compiles as} {@code earlier}'s
   * @param more the texts to add after {@code earlier}'s
   * @param progress receives the number of texts of the result compiled so far ({@code earlier}'s
   *     included), now and then
   */
  static CompiledTexts extend(
      CompiledTexts earlier, AlignmentScorer scorer, List<String> more, LongConsumer progress) {
    checkArgument(scorer.compilesAs(earlier.scorer), "%s cannot extend texts compiled for %s", scorer, earlier.scorer);
    ImmutableList<String> all = ImmutableList.<String>builderWithExpectedSize(earlier.size() + more.size())
        .addAll(earlier.texts).addAll(more).build();
    return new Builder(scorer, all, earlier.adapted, earlier).build(progress);
  }

  private static int[] starts(int[][] lists) {
    int[] start = new int[lists.length + 1];
    for (int k = 0; k < lists.length; k++) {
      start[k + 1] = Math.addExact(start[k], lists[k].length);
    }
    return start;
  }

  private static int[] flat(int[][] lists, int[] start) {
    int[] all = new int[start[lists.length]];
    for (int k = 0; k < lists.length; k++) {
      System.arraycopy(lists[k], 0, all, start[k], lists[k].length);
    }
    return all;
  }

  /** The stems sharing a WordNet synset with {@code stem}, ascending. */
  int[] synonyms(int stem) {
    return Arrays.copyOfRange(synonymStems, synonymStart[stem], synonymStart[stem + 1]);
  }

  /** The stems one WordNet relation away from {@code stem} and not among its synonyms, ascending. */
  int[] related(int stem) {
    return Arrays.copyOfRange(relatedStems, relatedStart[stem], relatedStart[stem + 1]);
  }

  private static int mask(byte[] counts) {
    int m = 0;
    for (int k = 0; k < counts.length; k++) {
      m |= counts[k] > 0 ? 1 << k : 0;
    }
    return m;
  }

  /**
   * Each text's place in sorted order: O(n log n) comparisons, on all cores for many texts ({@link
   * Arrays#parallelSort} sorts on the calling thread alone when the common pool has one worker, as
   * on two cores, so there the two halves are sorted at once and merged).
   */
  private static int[] ranks(List<String> texts) {
    return places(texts, sorted(texts, 0, texts.size()), NONE);
  }

  /** Each text's place in sorted order, by sorting two halves at once and merging them, or not. */
  static int[] ranks(List<String> texts, boolean halves) {
    return places(texts, sorted(texts, 0, texts.size(), halves), NONE);
  }

  /**
   * Each text's place in sorted order, given the places {@code earlierRank} of the first texts:
   * their order is read off their places (a counting sort, linear) and the other texts, sorted, are
   * merged into it. O(n + m log m) comparisons for n earlier texts and m others.
   */
  static int[] ranks(List<String> texts, int[] earlierRank) {
    int first = earlierRank.length;
    // Equal texts share the place of the first of them, so a place counts the texts at it.
    int[] next = new int[first + 1];
    for (int r : earlierRank) {
      next[r + 1]++;
    }
    for (int r = 0; r < first; r++) {
      next[r + 1] += next[r];
    }
    int[] earlier = new int[first];
    for (int t = 0; t < first; t++) {
      earlier[next[earlierRank[t]]++] = t;
    }
    int[] added = sorted(texts, first, texts.size());
    int[] order = new int[texts.size()];
    int p = 0;
    int q = 0;
    for (int k = 0; k < order.length; k++) {
      order[k] = q >= added.length
          || p < first && texts.get(earlier[p]).compareTo(texts.get(added[q])) <= 0 ? earlier[p++] : added[q++];
    }
    return places(texts, order, earlierRank);
  }

  /** The indices {@code [from, to)} sorted by text (on all cores for many texts; see {@link #ranks(List)}). */
  private static int[] sorted(List<String> texts, int from, int to) {
    return sorted(texts, from, to, to - from >= 1 << 16 && ForkJoinPool.getCommonPoolParallelism() == 1);
  }

  /** The indices {@code [from, to)} sorted by text, by sorting two halves at once and merging them, or not. */
  private static int[] sorted(List<String> texts, int from, int to, boolean halves) {
    Integer[] order = IntStream.range(from, to).boxed().toArray(Integer[]::new);
    Comparator<Integer> byText = Comparator.comparing(texts::get);
    int n = order.length;
    if (halves) {
      int mid = n >>> 1;
      IntStream.range(0, 2).parallel().forEach(h -> Arrays.sort(order, h == 0 ? 0 : mid, h == 0 ? mid : n, byText));
      Integer[] left = Arrays.copyOf(order, mid);
      int p = 0;
      int q = mid;
      for (int k = 0; k < n; k++) {
        order[k] = q >= n || p < mid && byText.compare(left[p], order[q]) <= 0 ? left[p++] : order[q++];
      }
    } else {
      Arrays.parallelSort(order, byText);
    }
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /**
   * Each text's place in {@code order}, the texts sorted: equal texts take the place of the first.
   * Two of the first texts whose places {@code earlierRank} gives are equal when their places are.
   */
  private static int[] places(List<String> texts, int[] order, int[] earlierRank) {
    int[] rank = new int[texts.size()];
    int first = earlierRank.length;
    for (int k = 1; k < order.length; k++) {
      int t = order[k];
      int u = order[k - 1];
      boolean same = t < first && u < first ? earlierRank[t] == earlierRank[u] : texts.get(t).equals(texts.get(u));
      rank[t] = same ? rank[u] : k;
    }
    return rank;
  }

  @Override
  public int size() {
    return texts.size();
  }

  @Override
  public String text(int i) {
    return texts.get(i);
  }

  @Override
  public List<String> words(int i) {
    return view(i, w -> forms[w]);
  }

  /** The stems of the text's words (see {@link Stems}). */
  @Override
  public List<String> terms(int i) {
    return view(i, w -> stems[stemOf[w]]);
  }

  /** Text {@code i}'s words, each shown as {@code name} gives it: a view, nothing copied. */
  private List<String> view(int i, IntFunction<String> name) {
    int from = wordStart[i];
    int to = wordStart[i + 1];
    return new AbstractList<>() {
      @Override
      public String get(int k) {
        return name.apply(words[from + k]);
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  @Override
  public double score(int i, int j) {
    return workspaces.get().score(i, j);
  }

  @Override
  public Similarity similarity(int i, int j) {
    return reference.similarity(texts.get(i), texts.get(j));
  }

  /** The number of distinct words. */
  int vocabularySize() {
    return forms.length;
  }

  int length(int text) {
    return wordStart[text + 1] - wordStart[text];
  }

  /** Whether {@code text} has the digit key {@code key}. */
  boolean hasDigitKey(int text, int key) {
    return Arrays.binarySearch(digitKeys, digitStart[text], digitStart[text + 1], key) >= 0;
  }

  /** The normalised text of a text without words, or null if it has words. */
  @Nullable String wordless(int text) {
    int k = Arrays.binarySearch(wordlessTexts, text);
    return k >= 0 ? wordlessForms[k] : null;
  }

  /** The key of the number at {@code position} of {@code text} joined with the next, or -1. */
  int adjacentKey(int text, int position) {
    for (int k = adjacentStart[text]; k < adjacentStart[text + 1]; k += 2) {
      if (adjacentKeys[k] == position) {
        return adjacentKeys[k + 1];
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "CompiledTexts[" + texts.size() + " texts, " + forms.length + " words, " + stemCount + " stems]";
  }

  /** A growable int array. */
  static final class Ints {
    private int[] a;
    private int n;

    Ints() {
      a = new int[16];
    }

    /** A copy of {@code values}, with room for about a quarter more. */
    Ints(int[] values) {
      a = Arrays.copyOf(values, values.length + (values.length >>> 2) + 16);
      n = values.length;
    }

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    int get(int k) {
      return a[k];
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  /** One text normalised, before interning: its words as numbers into its chunk's forms. */
  private record Normalised(int[] local, Set<String> names, String wordless) {}

  /** A chunk of texts normalised in parallel: its distinct forms in order of first occurrence. */
  private record Chunk(String[] forms, Normalised[] texts) {}

  /**
   * Builds the compiled form: normalises in parallel rounds, interns in text order. Extending
   * earlier compiled texts starts from their vocabulary and texts, as if it had interned them.
   */
  private static final class Builder {
    final AlignmentScorer scorer;
    final ImmutableList<String> texts;
    final boolean adapt;
    /** The first text to normalise: those before it are the earlier compiled texts'. */
    int first;
    /** The texts extended, whose texts are the first of these; none when compiling all. */
    final @Nullable CompiledTexts earlier;
    final TextNormalizer normalizer;
    final Stems stemmer = new Stems();
    final Synonyms synonyms = Synonyms.wordNet();
    AlignmentScorer reference;

    /**
     * The normaliser's memos of forms ({@link TextNormalizer#forms}), one taken by each thread that
     * normalises a round and given back after, so that a word is analysed about once per core.
     */
    final Queue<Map<String, String>> memos = new ConcurrentLinkedQueue<>();

    final Map<String, Integer> ids = new HashMap<>();
    final List<String> forms = new ArrayList<>();
    int[] stemOf = new int[1024];
    byte[] flags = new byte[1024];
    int[] digitKeyOf = new int[1024];
    byte @Nullable [][] letters = new byte[1024][];
    double[] weights = {};

    final Map<String, Integer> stemIds = new HashMap<>();
    final List<String> stems = new ArrayList<>();
    int[] synonymStart = NONE;
    int[] synonymStems = NONE;
    int[] relatedStart = NONE;
    int[] relatedStems = NONE;

    final Map<String, Integer> digitIds = new HashMap<>();
    final List<String> digits = new ArrayList<>();
    int[] documentFrequency = NONE;

    final int[] wordStart;
    Ints words = new Ints();
    final double[] totalWeight;
    final int[] contentMass;
    final boolean[] negated;
    final boolean[] uniform;
    final int[] nameStart;
    Ints names = new Ints();
    final int[] digitStart;
    Ints digitKeys = new Ints();
    final int[] adjacentStart;
    Ints adjacent = new Ints();
    final Map<Integer, String> wordless = new HashMap<>();
    int[] rank = NONE;

    Builder(AlignmentScorer scorer, ImmutableList<String> texts, boolean adapt, @Nullable CompiledTexts earlier) {
      this.scorer = scorer;
      this.reference = scorer;
      this.texts = texts;
      this.adapt = adapt;
      this.normalizer = scorer.normalizer();
      this.earlier = earlier;
      int n = texts.size();
      wordStart = new int[n + 1];
      totalWeight = new double[n];
      contentMass = new int[n];
      negated = new boolean[n];
      uniform = new boolean[n];
      nameStart = new int[n + 1];
      digitStart = new int[n + 1];
      adjacentStart = new int[n + 1];
      if (earlier != null) {
        start(earlier);
      }
    }

    /**
     * Takes over the vocabulary and the interned texts of {@code earlier}, whose texts are the first
     * of these, copying what this builder appends to. Weights, totals and WordNet neighbours are
     * computed again by {@link #build}, over all texts.
     */
    private void start(CompiledTexts earlier) {
      first = earlier.size();
      String[] earlierForms = earlier.forms;
      for (int w = 0; w < earlierForms.length; w++) {
        ids.put(earlierForms[w], w);
      }
      forms.addAll(Arrays.asList(earlierForms));
      int capacity = Math.max(1024, 2 * earlierForms.length);
      stemOf = Arrays.copyOf(earlier.stemOf, capacity);
      flags = Arrays.copyOf(earlier.flags, capacity);
      digitKeyOf = Arrays.copyOf(earlier.digitKeyOf, capacity);
      letters = Arrays.copyOf(earlier.letters, capacity);
      for (int s = 0; s < earlier.stemCount; s++) {
        stemIds.put(earlier.stems[s], s);
      }
      stems.addAll(Arrays.asList(earlier.stems));
      for (int d = 0; d < earlier.digits.length; d++) {
        digitIds.put(earlier.digits[d], d);
      }
      digits.addAll(Arrays.asList(earlier.digits));
      System.arraycopy(earlier.wordStart, 0, wordStart, 0, first + 1);
      System.arraycopy(earlier.contentMass, 0, contentMass, 0, first);
      System.arraycopy(earlier.negated, 0, negated, 0, first);
      System.arraycopy(earlier.nameStart, 0, nameStart, 0, first + 1);
      System.arraycopy(earlier.digitStart, 0, digitStart, 0, first + 1);
      System.arraycopy(earlier.adjacentStart, 0, adjacentStart, 0, first + 1);
      words = new Ints(earlier.words);
      names = new Ints(earlier.names);
      digitKeys = new Ints(earlier.digitKeys);
      adjacent = new Ints(earlier.adjacentKeys);
      for (int k = 0; k < earlier.wordlessTexts.length; k++) {
        wordless.put(earlier.wordlessTexts[k], earlier.wordlessForms[k]);
      }
    }

    /**
     * Normalises each chunk of texts on all cores, numbering each chunk's distinct forms locally;
     * then, in chunk order, gives each chunk's forms their global ids (one look-up per distinct form
     * of a chunk, not per word) and appends the texts. The ids are thus those of one pass over the
     * texts in order, whatever the schedule. Texts go in rounds of a few chunks per core: while
     * this thread appends one round, which it alone can do, the pool's threads normalise the next,
     * and this thread normalises what is left of it when it is done, so that no core waits for the
     * appending (see {@link Round} for why it waits for chunks rather than for the pool's tasks).
     */
    CompiledTexts build(LongConsumer progress) {
      int n = texts.size();
      int round = CHUNK * Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
      Round current = new Round(first, Math.min(n, first + round));
      current.normalise();
      while (current.from < n) {
        Round ahead = new Round(current.to, Math.min(n, current.to + round));
        for (int k = 0; k < ForkJoinPool.getCommonPoolParallelism() && ahead.from < n; k++) {
          ForkJoinPool.commonPool().execute(ahead::work);
        }
        for (int c = 0; c < current.chunks.length; c++) {
          String[] chunkForms = current.chunks[c].forms();
          int[] global = new int[chunkForms.length];
          for (int k = 0; k < global.length; k++) {
            global[k] = id(chunkForms[k]);
          }
          Normalised[] batch = current.chunks[c].texts();
          for (int k = 0; k < batch.length; k++) {
            intern(current.from + c * CHUNK + k, batch[k], chunkForms, global);
          }
          current.chunks[c] = null;
        }
        ahead.normalise();
        progress.accept(current.to);
        current = ahead;
      }
      weigh();
      relateStems();
      rank = earlier == null ? ranks(texts) : ranks(texts, earlier.rank);
      return new CompiledTexts(this);
    }

    /**
     * The texts {@code [from, to)}, normalised chunk by chunk by whichever thread claims each: this
     * thread and the pool's threads that start on the round while chunks are left. This thread then
     * waits for the chunks claimed, never for a pool task that has not started: the pool's threads
     * may all be busy with tasks that wait on this one (a linkage's helpers, when texts are
     * compiled on demand as a linkage first scores a pair), and a task that starts late finds
     * nothing left to claim.
     */
    private final class Round {
      final int from;
      final int to;
      final Chunk[] chunks;
      private final AtomicInteger claimed = new AtomicInteger();
      /** Counts the chunks not normalised yet; its wait makes the chunks visible to this thread. */
      private final CountDownLatch left;
      /** The first failure of a thread normalising a chunk, rethrown by {@link #normalise}. */
      private final AtomicReference<Throwable> failure = new AtomicReference<>();

      Round(int from, int to) {
        this.from = from;
        this.to = to;
        this.chunks = new Chunk[(to - from + CHUNK - 1) / CHUNK];
        this.left = new CountDownLatch(chunks.length);
      }

      /** Normalises the chunks no thread has claimed yet. */
      void work() {
        Map<String, String> memo = memos.poll();
        if (memo == null || memo.size() > MEMO_LIMIT) {
          memo = new HashMap<>();
        }
        try {
          for (int c = claimed.getAndIncrement(); c < chunks.length; c = claimed.getAndIncrement()) {
            try {
              chunks[c] = Builder.this.normalise(from + c * CHUNK, Math.min(to, from + (c + 1) * CHUNK), memo);
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            } finally {
              left.countDown();
            }
          }
        } finally {
          memos.add(memo);
        }
      }

      /** Normalises the chunks no thread has claimed, and returns when every chunk is done. */
      void normalise() {
        work();
        boolean interrupted = false;
        while (true) {
          try {
            left.await();
            break;
          } catch (InterruptedException e) {
            interrupted = true; // the chunks claimed are written into this round: wait for them
          }
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
          throw e;
        }
        if (t instanceof Error e) {
          throw e;
        }
      }
    }

    /** Normalises texts {@code [from, to)} with a memo of forms that no other thread holds now. */
    private Chunk normalise(int from, int to, Map<String, String> memo) {
      Map<String, Integer> local = new HashMap<>();
      List<String> chunkForms = new ArrayList<>();
      Normalised[] out = new Normalised[to - from];
      for (int t = from; t < to; t++) {
        String text = texts.get(t);
        List<String> ws = normalizer.forms(text, memo);
        int[] ids = new int[ws.size()];
        for (int k = 0; k < ids.length; k++) {
          String form = ws.get(k);
          Integer id = local.putIfAbsent(form, chunkForms.size());
          if (id == null) {
            id = chunkForms.size();
            chunkForms.add(form);
          }
          ids[k] = id;
        }
        out[t - from] = new Normalised(
            ids, NameWords.of(text, normalizer, memo), ws.isEmpty() ? normalizer.normalize(text) : "");
      }
      return new Chunk(chunkForms.toArray(new String[0]), out);
    }

    private void intern(int t, Normalised text, String[] chunkForms, int[] global) {
      int[] local = text.local();
      String[] f = new String[local.length];
      int mass = 0;
      boolean negation = false;
      for (int pos = 0; pos < f.length; pos++) {
        f[pos] = chunkForms[local[pos]];
        int w = global[local[pos]];
        words.add(w);
        mass += (flags[w] & CONTENT) != 0 ? 1 : 0;
        negation |= (flags[w] & NEGATION) != 0;
      }
      int from = wordStart[t];
      wordStart[t + 1] = words.size();
      contentMass[t] = mass;
      negated[t] = negation;
      if (f.length == 0) {
        wordless.put(t, text.wordless());
      }
      internNames(from, f.length, text.names());
      nameStart[t + 1] = names.size();
      internDigits(from, f);
      digitStart[t + 1] = digitKeys.size();
      adjacentStart[t + 1] = adjacent.size();
    }

    /** The words written as names: content words, not numbers, that WordNet does not know. */
    private void internNames(int from, int n, Set<String> nameForms) {
      if (nameForms.isEmpty()) {
        return;
      }
      int first = names.size();
      for (int pos = 0; pos < n; pos++) {
        int w = words.get(from + pos);
        // A content word that is no number has LEXICAL set exactly when WordNet knows its stem.
        boolean name = (flags[w] & (CONTENT | NUMBER | LEXICAL)) == CONTENT
            && nameForms.contains(forms.get(w));
        if (name && !contains(first, w)) {
          names.add(w);
        }
      }
    }

    private boolean contains(int first, int w) {
      for (int k = first; k < names.size(); k++) {
        if (names.get(k) == w) {
          return true;
        }
      }
      return false;
    }

    /** The digit keys of {@link WordProfile#digitKeys}, and the keys of adjacent numbers by position. */
    private void internDigits(int from, String[] f) {
      Ints keys = null;
      for (int pos = 0; pos < f.length; pos++) {
        int w = words.get(from + pos);
        if ((flags[w] & NUMBER) == 0) {
          continue;
        }
        keys = keys == null ? new Ints() : keys;
        keys.add(digitKeyOf[w]);
        if (pos + 1 < f.length && (flags[words.get(from + pos + 1)] & NUMBER) != 0) {
          int joined = digitId(WordProfile.digits(f[pos] + f[pos + 1]));
          keys.add(joined);
          adjacent.add(pos);
          adjacent.add(joined);
        }
      }
      if (keys != null) {
        Arrays.stream(keys.toArray()).sorted().distinct().forEach(digitKeys::add);
      }
    }

    private int digitId(String key) {
      Integer id = digitIds.putIfAbsent(key, digits.size());
      if (id != null) {
        return id;
      }
      digits.add(key);
      return digits.size() - 1;
    }

    private int id(String form) {
      Integer id = ids.get(form);
      if (id != null) {
        return id;
      }
      int w = forms.size();
      ids.put(form, w);
      forms.add(form);
      if (w == stemOf.length) {
        int size = 2 * w;
        stemOf = Arrays.copyOf(stemOf, size);
        flags = Arrays.copyOf(flags, size);
        digitKeyOf = Arrays.copyOf(digitKeyOf, size);
        letters = Arrays.copyOf(letters, size);
      }
      String stem = stemmer.of(form);
      stemOf[w] = stemIds.computeIfAbsent(stem, s -> {
        stems.add(s);
        return stems.size() - 1;
      });
      boolean content = !StopWords.contains(form);
      boolean number = WordProfile.hasDigit(form);
      byte f = 0;
      f |= content ? CONTENT : 0;
      f |= number ? NUMBER : 0;
      f |= WordProfile.NEGATIONS.contains(form) ? NEGATION : 0;
      if (content && !number && synonyms.synsets(stem).length > 0) {
        f |= LEXICAL;
      }
      if (content && !number && form.length() >= Alignment.NEAR_MIN_LENGTH
          && form.length() <= Alignment.NEAR_MAX_LENGTH) {
        f |= NEAR;
        letters[w] = WordProfile.letterCounts(form);
      }
      flags[w] = f;
      digitKeyOf[w] = number ? digitId(WordProfile.digits(form)) : -1;
      return w;
    }

    /**
     * Weighs every word, by its stem's rarity in these texts if adapting, and totals each text. The
     * document frequencies are counted in the texts not counted before, from {@link #first} on.
     */
    private void weigh() {
      int v = forms.size();
      int n = texts.size();
      Rarity rarity;
      int[] df = Arrays.copyOf(earlier == null ? NONE : earlier.documentFrequency, stems.size());
      documentFrequency = df;
      if (adapt) {
        int[] seen = new int[stems.size()];
        Arrays.fill(seen, -1);
        for (int t = first; t < n; t++) {
          for (int k = wordStart[t]; k < wordStart[t + 1]; k++) {
            int s = stemOf[words.get(k)];
            if (seen[s] != t) {
              seen[s] = t;
              df[s]++;
            }
          }
        }
        ImmutableMap.Builder<String, Integer> frequencies = ImmutableMap.builderWithExpectedSize(stems.size());
        for (int s = 0; s < df.length; s++) {
          frequencies.put(stems.get(s), df[s]);
        }
        reference = scorer.adaptedTo(frequencies.buildOrThrow(), n);
        rarity = reference.rarity();
      } else {
        rarity = scorer.rarity();
      }
      weights = new double[v];
      for (int w = 0; w < v; w++) {
        double base = (flags[w] & CONTENT) != 0 ? 1.0 : scorer.stopWordWeight();
        weights[w] = adapt ? rarity.weight(df[stemOf[w]], base) : rarity.weight(stems.get(stemOf[w]), base);
      }
      for (int t = 0; t < n; t++) {
        double total = 0;
        for (int k = wordStart[t]; k < wordStart[t + 1]; k++) {
          total += weights[words.get(k)];
        }
        int length = wordStart[t + 1] - wordStart[t];
        if (total == 0 && length > 0) {
          uniform[t] = true;
          total = length;
        }
        totalWeight[t] = total;
      }
    }

    /**
     * For each stem with synsets, the stems of these texts that share one with it, and those one
     * relation away ({@link GreedyAlignment}'s synonyms and related words), through an index from
     * synset to stems: linear in the stems times their synsets.
     */
    private void relateStems() {
      int s = stems.size();
      if (earlier != null && noSynsetsFrom(earlier.stemCount)) {
        // No list gains a stem, and the new stems have none: earlier's lists serve, never written.
        synonymStart = continued(earlier.synonymStart, s);
        synonymStems = earlier.synonymStems;
        relatedStart = continued(earlier.relatedStart, s);
        relatedStems = earlier.relatedStems;
        return;
      }
      int[][] syn = new int[s][];
      int[][] rel = new int[s][];
      Map<Integer, Ints> bySynset = new HashMap<>();
      Map<Integer, Ints> byRelated = new HashMap<>();
      for (int t = 0; t < s; t++) {
        syn[t] = synonyms.synsets(stems.get(t));
        rel[t] = syn[t].length == 0 ? NONE : synonyms.related(stems.get(t));
        for (int key : syn[t]) {
          bySynset.computeIfAbsent(key, k -> new Ints()).add(t);
        }
        for (int key : rel[t]) {
          byRelated.computeIfAbsent(key, k -> new Ints()).add(t);
        }
      }
      int[][] synonymLists = new int[s][];
      int[][] relatedLists = new int[s][];
      for (int t = 0; t < s; t++) {
        if (syn[t].length == 0) {
          synonymLists[t] = NONE;
          relatedLists[t] = NONE;
          continue;
        }
        Ints same = new Ints();
        Ints near = new Ints();
        for (int key : syn[t]) {
          addAll(same, bySynset.get(key));
          addAll(near, byRelated.get(key));
        }
        for (int key : rel[t]) {
          addAll(near, bySynset.get(key));
        }
        int[] sameStems = Arrays.stream(same.toArray()).sorted().distinct().toArray();
        synonymLists[t] = sameStems;
        relatedLists[t] = Arrays.stream(near.toArray()).sorted().distinct()
            .filter(u -> Arrays.binarySearch(sameStems, u) < 0).toArray();
      }
      synonymStart = starts(synonymLists);
      synonymStems = flat(synonymLists, synonymStart);
      relatedStart = starts(relatedLists);
      relatedStems = flat(relatedLists, relatedStart);
    }

    /**
     * Whether no stem from {@code from} on has synsets: such stems are in no other stem's lists
     * (a stem without synsets is not looked up by its relations either) and have none of their own.
     */
    private boolean noSynsetsFrom(int from) {
      for (int t = from; t < stems.size(); t++) {
        if (synonyms.synsets(stems.get(t)).length > 0) {
          return false;
        }
      }
      return true;
    }

    /** {@code start}, the start array of {@code start.length - 1} stems' lists, for {@code s} stems, the others' lists empty. */
    private static int[] continued(int[] start, int s) {
      int[] all = Arrays.copyOf(start, s + 1);
      Arrays.fill(all, start.length, s + 1, start[start.length - 1]);
      return all;
    }

    private static void addAll(Ints to, @Nullable Ints from) {
      if (from != null) {
        for (int k = 0; k < from.size(); k++) {
          to.add(from.get(k));
        }
      }
    }
  }
}
