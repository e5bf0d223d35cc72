package org.claimcompare.cluster;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.claimcompare.Similarity;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;

/** A scorer for linkage tests, written for them: each pair's score comes from a table. */
final class TableScorer {
  private TableScorer() {}

  /** A scorer that looks each pair of texts up in {@code scores} ("x y", x before y), else {@code other}. */
  static Scorer of(Map<String, Double> scores, double other) {
    return of(scores, other, key -> { });
  }

  /**
   * {@link #of(Map, double)} that also tells {@code scored} the key ("x y", x before y) of each
   * pair its prepared texts score.
   */
  static Scorer of(Map<String, Double> scores, double other, Consumer<String> scored) {
    return new Scorer() {
      @Override
      public Similarity similarity(String a, String b) {
        String key = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
        double s = a.equals(b) ? 1.0 : scores.getOrDefault(key, other);
        return new Similarity(s, List.of(), List.of(), List.of());
      }

      @Override
      public PreparedTexts prepare(List<String> texts) {
        Scorer scorer = this;
        return new PreparedTexts() {
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
            return List.of(texts.get(i));
          }

          @Override
          public double score(int i, int j) {
            String a = texts.get(i);
            String b = texts.get(j);
            scored.accept(a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
            return similarity(i, j).score();
          }

          @Override
          public Similarity similarity(int i, int j) {
            return scorer.similarity(texts.get(i), texts.get(j));
          }
        };
      }
    };
  }
}
