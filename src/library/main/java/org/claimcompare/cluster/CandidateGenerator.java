package org.claimcompare.cluster;

import java.util.List;
import org.claimcompare.score.PreparedTexts;

/**
 * Proposes the pairs of claims worth scoring. Clustering scores only the proposed pairs, so a
 * generator that blocks (proposes only pairs sharing a rare word, say) makes large inputs
 * tractable without changing the clustering code.
 *
 * <p>A generator must be deterministic: the same word lists give the same pairs. Pairs may be
 * proposed in any order and more than once; {@code i != j} is required. Implementations are
 * immutable and thread-safe. The standard one, {@link #standard()}, compares every pair of a small
 * input and blocks on rare words in a large one.
 */
@FunctionalInterface
public interface CandidateGenerator {

  /**
   * Proposes candidate pairs by index into {@code words}.
   *
   * @param words the terms of each distinct claim text ({@link
   *     org.claimcompare.score.PreparedTexts#terms}: for the standard scorer, the stems of its
   *     normalised words), in the clusterer's order (by the smallest id with that text); claims with
   *     the same normalised words are clustered as one
   * @param sink receives each proposed pair
   */
  void propose(List<List<String>> words, PairSink sink);

  /**
   * Proposes candidate pairs by index into prepared texts: the method the clusterer calls, with one
   * text per distinct word list. By default it proposes on the texts' terms ({@link
   * #propose(List, PairSink)}); a generator that needs more than terms, such as the semantic
   * module's nearest neighbours by sentence vector, overrides it.
   *
   * @param texts the prepared texts, in the clusterer's order
   * @param sink receives each proposed pair
   */
  default void propose(PreparedTexts texts, PairSink sink) {
    propose(new TermLists(texts), sink);
  }

  /**
   * Returns this generator for a clustering at {@code threshold}, which may then propose the pairs
   * that can reach it more exactly: the clusterer calls it with its threshold before proposing. The
   * bounded {@link #sharedRareWords(int, int, int)} generators (the standard one's above 1,000
   * claims among them) keep every candidate whose terms' weighted Dice coefficient reaches the
   * threshold, even beyond their number of partners, and drop those below half of it. The default
   * returns this generator, unchanged.
   *
   * @param threshold the clustering threshold, in [0, 1]
   * @return a generator for that threshold
   * @throws IllegalArgumentException if {@code threshold} is not in [0, 1]
   */
  default CandidateGenerator atThreshold(double threshold) {
    ClusterOptions.checkThreshold(threshold);
    return this;
  }

  /**
   * Returns the standard generator: every pair for up to 1,000 claims, {@link #sharedRareWords()}
   * for more, adapted by the clusterer to its threshold ({@link #atThreshold}). Small inputs are
   * thus clustered exactly, and large ones with a bounded number of pairs per claim (10 to 21 on
   * translated news sentences from 10,000 to 824,000 claims), so that scoring grows linearly. Of the
   * pairs of renderings of one sentence that reach the standard threshold, it proposes 99.8 % at
   * 10,000 claims, 99.7 % at 100,000 and 99.4 % at 824,000 (WMT renderings; see {@code
   * docs/benchmarks.md}); the clusterer still scores every pair across two clusters it compares,
   * proposed or not. To move the switch, write a lambda (a lambda is not adapted to the threshold,
   * so adapt the blocking inside it):
   *
   * <pre>{@code
   * CandidateGenerator blocking = CandidateGenerator.sharedRareWords().atThreshold(0.4);
   * CandidateGenerator upTo5000 = (words, sink) -> (words.size() <= 5000
   *     ? CandidateGenerator.allPairs() : blocking).propose(words, sink);
   * }</pre>
   *
   * @return the standard generator
   */
  static CandidateGenerator standard() {
    return AllPairsUpTo.STANDARD;
  }

  /**
   * Returns the generator that proposes every pair: exact, and quadratic in the number of claims.
   *
   * @return the all-pairs generator
   */
  static CandidateGenerator allPairs() {
    return AllPairs.INSTANCE;
  }

