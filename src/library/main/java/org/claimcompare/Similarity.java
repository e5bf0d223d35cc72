package org.claimcompare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How similar two renderings are: a score in [0, 1] and the explanation behind it.
 *
 * <p>The explanation lists the aligned word pairs, each with the reason it matched and the part of
 * the score it accounts for, the words of each rendering that were left unmatched, and the guards
 * that fired (a negation, a number or a name on one side only), each with the factor it multiplied
 * the score by. For the standard scorer the contributions of the pairs add up to the score, after
 * the penalties.
 *
 * <pre>{@code
 * Claims.similarity("Kiev is the capital", "Kyiv is the capital").toString()
 * // Similarity[1.000 kiev~kyiv (alias, +0.435), is (exact, +0.065), the (exact, +0.065),
 * //     capital (exact, +0.435) | unmatched: - | -]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param score the similarity, 0 for nothing in common and 1 for the same rendering
 * @param pairs the aligned word pairs, in the order of the first rendering's words (a semantic
 *     scorer lists its word-aligned pairs first, then its {@link MatchType#SEMANTIC} ones)
 * @param unmatchedLeft the first rendering's words that have no partner, in text order
 * @param unmatchedRight the second rendering's words that have no partner, in text order
 * @param penalties the guards that fired, in the order of {@link Guard}
 * @param sentence for a semantic scorer, how alike a sentence-embedding model finds the two
 *     renderings and what that adds to the score beyond the word pairs; empty for scorers without one
 * @param leftWords every word of the first rendering that the scorer aligned or left unmatched, in
 *     text order, so that a pair's {@link AlignedPair#leftIndex()} places it among them (which is
 *     what a side-by-side view of renderings needs); empty for scorers that do not list them
 * @param rightWords the same for the second rendering
 */
public record Similarity(
    double score,
    List<AlignedPair> pairs,
    List<String> unmatchedLeft,
    List<String> unmatchedRight,
    List<Penalty> penalties,
    Optional<SentenceMatch> sentence,
    List<String> leftWords,
    List<String> rightWords) {

  /**
   * Validates the fields and copies the lists.
   *
   * @param score see the record description
   * @param pairs see the record description
   * @param unmatchedLeft see the record description
   * @param unmatchedRight see the record description
   * @param penalties see the record description
   * @param sentence see the record description
   * @param leftWords see the record description
   * @param rightWords see the record description
   * @throws IllegalArgumentException if the words are listed and a pair's position does not hold
   *     its word
   */
  public Similarity {
    checkArgument(score >= 0 && score <= 1, "score must be in [0, 1]: %s", score);
    pairs = ImmutableList.copyOf(checkNotNull(pairs, "pairs"));
    unmatchedLeft = ImmutableList.copyOf(checkNotNull(unmatchedLeft, "unmatchedLeft"));
    unmatchedRight = ImmutableList.copyOf(checkNotNull(unmatchedRight, "unmatchedRight"));
    penalties = ImmutableList.copyOf(checkNotNull(penalties, "penalties"));
    checkNotNull(sentence, "sentence");
    leftWords = ImmutableList.copyOf(checkNotNull(leftWords, "leftWords"));
    rightWords = ImmutableList.copyOf(checkNotNull(rightWords, "rightWords"));
    for (AlignedPair p : pairs) {
      checkArgument(holds(leftWords, p.leftIndex(), p.left()) && holds(rightWords, p.rightIndex(), p.right()),
          "the pair %s is not at its positions %s, %s of the words", p, p.leftIndex(), p.rightIndex());
    }
  }

  /** Whether an unlisted or unplaced word, or the word at its place. */
  private static boolean holds(List<String> words, int index, String word) {
    return words.isEmpty() || index == -1 || (index < words.size() && words.get(index).equals(word));
  }

  /**
   * Creates a similarity without the lists of words: what scorers that do not place their pairs give.
   *
   * @param score see the record description
   * @param pairs see the record description
   * @param unmatchedLeft see the record description
   * @param unmatchedRight see the record description
   * @param penalties see the record description
   * @param sentence see the record description
   */
  public Similarity(
      double score,
      List<AlignedPair> pairs,
      List<String> unmatchedLeft,
      List<String> unmatchedRight,
      List<Penalty> penalties,
      Optional<SentenceMatch> sentence) {
    this(score, pairs, unmatchedLeft, unmatchedRight, penalties, sentence, List.of(), List.of());
  }

  /**
   * Creates a similarity without a sentence part: what word-aligning scorers give.
   *
   * @param score see the record description
   * @param pairs see the record description
   * @param unmatchedLeft see the record description
   * @param unmatchedRight see the record description
   * @param penalties see the record description
   */
  public Similarity(
      double score,
      List<AlignedPair> pairs,
      List<String> unmatchedLeft,
      List<String> unmatchedRight,
      List<Penalty> penalties) {
    this(score, pairs, unmatchedLeft, unmatchedRight, penalties, Optional.empty());
  }

  /**
   * Creates a similarity without penalties.
   *
   * @param score see the record description
   * @param pairs see the record description
   * @param unmatchedLeft see the record description
   * @param unmatchedRight see the record description
   */
  public Similarity(
      double score, List<AlignedPair> pairs, List<String> unmatchedLeft, List<String> unmatchedRight) {
    this(score, pairs, unmatchedLeft, unmatchedRight, List.of());
  }

  /**
   * Returns a similarity with a score and no word-level explanation, for scorers that do not align
   * words.
   *
   * @param score the similarity in [0, 1]
   * @return the similarity
   */
  public static Similarity of(double score) {
    return new Similarity(score, List.of(), List.of(), List.of());
  }

  /**
   * Returns the explanation on several lines: the score, one line per aligned pair, the unmatched
   * words of each side, one line per guard that fired, and a line for the sentence part if there is one.
   *
   * @return a readable account of the score
   */
  public String explain() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "score %.3f%n", score));
    for (AlignedPair p : pairs) {
      s.append("  ").append(p).append(System.lineSeparator());
    }
    s.append("  only in first: ").append(words(unmatchedLeft)).append(System.lineSeparator());
    s.append("  only in second: ").append(words(unmatchedRight)).append(System.lineSeparator());
    for (Penalty p : penalties) {
      s.append("  guard: ").append(p).append(System.lineSeparator());
    }
    sentence.ifPresent(m -> s.append("  sentence: ").append(m).append(System.lineSeparator()));
    return s.toString();
  }

  /** Returns a one-line summary: the score, the pairs, the unmatched words of each side, the guards. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Similarity[%.3f ", score));
    s.append(pairs.isEmpty() ? "no pairs" : pairs.stream().map(AlignedPair::toString).collect(java.util.stream.Collectors.joining(", ")));
    s.append(" | unmatched: ").append(words(unmatchedLeft)).append(" | ").append(words(unmatchedRight));
    penalties.forEach(p -> s.append(" | guard: ").append(p));
    sentence.ifPresent(m -> s.append(" | sentence: ").append(m));
    return s.append(']').toString();
  }

  private static String words(List<String> words) {
    return words.isEmpty() ? "-" : String.join(" ", words);
  }
}
