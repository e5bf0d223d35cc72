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
   * Returns one text as it was given to {@link Scorer#prepare}.
   *
   * @param i the index of the text
   * @return the text
   */
  String text(int i);

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
   * Returns some of these texts as prepared texts of their own: text {@code k} of the result is
   * text {@code indices[k]} of these, with the same words, terms and scores. The clusterer takes one
   * text per distinct word list this way. By default, a view that maps the indices; a scorer whose
   * prepared texts carry more (sentence vectors, say) returns its own kind.
   *
   * @param indices the texts to keep, by index; copied
   * @return the texts at {@code indices}
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  default PreparedTexts subset(int[] indices) {
    return new SubsetTexts(this, indices);
  }

  /**
   * Returns the similarity of two texts with its explanation.
   *
   * @param i the index of the first text
   * @param j the index of the second text
   * @return the score and its explanation
   */
  Similarity similarity(int i, int j);
}