  /**
   * Returns the bounded blocking generator with its measured settings: 20 keys per claim, terms in
   * at most 1,000 claims, 32 partners kept per claim. See {@link #sharedRareWords(int, int, int)};
   * {@code docs/benchmarks.md} has its recall and cost at 10,000 to 824,000 claims.
   *
   * @return the blocking generator
   */
  static CandidateGenerator sharedRareWords() {
    return SharedRareWords.STANDARD;
  }

  /**
   * Returns a blocking generator that proposes a pair when the rarest words of one claim include a
   * word of the other.
   *
   * <p>A word form's frequency is the number of claims whose word list contains it; forms in one
   * claim only, or in more than {@code maxClaimsPerWord} claims, are never keys. Each claim's keys
   * are its {@code wordsPerClaim} rarest remaining forms (ties: string order), filled up with its
   * rarest pairs of forms when it has fewer: pairs of adjacent forms, and each two of its six rarest
   * forms in more than {@code maxClaimsPerWord} claims, whose pair may be rare though each is common
   * (a pair's frequency is the number of claims with that pair). A pair is proposed when a key of
   * either claim occurs in the other, or when the two word lists are equal. At most {@code 2 n wordsPerClaim
   * maxClaimsPerWord} pairs are proposed for n claims, plus the pairs of equal word lists. For
   * example, among
   *
   * <pre>{@code
   * [the, army, will, not, stop]    [the, army, will, stop, now]    [the, talks, will, not, stop]
   * }</pre>
   *
   * <p>with one key per claim and at most two claims per word, "the", "will" and "stop" are in all
   * three claims and never keys. The keys are "army" for the first claim ("army" and "not" are
   * equally rare; "army" comes first), "army" for the second and "not" for the third. The proposals
   * are {@code (0, 1)}, which share "army", and {@code (0, 2)}, since the third claim's key "not"
   * occurs in the first; {@code (1, 2)} share only common words and are not proposed.
   *
   * @param wordsPerClaim how many of its rarest forms key each claim, at least 1
   * @param maxClaimsPerWord forms in more claims than this are never keys, at least 2
   * @return the blocking generator
   * @throws IllegalArgumentException if a parameter is out of range
   */
  static CandidateGenerator sharedRareWords(int wordsPerClaim, int maxClaimsPerWord) {
    return new SharedRareWords(wordsPerClaim, maxClaimsPerWord);
  }

  /**
   * Returns a blocking generator as {@link #sharedRareWords(int, int)} that keeps, of the pairs
   * each claim's keys find, only the {@code partnersPerClaim} most alike, plus the claims with the
   * same word list. Alike is measured twice: the candidates are first ranked by the weight of the
   * indexable words they share (the weighted Dice coefficient of those words, each weighing {@code
   * ln(n / df)} for a word in {@code df} of the n claims), and the best six per place are ranked
   * again by the weighted Dice coefficient of all their words; ties to the lower hash of the word
   * list, then the first found. A pair is proposed if either claim keeps it, so at most {@code n
   * partnersPerClaim} pairs are proposed besides equal word lists, however common the keys. At a
   * clustering threshold ({@link #atThreshold}) the second Dice coefficient also keeps every
   * shortlisted candidate that reaches the threshold and drops those below half of it, so at most
   * {@code 6 n partnersPerClaim}. The pairs are proposed once each, as {@code (i, j)} with {@code i
   * < j}, in increasing order.
   *
   * @param wordsPerClaim how many of its rarest forms key each claim, at least 1
   * @param maxClaimsPerWord forms in more claims than this are never keys, at least 2
   * @param partnersPerClaim how many pairs each claim keeps, at least 1
   * @return the blocking generator
   * @throws IllegalArgumentException if a parameter is out of range
   */
  static CandidateGenerator sharedRareWords(int wordsPerClaim, int maxClaimsPerWord, int partnersPerClaim) {
    return new SharedRareWords(wordsPerClaim, maxClaimsPerWord, partnersPerClaim);
  }

  /** Receives candidate pairs. */
  @FunctionalInterface
  interface PairSink {
    /**
     * Accepts one candidate pair.
     *
     * @param i the index of one claim
     * @param j the index of the other claim, not {@code i}
     */
    void accept(int i, int j);
  }
}
