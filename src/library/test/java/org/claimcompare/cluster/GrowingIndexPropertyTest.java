package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.claimcompare.PropertyLedger;
import org.claimcompare.TriesScale;

/**
 * A grown index proposes what a fresh build proposes: for term lists split into one to four
 * appended parts, the pairs proposed from each part by the index extended with it are those of
 * {@link Probing#proposeFrom} on all the lists so far with that part probed; an index extended
 * twice from one version proposes as if each extension were the only one; a settled index
 * proposes exactly, and one extended from it alike however the lists were added, each pair with a
 * probed claim and every equal list met; and the corpus behind
 * the blocking index holds what a corpus of all the lists at once holds. The lists are drawn from
 * ten words of unequal frequency, so that with a cap of three or four claims a word, words go over
 * the cap, claims of few indexable words take pairs of words as terms, and short claims and equal
 * lists are common.
 */
@Tag("property")
@AddLifecycleHook(PropertyLedger.class)
class GrowingIndexPropertyTest {
  private static final double STANDARD_THRESHOLD = ClusterOptions.standard().threshold();

  @Property
  void sortsPairsByFrequencyKindTheHashesOfTheirFormsThenTheirStrings(
      @ForAll("collidingTermLists") List<List<String>> lists) {
    BlockingCorpus corpus = BlockingCorpus.of(lists, 2);
    int count = corpus.pairCount();
    int[] pairs = new int[count];
    for (int k = 0; k < count; k++) {
      pairs[k] = count - 1 - k;
    }

    corpus.sortPairsByHash(pairs);

    assertThat(Arrays.stream(pairs).sorted().toArray()).isEqualTo(IntStream.range(0, count).toArray());
    for (int k = 1; k < count; k++) {
      assertThat(byFrequencyKindHashesThenStrings(corpus, pairs[k - 1], pairs[k]))
          .as("pairs %s and %s", pairs[k - 1], pairs[k]).isNegative();
    }
  }

  /** The order {@link BlockingCorpus#sortPairsByHash} sorts by, as written in its comment. */
  private static int byFrequencyKindHashesThenStrings(BlockingCorpus corpus, int x, int y) {
    long kx = corpus.pairKey(x);
    long ky = corpus.pairKey(y);
    String firstX = corpus.form(BlockingCorpus.firstForm(kx));
    String firstY = corpus.form(BlockingCorpus.firstForm(ky));
    String secondX = corpus.form(BlockingCorpus.secondForm(kx));
    String secondY = corpus.form(BlockingCorpus.secondForm(ky));
    int c = Integer.compare(corpus.pairFrequency(x), corpus.pairFrequency(y));
    c = c != 0 ? c : Boolean.compare((kx & BlockingCorpus.COMMON_PAIR) != 0, (ky & BlockingCorpus.COMMON_PAIR) != 0);
    c = c != 0 ? c : Integer.compare(firstX.hashCode(), firstY.hashCode());
    c = c != 0 ? c : Integer.compare(secondX.hashCode(), secondY.hashCode());
    c = c != 0 ? c : firstX.compareTo(firstY);
    return c != 0 ? c : secondX.compareTo(secondY);
  }

  @Provide
  Arbitrary<List<List<String>>> collidingTermLists() {
    // "Aa" and "BB" have the same hash, as have the four words of two of them; the last two
    // words hash below zero.
    Arbitrary<String> word = Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "kyiv", "kiev",
        "neo-nazis", "addicts");
    return word.list().ofMaxSize(6).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<List<String>>> termLists() {
    // w9 is drawn 19 times as often as w0, so the later words are common.
    Arbitrary<String> word = Arbitraries.integers().between(0, 99).map(x -> "w" + (int) Math.sqrt(x));
    return word.list().ofMaxSize(6).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 40).list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<Probing> generators() {
    return Arbitraries.of(
        new SharedRareWords(2, 3),
        new SharedRareWords(2, 3, 2),
        new SharedRareWords(3, 4, 1),
        (Probing) new SharedRareWords(1, 2, 2).atThreshold(0.5),
        (Probing) new SharedRareWords(20, 3, 32).atThreshold(STANDARD_THRESHOLD),
        (Probing) SharedRareWords.STANDARD.atThreshold(STANDARD_THRESHOLD),
        (Probing) CandidateGenerator.standard().atThreshold(STANDARD_THRESHOLD),
        SharedRareWords.STANDARD);
  }

