package org.claimcompare.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.semantic.OnnxEncoder;
import org.claimcompare.semantic.SemanticScorer;
import org.jspecify.annotations.Nullable;

/** The semantic scorers, loaded once per model; touched only when {@code --semantic} is given. */
final class SemanticSupport {
  static final SemanticSupport INSTANCE = new SemanticSupport();

  private final Map<OnnxEncoder.Model, SemanticScorer> scorers = new ConcurrentHashMap<>();

  private SemanticSupport() {}

  SemanticScorer pairScorer(@Nullable String model) {
    return scorer(model);
  }

  ClusterOptions clusterOptions(@Nullable String model) {
    return scorer(model).clusterOptions();
  }

  private SemanticScorer scorer(@Nullable String model) {
    OnnxEncoder.Model m;
    try {
      m = model == null ? OnnxEncoder.Model.DEFAULT : OnnxEncoder.Model.of(model);
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
