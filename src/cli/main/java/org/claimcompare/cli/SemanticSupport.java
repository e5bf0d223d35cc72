package org.claimcompare.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.semantic.Fusion;
import org.claimcompare.semantic.OnnxEncoder;
import org.claimcompare.semantic.SemanticScorer;
import org.jspecify.annotations.Nullable;

/** The semantic scorers, each model loaded once; touched only when the semantic scorer is asked for. */
final class SemanticSupport {
  static final SemanticSupport INSTANCE = new SemanticSupport();

  private final Map<OnnxEncoder.Model, SemanticScorer> scorers = new ConcurrentHashMap<>();

  private SemanticSupport() {}

  /** The scorer for pairs; {@code fusion} is the lexical weight and floor, or null for the default. */
  SemanticScorer pairScorer(String model, double @Nullable [] fusion) {
    SemanticScorer s = scorer(model);
    return fusion == null ? s : s.withFusion(new Fusion(fusion[0], fusion[1]));
  }

  /** The clustering options; {@code fusion} is the lexical weight and floor, or null for the default. */
  ClusterOptions clusterOptions(String model, double @Nullable [] fusion) {
    SemanticScorer s = scorer(model);
    return fusion == null ? s.clusterOptions() : s.clusterOptions(new Fusion(fusion[0], fusion[1]));
  }

  /** The model's mean cosine of unrelated texts. */
  double unrelatedCosine(String model) {
    return scorer(model).encoder().unrelatedCosine();
  }

  private SemanticScorer scorer(String model) {
    OnnxEncoder.Model m;
    try {
      m = OnnxEncoder.Model.of(model);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--model: " + e.getMessage());
    }
    return scorers.computeIfAbsent(m, k -> {
      try {
        return SemanticScorer.of(OnnxEncoder.load(k));
      } catch (IllegalStateException e) {
        throw new BadInputException("--model: " + e.getMessage());
      }
    });
  }
}