  @Property
  void proposesFromEachAppendedPartWhatAFreshBuildProposes(@ForAll("termLists") List<List<String>> lists,
      @ForAll("cuts") List<Integer> cuts, @ForAll("generators") Probing generator) {
    int[] bounds = bounds(lists.size(), cuts);
    GrowingIndex index = generator.index(lists.subList(0, bounds[1]));
    assertThat(proposals(index, 0)).isEqualTo(fresh(generator, lists.subList(0, bounds[1]), 0));
    for (int k = 1; k + 1 < bounds.length; k++) {
      index = index.extendedWith(lists.subList(bounds[k], bounds[k + 1]));

      assertThat(index.size()).isEqualTo(bounds[k + 1]);
      assertThat(proposals(index, bounds[k]))
          .as("part %s of %s", k, Arrays.toString(bounds))
          .isEqualTo(fresh(generator, lists.subList(0, bounds[k + 1]), bounds[k]));
    }
  }

  @Property
  @TriesScale(0.5)
  void extendsAnOlderIndexAgainAsIfItWereTheOnlyExtension(@ForAll("termLists") List<List<String>> lists,
      @ForAll("termLists") List<List<String>> other, @ForAll("generators") Probing generator) {
    int half = lists.size() / 2;
    GrowingIndex older = generator.index(lists.subList(0, half));
    GrowingIndex newer = older.extendedWith(lists.subList(half, lists.size()));
    List<Long> newerPairs = proposals(newer, half);

    GrowingIndex branch = older.extendedWith(other);

    List<List<String>> branchLists = new ArrayList<>(lists.subList(0, half));
    branchLists.addAll(other);
    assertThat(proposals(branch, half)).isEqualTo(fresh(generator, branchLists, half));
    assertThat(proposals(newer, half)).isEqualTo(newerPairs);
    assertThat(proposals(older, 0)).isEqualTo(fresh(generator, lists.subList(0, half), 0));
  }

  @Property
  void growsTheCorpusOfAllTheListsAtOnce(@ForAll("termLists") List<List<String>> lists,
      @ForAll("cuts") List<Integer> cuts) {
    int[] bounds = bounds(lists.size(), cuts);
    BlockingCorpus grown = BlockingCorpus.of(lists.subList(0, bounds[1]), 3);
    for (int k = 1; k + 1 < bounds.length; k++) {
      grown = grown.extendedWith(lists.subList(bounds[k], bounds[k + 1]));
    }

    BlockingCorpus fresh = BlockingCorpus.of(lists, 3);
    assertThat(grown.size()).isEqualTo(fresh.size());
    assertThat(grown.sequence).isDeepEqualTo(fresh.sequence);
    assertThat(grown.distinct).isDeepEqualTo(fresh.distinct);
    assertThat(grown.frequency).isEqualTo(fresh.frequency);
    assertThat(grown.listHash).isEqualTo(fresh.listHash);
    assertThat(grown.sequenceHash).isEqualTo(fresh.sequenceHash);
    assertThat(grown.commonRank).isEqualTo(fresh.commonRank);
    assertThat(grown.stringPlaces()).isEqualTo(fresh.stringPlaces());
    boolean[] all = new boolean[lists.size()];
    Arrays.fill(all, true);
    int[] grownTerms = grown.pairTerms(all, grown.stringPlaces(), 0);
    int[] freshTerms = fresh.pairTerms(all, fresh.stringPlaces(), 0);
    for (int i = 0; i < lists.size(); i++) {
      assertThat(grown.pairTermsOf(i, grownTerms)).as("claim %s", i).isEqualTo(fresh.pairTermsOf(i, freshTerms));
    }
  }

  @Property
  void proposesExactlyAtTheListsItWasSettledAt(@ForAll("termLists") List<List<String>> lists,
      @ForAll("cuts") List<Integer> cuts, @ForAll("generators") Probing generator) {
    int[] bounds = bounds(lists.size(), cuts);
    GrowingIndex index = generator.index(lists.subList(0, bounds[1])).settled();
    assertThat(proposals(index, 0)).isEqualTo(fresh(generator, lists.subList(0, bounds[1]), 0));
    for (int k = 1; k + 1 < bounds.length; k++) {
      index = index.extendedWith(lists.subList(bounds[k], bounds[k + 1])).settled();

      assertThat(proposals(index, bounds[k]))
          .as("part %s of %s", k, Arrays.toString(bounds))
          .isEqualTo(fresh(generator, lists.subList(0, bounds[k + 1]), bounds[k]));
    }
  }

