package org.claimcompare.score;

import java.util.List;
import java.util.Objects;
import org.claimcompare.Similarity;

/** Some prepared texts seen through a map of indices: see {@link PreparedTexts#subset}. */
final class SubsetTexts implements PreparedTexts {
  private final PreparedTexts texts;
  private final int[] indices;

  SubsetTexts(PreparedTexts texts, int[] indices) {
    this.texts = texts;
    this.indices = indices.clone();
    for (int i : this.indices) {
      Objects.checkIndex(i, texts.size());
    }
  }

  @Override
  public int size() {
    return indices.length;
  }

  @Override
  public String text(int i) {
    return texts.text(indices[i]);
  }

  @Override
  public List<String> words(int i) {
    return texts.words(indices[i]);
  }

  @Override
  public List<String> terms(int i) {
    return texts.terms(indices[i]);
  }

  @Override
  public double score(int i, int j) {
    return texts.score(indices[i], indices[j]);
  }

  /** A subset of a subset is one view of the texts underneath, not a view of a view. */
  @Override
  public PreparedTexts subset(int[] indices) {
    int[] composed = new int[indices.length];
    for (int k = 0; k < indices.length; k++) {
      composed[k] = this.indices[Objects.checkIndex(indices[k], this.indices.length)];
    }
    return new SubsetTexts(texts, composed);
  }

  @Override
  public Similarity similarity(int i, int j) {
    return texts.similarity(indices[i], indices[j]);
  }
}
