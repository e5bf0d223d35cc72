package org.claimcompare.cluster;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Blocking by rare words: proposes a pair when the rarest terms of one claim include a term of the
 * other, and, bounded, only each claim's most alike such partners.
 *
 * <p>Algorithm. The terms are what the clusterer passes (for the standard scorer, the stems of the
 * normalised words). The document frequency of a term is the number of claims that contain it. A
 * term in one claim only cannot pair anything, and a term in more than {@code maxClaimsPerWord}
 * claims ("the", "say") would pair too many; the other terms are indexable. A claim's keys are its
 * {@code wordsPerClaim} indexable terms of lowest frequency, ties going to the term first in {@link
 * String#compareTo} order. A claim with fewer indexable terms than that (a short one, or one made
 * of common words such as "so this time in the corona year") also indexes its indexable pairs of
 * terms, ranked the same way after the single terms: its adjacent terms ("corona year"), and each
 * two of its {@value #COMMON_PAIRED} rarest terms among those too common to be keys alone, so that
 * two renderings made of common words ("they will not have to say it", "you will not have to say
 * it") share a pair of them that few claims have (ties between equally rare pairs: adjacent pairs
 * first, then string order). Unbounded, a pair of
 * claims is proposed when a key of either occurs in the other, or when both have the same terms (so
 * that repeated short quotes such as "Thank you!" always meet).
 *
 * <p>This is the probe side of prefix filtering (Chaudhuri, Ganti and Kaushik, ICDE 2006): two
 * renderings of one statement share most of their words, so the rarest words of one are almost
 * always found in the other, while claims that share only common words are not compared. Without
 * repeated term lists, at most {@code 2 n wordsPerClaim maxClaimsPerWord} pairs are proposed for n
 * claims; k claims with the same terms add their k(k-1)/2 pairs.
 *
 * <p>Bounded ({@code partnersPerClaim}), each claim keeps only its most alike candidates among those
 * its keys find: first ranked by the weight of the indexable terms they share ({@code ln(n / df)}
 * each, as a weighted Dice coefficient, read from the postings), the best {@value #SHORTLIST_FACTOR}
 * per place are ranked again by the weighted Dice coefficient of all their terms, and the best
 * {@code partnersPerClaim} kept. At most {@code n partnersPerClaim} pairs are then proposed besides
 * equal term lists, linear in n however common the keys; the cost is the postings of each claim's
 * keys, each at most {@code maxClaimsPerWord} long, plus a few look-ups per shortlisted
 * candidate.
 *
 * <p>At a clustering threshold t ({@link #atThreshold}), the Dice coefficient of all terms also
 * decides alone at both ends: a shortlisted candidate at or above t is kept even beyond the
 * {@code partnersPerClaim} (a claim of a templated sentence may have dozens of renderings that
 * alike, and a bound cannot serve them all), and one below t / 2 is dropped even among them (its
 * alignment would need near spellings and synonyms for more than half its weight to reach t: at
 * the standard threshold, 0.02 % of the pairs at the threshold on 100,000 translated news
 * sentences, for 40 % of the pairs scored). At most {@code n} times the shortlist's length pairs are
 * then proposed; on translated news 10 to 21 a claim from 10,000 to 824,000 claims, fewer than
 * without a threshold, with more of the pairs at the threshold among them ({@code
 * docs/benchmarks.md}).
 *
 * <p>Each call indexes the lists afresh: their forms and pairs of forms are numbered in dictionaries
 * (a hash look-up per word and per pair, {@link BlockingCorpus}), then on integers and on all cores
 * the terms are ranked, each claim's terms listed, the claims placed and the postings filled, O(t
 * log t) for t words in all. An index kept between additions ({@link #index}) numbers each claim's
 * forms and pairs once, when it is added, and builds the rest again when it proposes, since the
 * terms' ranks and weights and the claims' places depend on every claim's frequencies; it proposes
 * the same pairs as a fresh call. Settled ({@link GrowingIndex#settled}), it keeps the index it
 * built, and the indexes extended from it build only the later claims' part over it, by its
 * statistics ({@link Index#Index(Base, BlockingCorpus, int, IntPredicate)}): not a fresh call's
 * pairs, but near them, at a fraction of the cost.
 *
 * <p>The proposals depend only on the term lists, not on their order: permuting the lists permutes
 * the proposed pairs (bounded, except between candidates whose ranks are equal as floats and whose
 * term lists hash alike, where the first found wins). Each pair is proposed once, as {@code (i, j)}
 * with {@code i < j}, in increasing order of {@code i} then {@code j}. Immutable and thread-safe.
 */
final class SharedRareWords implements CandidateGenerator, Probing, Serializable {
  private static final long serialVersionUID = 1;

  /** Keys per claim of the standard generator, chosen by measurement: see {@code docs/benchmarks.md}. */
  static final int STANDARD_WORDS_PER_CLAIM = 20;
  /** The frequency cap of the standard generator, chosen by measurement likewise. */
  static final int STANDARD_MAX_CLAIMS_PER_WORD = 1000;

  /** Partners kept per claim by the standard generator, chosen by measurement likewise. */
  static final int STANDARD_PARTNERS_PER_CLAIM = 32;

  /** No bound on the partners per claim. */
  static final int UNBOUNDED = Integer.MAX_VALUE;

  static final SharedRareWords STANDARD = new SharedRareWords(
      STANDARD_WORDS_PER_CLAIM, STANDARD_MAX_CLAIMS_PER_WORD, STANDARD_PARTNERS_PER_CLAIM);

  /** No clustering threshold: the partners are chosen by rank alone. */
  private static final double NO_THRESHOLD = Double.NaN;

  private final int wordsPerClaim;
  private final int maxClaimsPerWord;
  private final int partnersPerClaim;
  /** The clustering threshold the partners are chosen for, or {@link #NO_THRESHOLD}. */
  private final double threshold;

  SharedRareWords(int wordsPerClaim, int maxClaimsPerWord) {
    this(wordsPerClaim, maxClaimsPerWord, UNBOUNDED);
  }

  SharedRareWords(int wordsPerClaim, int maxClaimsPerWord, int partnersPerClaim) {
    this(wordsPerClaim, maxClaimsPerWord, partnersPerClaim, NO_THRESHOLD);
  }

  private SharedRareWords(int wordsPerClaim, int maxClaimsPerWord, int partnersPerClaim, double threshold) {
    checkArgument(wordsPerClaim >= 1, "words per claim must be at least 1: %s", wordsPerClaim);
    checkArgument(maxClaimsPerWord >= 2, "claims per word must be at least 2: %s", maxClaimsPerWord);
    checkArgument(partnersPerClaim >= 1, "partners per claim must be at least 1: %s", partnersPerClaim);
    this.wordsPerClaim = wordsPerClaim;
    this.maxClaimsPerWord = maxClaimsPerWord;
    this.partnersPerClaim = partnersPerClaim;
    this.threshold = threshold;
  }

  /**
   * Returns this generator for a clustering at {@code threshold}: bounded, it keeps every
   * shortlisted candidate whose terms' weighted Dice coefficient reaches the threshold and drops
   * those below half of it (see the class comment); unbounded, it is unchanged.
   *
   * @throws IllegalArgumentException if {@code threshold} is not in [0, 1]
   */
  @Override
  public CandidateGenerator atThreshold(double threshold) {
    ClusterOptions.checkThreshold(threshold);
    return partnersPerClaim == UNBOUNDED ? this
        : new SharedRareWords(wordsPerClaim, maxClaimsPerWord, partnersPerClaim, threshold);
  }

  /** Whether each claim keeps a bounded number of partners. */
  boolean isBounded() {
    return partnersPerClaim != UNBOUNDED;
  }

  @Override
  public void propose(List<List<String>> words, PairSink sink) {
    propose(words, null, sink);
  }

  /**
   * The pairs that the claims {@code probe} accepts keep (bounded), or all pairs with such a claim
   * (unbounded); see {@link Probing}. The index is built over all claims, so the terms' frequencies
   * and the candidates are those of {@link #propose(List, PairSink)}; {@link #index} keeps what it
   * can of the build between additions.
   */
  @Override
  public void proposeFrom(List<List<String>> words, IntPredicate probe, PairSink sink) {
    propose(words, probe, sink);
  }

  /**
   * Returns an index over {@code words} that grows by appending term lists and proposes from any of
   * them exactly what {@link #proposeFrom} proposes from them among all the lists so far. The work
   * per claim that does not depend on the others (numbering its forms and pairs of forms, hashing
   * its lists) is done once, when the claim is added ({@link BlockingCorpus}); the rest depends on
   * every claim's frequencies (which terms are indexable, their ranks and weights, the pairs of
   * forms that are terms, the places and so the postings) and is built again from the corpus, on
   * integers, each time the index proposes: at 824 k claims about half of a fresh build. Once
   * {@linkplain GrowingIndex#settled settled}, it keeps its build, and the indexes extended from it
   * build only their later claims' part, by its statistics.
   */
  @Override
  public GrowingIndex index(List<List<String>> words) {
    return new Grown(this, BlockingCorpus.of(words, maxClaimsPerWord), null);
  }

  private void propose(List<List<String>> words, @Nullable IntPredicate probe, PairSink sink) {
    propose(BlockingCorpus.of(words, maxClaimsPerWord), probe, sink);
  }

  private void propose(BlockingCorpus words, @Nullable IntPredicate probe, PairSink sink) {
    if (partnersPerClaim == UNBOUNDED) {
      for (long pair : allPairs(new Index(words, wordsPerClaim, false, null), words.size())) {
        int i = (int) (pair >>> 32);
        int j = (int) pair;
        if (probe == null || probe.test(i) || probe.test(j)) {
          sink.accept(i, j);
        }
      }
      return;
    }
    Index index = new Index(words, wordsPerClaim, true, probe);
    proposeWith(index, hashes(index, words), probe, sink);
  }

  /**
   * Proposes from the bounded {@code index} ({@link #bestPairs}), from the claims {@code probe}
   * accepts (all when null), each pair once by claim, in order.
   */
  private void proposeWith(Index index, int[] hash, @Nullable IntPredicate probe, PairSink sink) {
    long[] pairs = bestPairs(index, hash, index.order.length,
        probe == null ? null : place -> probe.test(index.order[place]));
    for (int k = 0; k < pairs.length; k++) {
      int a = index.order[(int) (pairs[k] >>> 32)];
      int b = index.order[(int) pairs[k]];
      pairs[k] = (long) Math.min(a, b) << 32 | Math.max(a, b);
    }
    for (long pair : LongList.sortedDistinct(pairs)) {
      sink.accept((int) (pair >>> 32), (int) pair);
    }
  }

  /** Per place: the hash of its claim's term list. */
  private static int[] hashes(Index index, BlockingCorpus words) {
    int[] hash = new int[index.order.length];
    for (int p = 0; p < hash.length; p++) {
      hash[p] = words.listHash[index.order[p]];
    }
    return hash;
  }

  /**
   * Proposes from an index grown over a settled one ({@link Grown}): from the settled index itself
   * when no list was added since; afresh, exactly, when a settled claim probes; else from an index
   * of all the lists by the settled statistics ({@link Index#Index(Base, BlockingCorpus, int,
   * IntPredicate)}).
   */
  private void proposeOver(Base base, BlockingCorpus corpus, IntPredicate probe, PairSink sink) {
    int m = base.corpus.size();
    if (m == corpus.size()) {
      proposeWith(base.index, base.hash, probe, sink);
      return;
    }
    for (int c = 0; c < m; c++) {
      if (probe.test(c)) {
        propose(corpus, probe, sink);
        return;
      }
    }
    Index index = new Index(base, corpus, wordsPerClaim, probe);
    proposeWith(index, hashes(index, corpus), probe, sink);
  }

  /**
   * An index of {@link SharedRareWords} that grows: a corpus, indexed afresh when proposing; or,
   * extended from a settled one, indexed over that one's index by its statistics.
   */
  private static final class Grown implements GrowingIndex {
    private final SharedRareWords generator;
    private final BlockingCorpus corpus;
    /** The settled index whose statistics this one proposes by, or null: this one proposes exactly. */
    private final @Nullable Settled settled;

    Grown(SharedRareWords generator, BlockingCorpus corpus, @Nullable Settled settled) {
      this.generator = generator;
      this.corpus = corpus;
      this.settled = settled;
    }

    @Override
    public int size() {
      return corpus.size();
    }

    @Override
    public GrowingIndex extendedWith(List<List<String>> more) {
      return new Grown(generator, corpus.extendedWith(more), settled);
    }

    /**
     * Settled, this index builds its whole index when it first proposes and keeps it; the indexes
     * extended from it propose over it by its statistics. An unbounded generator's index, or an
     * empty one, always proposes exactly.
     */
    @Override
    public GrowingIndex settled() {
      if (!generator.isBounded() || corpus.size() == 0 || settled != null && settled.corpus == corpus) {
        return this;
      }
      return new Grown(generator, corpus, new Settled(generator.wordsPerClaim, corpus));
    }

    @Override
    public void proposeFrom(IntPredicate probe, PairSink sink) {
      if (settled == null) {
        generator.propose(corpus, probe, sink);
      } else {
        generator.proposeOver(settled.base(), corpus, probe, sink);
      }
    }

    @Override
    public String toString() {
      return "index of " + corpus.size() + " claims for " + generator
          + (settled == null ? "" : ", settled at " + settled.corpus.size());
    }
  }

  /** A settled index's corpus, and its index, built when first needed. */
  private static final class Settled {
    final int wordsPerClaim;
    final BlockingCorpus corpus;
    private @Nullable Base base;

    Settled(int wordsPerClaim, BlockingCorpus corpus) {
      this.wordsPerClaim = wordsPerClaim;
      this.corpus = corpus;
    }

    synchronized Base base() {
      if (base == null) {
        base = new Base(new Index(corpus, wordsPerClaim, true, null), corpus);
      }
      return base;
    }
  }

  /**
   * The index of a settled corpus, every posting listed, with what an index grown over it reads:
   * the claims' hashes by place, the one claim of each form and pair in one claim only, and the
   * places by the hash of their sequence.
   */
  private static final class Base {
    final Index index;
    final BlockingCorpus corpus;
    final int[] hash;
    /** Per form of the corpus: the place of its claim if it is in one claim only, else -1. */
    final int[] formOwner;
    /** Per pair of forms of the corpus: the place of its claim if it is in one claim only, else -1. */
    final int[] pairOwner;
    /** The places by the hash of their claim's sequence: {@code hash << 32 | place}, ascending. */
    final long[] byHash;

    Base(Index index, BlockingCorpus corpus) {
      this.index = index;
      this.corpus = corpus;
      int m = corpus.size();
      hash = hashes(index, corpus);
      formOwner = new int[corpus.formCount()];
      Arrays.fill(formOwner, -1);
      pairOwner = new int[corpus.pairCount()];
      Arrays.fill(pairOwner, -1);
      long[] hashed = new long[m];
      // Each form or pair in one claim is written by that claim's place alone.
      IntStream.range(0, m).parallel().forEach(p -> {
        int c = index.order[p];
        for (int f : corpus.distinct[c]) {
          if (corpus.frequency[f] == 1) {
            formOwner[f] = p;
          }
        }
        for (int[] pairs : corpus.pairsOf(c)) {
          for (int q : pairs) {
            if (corpus.pairFrequency(q) == 1) {
              pairOwner[q] = p;
            }
          }
        }
        hashed[p] = (long) corpus.sequenceHash[c] << 32 | p;
      });
      IndexSort.sort(hashed);
      byHash = hashed;
    }

    /** The places whose claims have {@code sequence} (of hash {@code h}), ascending. */
    int[] sameSequence(int[] sequence, int h) {
      int at = Arrays.binarySearch(byHash, (long) h << 32);
      at = at < 0 ? -at - 1 : at;
      Ints out = new Ints(2);
      for (; at < byHash.length && (int) (byHash[at] >>> 32) == h; at++) {
        int p = (int) byHash[at];
        if (Arrays.equals(corpus.sequence[index.order[p]], sequence)) {
          out.add(p);
        }
      }
      return out.size() == 0 ? NONE : out.toArray();
    }

    /** The place {@code owners} gives {@code x} ({@link #formOwner}, {@link #pairOwner}) as a list, or none. */
    static int[] owner(int[] owners, int x) {
      return x < owners.length && owners[x] >= 0 ? new int[] {owners[x]} : NONE;
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
      for (int k = 0; k < index.keyCount[i]; k++) {
        count = collect(index.containing[index.terms[i][k]], i, seenBy, partners, count);
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
   * are most alike: the best {@value #SHORTLIST_FACTOR} per place by the weighted Dice coefficient
   * of the indexable terms they share (summed while reading the postings), then the best of those by
   * the weighted Dice coefficient of all their distinct forms, {@code 2 shared / (W_i + W_j)} with
   * each form weighing {@code ln(n / df)} in fixed point ({@link #weight}; see {@link #shortlist}
   * and {@link #best} for the ties). The weight of the indexable forms in common is summed with the
   * terms' while reading the postings; the forms too common to be terms (df above {@code
   * maxClaimsPerWord}) add theirs from the candidate's record ({@link Index#records}): a mask of
   * the {@value #MASKED} commonest, summed a byte at a time from a table, and a short list of the
   * others. The claims with the same word list are kept too. Claims are processed in parallel, in
   * chunks that each take a workspace of marks from a shared stack; each claim's choice depends
   * only on the index, so the result does not depend on the schedule. Cost: the postings of the
   * claim's terms (each capped at {@code maxClaimsPerWord}), and for each shortlisted candidate
   * seven table look-ups and a pass over its few other common forms. Claims and pairs are numbered
   * by place in the index ({@link Index#order}); the pairs
   * come back unsorted, with duplicates, each as {@code min << 32 | max}.
   */
  private long[] bestPairs(Index index, int[] hash, int n, @Nullable IntPredicate probed) {
    long[][] chunks = new long[(n + CHUNK - 1) / CHUNK][];
    ConcurrentLinkedDeque<Workspace> workspaces = new ConcurrentLinkedDeque<>();
    Parallel.forEach(chunks.length, c -> {
      Workspace w = workspaces.pollFirst();
      if (w == null) {
        w = workspace(index);
      }
      LongList out = new LongList();
      for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
        if (probed != null && !probed.test(i)) {
          continue;
        }
        partnersOf(i, index, hash, w, out, probed);
      }
      chunks[c] = out.toArray();
      workspaces.addFirst(w);
    });
    int total = 0;
    for (long[] chunk : chunks) {
      total += chunk.length;
    }
    long[] all = new long[total];
    int filled = 0;
    for (int c = 0; c < chunks.length; c++) {
      System.arraycopy(chunks[c], 0, all, filled, chunks[c].length);
      filled += chunks[c].length;
      chunks[c] = null;
    }
    return all;
  }

  private Workspace workspace(Index index) {
    return new Workspace(index.termMass, index.commonWeight.length, SHORTLIST_FACTOR * partnersPerClaim);
  }

  /**
   * The partners the claim at place {@code i} keeps ({@link #bestPairs}), added to {@code out} as
   * places, {@code min << 32 | max}.
   */
  private void partnersOf(int i, Index index, int[] hash, Workspace w, LongList out, @Nullable IntPredicate probed) {
    long[] termWeight = index.termWeight;
    long[] termMass = index.termMass;
    int shortlist = SHORTLIST_FACTOR * partnersPerClaim;
    boolean adapted = !Double.isNaN(threshold);
    // Ranks are compared as computed; a rank is at most 1, so an infinite level keeps no one extra.
    double unlike = adapted ? threshold / 2 : 0;
    double alike = adapted ? threshold : Double.POSITIVE_INFINITY;
    long[] found = w.found;
    int[] touched = w.touched;
    long[] shared = w.shared;
    long[] keys = w.keys;
    double[] alikeness = w.alikeness;
    int[] formOwner = w.formOwner;
    // First the weight in common of the indexable terms, and of the indexable forms among
    // them, summed over their postings: the keys (the claim's first terms) find the
    // candidates, the other terms only add to them.
    int count = 0;
    int[] terms = index.terms[i];
    int keyCount = index.keyCount[i];
    int formTerms = index.formTerms;
    int[][] later = index.later;
    w.prefetched += touch(index.containing, later, terms);
    for (int k = 0; k < keyCount; k++) {
      int t = terms[k];
      long all = termWeight[t];
      long form = t < formTerms ? all : 0;
      count = findBy(index.containing[t], i, all, form, found, touched, shared, count);
      if (later != null) {
        count = findBy(later[t], i, all, form, found, touched, shared, count);
      }
    }
    for (int k = keyCount; k < terms.length; k++) {
      int t = terms[k];
      long all = termWeight[t];
      long form = t < formTerms ? all : 0;
      addTo(index.containing[t], all, form, found, shared);
      if (later != null) {
        addTo(later[t], all, form, found, shared);
      }
    }
    // Each candidate's terms' weight is beside what it shares, read with it (Workspace#shared).
    for (int k = 0; k < count; k++) {
      int j = touched[k];
      keys[k] = highestFirst(dice(shared[SHARED * j], termMass[i], shared[SHARED * j + 2])) << 32 | j;
    }
    int[] shortlisted = shortlist(keys, count, shortlist);
    for (int k = 0; k < count; k++) {
      found[touched[k] >>> 6] = 0;
    }
    // Then all the forms' weight in common, for the shortlist: the indexable forms' from the
    // postings, and the common forms' from their masks and lists (the claim's are marked).
    index.markCommon(i, formOwner);
    w.prefetched += index.prefetch(shortlisted, hash);
    for (int k = 0; k < shortlisted.length; k++) {
      int j = shortlisted[k];
      alikeness[k] = dice(shared[SHARED * j + 1] + index.commonShared(i, j, formOwner),
          index.mass(i), index.mass(j));
    }
    // The best partners, but none too unlike; then every other one alike enough.
    for (int k : best(shortlisted, partnersPerClaim, alikeness, hash, keys)) {
      if (alikeness[k] >= unlike && alikeness[k] < alike) {
        out.add(pair(i, shortlisted[k]));
      }
    }
    for (int k = 0; k < shortlisted.length; k++) {
      if (alikeness[k] >= alike) {
        out.add(pair(i, shortlisted[k]));
      }
    }
    for (int j : index.sameWords[i]) {
      // Probing, a claim not probed does not propose its own: this one does.
      if (j > i || probed != null && !probed.test(j)) {
        out.add(pair(i, j));
      }
    }
  }

  /**
   * Reads one int of each memory line of the postings of {@code terms} (the settled part and the
   * later one), in a loop of independent loads, so that the processor fetches the lines at once
   * before the loops that use them read them in turn. A claim probing among few others (an
   * addition's new claims are a tenth of the places or fewer) finds its postings in no cache, where
   * consecutive places of a whole run share most of theirs: on 756,032 lists, a probe from a random
   * tenth of them took 36 to 47 µs against 30 to 37 µs when all probe, and 34 to 40 against 29 to
   * 33 µs with this read ({@code docs/benchmarks.md}, session 15). Returns a sum of what it read,
   * for the caller to keep, so that the reads are not optimised away.
   */
  private static long touch(int[][] containing, int[] @Nullable [] later, int[] terms) {
    long sum = 0;
    for (int t : terms) {
      sum += touch(containing[t]);
      if (later != null) {
        sum += touch(later[t]);
      }
    }
    return sum;
  }

  /** Reads one int of each 64-byte line of {@code postings}; returns their sum. */
  private static long touch(int[] postings) {
    long sum = 0;
    for (int x = 0; x < postings.length; x += 16) {
      sum += postings[x];
    }
    return sum;
  }

  /**
   * Reads the postings of a key of the claim at place {@code i}: marks each other place in them as
   * a candidate of {@code i} in {@code found} (the first time, in {@code touched} from {@code
   * count}) and adds the term's weight to what it shares. Returns the candidates found so far.
   */
  private static int findBy(int[] postings, int i, long all, long form, long[] found, int[] touched,
      long[] shared, int count) {
    int c = count;
    for (int j : postings) {
      if (j != i) {
        if ((found[j >>> 6] & 1L << j) == 0) {
          found[j >>> 6] |= 1L << j;
          touched[c++] = j;
          shared[SHARED * j] = 0;
          shared[SHARED * j + 1] = 0;
        }
        shared[SHARED * j] += all;
        shared[SHARED * j + 1] += form;
      }
    }
    return c;
  }

  /** Reads the postings of another term of the current claim: adds its weight to those of its candidates ({@code found}). */
  private static void addTo(int[] postings, long all, long form, long[] found, long[] shared) {
    for (int j : postings) {
      if ((found[j >>> 6] & 1L << j) != 0) {
        shared[SHARED * j] += all;
        shared[SHARED * j + 1] += form;
      }
    }
  }

  /**
   * This bounded generator's work on {@code words} in parts of {@value #PART} claims that can run
   * apart ({@link CandidateIndex}): the index is built here, once; each part finds the partners of
   * its claims from it. The union of the parts' pairs is what {@link #propose} proposes.
   */
  CandidateIndex.Parts split(List<List<String>> words) {
    checkArgument(partnersPerClaim != UNBOUNDED, "an unbounded generator is not split");
    BlockingCorpus corpus = BlockingCorpus.of(words, maxClaimsPerWord);
    Index index = new Index(corpus, wordsPerClaim, true, null);
    return new Split(this, index, hashes(index, corpus));
  }

  /** Claims per part of a {@link #split}. */
  static final int PART = 512;

  /** The parts of a {@link #split}, each with a workspace of its own thread's. */
  private static final class Split implements CandidateIndex.Parts {
    private static final long serialVersionUID = 1;

    private final SharedRareWords generator;
    private final Index index;
    private final int[] hash;
    private transient @Nullable ConcurrentLinkedDeque<Workspace> workspaces;

    Split(SharedRareWords generator, Index index, int[] hash) {
      this.generator = generator;
      this.index = index;
      this.hash = hash;
    }

    @Override
    public int count() {
      return (index.order.length + PART - 1) / PART;
    }

    @Override
    public void propose(int part, PairSink sink) {
      ConcurrentLinkedDeque<Workspace> free = workspaces();
      Workspace w = free.pollFirst();
      if (w == null) {
        w = generator.workspace(index);
      }
      LongList out = new LongList();
      for (int i = part * PART; i < Math.min(index.order.length, (part + 1) * PART); i++) {
        generator.partnersOf(i, index, hash, w, out, null);
      }
      free.addFirst(w);
      for (long pair : out.toArray()) {
        int a = index.order[(int) (pair >>> 32)];
        int b = index.order[(int) pair];
        sink.accept(Math.min(a, b), Math.max(a, b));
      }
    }

    private synchronized ConcurrentLinkedDeque<Workspace> workspaces() {
      if (workspaces == null) {
        workspaces = new ConcurrentLinkedDeque<>();
      }
      return workspaces;
    }
  }

  private static long pair(int i, int j) {
    return (long) Math.min(i, j) << 32 | Math.max(i, j);
  }

  /**
   * The weight {@code ln(n / df)} of a term or form in {@code df} of {@code n} claims, in fixed
   * point ({@value #WEIGHT_BITS} fraction bits): sums of such weights are exact, so a claim's
   * weight in common with another does not depend on the order in which it was summed.
   */
  static long weight(int n, int df) {
    return Math.round(Math.log((double) n / df) * (1L << WEIGHT_BITS));
  }

  /**
   * The marks of one task, serving claim after claim: the candidate marks are cleared after each
   * claim, the marks of common forms are claim places.
   */
  private static final class Workspace {
    /**
     * A bit per place: whether it is a candidate of the current claim. A bit a place, so that the
     * marks read for each place of a posting list fit in a core's own cache (on 824 k claims 100
     * kB, where an int a place took 3.3 MB); cleared after each claim from its candidates.
     */
    final long[] found;
    /** The candidates found for the current claim. */
    final int[] touched;
    /**
     * Per candidate place p, from {@code SHARED * p}: the weight of the terms it shares with the
     * current claim, of the forms among them, and (copied from the index, read-only) the weight of
     * all its terms; side by side, so that the memory line its first posting brings in holds all
     * that the claim's ranking of it reads.
     */
    final long[] shared;
    final long[] keys;
    /** Per place in the shortlist: the weighted Dice coefficient of all forms. */
    final double[] alikeness;
    /** Per common form outside the masks: the claim that marked it last. */
    final int[] formOwner;
    /** What {@link Index#prefetch} read, kept so that its reads are not optimised away. */
    long prefetched;

    Workspace(long[] termMass, int commonForms, int shortlist) {
      int claims = termMass.length;
      found = new long[(claims + 63) / 64];
      touched = new int[claims];
      shared = new long[SHARED * claims];
      for (int p = 0; p < claims; p++) {
        shared[SHARED * p + 2] = termMass[p];
      }
      keys = new long[claims];
      alikeness = new double[shortlist];
      formOwner = new int[commonForms];
      Arrays.fill(formOwner, -1);
    }
  }

  /**
   * The {@code size} candidates of highest rank (as a float; ties to the lower place), in no
   * particular order, from {@code keys[0, count)}, each {@link #highestFirst rank} {@code << 32 |
   * place}: a quickselect on the keys, linear in the candidates.
   */
  private static int[] shortlist(long[] keys, int count, int size) {
    int kept = Math.min(count, size);
    if (count > size) {
      IndexSort.selectSmallest(keys, count, size);
    }
    int[] out = new int[kept];
    for (int k = 0; k < kept; k++) {
      out[k] = (int) keys[k];
    }
    return out;
  }

  /**
   * The positions in {@code candidates} of the {@code size} of highest rank (as a float), ties to
   * the lower hash of the word list, then to the first found, in no particular order: a quickselect
   * on keys that pack the rank, the hash's leading bits and the position.
   */
  private static int[] best(int[] candidates, int size, double[] rank, int[] hash, long[] keys) {
    int[] out = new int[Math.min(size, candidates.length)];
    if (candidates.length <= size) {
      for (int k = 0; k < out.length; k++) {
        out[k] = k;
      }
      return out;
    }
    int placeBits = 32 - Integer.numberOfLeadingZeros(candidates.length - 1);
    for (int k = 0; k < candidates.length; k++) {
      long unsignedHash = (hash[candidates[k]] ^ Integer.MIN_VALUE) & 0xFFFF_FFFFL;
      keys[k] = highestFirst(rank[k]) << 32 | (unsignedHash >>> placeBits) << placeBits | k;
    }
    IndexSort.selectSmallest(keys, candidates.length, size);
    for (int k = 0; k < size; k++) {
      out[k] = (int) (keys[k] & ((1L << placeBits) - 1));
    }
    return out;
  }

  /**
   * A non-negative rank as 31 bits that sort the highest first: for non-negative floats the bits
   * grow with the value, so subtracting them reverses the order.
   */
  private static long highestFirst(double rank) {
    return Integer.MAX_VALUE - Float.floatToIntBits((float) rank);
  }

  /**
   * The weighted Dice coefficient {@code 2 shared / (a + b)}; 1 when both masses are 0 (claims made
   * only of forms that every claim has share all their forms).
   */
  private static double dice(long shared, long a, long b) {
    return a + b == 0 ? 1 : 2.0 * shared / (a + b);
  }

  /** Longs per place in {@link Workspace#shared}. */
  private static final int SHARED = 3;

  /** Candidates shortlisted by their indexable terms, per partner kept. */
  private static final int SHORTLIST_FACTOR = 6;

  /** Fraction bits of the fixed-point weights ({@link #weight}). */
  private static final int WEIGHT_BITS = 24;

  /** A place's record in {@link Index#records}: its length in longs. */
  private static final int RECORD = 8;
  /** The commonest common forms, marked by bits of a record's mask, summed a byte at a time. */
  private static final int MASKED = 56;
  private static final int MASK_BYTES = MASKED / Byte.SIZE;
  /** The other common forms a record holds. */
  private static final int INLINE = 2 * (RECORD - 2);

  /** Claims per parallel task. */
  private static final int CHUNK = 2048;

  private static final int[] NONE = new int[0];

  /**
   * The rarest forms of a claim, among those too common to be keys alone, of which each two make a
   * pair of forms: renderings made of common words ("they will not have to say it") then still
   * share a key. Six, chosen by measurement ({@code docs/benchmarks.md}).
   */
  static final int COMMON_PAIRED = 6;

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

  /**
   * Returns the generator as {@code shared rare words[20 per claim, at most 1000 claims per word, 32
   * partners per claim]}, with {@code , at threshold 0.4} inside the brackets when adapted to a
   * threshold, or without the partners when unbounded.
   */
  @Override
  public String toString() {
    return partnersPerClaim == UNBOUNDED
        ? String.format(Locale.ROOT, "shared rare words[%d per claim, at most %d claims per word]",
            wordsPerClaim, maxClaimsPerWord)
        : Double.isNaN(threshold)
        ? String.format(Locale.ROOT,
            "shared rare words[%d per claim, at most %d claims per word, %d partners per claim]",
            wordsPerClaim, maxClaimsPerWord, partnersPerClaim)
        : String.format(Locale.ROOT,
            "shared rare words[%d per claim, at most %d claims per word, %d partners per claim, at threshold %s]",
            wordsPerClaim, maxClaimsPerWord, partnersPerClaim, threshold);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SharedRareWords other
        && wordsPerClaim == other.wordsPerClaim
        && maxClaimsPerWord == other.maxClaimsPerWord
        && partnersPerClaim == other.partnersPerClaim
        && Double.compare(threshold, other.threshold) == 0;
  }

  @Override
  public int hashCode() {
    return ((31 * wordsPerClaim + maxClaimsPerWord) * 31 + partnersPerClaim) * 31 + Double.hashCode(threshold);
  }

  /**
   * The inverted index of one call, built from a corpus ({@link BlockingCorpus}). Indexable terms
   * are numbered by rarity, all forms before all pairs of forms, so a claim's keys are simply its
   * lowest term numbers.
   *
   * <p>Claims are indexed at places: in the given order, or ({@code local}) ordered by their term
   * lists, lexicographically (ties: the given order). Claims that share their rarest terms, as
   * renderings of one sentence do, are then near one another, and so are the claims in a posting
   * list: the marks a claim sets while reading its postings fall close together in memory. On 824 k
   * WMT renderings in random order this halves the time of the bounded generator.
   */
  private static final class Index implements Serializable {
    private static final long serialVersionUID = 1;

    /** The claim at each place. */
    final int[] order;
    /**
     * Per place: its indexable term numbers, ascending; in an index grown over a settled one, a
     * later place's ranked by frequency now (keys first), and a settled place's as the settled
     * index numbered them (read by no probe).
     */
    final int[][] terms;
    /** Per place: how many of its terms are keys (at most {@code wordsPerClaim}). */
    final int[] keyCount;
    /**
     * Per term: the places that contain it, ascending; null for a term that no probed claim has,
     * when the index serves some claims' probes only. In an index grown over a settled one, the
     * settled places only (the settled index's lists; for a new term, its one settled claim if any).
     */
    final int[][] containing;
    /**
     * Per term, in an index grown over a settled one: the later places that contain it, ascending,
     * after all of {@link #containing}'s (null for a term no probed claim has); null in a fresh index.
     */
    final int @Nullable [][] later;
    /** Per term: the places that have it as a key, ascending ({@code null} when local). */
    final int[][] keyOf;
    /** Per place: the places with the same word list, itself included, ascending. */
    final int[][] sameWords;
    /** The terms that are forms, numbered first: pairs of forms are numbered from this. */
    final int formTerms;
    /** Per term: its {@link #weight}. */
    final long[] termWeight;
    /** Per place: the weight of its terms. */
    final long[] termMass;
    /**
     * Per place p, from {@code RECORD * p}, what the shortlist asks of a candidate, in one record
     * so that one or two memory lines hold it: the weight of all its distinct forms; a word whose
     * low {@value #MASKED} bits mark its forms among the commonest forms too common to be terms
     * and whose top byte is how many of its other such forms follow inline (one more than {@value
     * #INLINE} when the rest are in {@link #overflow}); and those forms' numbers, two a long.
     */
    final long[] records;
    /**
     * The weight of the masked forms by each byte of a mask: at {@code b << 8 | v}, the weight of
     * the forms of the bits set in {@code v} as byte {@code b}.
     */
    final long[] maskByteWeight;
    /** Per unmasked common form number: its weight. */
    final long[] commonWeight;
    /**
     * Per form of the corpus indexed: its term number, or -1 ({@link #rankForms}). This and the
     * next four serve an index grown over this one; empty in such a grown index.
     */
    final int[] formTerm;
    /** Per pair of forms of the corpus indexed: its term number, or -1; shorter when none is a term. */
    final int[] pairTerm;
    /** Per form of the corpus indexed: its {@link #weight}. */
    final long[] formWeight;
    /** Per form of the corpus indexed: its number among the forms too common to be terms, or -1. */
    final int[] commonNumber;
    /** How many of the commonest forms are bits of the records' masks. */
    final int masked;
    /**
     * The unmasked common forms of each place beyond the {@value #INLINE} of its record, from
     * {@code overflowStart[p]} to {@code overflowStart[p + 1]}.
     */
    final int[] overflow;
    final int[] overflowStart;

    /**
     * The index of {@code corpus}; with {@code probe}, one that serves the probes of the claims it
     * accepts only: the postings of the terms none of them has are not listed (their frequencies
     * are counted all the same).
     */
    Index(BlockingCorpus corpus, int wordsPerClaim, boolean local, @Nullable IntPredicate probe) {
      int n = corpus.size();
      int[] frequency = corpus.frequency;
      int[] place = corpus.stringPlaces();
      formTerm = rankForms(frequency, place, corpus.maxClaimsPerWord());
      int formTerms = 0;
      for (int t : formTerm) {
        formTerms += t >= 0 ? 1 : 0;
      }
      this.formTerms = formTerms;
      boolean[] fewForms = new boolean[n];
      IntStream.range(0, n).parallel().forEach(i -> {
        int count = 0;
        for (int f : corpus.distinct[i]) {
          count += formTerm[f] >= 0 ? 1 : 0;
        }
        fewForms[i] = count < wordsPerClaim;
      });
      boolean anyFew = IntStream.range(0, n).anyMatch(i -> fewForms[i]);
      int[] commonRank = corpus.commonRank;
      pairTerm = anyFew ? corpus.pairTerms(fewForms, place, formTerms) : NONE;
      int pairTerms = 0;
      for (int t : pairTerm) {
        pairTerms += t >= 0 ? 1 : 0;
      }
      int[][] termsOf = new int[n][];
      boolean anyPairTerm = pairTerms > 0;
      IntStream.range(0, n).parallel().forEach(i -> termsOf[i] =
          termsOf(corpus.distinct[i], formTerm, anyPairTerm ? corpus.pairTermsOf(i, pairTerm) : NONE));
      order = local ? lexicographicOrder(termsOf) : IntStream.range(0, n).toArray();
      terms = new int[n][];
      keyCount = new int[n];
      for (int p = 0; p < n; p++) {
        terms[p] = termsOf[order[p]];
        keyCount[p] = Math.min(wordsPerClaim, terms[p].length);
      }
      // The forms too common to be terms, commonest first (their rank reversed): the first ones
      // are bits of a mask, the others are numbered.
      int[] common = new int[Arrays.stream(commonRank).max().orElse(-1) + 1];
      for (int f = 0; f < commonRank.length; f++) {
        if (commonRank[f] >= 0) {
          common[common.length - 1 - commonRank[f]] = f;
        }
      }
      formWeight = new long[frequency.length];
      for (int f = 0; f < formWeight.length; f++) {
        formWeight[f] = weight(n, frequency[f]);
      }
      masked = Math.min(MASKED, common.length);
      commonNumber = new int[frequency.length];
      Arrays.fill(commonNumber, -1);
      long[] maskWeight = new long[MASKED];
      commonWeight = new long[common.length - masked];
      for (int r = 0; r < common.length; r++) {
        commonNumber[common[r]] = r;
        if (r < masked) {
          maskWeight[r] = formWeight[common[r]];
        } else {
          commonWeight[r - masked] = formWeight[common[r]];
        }
      }
      maskByteWeight = new long[MASK_BYTES << 8];
      for (int b = 0; b < MASK_BYTES; b++) {
        for (int v = 1; v < 1 << 8; v++) {
          int low = Integer.numberOfTrailingZeros(v);
          maskByteWeight[b << 8 | v] = maskByteWeight[b << 8 | v & v - 1] + maskWeight[8 * b + low];
        }
      }
      records = new long[RECORD * n];
      overflowStart = new int[n + 1];
      overflow = fillRecords(corpus.distinct, order, 0, formWeight, commonNumber, masked, records, overflowStart,
          new Ints());
      int termCount = formTerms + pairTerms;
      boolean[] listed = null;
      if (probe != null) {
        listed = new boolean[termCount];
        for (int p = 0; p < n; p++) {
          if (probe.test(order[p])) {
            for (int t : terms[p]) {
              listed[t] = true;
            }
          }
        }
      }
      int[] termFrequency = new int[termCount];
      containing = invert(terms, null, termCount, listed, termFrequency);
      keyOf = local ? null : invert(terms, keyCount, termCount, null, new int[termCount]);
      later = null;
      termWeight = new long[termCount];
      for (int t = 0; t < termCount; t++) {
        termWeight[t] = weight(n, termFrequency[t]);
      }
      termMass = new long[n];
      IntStream.range(0, n).parallel().forEach(p -> {
        for (int t : terms[p]) {
          termMass[p] += termWeight[t];
        }
      });
      sameWords = sameWords(corpus.sequence, corpus.sequenceHash, order);
    }

    /**
     * The index of {@code corpus}, whose first claims are those of {@code base}, by {@code base}'s
     * statistics, for the probes of the later claims that {@code probe} accepts: the settled claims
     * keep their places, terms, weights, records and postings; the later ones are placed after
     * them, in the order of their term lists. A later claim's terms are its forms and pairs that
     * were terms when settled, and those that were in one settled claim or none and are in 2 to
     * {@code maxClaimsPerWord} claims now (its pairs, when a later claim with fewer than {@code
     * wordsPerClaim} form terms has them): each such new term's postings are the one settled claim
     * that had it, if any, and the later claims; a settled term now in more than {@code
     * maxClaimsPerWord} claims is none, as in a fresh index. Its keys are its rarest terms by the
     * frequencies now, forms first, ties to the lower term number (a settled term's is its settled
     * rank). A term that was a term when settled weighs as then; a new term, and a form that was in
     * fewer than two settled claims, {@code ln(m / df)} with m the settled claims and df its
     * frequency now (at most m). Only the probed claims' terms list
     * their postings, each the settled postings followed by the later claims'. Cost: the later
     * claims' terms and postings, and copies of the per-place arrays, O(n) without hashing.
     */
    Index(Base base, BlockingCorpus corpus, int wordsPerClaim, IntPredicate probe) {
      Index old = base.index;
      BlockingCorpus was = base.corpus;
      int m = was.size();
      int n = corpus.size();
      int d = n - m;
      int cap = corpus.maxClaimsPerWord();
      int[] frequency = corpus.frequency;
      int settledForms = was.formCount();
      int oldForms = old.formTerms;
      int oldTerms = old.termWeight.length;
      // Per form: its term number here, or -1. New terms (in one settled claim or none, in 2 to
      // cap claims now) are numbered after the settled ones of their kind, by rarity now, then by
      // the hashes of their strings, then the strings; a settled term now above the cap is none.
      int[] formTermNow = new int[corpus.formCount()];
      Arrays.fill(formTermNow, -1);
      Ints newForms = new Ints();
      for (int c = m; c < n; c++) {
        for (int f : corpus.distinct[c]) {
          if (formTermNow[f] == -1 && (f >= settledForms || was.frequency[f] <= 1)
              && frequency[f] >= 2 && frequency[f] <= cap) {
            formTermNow[f] = -2;
            newForms.add(f);
          }
        }
      }
      int[] formsNew = newForms.toArray();
      IndexSort.sort(formsNew, (x, y) -> byFrequency(corpus, x, y));
      int nf = formsNew.length;
      for (int f = 0; f < settledForms; f++) {
        formTermNow[f] = old.formTerm[f] >= 0 && frequency[f] <= cap ? old.formTerm[f] : formTermNow[f];
      }
      for (int k = 0; k < nf; k++) {
        formTermNow[formsNew[k]] = oldForms + k;
      }
      // The later claims with fewer form terms than keys, whose pairs of forms are terms too.
      boolean[] few = new boolean[d];
      for (int c = m; c < n; c++) {
        int count = 0;
        for (int f : corpus.distinct[c]) {
          count += formTermNow[f] >= 0 ? 1 : 0;
        }
        few[c - m] = count < wordsPerClaim;
      }
      Ints given = new Ints();
      for (int c = m; c < n; c++) {
        if (few[c - m]) {
          for (int[] pairs : corpus.pairsOf(c)) {
            for (int q : pairs) {
              int pf = corpus.pairFrequency(q);
              if (!(q < old.pairTerm.length && old.pairTerm[q] >= 0) && pf >= 2 && pf <= cap) {
                given.add(q);
              }
            }
          }
        }
      }
      int[] pairsNew = IntStream.of(given.toArray()).sorted().distinct().toArray();
      corpus.sortPairsByHash(pairsNew);
      int np = pairsNew.length;
      // Per new pair, by pair number: its number << 32 | its term number.
      long[] newPair = new long[np];
      for (int k = 0; k < np; k++) {
        newPair[k] = (long) pairsNew[k] << 32 | oldTerms + nf + k;
      }
      Arrays.sort(newPair);
      long[] isNewPair = new long[(corpus.pairCount() + 63) / 64];
      for (int q : pairsNew) {
        isNewPair[q >>> 6] |= 1L << q;
      }
      int termCount = oldTerms + nf + np;
      formTerms = oldForms + nf;
      termWeight = new long[termCount];
      System.arraycopy(old.termWeight, 0, termWeight, 0, oldForms);
      for (int k = 0; k < nf; k++) {
        termWeight[oldForms + k] = weight(m, Math.min(frequency[formsNew[k]], m));
      }
      System.arraycopy(old.termWeight, oldForms, termWeight, oldForms + nf, oldTerms - oldForms);
      for (int k = 0; k < np; k++) {
        termWeight[oldTerms + nf + k] = weight(m, Math.min(corpus.pairFrequency(pairsNew[k]), m));
      }
      // The later claims' terms: forms, then pairs, each by frequency now, then term number (its
      // keys come first).
      int[][] laterTerms = new int[d][];
      IntStream.range(0, d).parallel().forEach(k -> {
        int c = m + k;
        int[] forms = corpus.distinct[c];
        int[][] pairs = corpus.pairsOf(c);
        long[] keys = new long[forms.length + pairs[0].length + pairs[1].length];
        int count = 0;
        for (int f : forms) {
          if (formTermNow[f] >= 0) {
            keys[count++] = (long) frequency[f] << 32 | formTermNow[f];
          }
        }
        Arrays.sort(keys, 0, count);
        int formCount = count;
        for (int[] part : pairs) {
          for (int q : part) {
            int t = q < old.pairTerm.length && old.pairTerm[q] >= 0 ? old.pairTerm[q] + nf
                : (isNewPair[q >>> 6] & 1L << q) != 0 ? find(newPair, q) : -1;
            if (t >= 0 && corpus.pairFrequency(q) <= cap) {
              keys[count++] = (long) corpus.pairFrequency(q) << 32 | t;
            }
          }
        }
        Arrays.sort(keys, formCount, count);
        int[] out = new int[count];
        for (int x = 0; x < count; x++) {
          out[x] = (int) keys[x];
        }
        laterTerms[k] = out;
      });
      int[] laterOrder = lexicographicOrder(laterTerms);
      order = Arrays.copyOf(old.order, n);
      terms = Arrays.copyOf(old.terms, n);
      keyCount = Arrays.copyOf(old.keyCount, n);
      for (int r = 0; r < d; r++) {
        order[m + r] = m + laterOrder[r];
        terms[m + r] = laterTerms[laterOrder[r]];
        keyCount[m + r] = Math.min(wordsPerClaim, terms[m + r].length);
      }
      keyOf = null;
      termMass = Arrays.copyOf(old.termMass, n);
      IntStream.range(m, n).parallel().forEach(p -> {
        for (int t : terms[p]) {
          termMass[p] += termWeight[t];
        }
      });
      maskByteWeight = old.maskByteWeight;
      commonWeight = old.commonWeight;
      masked = old.masked;
      formTerm = NONE;
      pairTerm = NONE;
      commonNumber = NONE;
      formWeight = new long[0];
      long[] weights = new long[corpus.formCount()];
      IntStream.range(0, weights.length).parallel().forEach(f -> weights[f] = f < settledForms && was.frequency[f] >= 2
          ? old.formWeight[f] : weight(m, Math.min(Math.max(frequency[f], 1), m)));
      records = Arrays.copyOf(old.records, RECORD * n);
      overflowStart = Arrays.copyOf(old.overflowStart, n + 1);
      overflow = fillRecords(corpus.distinct, order, m, weights, old.commonNumber, masked, records, overflowStart,
          new Ints(old.overflow));
      // Postings in two parts read one after the other: the settled index's, kept, with a new
      // term's one settled claim if any; and the later places', of the probed claims' terms only.
      containing = Arrays.copyOf(old.containing, termCount);
      System.arraycopy(old.containing, oldForms, containing, oldForms + nf, oldTerms - oldForms);
      for (int k = 0; k < nf; k++) {
        containing[oldForms + k] = Base.owner(base.formOwner, formsNew[k]);
      }
      for (int k = 0; k < np; k++) {
        containing[oldTerms + nf + k] = Base.owner(base.pairOwner, pairsNew[k]);
      }
      boolean[] listed = new boolean[termCount];
      for (int p = m; p < n; p++) {
        if (probe.test(order[p])) {
          for (int t : terms[p]) {
            listed[t] = true;
          }
        }
      }
      int[][] laterPostings = invert(Arrays.copyOfRange(terms, m, n), null, termCount, listed, new int[termCount]);
      IntStream.range(0, termCount).parallel().forEach(t -> {
        int[] list = laterPostings[t];
        if (list != null) {
          for (int k = 0; k < list.length; k++) {
            list[k] += m;
          }
        }
      });
      later = laterPostings;
      // Same sequences: of the later claims among themselves, with the settled claims that have theirs.
      int[][] laterSame = sameWords(corpus.sequence, corpus.sequenceHash, Arrays.copyOfRange(order, m, n));
      sameWords = Arrays.copyOf(old.sameWords, n);
      for (int r = 0; r < d; r++) {
        if (sameWords[m + r] == null) {
          int c = order[m + r];
          int[] settled = base.sameSequence(corpus.sequence[c], corpus.sequenceHash[c]);
          int[] group = laterSame[r];
          int[] all = Arrays.copyOf(settled, settled.length + group.length);
          for (int k = 0; k < group.length; k++) {
            all[settled.length + k] = m + group[k];
          }
          for (int q : group) {
            sameWords[m + q] = all;
          }
        }
      }
    }

    /**
     * Forms by frequency in {@code corpus}, then by the hash of their strings, then string order:
     * the same order however they were numbered, with few string comparisons.
     */
    private static int byFrequency(BlockingCorpus corpus, int x, int y) {
      int c = Integer.compare(corpus.frequency[x], corpus.frequency[y]);
      c = c != 0 || x == y ? c : Integer.compare(corpus.form(x).hashCode(), corpus.form(y).hashCode());
      return c != 0 || x == y ? c : corpus.form(x).compareTo(corpus.form(y));
    }

    /** The term number of pair {@code q} in {@code table} ({@code pair << 32 | term}, ascending), or -1. */
    private static int find(long[] table, int q) {
      int at = Arrays.binarySearch(table, (long) q << 32);
      at = at < 0 ? -at - 1 : at;
      return at < table.length && (int) (table[at] >>> 32) == q ? (int) table[at] : -1;
    }

    /**
     * Fills the records of places {@code from} on ({@link #records}) from their claims' forms, by
     * {@code formWeight} and {@code commonNumber} (a form beyond its length is not common), and
     * {@code overflowStart} from {@code from + 1}; returns the overflow, {@code beyond} with theirs
     * appended.
     */
    private static int[] fillRecords(int[][] distinct, int[] order, int from, long[] formWeight,
        int[] commonNumber, int masked, long[] records, int[] overflowStart, Ints beyond) {
      IntStream.range(from, order.length).parallel().forEach(p -> {
        int at = RECORD * p;
        int others = 0;
        for (int f : distinct[order[p]]) {
          records[at] += formWeight[f];
          int r = f < commonNumber.length ? commonNumber[f] : -1;
          if (r >= masked) {
            if (others < INLINE) {
              records[at + 2 + others / 2] |= (long) (r - masked) << 32 * (others % 2); // see inline()
            }
            others++;
          } else if (r >= 0) {
            records[at + 1] |= 1L << r;
          }
        }
        records[at + 1] |= (long) Math.min(others, INLINE + 1) << MASKED;
      });
      // The few places with more unmasked common forms than their records hold list the rest here.
      for (int p = from; p < order.length; p++) {
        if (records[RECORD * p + 1] >>> MASKED > INLINE) {
          int others = 0;
          for (int f : distinct[order[p]]) {
            int r = f < commonNumber.length ? commonNumber[f] : -1;
            if (r >= masked && others++ >= INLINE) {
              beyond.add(r - masked);
            }
          }
        }
        overflowStart[p + 1] = beyond.size();
      }
      return beyond.toArray();
    }

    /**
     * The weight of the common forms (too common to be terms) that the claims at places {@code i}
     * and {@code j} share, where {@code owner} marks those of {@code i} outside the masks.
     */
    long commonShared(int i, int j, int[] owner) {
      int at = RECORD * j;
      long word = records[at + 1];
      long both = records[RECORD * i + 1] & word;
      long sum = 0;
      for (int b = 0; b < MASK_BYTES; b++) {
        sum += maskByteWeight[b << 8 | (int) (both >>> 8 * b) & 0xFF];
      }
      int others = (int) (word >>> MASKED);
      for (int k = 0, inline = Math.min(others, INLINE); k < inline; k++) {
        int f = inline(at, k);
        if (owner[f] == i) {
          sum += commonWeight[f];
        }
      }
      if (others > INLINE) {
        for (int k = overflowStart[j]; k < overflowStart[j + 1]; k++) {
          int f = overflow[k];
          if (owner[f] == i) {
            sum += commonWeight[f];
          }
        }
      }
      return sum;
    }

    /** The {@code k}th common form held inline in the record at {@code at}. */
    private int inline(int at, int k) {
      return (int) (records[at + 2 + k / 2] >>> 32 * (k % 2));
    }

    /** Marks with {@code i} in {@code owner} the unmasked common forms of the claim at place {@code i}. */
    void markCommon(int i, int[] owner) {
      int at = RECORD * i;
      int others = (int) (records[at + 1] >>> MASKED);
      for (int k = 0, inline = Math.min(others, INLINE); k < inline; k++) {
        owner[inline(at, k)] = i;
      }
      for (int k = overflowStart[i]; k < overflowStart[i + 1]; k++) {
        owner[overflow[k]] = i;
      }
    }

    /**
     * Reads the records of the given places, and their hashes, in one short loop of independent
     * loads, so that the processor fetches many at once: the loop that then uses them does more
     * work per place and would wait for each in turn (on 824 k claims, 2 to 3 s of 23). Returns a
     * sum of what it read, for the caller to keep, so that the reads are not optimised away.
     */
    long prefetch(int[] places, int[] hash) {
      long sum = 0;
      for (int p : places) {
        sum += records[RECORD * p + 1] + records[RECORD * p + RECORD - 1] + hash[p];
      }
      return sum;
    }

    /** The weight of all the distinct forms of the claim at place {@code p}. */
    long mass(int p) {
      return records[RECORD * p];
    }

    /**
     * Per form: its term number, by rarity then string order ({@code place}), or -1 if it is not
     * indexable (in one claim only, or in more than {@code maxClaimsPerWord}).
     */
    private static int[] rankForms(int[] frequency, int[] place, int maxClaimsPerWord) {
      int[] order = IntStream.range(0, frequency.length)
          .filter(f -> frequency[f] >= 2 && frequency[f] <= maxClaimsPerWord).toArray();
      IndexSort.sort(order, (x, y) -> frequency[x] != frequency[y]
          ? Integer.compare(frequency[x], frequency[y]) : Integer.compare(place[x], place[y]));
      int[] rank = new int[frequency.length];
      Arrays.fill(rank, -1);
      for (int r = 0; r < order.length; r++) {
        rank[order[r]] = r;
      }
      return rank;
    }

    /**
     * A claim's term numbers, ascending: those of its forms that are terms ({@code formTerm}), then
     * its pair terms, numbered after all forms and already ascending.
     */
    private static int[] termsOf(int[] distinct, int[] formTerm, int[] pairTerms) {
      int[] out = new int[distinct.length + pairTerms.length];
      int count = 0;
      for (int f : distinct) {
        if (formTerm[f] >= 0) {
          out[count++] = formTerm[f];
        }
      }
      Arrays.sort(out, 0, count);
      System.arraycopy(pairTerms, 0, out, count, pairTerms.length);
      return count == distinct.length ? out : Arrays.copyOf(out, count + pairTerms.length);
    }

    /**
     * The claims ordered by their term numbers, lexicographically, ties by claim: sorted as longs by
     * their first term (none first), then each run with the same first term by all its terms, the
     * runs on all cores.
     */
    private static int[] lexicographicOrder(int[][] termsOf) {
      int n = termsOf.length;
      long[] byFirst = new long[n];
      IntStream.range(0, n).parallel()
          .forEach(i -> byFirst[i] = (long) (termsOf[i].length == 0 ? 0 : termsOf[i][0] + 1) << 32 | i);
      IndexSort.sort(byFirst);
      int[] order = new int[n];
      for (int p = 0; p < n; p++) {
        order[p] = (int) byFirst[p];
      }
      IndexSort.IntComparator byTerms = (a, b) -> {
        int c = Arrays.compare(termsOf[a], termsOf[b]);
        return c != 0 ? c : Integer.compare(a, b);
      };
      // The runs on all cores: each chunk of places sorts the runs that start in it.
      int chunks = 4 * Parallel.parts();
      Parallel.forEach(chunks, c -> {
        int from = (int) ((long) n * c / chunks);
        int end = (int) ((long) n * (c + 1) / chunks);
        while (from > 0 && from < end && byFirst[from] >>> 32 == byFirst[from - 1] >>> 32) {
          from++;
        }
        for (int to; from < end; from = to) {
          to = from + 1;
          while (to < n && byFirst[to] >>> 32 == byFirst[from] >>> 32) {
            to++;
          }
          if (to - from > 1) {
            int[] run = Arrays.copyOfRange(order, from, to);
            IndexSort.sort(run, byTerms);
            System.arraycopy(run, 0, order, from, run.length);
          }
        }
      });
      return order;
    }

    /**
     * Inverted lists of each place's terms, or of its first {@code limit[p]} terms; places are
     * visited in order, so each list is ascending. A counting sort on all cores: each core counts
     * the terms of one range of places, then fills its range's share of every list, which starts
     * after the shares of the ranges before. Only the terms {@code listed} accepts (all when null)
     * are listed, the others' lists left null; every term's length goes to {@code lengths}.
     */
    private static int[][] invert(int[][] termsOf, int @Nullable [] limit, int termCount,
        boolean @Nullable [] listed, int[] lengths) {
      int n = termsOf.length;
      int parts = Parallel.parts();
      int[][] at = new int[parts][];
      Parallel.forEach(parts, part -> {
        int[] count = new int[termCount];
        for (int p = (int) ((long) n * part / parts), to = (int) ((long) n * (part + 1) / parts); p < to; p++) {
          for (int k = 0, end = limit == null ? termsOf[p].length : limit[p]; k < end; k++) {
            count[termsOf[p][k]]++;
          }
        }
        at[part] = count;
      });
      int[][] out = new int[termCount][];
      Parallel.forEach(parts, part -> {
        for (int t = (int) ((long) termCount * part / parts), to = (int) ((long) termCount * (part + 1) / parts); t < to; t++) {
          int total = 0;
          for (int[] count : at) {
            int c = count[t];
            count[t] = total;
            total += c;
          }
          lengths[t] = total;
          out[t] = listed == null || listed[t] ? new int[total] : null;
        }
      });
      Parallel.forEach(parts, part -> {
        int[] next = at[part];
        for (int p = (int) ((long) n * part / parts), to = (int) ((long) n * (part + 1) / parts); p < to; p++) {
          for (int k = 0, end = limit == null ? termsOf[p].length : limit[p]; k < end; k++) {
            int t = termsOf[p][k];
            int[] list = out[t];
            if (list != null) {
              list[next[t]++] = p;
            }
          }
        }
      });
      return out;
    }

  }

  /**
   * Per place {@code p} (claim {@code order[p]}), the places whose claims have the same sequence
   * of forms, itself included, ascending: one array shared by the places of each sequence.
   */
  static int[][] sameWords(int[][] sequences, int[] order) {
    return sameWords(sequences, Arrays.stream(sequences).mapToInt(Arrays::hashCode).toArray(), order);
  }

  /** As {@link #sameWords(int[][], int[])}, with each claim's {@link Arrays#hashCode(int[])} given. */
  static int[][] sameWords(int[][] sequences, int[] hashes, int[] order) {
    // By hash, then place, sorted on all cores; equal sequences are in one run of equal hashes.
    int n = order.length;
    long[] byHash = new long[n];
    IntStream.range(0, n).parallel().forEach(p -> byHash[p] = (long) hashes[order[p]] << 32 | p);
    IndexSort.sort(byHash);
    int[][] out = new int[n][];
    int[] run = new int[16];
    for (int from = 0, to; from < n; from = to) {
      to = from + 1;
      while (to < n && byHash[to] >>> 32 == byHash[from] >>> 32) {
        to++;
      }
      if (to - from > run.length) {
        run = new int[Integer.highestOneBit(to - from) << 1];
      }
      int left = 0;
      for (int k = from; k < to; k++) {
        run[left++] = (int) byHash[k];
      }
      // Each pass takes the first place left and every later one with its sequence, ascending.
      while (left > 0) {
        int[] first = sequences[order[run[0]]];
        int[] members = new int[left];
        int count = 0;
        int kept = 0;
        for (int k = 0; k < left; k++) {
          int p = run[k];
          if (k == 0 || Arrays.equals(first, sequences[order[p]])) {
            members[count++] = p;
          } else {
            run[kept++] = p;
          }
        }
        members = Arrays.copyOf(members, count);
        for (int p : members) {
          out[p] = members;
        }
        left = kept;
      }
    }
    return out;
  }

  /** A growable int array. */
  private static final class Ints {
    private int[] a;
    private int n;

    Ints() {
      this(16);
    }

    Ints(int capacity) {
      a = new int[capacity];
    }

    /** Starting with {@code start}'s values. */
    Ints(int[] start) {
      a = Arrays.copyOf(start, Math.max(16, start.length));
      n = start.length;
    }

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    int get(int k) {
      return a[k];
    }

    void set(int k, int v) {
      a[k] = v;
    }

    int size() {
      return n;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
