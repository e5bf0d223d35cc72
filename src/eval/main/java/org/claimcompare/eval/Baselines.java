package org.claimcompare.eval;

import org.claimcompare.score.Scorer;

/**
 * Plain lexical scorers to measure the standard scorer against. Each obeys the {@link Scorer}
 * contract (range [0, 1], exact symmetry, identity 1 for a text with at least one word, null
 * arguments rejected by name) and explains a score only by its value ({@code Similarity.of}).
 *
 * <p>Words, where a baseline uses them, are the text lower-cased with {@code Locale.ROOT} and cut
 * into maximal runs of Unicode letters and digits, with the combining marks that follow them: {@code
 * "Don't stop, 2-1!"} has the words {@code don, t, stop, 2, 1}. The candidate generator sees these
 * words, whichever baseline it is.
 *
 * <table>
 *   <caption>The baselines on "The cat sat" and "the cat sat down"</caption>
 *   <tr><th>baseline</th><th>score</th></tr>
 *   <tr><td>{@code wordJaccard()}</td><td>3 / 4 = 0.75</td></tr>
 *   <tr><td>{@code tfIdfCosine()} (not adapted)</td><td>3 / (√3 · √4) = 0.866</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class Baselines {
  private Baselines() {}

  /**
   * Returns the Jaccard index of the two texts' word sets, {@code |A ∩ B| / |A ∪ B|}; 0 when neither
   * text has a word.
   *
   * @return the word Jaccard scorer
   */
  public static Scorer wordJaccard() {
    return WordJaccard.INSTANCE;
  }

  /**
   * Returns the cosine of the two texts' TF-IDF word vectors. A word's weight is its count in the
   * text times {@code ln((N + 1) / (df + 1)) + 1}, with N the number of texts in the corpus given to
   * {@link Scorer#adaptedTo(java.util.List)} and df the number of them that contain the word (the
   * smoothed IDF of scikit-learn). Not adapted, N = df = 0 and every IDF is 1: the cosine of word
   * counts. 0 when either text has no word.
   *
   * @return the TF-IDF cosine scorer, not yet adapted to a corpus
   */
  public static Scorer tfIdfCosine() {
    return TfIdfCosine.UNADAPTED;
  }

  /**
   * Returns the cosine of the two texts' character-trigram count vectors. Each text is lower-cased
   * with {@code Locale.ROOT}, each run of white space becomes one space, one space pads each end,
   * and every window of three code points is a trigram: {@code "Hi  there"} gives {@code " hi",
   * "hi ", "i t", " th", "the", "her", "ere", "re "}. 0 when either text is blank.
   *
   * @return the character-trigram cosine scorer
   */
  public static Scorer charTrigramCosine() {
    return TrigramCosine.INSTANCE;
  }

  /**
   * Returns the Jaro-Winkler similarity of the whole texts lower-cased with {@code Locale.ROOT}
   * (Apache Commons Text {@code JaroWinklerSimilarity}); 0 when either text is empty.
   *
   * @return the Jaro-Winkler scorer
   */
  public static Scorer jaroWinkler() {
    return WholeString.JARO_WINKLER;
  }

  /**
   * Returns {@code 1 - d / max(|a|, |b|)}, where d is the Levenshtein distance (Apache Commons Text
   * {@code LevenshteinDistance}) between the whole texts lower-cased with {@code Locale.ROOT} and
   * lengths count UTF-16 units; 0 when either text is empty.
   *
   * @return the Levenshtein scorer
   */
  public static Scorer levenshtein() {
    return WholeString.LEVENSHTEIN;
  }
}
