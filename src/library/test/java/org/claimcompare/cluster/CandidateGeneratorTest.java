package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateGeneratorTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 5, 30})
  void allPairsProposesEveryUnorderedPairOnce(int n) {
    List<String> pairs = new ArrayList<>();
    CandidateGenerator.allPairs().propose(Collections.nCopies(n, List.of("w")), (i, j) -> pairs.add(i + "-" + j));
    assertThat(pairs).hasSize(n * (n - 1) / 2).doesNotHaveDuplicates();
    assertThat(pairs).allSatisfy(p -> {
      String[] ij = p.split("-");
      assertThat(Integer.parseInt(ij[0])).isLessThan(Integer.parseInt(ij[1]));
    });
  }

  /** Claims with one word each, all different: blocking proposes none of their pairs. */
  @ParameterizedTest
  @CsvSource(textBlock = """
      # every pair up to 1000 claims
      2,    1
      1000, 499500
      # blocking above
      1001, 0
      """)
  void standardComparesEveryPairOfASmallInputAndBlocksALargeOne(int n, long expected) {
    List<List<String>> words = IntStream.range(0, n).mapToObj(i -> List.of("w" + i)).toList();
    long[] count = {0};
    CandidateGenerator.standard().propose(words, (i, j) -> count[0]++);
    assertThat(count[0]).isEqualTo(expected);
  }

  @Test
  void standardShowsWhereItSwitches() {
    assertThat(CandidateGenerator.standard()).hasToString(
        "all pairs up to 1000 claims, then shared rare words[20 per claim, at most 1000 claims per word, 32 partners per claim]");
  }

  /**
   * Each run adapts the options' generator to its threshold anew; a state's kept index is extended
   * only for an equal generator, so generators adapted alike must be equal (before this, the
   * standard one was not, and every addition to a state indexed all its claims again).
   */
  @ParameterizedTest
  @ValueSource(strings = {"standard", "sharedRareWords", "allPairs"})
  void aGeneratorAdaptedTwiceToOneThresholdIsEqualToItself(String name) {
    CandidateGenerator generator = switch (name) {
      case "standard" -> CandidateGenerator.standard();
      case "sharedRareWords" -> CandidateGenerator.sharedRareWords();
      default -> CandidateGenerator.allPairs();
    };
    assertThat(generator.atThreshold(0.5)).isEqualTo(generator.atThreshold(0.5))
        .hasSameHashCodeAs(generator.atThreshold(0.5));
  }

  @Test
  void theStandardGeneratorAdaptedToAnotherThresholdOrBlockingOtherwiseIsNotEqual() {
    CandidateGenerator standard = CandidateGenerator.standard();
    assertThat(standard.atThreshold(0.5)).isNotEqualTo(standard.atThreshold(0.6))
        .isNotEqualTo(CandidateGenerator.sharedRareWords().atThreshold(0.5))
        .isNotEqualTo(standard);
  }
}
