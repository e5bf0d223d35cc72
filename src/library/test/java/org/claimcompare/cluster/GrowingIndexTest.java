package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GrowingIndexTest {
  private static final double STANDARD_THRESHOLD = ClusterOptions.standard().threshold();

  @Test
  void growsPastTheStandardGeneratorsBoundAsTheStandardGeneratorProposes() {
    List<List<String>> lists = randomLists(1500, new Random(7));
    Probing standard = (Probing) CandidateGenerator.standard().atThreshold(STANDARD_THRESHOLD);

    GrowingIndex small = standard.index(lists.subList(0, 600));
    GrowingIndex large = small.extendedWith(lists.subList(600, 1500));

    // 600 claims are compared pair by pair, 1,500 by blocking.
    assertThat(proposals(small, 0)).hasSize(600 * 599 / 2).isEqualTo(fresh(standard, lists.subList(0, 600), 0));
    assertThat(proposals(large, 600)).isNotEmpty().isEqualTo(fresh(standard, lists, 600));
  }

  @Test
  void rebuildsForAGeneratorThatCannotGrow() {
    List<List<String>> lists = randomLists(50, new Random(3));
    List<Integer> sizesSeen = new ArrayList<>();
    Probing firstAndLast = (words, probe, sink) -> {
      sizesSeen.add(words.size());
      if (words.size() > 1 && (probe.test(0) || probe.test(words.size() - 1))) {
        sink.accept(0, words.size() - 1);
      }
    };

    GrowingIndex index = firstAndLast.index(lists.subList(0, 20)).extendedWith(lists.subList(20, 50));

    assertThat(index).isInstanceOf(GrowingIndex.Rebuilt.class);
    assertThat(index.size()).isEqualTo(50);
    assertThat(proposals(index, 20)).containsExactly(49L);
    assertThat(sizesSeen).containsExactly(50);
  }

  @Test
  void keepsTheListsItWasGivenApartFromLaterChangesToTheList() {
    List<List<String>> lists = new ArrayList<>(randomLists(10, new Random(5)));
    GrowingIndex index = GrowingIndex.rebuilt((words, probe, sink) -> { }, lists);

    lists.clear();

    assertThat(index.size()).isEqualTo(10);
  }

  /**
   * Over a settled index, a word that was in one settled claim only (so no term then) and is now
   * in a later one too still pairs them; and a word new since pairs the later claims that have it.
   */
  @Test
  void findsOverASettledIndexTheClaimsOfAWordRareWhenSettled() {
    List<List<String>> settled = new ArrayList<>(randomLists(200, new Random(11)));
    settled.set(17, List.of("w5", "zelenski", "w9", "w3"));
    Probing generator = (Probing) CandidateGenerator.sharedRareWords(3, 50, 2);
    GrowingIndex index = generator.index(settled).settled();

    GrowingIndex grown = index.extendedWith(List.of(
        List.of("w4", "zelenski", "w8"), List.of("kyiv", "w2", "w7"), List.of("w6", "kyiv", "w1")));

    assertThat(proposals(grown, 200)).contains(17L << 32 | 200, 201L << 32 | 202);
    assertThat(grown).hasToString("index of 203 claims for " + generator + ", settled at 200");
  }

  @Test
  void showsItsSizeAndGenerator() {
    GrowingIndex index = SharedRareWords.STANDARD.index(randomLists(3, new Random(1)));

    assertThat(index).hasToString("index of 3 claims for " + SharedRareWords.STANDARD);
  }

  /** Lists of 3 to 12 words from a vocabulary of 400 of unequal frequency. */
  private static List<List<String>> randomLists(int n, Random random) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> words = new ArrayList<>();
      for (int k = 3 + random.nextInt(10); k > 0; k--) {
        words.add("w" + (int) Math.sqrt(random.nextInt(160_000)));
      }
      out.add(words);
    }
    return out;
  }

  private static List<Long> proposals(GrowingIndex index, int from) {
    List<Long> out = new ArrayList<>();
    index.proposeFrom(i -> i >= from, (i, j) -> out.add((long) Math.min(i, j) << 32 | Math.max(i, j)));
    return out.stream().sorted().distinct().toList();
  }

  private static List<Long> fresh(Probing generator, List<List<String>> lists, int from) {
    List<Long> out = new ArrayList<>();
    generator.proposeFrom(lists, i -> i >= from, (i, j) -> out.add((long) Math.min(i, j) << 32 | Math.max(i, j)));
    return out.stream().sorted().distinct().toList();
  }
}