  /**
   * Over a settled index, what the later lists propose depends on the lists settled and those added
   * since, not on how either were added: a state kept in memory and one read back (which indexes
   * its lists afresh, settling them at its last consolidation) propose alike.
   */
  @Property
  void proposesOverASettledIndexAlikeHoweverTheListsWereAdded(@ForAll("termLists") List<List<String>> lists,
      @ForAll("cuts") List<Integer> cuts, @ForAll("generators") Probing generator) {
    int[] bounds = bounds(lists.size(), cuts);
    int half = bounds[1] / 2;
    GrowingIndex stepwise = generator.index(lists.subList(0, bounds[1])).settled();
    GrowingIndex settledInParts = generator.index(lists.subList(0, half))
        .extendedWith(lists.subList(half, bounds[1])).settled();
    for (int k = 1; k + 1 < bounds.length; k++) {
      stepwise = stepwise.extendedWith(lists.subList(bounds[k], bounds[k + 1]));
      GrowingIndex atOnce = settledInParts.extendedWith(lists.subList(bounds[1], bounds[k + 1]));

      assertThat(proposals(stepwise, bounds[k]))
          .as("part %s of %s", k, Arrays.toString(bounds))
          .isEqualTo(proposals(atOnce, bounds[k]));
    }
  }

  /**
   * Over a settled index, every pair proposed has a probed claim, and a probed claim meets every
   * claim with the same list; when a settled claim probes, the index proposes exactly.
   */
  @Property
  void proposesOverASettledIndexPairsWithAProbedClaimAndEveryEqualList(
      @ForAll("termLists") List<List<String>> lists, @ForAll("cuts") List<Integer> cuts,
      @ForAll("generators") Probing generator) {
    int[] bounds = bounds(lists.size(), cuts);
    int settledAt = bounds[1];
    int from = bounds[bounds.length - 2];
    GrowingIndex index = generator.index(lists.subList(0, settledAt)).settled()
        .extendedWith(lists.subList(settledAt, lists.size()));

    List<Long> pairs = proposals(index, from);

    for (long pair : pairs) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      assertThat(i).isLessThan(j);
      assertThat(j).isGreaterThanOrEqualTo(from).isLessThan(lists.size());
    }
    for (int i = from; i < lists.size(); i++) {
      for (int j = 0; j < lists.size(); j++) {
        if (j != i && lists.get(j).equals(lists.get(i))) {
          assertThat(pairs).as("claims %s and %s", i, j).contains(pair(i, j));
        }
      }
    }
    if (from < settledAt) {
      assertThat(pairs).isEqualTo(fresh(generator, lists, from));
    }
  }

  /** 0, the cuts within {@code n} in order, and {@code n}: one to four parts, some maybe empty. */
  private static int[] bounds(int n, List<Integer> cuts) {
    int[] out = new int[cuts.size() + 2];
    for (int k = 0; k < cuts.size(); k++) {
      out[k + 1] = Math.min(n, cuts.get(k));
    }
    out[out.length - 1] = n;
    Arrays.sort(out);
    return out;
  }

  private static List<Long> proposals(GrowingIndex index, int from) {
    List<Long> out = new ArrayList<>();
    index.proposeFrom(probedFrom(from), (i, j) -> out.add(pair(i, j)));
    return out.stream().sorted().distinct().toList();
  }

  private static List<Long> fresh(Probing generator, List<List<String>> lists, int from) {
    List<Long> out = new ArrayList<>();
    generator.proposeFrom(lists, probedFrom(from), (i, j) -> out.add(pair(i, j)));
    return out.stream().sorted().distinct().toList();
  }

  private static IntPredicate probedFrom(int from) {
    return i -> i >= from;
  }

  private static long pair(int i, int j) {
    return (long) Math.min(i, j) << 32 | Math.max(i, j);
  }
}
