package org.claimcompare.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.Scorer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --semantic}, {@code --model} and {@code --calibration}: which scorer, fusion and threshold a
 * command uses. The semantic scorer lives in {@code claimcompare-semantic-cli.jar}; the small jar says
 * so when asked for it. Only {@link SemanticSupport} touches the semantic module's classes, so this
 * class loads without them.
 */
final class SemanticOptions {
  /** The class whose presence says that the semantic module is on the class path. */
  private static final String PROBE = "org.claimcompare.semantic.SemanticScorer";
  static final String DEFAULT_MODEL = "e5-small-v2-q";

  @Option(names = "--semantic",
      description = "Fuse the lexical score with sentence embeddings (an English model run in process;"
          + " needs claimcompare-semantic-cli.jar).")
  boolean semantic;

  @Option(names = "--model", paramLabel = "NAME",
      description = "With --semantic: the embedding model, e5-small-v2-q (the default) or all-minilm-l6-v2-q"
          + " (three times faster), both in the jar, or another whose jar is on the class path: all-minilm-l6-v2,"
          + " bge-small-en-v15(-q).")
  @Nullable String model;

  @Option(names = "--calibration", paramLabel = "FILE",
      description = "Use the scorer, fusion and threshold that calibrate wrote to FILE.")
  @Nullable Path calibrationPath;

  private @Nullable CalibrationFile calibration;

  /** Rejects contradicting options, and reads the calibration file if one is given. */
  void check(Main main) {
    if (calibrationPath != null) {
      if (semantic || model != null) {
        throw new BadInputException("--calibration names the scorer itself: leave out --semantic and --model");
      }
      calibration = CalibrationFile.read(main, calibrationPath);
      semantic = calibration.semantic();
      model = calibration.model();
    }
    if (model != null && !semantic) {
      throw new BadInputException("--model applies with --semantic only");
    }
  }

  /** The model's name, the default if none was given. */
  String modelName() {
    return model == null ? DEFAULT_MODEL : model;
  }

  /** The scorer for pairs: the library's standard scorer, the semantic one, or the calibrated one. */
  Scorer pairScorer() {
    if (calibration != null && calibration.semantic()) {
      return pairScorer(calibration.lexicalWeight(), calibration.floor());
    }
    return semantic ? support().pairScorer(modelName(), null) : AlignmentScorer.standard();
  }

  /** The semantic scorer for pairs with a fusion. */
  Scorer pairScorer(double lexicalWeight, double floor) {
    return support().pairScorer(modelName(), new double[] {lexicalWeight, floor});
  }

  /** The threshold above which a pair matches, if a calibration for pairs gives one. */
  Optional<Double> matchThreshold() {
    return calibration != null && calibration.task().equals("pairs") ? Optional.of(calibration.threshold()) : Optional.empty();
  }

  /**
   * The clustering options at a threshold, or at the calibrated threshold, or at the scorer's default
   * threshold when none is given.
   */
  ClusterOptions clusterOptions(@Nullable Double threshold) {
    if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
      throw new BadInputException("--threshold must be in [0, 1]: " + threshold);
    }
    if (threshold != null && calibration != null) {
      throw new BadInputException("--threshold and --calibration exclude each other: the calibration has a threshold");
    }
    ClusterOptions options;
    if (calibration != null) {
      options = calibration.semantic() ? clusterOptions(calibration.lexicalWeight(), calibration.floor())
          : ClusterOptions.standard();
      return options.withThreshold(calibration.threshold());
    }
    options = semantic ? support().clusterOptions(modelName(), null) : ClusterOptions.standard();
    return threshold == null ? options : options.withThreshold(threshold);
  }

  /** The model's mean cosine of unrelated texts: the floor {@code calibrate} keeps. */
  double unrelatedCosine() {
    return support().unrelatedCosine(modelName());
  }

  /** The semantic clustering options with a fusion. */
  ClusterOptions clusterOptions(double lexicalWeight, double floor) {
    return support().clusterOptions(modelName(), new double[] {lexicalWeight, floor});
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
}
