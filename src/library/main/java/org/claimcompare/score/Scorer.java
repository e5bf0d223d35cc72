package org.claimcompare.score;

import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.claimcompare.Similarity;

/**
 * Scores how similar two renderings of a statement are.
 *
 * <p>Every implementation obeys the same contract, checked by one shared test:
 *
 * <ul>
 *   <li>range: {@code 0 <= score(a, b) <= 1};
 *   <li>symmetry: {@code score(a, b) == score(b, a)};
 *   <li>identity: {@code score(a, a) == 1} for any text with at least one word;
 *   <li>null arguments throw {@link NullPointerException} naming the parameter.
 * </ul>
 *
 * <p>Work that depends on one text only (normalised words, weights) is done once by {@link
 * #prepare(List)}, so that comparing many pairs does not repeat it. Statistics that depend on a
 * whole collection (how rare each word is, say) are taken by {@link #adaptedTo(List)}, which
 * returns a new scorer; a scorer never changes. Implementations are immutable and thread-safe.
 */
public interface Scorer {

  /**
   * Returns the similarity of two renderings with its explanation.
   *
   * @param a the first rendering
   * @param b the second rendering
   * @return the score and its explanation
   */
  Similarity similarity(String a, String b);

  /**
   * Returns the similarity score of two renderings, without building an explanation.
   *
   * @param a the first rendering
   * @param b the second rendering
   * @return the score in [0, 1]
   */
  default double score(String a, String b) {
    return similarity(a, b).score();
  }

  /**
   * Prepares texts for many comparisons: each text is normalised and weighted once.
   *
   * @param texts the texts, addressed by their index from then on
   * @return the prepared texts
   */
  PreparedTexts prepare(List<String> texts);

  /**
   * Prepares texts for many comparisons by this scorer adapted to them: the same as {@code
   * adaptedTo(corpus).prepare(corpus)}, in one pass where the scorer can. The clusterer prepares its
   * claims this way.
   *
   * @param corpus the texts, addressed by their index from then on
   * @param progress receives the number of texts prepared so far, now and then (an exception it
   *     throws stops the preparation and reaches the caller)
   * @return the prepared texts
   */
  default PreparedTexts prepareAdapted(List<String> corpus, LongConsumer progress) {
    Objects.requireNonNull(progress, "progress");
    PreparedTexts prepared = adaptedTo(corpus).prepare(corpus);
    progress.accept(corpus.size());
    return prepared;
  }

  /**
   * Returns a scorer whose collection statistics, such as how rare each word is, come from {@code
   * corpus}. The clusterer adapts its scorer to the claims it clusters, and the evaluation harness
   * to all the texts of a data set. Scorers without collection statistics return themselves.
   *
   * @param corpus the texts to take statistics from
   * @return the adapted scorer
   */
  default Scorer adaptedTo(List<String> corpus) {
    Objects.requireNonNull(corpus, "corpus");
    return this;
  }
}
