package org.claimcompare.cluster;

/**
 * Hears how far a long clustering run has come, phase by phase, for example to show a progress bar.
 *
 * <pre>{@code
 * ClusterOptions options = ClusterOptions.standard().withProgress(
 *     (phase, done, total) -> System.err.printf("%s %d/%d%n", phase, done, total));
 * }</pre>
 *
 * <p>Each phase reports {@code done} from 0 up to {@code total}, in the order of {@link Phase}: a
 * call with {@code done == 0} starts a phase, a call with {@code done == total} ends it, and in
 * between a call comes about every 1 % of the phase. Calls never overlap (they may come from
 * worker threads, one at a time) and {@code done} never decreases within a phase. A listener
 * should return quickly; an exception it throws stops the run and reaches the caller.
 */
@FunctionalInterface
public interface ProgressListener {

  /** The phases of a clustering run, in the order they run. */
  enum Phase {
    /** Normalising, weighing and interning the claims' texts; counts texts. */
    COMPILING,
    /** Finding candidate pairs through shared rare words; counts texts. */
    PROPOSING,
    /** Scoring the candidate pairs; counts pairs. */
    SCORING,
    /** Joining clusters along the scored pairs, strongest first; counts pairs at the threshold. */
    LINKING,
    /** Choosing each cluster's representative and scoring its members; counts clusters. */
    REPRESENTING
  }

  /**
   * Reports progress.
   *
   * @param phase the phase under way
   * @param done the units of the phase done so far, from 0 to {@code total}
   * @param total the units the phase has in all
   */
  void progress(Phase phase, long done, long total);

  /**
   * Returns the listener that ignores every report, the default of {@link ClusterOptions}.
   *
   * @return the silent listener
   */
  static ProgressListener none() {
    return SilentProgress.INSTANCE;
  }
}
