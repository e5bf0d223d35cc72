package org.claimcompare.score;

import java.util.List;
import org.claimcompare.Similarity;

/**
 * Texts prepared by a {@link Scorer} for many comparisons, addressed by index.
 *
 * <p>{@code score(i, j)} equals the scorer's {@code score(texts.get(i), texts.get(j))}. Immutable
 * and thread-safe.
 */
public interface PreparedTexts {

  /**
   * Returns the number of texts.
   *
   * @return the number of texts
   */
  int size();

  /**
   * Returns the normalised word forms of one text; texts with the same forms are copies.
   *
   * @param i the index of the text
   * @return the word forms in text order
   */
  List<String> words(int i);

  /**
   * Returns the terms of one text, the keys a candidate generator blocks on: its words reduced to
   * what the scorer matches without a lexicon. The standard scorer gives the stems of the normalised
   * words ("highly rated" and "high rating" both give {@code high rate}); by default, the words.
   *
   * @param i the index of the text
   * @return the terms in text order
   */
  default List<String> terms(int i) {
    return words(i);
  }

  /**
   * Returns the similarity score of two texts.
   *
   * @param i the index of the first text
   * @param j the index of the second text
   * @return the score in [0, 1]
   */
  double score(int i, int j);

  /**
   * Returns the similarity of two texts with its explanation.
   *
   * @param i the index of the first text
   * @param j the index of the second text
   * @return the score and its explanation
   */
  Similarity similarity(int i, int j);
}
