package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.claimcompare.score.Scorer;

/**
 * Cosine of the two texts' TF-IDF word vectors; see {@link Baselines#tfIdfCosine()}. The weight
 * of a word is its count in the text times {@code idf = ln((N + 1) / (df + 1)) + 1}, where N is
 * the number of corpus texts and df the number of them containing the word (the smoothed IDF of
 * scikit-learn). Without a corpus N = df = 0, so every IDF is 1 and the score is the TF cosine.
 */
final class TfIdfCosine extends BagScorer {
  static final TfIdfCosine UNADAPTED = new TfIdfCosine(0, ImmutableMap.of());

  private final int corpusSize;
  private final ImmutableMap<String, Integer> documentFrequency;

  private TfIdfCosine(int corpusSize, ImmutableMap<String, Integer> documentFrequency) {
    this.corpusSize = corpusSize;
    this.documentFrequency = documentFrequency;
  }

  @Override
  public Scorer adaptedTo(List<String> corpus) {
    checkNotNull(corpus, "corpus");
    Map<String, Integer> df = new HashMap<>();
    for (String text : corpus) {
      new HashSet<>(Words.of(text)).forEach(w -> df.merge(w, 1, Integer::sum));
    }
    return new TfIdfCosine(corpus.size(), ImmutableMap.copyOf(df));
  }

  double idf(String word) {
    return Math.log((corpusSize + 1.0) / (documentFrequency.getOrDefault(word, 0) + 1.0)) + 1;
  }

  @Override
  List<Bag> profiles(List<String> texts) {
    List<List<String>> words = texts.stream().map(Words::of).toList();
    return Bag.of(words, words, this::idf);
  }

  /** Returns {@code TfIdfCosine[idf from 1500 texts]}, or {@code TfIdfCosine[no corpus, idf 1]}. */
  @Override
  public String toString() {
    return corpusSize == 0 && documentFrequency.isEmpty()
        ? "TfIdfCosine[no corpus, idf 1]"
        : "TfIdfCosine[idf from " + corpusSize + " texts]";
  }
}
