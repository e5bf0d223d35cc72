package org.claimcompare.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.claimcompare.Similarity;
import org.junit.jupiter.api.Test;

/** The default methods of {@link Scorer}, on a scorer of the test's own. */
class ScorerTest {

  /**
   * A scorer whose statistics are the size of its corpus: two different texts score {@code 1 / (1
   * + corpus)}, so that a score tells which corpus the scorer was adapted to.
   */
  private record CorpusSizeScorer(int corpus) implements Scorer {
    @Override
    public Similarity similarity(String a, String b) {
      return new Similarity(a.equals(b) ? 1 : 1.0 / (1 + corpus), List.of(), List.of(), List.of());
    }

    @Override
    public Scorer adaptedTo(List<String> texts) {
      return new CorpusSizeScorer(texts.size());
    }

    @Override
    public PreparedTexts prepare(List<String> texts) {
      List<String> copy = List.copyOf(texts);
      return new PreparedTexts() {
        @Override
        public int size() {
          return copy.size();
        }

        @Override
        public String text(int i) {
          return copy.get(i);
        }

        @Override
        public List<String> words(int i) {
          return List.of(copy.get(i));
        }

        @Override
        public double score(int i, int j) {
          return similarity(i, j).score();
        }

        @Override
        public Similarity similarity(int i, int j) {
          return CorpusSizeScorer.this.similarity(copy.get(i), copy.get(j));
        }
      };
    }
  }

  @Test
  void extendsPreparedTextsByPreparingAllTheTextsAdaptedToAllOfThem() {
    Scorer scorer = new CorpusSizeScorer(0);
    PreparedTexts earlier = scorer.prepareAdapted(List.of("a", "b"), done -> {});
    List<Long> progress = new ArrayList<>();

    PreparedTexts extended = scorer.prepareAdapted(earlier, List.of("c", "a"), progress::add);

    assertThat(IntStream.range(0, extended.size()).mapToObj(extended::text)).containsExactly("a", "b", "c", "a");
    assertThat(extended.score(0, 1)).isEqualTo(1.0 / 5);
    assertThat(extended.score(0, 3)).isEqualTo(1.0);
    assertThat(progress).endsWith(4L);
    assertThat(earlier.size()).isEqualTo(2);
    assertThat(earlier.score(0, 1)).isEqualTo(1.0 / 3);
  }

  @Test
  void extendsTextsPreparedByAnotherScorerByTheirTextsOnly() {
    Scorer scorer = new CorpusSizeScorer(0);
    PreparedTexts earlier = AlignmentScorer.clustering().prepareAdapted(List.of("a gang", "a bunch"), done -> {});

    PreparedTexts extended = scorer.prepareAdapted(earlier, List.of("a band"), done -> {});

    assertThat(extended.words(0)).containsExactly("a gang");
    assertThat(extended.score(0, 2)).isEqualTo(1.0 / 4);
  }
}
