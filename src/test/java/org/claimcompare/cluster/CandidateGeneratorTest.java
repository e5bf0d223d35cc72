package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
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
}
