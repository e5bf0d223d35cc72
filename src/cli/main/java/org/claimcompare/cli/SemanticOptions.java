package org.claimcompare.cli;

import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.Scorer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --semantic} and {@code --model}: the semantic scorer instead of the lexical one. It lives in
 * {@code claimcompare-semantic-cli.jar}; the small jar says so when asked for it. Only {@link
 * SemanticSupport} touches the semantic module's classes, so this class loads without them.
 */
final class SemanticOptions {
  /** The class whose presence says that the semantic module is on the class path. */
  private static final String PROBE = "org.claimcompare.semantic.SemanticScorer";

  @Option(names = "--semantic",
      description = "Fuse the lexical score with sentence embeddings (an English model run in process;"
          + " needs claimcompare-semantic-cli.jar).")
  boolean semantic;

  @Option(names = "--model", paramLabel = "NAME",
      description = "With --semantic: the embedding model, all-minilm-l6-v2-q (the default, in the jar) or"
          + " another whose jar is on the class path: all-minilm-l6-v2, bge-small-en-v15(-q), e5-small-v2-q.")
  @Nullable String model;

  /** The scorer for pairs: the library's standard scorer, or the semantic one. */
  Scorer pairScorer() {
    return semantic ? support().pairScorer(model) : AlignmentScorer.standard();
  }

  /** The clustering options at a threshold, or at the scorer's default threshold when none is given. */
  ClusterOptions clusterOptions(@Nullable Double threshold) {
    if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
      throw new BadInputException("--threshold must be in [0, 1]: " + threshold);
    }
    ClusterOptions options = semantic ? support().clusterOptions(model) : ClusterOptions.standard();
    return threshold == null ? options : options.withThreshold(threshold);
  }

  private SemanticSupport support() {
    try {
      Class.forName(PROBE, false, SemanticOptions.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new BadInputException("--semantic needs the semantic scorer, which this jar does not hold: run"
          + " target/claimcompare-semantic-cli.jar (mvn package writes it)");
    }
    return SemanticSupport.INSTANCE;
  }

  /** Rejects --model without --semantic. */
  void check() {
    if (model != null && !semantic) {
      throw new BadInputException("--model applies with --semantic only");
    }
  }
}
