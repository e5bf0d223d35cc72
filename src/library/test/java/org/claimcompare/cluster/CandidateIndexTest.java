package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateIndexTest {
  /** Term lists over a skewed vocabulary of {@code vocabulary} words: common and rare words. */
  private static List<List<String>> lists(int n, int vocabulary, long seed) {
    Random random = new Random(seed);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> words = new ArrayList<>();
      for (int k = 0, length = 1 + random.nextInt(12); k < length; k++) {
        double u = random.nextDouble();
        words.add("w" + (int) (u * u * u * vocabulary));
      }
      out.add(words);
    }
    return out;
  }

  private static TreeSet<Long> proposed(CandidateGenerator generator, List<List<String>> words) {
    TreeSet<Long> out = new TreeSet<>();
    generator.atThreshold(0.4).propose(words, (i, j) -> out.add((long) Math.min(i, j) << 32 | Math.max(i, j)));
    return out;
  }

  private static TreeSet<Long> fromParts(CandidateIndex index) {
    TreeSet<Long> out = new TreeSet<>();
    for (int part = 0; part < index.parts(); part++) {
      index.propose(part, (i, j) -> {
        assertThat(i).isLessThan(j);
        out.add((long) i << 32 | j);
      });
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 17, 999, 1000, 1001, 3000})
  void partsProposeWhatTheStandardGeneratorProposes(int n) {
    List<List<String>> words = lists(n, 2000, n);
    CandidateIndex index = ClusterSteps.candidates(ClusterOptions.standard(), words);
    assertThat(index.size()).isEqualTo(n);
    assertThat(fromParts(index)).isEqualTo(proposed(CandidateGenerator.standard(), words));
  }

  @Test
  void partsOfBoundedBlockingAreEachFiveHundredAndTwelveClaims() {
    List<List<String>> words = lists(2000, 3000, 7);
    CandidateGenerator blocking = CandidateGenerator.sharedRareWords(5, 100, 4);
    CandidateIndex index = ClusterSteps.candidates(ClusterOptions.standard().withCandidates(blocking), words);
    assertThat(index.parts()).isEqualTo(4);
    assertThat(fromParts(index)).isEqualTo(proposed(blocking, words));
  }

  @Test
  void anyOtherGeneratorRunsWholeInOnePart() {
    List<List<String>> words = lists(50, 100, 3);
    CandidateGenerator unbounded = CandidateGenerator.sharedRareWords(3, 20);
    CandidateGenerator lambda = (w, sink) -> sink.accept(3, 1);
    assertThat(fromParts(ClusterSteps.candidates(ClusterOptions.standard().withCandidates(unbounded), words)))
        .isEqualTo(proposed(unbounded, words));
    CandidateIndex custom = ClusterSteps.candidates(ClusterOptions.standard().withCandidates(lambda), words);
    assertThat(custom.parts()).isOne();
    assertThat(fromParts(custom)).containsExactly(1L << 32 | 3);
  }

  @Test
  void proposesTheSameAfterSerialization() throws IOException, ClassNotFoundException {
    List<List<String>> words = lists(1500, 2000, 11);
    CandidateIndex index = ClusterSteps.candidates(ClusterOptions.standard(), words);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(index);
    }
    CandidateIndex copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (CandidateIndex) in.readObject();
    }
    assertThat(copy.toString()).isEqualTo("CandidateIndex[1500 texts, 3 parts]");
    assertThat(fromParts(copy)).isEqualTo(fromParts(index));
  }

  @Test
  void rejectsAPartOutOfRange() {
    CandidateIndex index = ClusterSteps.candidates(ClusterOptions.standard(), lists(20, 50, 1));
    assertThatThrownBy(() -> index.propose(2, (i, j) -> {}))
        .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("part (2)");
  }
}
