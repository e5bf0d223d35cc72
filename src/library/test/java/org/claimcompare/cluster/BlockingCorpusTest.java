package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BlockingCorpusTest {

  @Test
  void numbersFormsInOrderOfFirstAppearanceAndCountsEachOncePerClaim() {
    BlockingCorpus corpus = BlockingCorpus.of(List.of(List.of("b", "a", "b"), List.of("a", "c")), 5);

    assertThat(corpus.sequence).isDeepEqualTo(new int[][] {{0, 1, 0}, {1, 2}});
    assertThat(corpus.distinct).isDeepEqualTo(new int[][] {{0, 1}, {1, 2}});
    assertThat(corpus.frequency).containsExactly(1, 2, 1);
    assertThat(corpus.listHash).containsExactly(List.of("b", "a", "b").hashCode(), List.of("a", "c").hashCode());
  }

  @Test
  void ranksTheFormsInMoreClaimsThanTheCapByFrequencyThenString() {
    // "the" and "a" are in three claims, "of" in four: over a cap of two, "a" before "the".
    List<List<String>> lists = List.of(
        List.of("the", "a", "of"), List.of("the", "a", "of"), List.of("the", "a", "of", "x"), List.of("of", "x"));

    BlockingCorpus corpus = BlockingCorpus.of(lists, 2);

    // Forms: the 0, a 1, of 2, x 3.
    assertThat(corpus.commonRank).containsExactly(1, 0, 2, -1);
  }

  @Test
  void leavesACorpusAsItWasWhenExtendingItAgain() {
    BlockingCorpus older = BlockingCorpus.of(List.of(List.of("a", "b"), List.of("a", "c")), 5);
    int[] frequency = older.frequency.clone();
    BlockingCorpus newer = older.extendedWith(List.of(List.of("a", "d")));

    BlockingCorpus branch = older.extendedWith(List.of(List.of("b", "e"), List.of("e")));

    assertThat(older.size()).isEqualTo(2);
    assertThat(older.frequency).containsExactly(frequency);
    assertThat(newer.size()).isEqualTo(3);
    // The branch numbers "e" after "d", which the newer corpus numbered first, and never counts "d".
    assertThat(branch.sequence[2]).containsExactly(1, 4);
    assertThat(branch.frequency).containsExactly(2, 2, 1, 0, 2);
    assertThat(Arrays.stream(branch.distinct).mapToInt(d -> d.length).sum()).isEqualTo(7);
  }

  @Test
  void findsThePairTermsOfAFreshCorpusAfterTheCommonFormsChangeRank() {
    // Over a cap of two, "y" (in four claims) and "z" (in three, then five) are common: the
    // extension makes "z" the commoner, so the pair of them in claims 0 and 1 turns round.
    List<List<String>> first = List.of(
        List.of("y", "z", "p"), List.of("y", "z", "q"), List.of("y", "s"), List.of("y", "t"), List.of("z", "u"));
    List<List<String>> more = List.of(List.of("z", "r"), List.of("z", "r"));
    BlockingCorpus grown = BlockingCorpus.of(first, 2).extendedWith(more);
    BlockingCorpus fresh = BlockingCorpus.of(concat(first, more), 2);
    boolean[] all = new boolean[7];
    Arrays.fill(all, true);

    int[] grownTerms = grown.pairTerms(all, grown.stringPlaces(), 0);
    int[] freshTerms = fresh.pairTerms(all, fresh.stringPlaces(), 0);

    for (int i = 0; i < 7; i++) {
      assertThat(grown.pairTermsOf(i, grownTerms)).as("claim %s", i).isEqualTo(fresh.pairTermsOf(i, freshTerms));
    }
    // In two claims each: "y z" adjacent, "z r" adjacent, and y with z as common forms.
    assertThat(fresh.pairTermsOf(0, freshTerms)).hasSize(2);
    assertThat(fresh.pairTermsOf(5, freshTerms)).hasSize(1);
    assertThat(Arrays.stream(freshTerms).filter(t -> t >= 0).count()).isEqualTo(3);
  }

  private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
