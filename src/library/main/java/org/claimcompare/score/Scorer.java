package org.claimcompare.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.apache.commons.text.similarity.SimilarityScore;
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
 *
 * <p>Code written against Apache Commons Text's similarity interfaces takes any scorer through
 * {@link #asSimilarityScore()}.
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
   * Prepares {@code earlier}'s texts followed by {@code more} as {@link #prepareAdapted(List,
   * LongConsumer)} does, reusing the work done for {@code earlier} where the scorer can: the result
   * equals {@code prepareAdapted(all, progress)} with {@code all} the texts {@code earlier.text(0)},
   * ..., {@code earlier.text(earlier.size() - 1)} and then those of {@code more}, in order. Equal
   * means the same size, texts, words and terms, the same scores to the last bit, the same
   * similarities and subsets: the statistics the scorer adapts to are those of all the texts, old
   * and new. An engine that adds texts in batches (incremental clustering) calls it with the texts
   * it prepared for the last batch.
   *
   * <p>{@code earlier} is meant to be what this scorer's {@code prepareAdapted} (either overload)
   * returned; when it is not, only its texts are used. It stays as it was, and usable.
   *
   * <p>By default, the texts are concatenated and prepared anew with {@link #prepareAdapted(List,
   * LongConsumer)}. The standard scorer normalises only the new texts and recomputes the
   * statistics over all of them (see {@link AlignmentScorer#prepareAdapted(PreparedTexts, List,
   * LongConsumer)}).
   *
   * <pre>{@code
   * Scorer scorer = AlignmentScorer.clustering();
   * PreparedTexts first = scorer.prepareAdapted(List.of("Kiev was shelled", "the talks resume"), done -> {});
   * PreparedTexts all = scorer.prepareAdapted(first, List.of("Kyiv was shelled again"), done -> {});
   * all.size()          // 3
   * all.words(2)        // [kyiv, was, shelled, again]
   * all.score(0, 2)     // 0.9197468495704614, as after prepareAdapted of the three texts at once
   * }</pre>
   *
   * @param earlier texts prepared adapted by this scorer before
   * @param more the texts to add after {@code earlier}'s, addressed by {@code earlier.size()} plus
   *     their index in {@code more}
   * @param progress receives the number of texts of the result prepared so far, now and then, up to
   *     the number of all the texts (an exception it throws stops the preparation and reaches the
   *     caller); texts reused from {@code earlier} count as prepared from the start
   * @return the prepared texts, old and new
   */
  default PreparedTexts prepareAdapted(PreparedTexts earlier, List<String> more, LongConsumer progress) {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(more, "more");
    Objects.requireNonNull(progress, "progress");
    List<String> all = new ArrayList<>(earlier.size() + more.size());
    for (int i = 0; i < earlier.size(); i++) {
      all.add(earlier.text(i));
    }
    all.addAll(more);
    return prepareAdapted(all, progress);
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

  /**
   * Returns this scorer as an Apache Commons Text {@link SimilarityScore}, so that it drops into
   * code written for Commons Text's similarity measures ({@code JaroWinklerSimilarity},
   * {@code JaccardSimilarity}, {@code SimilarityScoreFrom}, ...). {@code apply(left, right)} is
   * {@link #score(String, String) score}{@code (left.toString(), right.toString())}, boxed: a
   * similarity in [0, 1] with this scorer's contract (symmetric, 1 for a text against itself), no
   * explanation built.
   *
   * <pre>{@code
   * SimilarityScore<Double> s = AlignmentScorer.standard().asSimilarityScore();
   * s.apply("Zelenski left Kiev", "Zelensky left Kyiv")              // 1.0
   * new SimilarityScoreFrom<>(s, "Take power into your own hands")
   *     .apply("Take the power in your hands")                      // 0.7777777777777778
   * }</pre>
   *
   * <p>Unlike Commons Text's own measures, which throw {@link IllegalArgumentException} for a null
   * argument, it throws {@link NullPointerException} naming {@code left} or {@code right}. The
   * returned object is immutable and thread-safe, and equal to another view of an equal scorer.
   *
   * @return this scorer as a {@code SimilarityScore<Double>}
   */
  default SimilarityScore<Double> asSimilarityScore() {
    return new CommonsTextScore(this);
  }
}
