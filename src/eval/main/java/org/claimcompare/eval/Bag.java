package org.claimcompare.eval;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/** The profile of the vector baselines: a text's words, for blocking, and its term vector. */
record Bag(List<String> words, TermVector vector) {

  /** One bag per text, from its words and its terms (words or trigrams) weighted by {@code weight}. */
  static List<Bag> of(List<List<String>> words, List<List<String>> terms, ToDoubleFunction<String> weight) {
    List<TermVector> vectors = TermVector.of(terms, weight);
    return IntStream.range(0, words.size()).mapToObj(i -> new Bag(words.get(i), vectors.get(i))).toList();
  }
}
