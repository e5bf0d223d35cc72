package org.claimcompare.cluster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CheckReturnValue;
import java.util.Locale;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.Scorer;

/**
 * How claims are clustered: the score threshold, the scorer and the candidate generator.
 *
 * <pre>{@code
 * ClusterOptions.standard().withThreshold(0.6).threshold()   // 0.6
 * ClusterOptions.standard().candidates() == CandidateGenerator.standard()   // true
 * ClusterOptions.standard().withCandidates(CandidateGenerator.allPairs())   // exact at any size
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ClusterOptions {
  /**
   * The default threshold: two claims whose score reaches it may share a cluster. Calibrated on
   * the whole WMT development renderings (de, cs, zh, uk into English): of the thresholds 0.35 to
   * 0.45 (MRPC's paraphrase threshold for the same scorer, 0.455, give or take 0.1) on a grid of
   * 0.025, the one whose worst set has the best B³ F1; see {@code docs/evaluation.md}.
   */
  public static final double DEFAULT_THRESHOLD = 0.4;

  private static final ClusterOptions STANDARD =
      new ClusterOptions(DEFAULT_THRESHOLD, AlignmentScorer.clustering(), CandidateGenerator.standard(),
          ProgressListener.none(), false, 1);

  private final double threshold;
  private final Scorer scorer;
  private final CandidateGenerator candidates;
  private final ProgressListener progress;
  private final boolean linksFragments;
  private final int minimumWords;

  private ClusterOptions(double threshold, Scorer scorer, CandidateGenerator candidates,
      ProgressListener progress, boolean linksFragments, int minimumWords) {
    this.threshold = threshold;
    this.scorer = scorer;
    this.candidates = candidates;
    this.progress = progress;
    this.linksFragments = linksFragments;
    this.minimumWords = minimumWords;
  }

  /**
   * Returns the standard options: threshold {@value #DEFAULT_THRESHOLD}, the scorer {@link
   * AlignmentScorer#clustering()} (the standard scorer, with rarity weights capped for clustering), and
   * {@link CandidateGenerator#standard()} as candidates: every pair for up to 1,000 claims, pairs
   * sharing a rare word for more, so that time grows about linearly with large inputs.
   *
   * @return the standard options
   */
  public static ClusterOptions standard() {
    return STANDARD;
  }

  /**
   * Returns the score threshold.
   *
   * @return the threshold in [0, 1]
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Returns the scorer.
   *
   * @return the scorer
   */
  public Scorer scorer() {
    return scorer;
  }

  /**
   * Returns the candidate generator.
   *
   * @return the candidate generator
   */
  public CandidateGenerator candidates() {
    return candidates;
  }

  /**
   * Returns the listener that hears how far a run has come; {@link ProgressListener#none()} by
   * default.
   *
   * @return the progress listener
   */
  public ProgressListener progress() {
    return progress;
  }

  /**
   * Returns options that report progress to {@code listener}. The listener does not change the
   * clusters.
   *
   * @param listener the listener, for example a progress bar
   * @return the new options
   */
  @CheckReturnValue
  public ClusterOptions withProgress(ProgressListener listener) {
    return new ClusterOptions(threshold, scorer, candidates, checkNotNull(listener, "listener"), linksFragments, minimumWords);
  }

  /**
   * Returns whether claims of kind {@link org.claimcompare.ClaimKind#FRAGMENT} (scare quotes such
   * as “junta”) are linked to other claims; by default they are not, and each is a cluster of its
   * own.
   *
   * @return false in the standard options
   */
  public boolean linksFragments() {
    return linksFragments;
  }

  /**
   * Returns options that link fragments to other claims like any claim, or not.
   *
   * @param link whether fragments are clustered with other claims
   * @return the new options
   */
  @CheckReturnValue
  public ClusterOptions withFragments(boolean link) {
    return new ClusterOptions(threshold, scorer, candidates, progress, link, minimumWords);
  }

  /**
   * Returns the fewest words a claim needs to be linked to others; a claim with fewer (a run of
   * letters and digits is a word) is a cluster of its own, as a fragment is.
   *
   * @return 1 in the standard options: every claim with a word is linked
   */
  public int minimumWords() {
    return minimumWords;
  }

  /**
   * Returns options that keep claims of fewer than {@code minimumWords} words apart, each a
   * cluster of its own, whatever their kind: for claims read from elsewhere, which carry no kind.
   *
   * @param minimumWords the fewest words a linked claim has, at least 1
   * @return the new options
   * @throws IllegalArgumentException if {@code minimumWords} is less than 1
   */
  @CheckReturnValue
  public ClusterOptions withMinimumWords(int minimumWords) {
    checkArgument(minimumWords >= 1, "minimumWords must be at least 1: %s", minimumWords);
    return new ClusterOptions(threshold, scorer, candidates, progress, linksFragments, minimumWords);
  }

  /**
   * Returns options with another threshold.
   *
   * @param threshold the threshold in [0, 1]
   * @return the new options
   */
  @CheckReturnValue
  public ClusterOptions withThreshold(double threshold) {
    checkThreshold(threshold);
    return new ClusterOptions(threshold, scorer, candidates, progress, linksFragments, minimumWords);
  }

  /** Rejects a clustering threshold outside [0, 1], NaN included, naming it. */
  static void checkThreshold(double threshold) {
    checkArgument(threshold >= 0 && threshold <= 1, "threshold must be in [0, 1]: %s", threshold);
  }

  /**
   * Returns options with another scorer.
   *
   * @param scorer the scorer
   * @return the new options
   */
  @CheckReturnValue
  public ClusterOptions withScorer(Scorer scorer) {
    return new ClusterOptions(threshold, checkNotNull(scorer, "scorer"), candidates, progress, linksFragments, minimumWords);
  }

  /**
   * Returns options with another candidate generator.
   *
   * @param candidates the generator
   * @return the new options
   */
  @CheckReturnValue
  public ClusterOptions withCandidates(CandidateGenerator candidates) {
    return new ClusterOptions(threshold, scorer, checkNotNull(candidates, "candidates"), progress, linksFragments, minimumWords);
  }

  /**
   * Returns the options as {@code ClusterOptions[threshold=0.4, AlignmentScorer[…], candidates=all
   * pairs up to 1000 claims, then shared rare words[20 per claim, at most 1000 claims per word, 32
   * partners per claim]]}; the
   * generators of {@link CandidateGenerator} show their settings, any other shows as {@code custom}.
   */
  @Override
  public String toString() {
    boolean named = candidates instanceof AllPairs
        || candidates instanceof SharedRareWords
        || candidates instanceof AllPairsUpTo;
    String generator = named ? candidates.toString() : "custom";
    return String.format(Locale.ROOT, "ClusterOptions[threshold=%s, %s, candidates=%s%s%s]", threshold,
        scorer, generator, linksFragments ? ", fragments linked" : "",
        minimumWords > 1 ? ", at least " + minimumWords + " words" : "");
  }
}
