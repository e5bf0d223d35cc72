package org.claimcompare.cluster;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.claimcompare.score.PreparedTexts;

/** The terms of prepared texts as a list, read on demand: what generators block on. */
final class TermLists extends AbstractList<List<String>> implements RandomAccess {
  private final PreparedTexts texts;

  TermLists(PreparedTexts texts) {
    this.texts = texts;
  }

  @Override
  public List<String> get(int i) {
    return texts.terms(i);
  }

  @Override
  public int size() {
    return texts.size();
  }
}
