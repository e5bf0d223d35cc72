package org.claimcompare.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.eval.Calibration;
import org.claimcompare.eval.DataFormats;
import org.claimcompare.eval.GoldPair;
import org.claimcompare.eval.GoldText;
import org.claimcompare.score.AlignmentScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code calibrate}: fits the threshold (and the semantic fusion) to the user's labelled data. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Fit the threshold, and with --semantic the fusion's lexical weight, to labelled data; write them"
          + " to a file that score, cluster and report read with --calibration.",
      "mrpc: labelled pairs (TSV label, id, id, text, text; label 1 for the same statement); the"
          + " threshold maximises accuracy, and the expected F1 is cross-validated.",
      "groups: TSV group, text; claims: JSON Lines {\"id\", \"text\", \"gold\"}. The clustering"
          + " threshold maximises B³ F1, cross-validated over folds of whole groups.",
      "Prints the choice and the expected measure with its spread over the folds."
    })
final class CalibrateCommand implements Callable<Integer> {
  /** The lexical weights tried with --semantic: 0 (the cosine alone) to 1 (the lexical score alone). */
  static final double[] WEIGHTS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};

  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "FORMAT", description = "The data format: mrpc, groups or claims.")
  String format;

  @Parameters(index = "1", paramLabel = "FILE", description = "The labelled data (UTF-8).")
  Path file;

  @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds (default: 5).")
  int folds = 5;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The calibration file to write.")
  Path out;

  @Mixin SemanticOptions semantic;

  @Override
  public Integer call() {
    semantic.check(main);
    if (!List.of("mrpc", "groups", "claims").contains(format)) {
      throw new BadInputException("unknown format \"" + format + "\": expected mrpc, groups or claims");
    }
    if (folds < 2) {
      throw new BadInputException("--folds must be at least 2: " + folds);
    }
    String text = DataFiles.decode(main, file);
    Map<String, double[]> fusions = new LinkedHashMap<>();
    Calibration.Result<?> result;
    String task;
    try {
      if (format.equals("mrpc")) {
        task = "pairs";
        List<GoldPair> pairs = DataFiles.valid(DataFormats.mrpc(file.toString(), text));
        result = Calibration.pairs(candidates(fusions, AlignmentScorer.standard(), semantic::pairScorer), pairs, folds);
      } else {
        task = "groups";
        List<GoldText> texts = DataFiles.valid(format.equals("groups")
            ? DataFormats.groups(file.toString(), text) : DataFormats.claims(file.toString(), text));
        result = Calibration.groups(candidates(fusions, ClusterOptions.standard(), semantic::clusterOptions), texts, folds);
      }
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file + ": " + e.getMessage());
    }
    double[] fusion = fusions.getOrDefault(result.candidate(), new double[] {1, 0});
    CalibrationFile calibration = new CalibrationFile(task, semantic.semantic, semantic.semantic ? semantic.modelName() : null,
        fusion[0], fusion[1], result.threshold());
    main.write(out, calibration.write(result, file.getFileName().toString()));
    main.err().println("calibrate: " + result);
    return 0;
  }

  /** A fused candidate of a lexical weight and floor. */
  @FunctionalInterface
  private interface Fused<T> {
    T of(double lexicalWeight, double floor);
  }

  /**
   * The candidates: with --semantic, one per lexical weight (recorded in {@code fusions} by name);
   * without, the lexical one.
   */
  private <T> Map<String, T> candidates(Map<String, double[]> fusions, T lexical, Fused<T> fused) {
    Map<String, T> candidates = new LinkedHashMap<>();
    if (!semantic.semantic) {
      candidates.put("lexical", lexical);
      return candidates;
    }
    double floor = semantic.unrelatedCosine();
    for (double w : WEIGHTS) {
      String name = name(w);
      fusions.put(name, new double[] {w, floor});
      candidates.put(name, fused.of(w, floor));
    }
    return candidates;
  }

  private static String name(double weight) {
    return String.format(Locale.ROOT, "semantic, lexical weight %.1f", weight);
  }
}
