package org.claimcompare.eval;

import java.util.List;

/** Jaccard index of the two texts' word sets; see {@link Baselines#wordJaccard()}. */
final class WordJaccard extends BagScorer {
  static final WordJaccard INSTANCE = new WordJaccard();

  private WordJaccard() {}

  @Override
  List<Bag> profiles(List<String> texts) {
    List<List<String>> words = texts.stream().map(Words::of).toList();
    return Bag.of(words, words, t -> 1);
  }

  @Override
  double compare(Bag a, Bag b) {
    return a.vector().jaccard(b.vector());
  }

  /** Returns {@code WordJaccard}. */
  @Override
  public String toString() {
    return "WordJaccard";
  }
}
