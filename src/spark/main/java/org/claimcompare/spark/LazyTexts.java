package org.claimcompare.spark;

import java.util.List;
import org.claimcompare.Similarity;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;

/**
 * Texts prepared on first use: most components of the edge graph are one node, whose linkage
 * scores nothing, so their texts are never compiled. Thread-confined, as a component's linkage is.
 */
final class LazyTexts implements PreparedTexts {
  private final List<String> texts;
  private final Scorer scorer;
  private PreparedTexts prepared;

  LazyTexts(List<String> texts, Scorer scorer) {
    this.texts = texts;
    this.scorer = scorer;
  }

  private PreparedTexts prepared() {
    if (prepared == null) {
      prepared = scorer.prepare(texts);
    }
    return prepared;
  }

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
    return prepared().words(i);
  }

  @Override
  public List<String> terms(int i) {
    return prepared().terms(i);
  }

  @Override
  public double score(int i, int j) {
    return prepared().score(i, j);
  }

  @Override
  public Similarity similarity(int i, int j) {
    return prepared().similarity(i, j);
  }
}
