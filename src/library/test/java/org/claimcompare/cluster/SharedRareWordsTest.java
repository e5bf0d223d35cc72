package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SharedRareWordsTest {

  /** Claims separated by "|", words by spaces; proposals as "i-j" separated by spaces. */
  @ParameterizedTest(name = "{0} keys, at most {1} claims per word: {2}")
  @CsvSource(delimiter = ';', textBlock = """
      # A shared rare word proposes the pair
      1; 3; army will stop | talks end | army ends;                       0-2
      # A word in more claims than the cap proposes nothing, nor does a pair of such words
      8; 2; the army | the talks | the city;                              ''
      8; 2; the army | the army stops | the army goes;                    ''
      # A word in one claim only cannot pair anything
      8; 5; unique words | other words;                                   0-1
      8; 5; unique one | other two;                                       ''
      # Only the rarest words are keys (0 and 2 share "navy", a key of neither), either claim's keys count
      1; 9; army navy | army navy air | navy sea | navy land | air sea;   0-1 0-3 1-3 1-4 2-3 2-4
      # The example of CandidateGenerator.sharedRareWords(int, int)
      1; 2; the army will not stop | the army will stop now | the talks will not stop; 0-1 0-2
      # A claim of common words falls back to its rarest pairs of adjacent words
      1; 2; in the corona year | the corona year | in the year | the corona virus;     0-1 0-2
      # Claims of common words in another order meet through two of their rarest common words
      1; 2; a x b | b y a | a c | b c | c d | d e;                       0-1 4-5
      # Claims with equal word lists always meet, however common their words
      1; 2; thank you | thank you | thank you | you thank;                0-1 0-2 1-2
      """)
  void proposesThePairsOfTheRule(int keys, int cap, String claims, String expected) {
    assertThat(proposals(new SharedRareWords(keys, cap), lists(claims)))
        .containsExactlyElementsOf(Splitter.on(' ').omitEmptyStrings().splitToList(expected));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void proposesNothingForFewerThanTwoClaims(int n) {
    assertThat(proposals(CandidateGenerator.sharedRareWords(), Collections.nCopies(n, List.of("w")))).isEmpty();
  }

  @Test
  void groupsClaimsWithTheSameWordsApartFromOthersWhoseWordsHashAlike() {
    // Arrays.hashCode gives [0, 31] and [1, 0] the same hash, 992.
    int[][] sequences = {{0, 31}, {1, 0}, {0, 31}, {5}, {1, 0}, {}, {0, 31}};
    int[] order = {6, 5, 4, 3, 2, 1, 0};

    int[][] same = SharedRareWords.sameWords(sequences, order);

    // Places: 0 is claim 6, 1 is claim 5, ... 6 is claim 0.
    assertThat(same[0]).containsExactly(0, 4, 6);
    assertThat(same[4]).isSameAs(same[0]);
    assertThat(same[6]).isSameAs(same[0]);
    assertThat(same[2]).containsExactly(2, 5);
    assertThat(same[5]).isSameAs(same[2]);
    assertThat(same[1]).containsExactly(1);
    assertThat(same[3]).containsExactly(3);
  }

  @Test
  void acceptsClaimsWithoutWords() {
    assertThat(proposals(new SharedRareWords(2, 5), List.of(List.of(), List.of("a"), List.of(), List.of("a"))))
        .containsExactly("0-2", "1-3");
  }

  @Test
  void rejectsSettingsOutOfRangeShowingTheValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> CandidateGenerator.sharedRareWords(0, 10))
        .withMessage("words per claim must be at least 1: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> CandidateGenerator.sharedRareWords(3, 1))
        .withMessage("claims per word must be at least 2: 1");
  }

  @Test
  void showsItsSettings() {
    assertThat(CandidateGenerator.sharedRareWords())
        .hasToString("shared rare words[20 per claim, at most 1000 claims per word, 32 partners per claim]")
        .isEqualTo(CandidateGenerator.sharedRareWords(20, 1000, 32))
        .isNotEqualTo(CandidateGenerator.sharedRareWords(20, 1000));
    assertThat(CandidateGenerator.sharedRareWords(10, 400))
        .hasToString("shared rare words[10 per claim, at most 400 claims per word]");
  }

  /** Random small inputs over a skewed vocabulary, so that some words are common and some rare. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void proposesExactlyThePairsOfTheSpecificationOnRandomInputs(long seed) {
    Random random = new Random(seed);
    List<List<String>> words = randomLists(random);
    int keys = 1 + random.nextInt(4);
    int cap = 2 + random.nextInt(8);

    List<String> proposed = proposals(new SharedRareWords(keys, cap), words);

    assertProposedOnceInOrder(proposed)
        .containsExactlyInAnyOrderElementsOf(specification(words, keys, cap));
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24, 25, 26})
  void proposesEveryPairSharingAWordInFewEnoughClaimsWhenAllSuchWordsAreKeys(long seed) {
    Random random = new Random(seed);
    List<List<String>> words = randomLists(random);
    int cap = 2 + random.nextInt(8);
    Map<String, Integer> frequency = frequencies(words);

    Set<String> proposed = new HashSet<>(proposals(new SharedRareWords(100, cap), words));

    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j < words.size(); j++) {
        List<String> other = words.get(j);
        if (words.get(i).stream().anyMatch(w -> other.contains(w) && frequency.get(w) <= cap)) {
          assertThat(proposed).contains(i + "-" + j);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {31, 32, 33, 34, 35, 36})
  void proposesTheSamePairsWhateverTheOrderOfTheClaims(long seed) {
    Random random = new Random(seed);
    List<List<String>> words = randomLists(random);
    List<Integer> order = new ArrayList<>(IntStream.range(0, words.size()).boxed().toList());
    Collections.shuffle(order, random);
    List<List<String>> shuffled = order.stream().map(words::get).toList();
    SharedRareWords generator = new SharedRareWords(1 + random.nextInt(3), 2 + random.nextInt(6));

    List<String> mappedBack = new ArrayList<>();
    generator.propose(shuffled, (i, j) -> mappedBack.add(pair(order.get(i), order.get(j))));

    assertThat(mappedBack).containsExactlyInAnyOrderElementsOf(proposals(generator, words));
  }

  @Test
  void givesTheSameProposalsOnEveryCall() {
    List<List<String>> words = randomLists(new Random(41));
    SharedRareWords generator = new SharedRareWords(2, 4);
    assertThat(proposals(generator, words)).isEqualTo(proposals(generator, words));
  }

  @Test
  void keepsEachClaimsMostAlikePartnersWhenBounded() {
    // Every indexable form is a key. Claim 0 shares "will stop the" with claim 2, "will" with claim
    // 1 and only "army", which every claim has and so weighs nothing, with claim 3.
    List<List<String>> words = lists("army will stop the talks | army will go | army will stop the war | army left");
    assertThat(proposals(new SharedRareWords(10, 10, 1), words)).contains("0-2").hasSizeLessThanOrEqualTo(4);
    assertThat(proposals(new SharedRareWords(10, 10, 2), words)).contains("0-1", "0-2");
    assertThat(proposals(new SharedRareWords(10, 10), words)).contains("0-1", "0-2", "0-3");
  }

  @ParameterizedTest
  @ValueSource(longs = {51, 52, 53, 54, 55, 56})
  void boundedProposesAtMostThePartnersPerClaimBesidesEqualWordLists(long seed) {
    Random random = new Random(seed);
    List<List<String>> words = randomLists(random);
    int partners = 1 + random.nextInt(3);
    long equalPairs = equalPairs(words);

    List<String> proposed = proposals(new SharedRareWords(2, 6, partners), words);

    assertProposedOnceInOrder(proposed)
        .isSubsetOf(proposals(new SharedRareWords(2, 6), words));
    assertThat((long) proposed.size()).isLessThanOrEqualTo((long) words.size() * partners + equalPairs);
  }

  @ParameterizedTest
  @ValueSource(longs = {61, 62, 63, 64, 65, 66})
  void boundedProposesTheSamePairsWhateverTheOrderOfDistinctClaims(long seed) {
    Random random = new Random(seed);
    List<List<String>> words = randomLists(random).stream().distinct().toList();
    List<Integer> order = new ArrayList<>(IntStream.range(0, words.size()).boxed().toList());
    Collections.shuffle(order, random);
    List<List<String>> shuffled = order.stream().map(words::get).toList();
    SharedRareWords generator = new SharedRareWords(2, 6, 1 + random.nextInt(3));

    List<String> mappedBack = new ArrayList<>();
    generator.propose(shuffled, (i, j) -> mappedBack.add(pair(order.get(i), order.get(j))));

    assertThat(mappedBack).containsExactlyInAnyOrderElementsOf(proposals(generator, words));
  }

  @Test
  void atAThresholdKeepsEveryCandidateAlikeEnoughToReachItBeyondThePartners() {
    // Claims 0 to 4 share seven words and differ in one (weighted Dice 0.55 for every pair of them).
    List<List<String>> words = lists(
        "a b c d e f g x | a b c d e f g y | a b c d e f g z | a b c d e f g u | a b c d e f g v | h i | j k");
    SharedRareWords onePartner = new SharedRareWords(20, 10, 1);

    assertThat(proposals(onePartner, words)).hasSizeLessThanOrEqualTo(5);
    assertThat(proposals(onePartner.atThreshold(0.5), words))
        .containsExactly("0-1", "0-2", "0-3", "0-4", "1-2", "1-3", "1-4", "2-3", "2-4", "3-4");
    assertThat(proposals(onePartner.atThreshold(0.6), words)).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void atAThresholdDropsCandidatesTooUnlikeToReachHalfOfIt() {
    // Claim 0 shares "army will stop the" with claim 2 (weighted Dice 0.55), "army will" with claim
    // 1 (0.12) and only "army", in every claim and so of no weight, with claim 3 (0).
    List<List<String>> words = lists("army will stop the talks | army will go | army will stop the war | army left");
    SharedRareWords allPartners = new SharedRareWords(10, 10, 3);

    assertThat(proposals(allPartners, words)).containsExactly("0-1", "0-2", "0-3", "1-2", "1-3", "2-3");
    assertThat(proposals(allPartners.atThreshold(0.2), words)).containsExactly("0-1", "0-2", "1-2");
    assertThat(proposals(allPartners.atThreshold(0.4), words)).containsExactly("0-2");
    assertThat(proposals(allPartners.atThreshold(0), words))
        .containsExactly("0-1", "0-2", "0-3", "1-2", "1-3", "2-3");
  }

  @ParameterizedTest
  @ValueSource(longs = {71, 72, 73, 74, 75, 76})
  void atAThresholdProposesPairsOfTheRuleAndAtMostTheShortlistPerClaim(long seed) {
    Random random = new Random(seed);
    List<List<String>> words = randomLists(random);
    int partners = 1 + random.nextInt(3);
    double threshold = random.nextDouble();
    long equalPairs = equalPairs(words);

    List<String> proposed = proposals(new SharedRareWords(2, 6, partners).atThreshold(threshold), words);

    assertProposedOnceInOrder(proposed)
        .isSubsetOf(proposals(new SharedRareWords(2, 6), words));
    assertThat((long) proposed.size()).isLessThanOrEqualTo((long) words.size() * 6 * partners + equalPairs);
  }

  /**
   * Many words too common to be keys (more than the 56 the generator sums from a mask), and claims
   * long enough to have more of the others than their records hold, so that the weight in common
   * of all words, which decides at a threshold, comes from the postings, the mask, the records and
   * the overflow: checked against the weighted Dice coefficient computed naively from the words.
   */
  @ParameterizedTest
  @ValueSource(longs = {81, 82, 83, 84, 85, 86})
  void atAThresholdDecidesByTheWeightedDiceOfAllWords(long seed) {
    Random random = new Random(seed);
    List<List<String>> words = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      List<String> w = new ArrayList<>();
      // Every tenth claim long and of evenly drawn words, so that it has many common words.
      boolean long_ = i % 10 == 0;
      for (int k = long_ ? 40 + random.nextInt(40) : 3 + random.nextInt(12); k > 0; k--) {
        double u = random.nextDouble();
        w.add("w" + (long_ ? (int) (u * 200) : (int) (u * u * u * 400)));
      }
      words.add(w);
    }
    int cap = 5;
    int partners = 8;
    double threshold = 0.15 + 0.35 * random.nextDouble();
    Map<String, Integer> frequency = frequencies(words);
    assertThat(frequency.values().stream().filter(f -> f > cap)).hasSizeGreaterThan(Long.SIZE);
    SharedRareWords unbounded = new SharedRareWords(20, cap);
    List<Set<Integer>> partnersOf = new ArrayList<>();
    words.forEach(w -> partnersOf.add(new HashSet<>()));
    List<String> rule = proposals(unbounded, words);
    rule.forEach(p -> {
      partnersOf.get(first(p)).add(second(p));
      partnersOf.get(second(p)).add(first(p));
    });

    Set<String> proposed = new HashSet<>(proposals(new SharedRareWords(20, cap, partners).atThreshold(threshold), words));

    int alike = 0;
    for (String p : rule) {
      List<String> a = words.get(first(p));
      List<String> b = words.get(second(p));
      double dice = dice(a, b, frequency, words.size());
      if (proposed.contains(p) && !a.equals(b)) {
        assertThat(dice).as(p).isGreaterThan(threshold / 2 - 1e-6);
      }
      boolean shortlisted = partnersOf.get(first(p)).size() <= 6 * partners
          && partnersOf.get(second(p)).size() <= 6 * partners;
      if (dice >= threshold + 1e-6 && shortlisted) {
        assertThat(proposed).as("Dice %s", dice).contains(p);
        alike++;
      }
    }
    assertThat(alike).isPositive();
  }

  /** The weighted Dice coefficient of two claims' distinct words, each weighing ln(n / df). */
  private static double dice(List<String> a, List<String> b, Map<String, Integer> frequency, int n) {
    Set<String> x = new HashSet<>(a);
    Set<String> y = new HashSet<>(b);
    double shared = 0;
    double total = 0;
    for (String w : x) {
      double weight = Math.log((double) n / frequency.get(w));
      total += weight;
      shared += y.contains(w) ? weight : 0;
    }
    for (String w : y) {
      total += Math.log((double) n / frequency.get(w));
    }
    return total == 0 ? 1 : 2 * shared / total;
  }

  @Test
  void showsTheThresholdItIsAdaptedTo() {
    assertThat(CandidateGenerator.sharedRareWords().atThreshold(0.4))
        .hasToString("shared rare words[20 per claim, at most 1000 claims per word, 32 partners per claim,"
            + " at threshold 0.4]")
        .isEqualTo(CandidateGenerator.sharedRareWords(20, 1000, 32).atThreshold(0.4))
        .isNotEqualTo(CandidateGenerator.sharedRareWords())
        .isNotEqualTo(CandidateGenerator.sharedRareWords().atThreshold(0.5));
    assertThat(CandidateGenerator.standard().atThreshold(0.4))
        .hasToString("all pairs up to 1000 claims, then shared rare words[20 per claim, at most 1000 claims"
            + " per word, 32 partners per claim, at threshold 0.4]");
    CandidateGenerator unbounded = CandidateGenerator.sharedRareWords(10, 400);
    assertThat(unbounded.atThreshold(0.4)).isSameAs(unbounded);
    assertThat(CandidateGenerator.allPairs().atThreshold(0.4)).isSameAs(CandidateGenerator.allPairs());
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.5, Double.NaN})
  void rejectsAThresholdOutsideZeroToOne(double threshold) {
    assertThatIllegalArgumentException().isThrownBy(() -> CandidateGenerator.sharedRareWords().atThreshold(threshold))
        .withMessage("threshold must be in [0, 1]: " + threshold);
    assertThatIllegalArgumentException().isThrownBy(() -> CandidateGenerator.allPairs().atThreshold(threshold))
        .withMessage("threshold must be in [0, 1]: " + threshold);
  }

  @Test
  void rejectsNoPartnersPerClaim() {
    assertThatIllegalArgumentException().isThrownBy(() -> CandidateGenerator.sharedRareWords(3, 10, 0))
        .withMessage("partners per claim must be at least 1: 0");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void probingFromEveryClaimProposesWhatProposingDoes(long seed) {
    List<List<String>> words = randomLists(new Random(seed));

    for (SharedRareWords g : generators()) {
      assertThat(probed(g, words, i -> true)).as("%s", g).isEqualTo(proposals(g, words));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void probingProposesOnlyPairsWithAProbedClaimAmongThoseProposed(long seed) {
    Random random = new Random(seed);
    List<List<String>> words = randomLists(random);
    boolean[] probe = new boolean[words.size()];
    for (int i = 0; i < probe.length; i++) {
      probe[i] = random.nextBoolean();
    }

    for (SharedRareWords g : generators()) {
      List<String> probed = probed(g, words, i -> probe[i]);
      assertProposedOnceInOrder(probed).allSatisfy(p -> assertThat(probe[first(p)] || probe[second(p)]).isTrue());
      assertThat(proposals(g, words)).as("%s", g).containsAll(probed);
    }
  }

  @Test
  void probingAllPairsProposesEveryPairWithAProbedClaim() {
    List<List<String>> words = lists("a | b | c | d");

    List<String> probed = new ArrayList<>();
    AllPairs.INSTANCE.proposeFrom(words, i -> i == 1, (i, j) -> probed.add(i + "-" + j));

    assertThat(probed).containsExactly("0-1", "1-2", "1-3");
  }

  // ---- helpers

  /** Bounded, bounded at a threshold, and unbounded. */
  private static List<SharedRareWords> generators() {
    return List.of(new SharedRareWords(2, 4, 2), (SharedRareWords) new SharedRareWords(2, 4, 2).atThreshold(0.4),
        new SharedRareWords(2, 4));
  }

  private static List<String> probed(SharedRareWords generator, List<List<String>> words, IntPredicate probe) {
    List<String> out = new ArrayList<>();
    generator.proposeFrom(words, probe, (i, j) -> out.add(i + "-" + j));
    return out;
  }

  /** Asserts that each pair is proposed once, as i-j with i < j, in increasing order of i then j. */
  private static ListAssert<String> assertProposedOnceInOrder(List<String> proposed) {
    return assertThat(proposed).doesNotHaveDuplicates()
        .isSortedAccordingTo(Comparator.comparingInt((String p) -> first(p)).thenComparingInt(p -> second(p)))
        .allSatisfy(p -> assertThat(first(p)).isLessThan(second(p)));
  }

  private static List<String> proposals(CandidateGenerator generator, List<List<String>> words) {
    List<String> out = new ArrayList<>();
    generator.propose(words, (i, j) -> out.add(i + "-" + j));
    return out;
  }

  private static List<List<String>> lists(String claims) {
    return Splitter.on('|').trimResults().splitToStream(claims)
        .map(c -> Splitter.on(' ').omitEmptyStrings().splitToList(c))
        .toList();
  }

  private static List<List<String>> randomLists(Random random) {
    String[] vocabulary = "the of army talks city will stop peace war grain port deal vote".split(" ");
    List<List<String>> out = new ArrayList<>();
    int n = random.nextInt(25);
    for (int i = 0; i < n; i++) {
      List<String> words = new ArrayList<>();
      int length = random.nextInt(7);
      for (int k = 0; k < length; k++) {
        // Squaring skews the draw towards the front of the vocabulary: common and rare words.
        double u = random.nextDouble();
        words.add(vocabulary[(int) (u * u * vocabulary.length)]);
      }
      out.add(words);
    }
    return out;
  }

  /** The pairs of claims with equal word lists. */
  private static long equalPairs(List<List<String>> words) {
    long count = 0;
    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j < words.size(); j++) {
        count += words.get(i).equals(words.get(j)) ? 1 : 0;
      }
    }
    return count;
  }

  private static String pair(int x, int y) {
    return Math.min(x, y) + "-" + Math.max(x, y);
  }

  private static int first(String pair) {
    return Integer.parseInt(pair.substring(0, pair.indexOf('-')));
  }

  private static int second(String pair) {
    return Integer.parseInt(pair.substring(pair.indexOf('-') + 1));
  }

  private static Map<String, Integer> frequencies(List<List<String>> terms) {
    Map<String, Integer> frequency = new HashMap<>();
    terms.forEach(ts -> new HashSet<>(ts).forEach(t -> frequency.merge(t, 1, Integer::sum)));
    return frequency;
  }

  /**
   * The rule as documented, computed naively: keys are the rarest indexable words, then, for a
   * claim with fewer, the rarest indexable adjacent pairs (written "first second"); a pair is
   * proposed when a key of either claim occurs in the other or the word lists are equal.
   */
  private static Set<String> specification(List<List<String>> words, int keys, int cap) {
    Map<String, Integer> wordFrequency = frequencies(words);
    List<List<String>> pairs = words.stream().map(w -> pairsOfForms(w, wordFrequency, cap)).toList();
    Map<String, Integer> pairFrequency = frequencies(pairs);
    List<List<String>> keysOf = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      List<String> k = rarest(words.get(i), wordFrequency, cap, Comparator.naturalOrder());
      if (k.size() < keys) {
        // Adjacent pairs ("first second") before pairs of common words ("rarer+other"), then by string.
        k.addAll(rarest(pairs.get(i), pairFrequency, cap, Comparator.comparing((String p) -> p.contains("+"))
            .thenComparing(p -> p.split("[ +]")[0])
            .thenComparing(p -> p.split("[ +]")[1])));
      }
      keysOf.add(k.subList(0, Math.min(keys, k.size())));
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j < words.size(); j++) {
        if (words.get(i).equals(words.get(j)) || meets(keysOf.get(i), i, j, words, pairs)
            || meets(keysOf.get(j), j, i, words, pairs)) {
          out.add(i + "-" + j);
        }
      }
    }
    return out;
  }

  /**
   * A claim's pairs of words: each two adjacent words, written "first second", and each two of its
   * six rarest words in more than {@code cap} claims (by frequency, then string order), written
   * "rarer+other".
   */
  private static List<String> pairsOfForms(List<String> w, Map<String, Integer> frequency, int cap) {
    List<String> out = new ArrayList<>();
    for (int k = 1; k < w.size(); k++) {
      out.add(w.get(k - 1) + " " + w.get(k));
    }
    List<String> common = w.stream().distinct().filter(t -> frequency.get(t) > cap)
        .sorted(Comparator.<String>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder()))
        .limit(SharedRareWords.COMMON_PAIRED)
        .toList();
    for (int x = 0; x < common.size(); x++) {
      for (int y = x + 1; y < common.size(); y++) {
        out.add(common.get(x) + "+" + common.get(y));
      }
    }
    return out;
  }

  private static List<String> rarest(
      List<String> terms, Map<String, Integer> frequency, int cap, Comparator<String> ties) {
    return new ArrayList<>(terms.stream().distinct()
        .filter(t -> frequency.get(t) >= 2 && frequency.get(t) <= cap)
        .sorted(Comparator.<String>comparingInt(frequency::get).thenComparing(ties))
        .toList());
  }

  /** Whether a key of claim {@code i} occurs in claim {@code j}, as a word or a pair of words. */
  private static boolean meets(
      List<String> keys, int i, int j, List<List<String>> words, List<List<String>> pairs) {
    return keys.stream().anyMatch(k -> k.contains(" ") || k.contains("+") ? pairs.get(j).contains(k) : words.get(j).contains(k));
  }
}
