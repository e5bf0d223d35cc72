package org.claimcompare.spark;

import java.util.List;
import org.claimcompare.Similarity;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;
import org.jspecify.annotations.Nullable;

/**
 * Texts prepared on first use: most components of the edge graph are one node, whose linkage
 * scores nothing, so their texts are never compiled. Thread-safe: the linkage of a large component
 * compares clusters on the common pool's threads too, and whichever scores first prepares the
 * texts while the others wait.
 */
final class LazyTexts implements PreparedTexts {
  private final List<String> texts;
  private final Scorer scorer;
  private volatile @Nullable PreparedTexts prepared;

  LazyTexts(List<String> texts, Scorer scorer) {
    this.texts = texts;
    this.scorer = scorer;
  }

  private PreparedTexts prepared() {
    PreparedTexts known = prepared;
    if (known == null) {
      synchronized (this) {
        known = prepared;
        if (known == null) {
          known = scorer.prepare(texts);
          prepared = known;
        }
      }
    }
    return known;
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
