package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.cluster.Clusterer;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;

/**
 * Texts with gold groups, in id order as the clusterer takes them, and the clusterings measured
 * against the groups: the library's clusterer at one threshold, and the oracle threshold of the
 * clusterer and of connected components.
 */
final class GoldClustering {
  /** The thresholds swept for the oracle: 0.05 to 0.95 in steps of 0.05. */
  static final double[] SWEEP = IntStream.rangeClosed(1, 19).mapToDouble(k -> k / 20.0).toArray();

  final List<String> texts;
  final int[] gold;
  final int groups;
  private final List<Claim> claims;
  private final Map<String, Integer> index = new HashMap<>();

  GoldClustering(List<GoldText> input) {
    checkArgument(!input.isEmpty(), "no texts to cluster");
    List<GoldText> sorted = new ArrayList<>(input);
    sorted.sort(Comparator.comparing(GoldText::id));
    Map<String, Integer> groupNumbers = new HashMap<>();
    gold = new int[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      GoldText t = sorted.get(i);
      checkArgument(index.put(t.id(), i) == null, "duplicate id: %s", t.id());
      gold[i] = groupNumbers.computeIfAbsent(t.group(), g -> groupNumbers.size());
    }
    groups = groupNumbers.size();
    texts = sorted.stream().map(GoldText::text).toList();
    claims = sorted.stream().map(t -> Claim.of(t.id(), t.text())).toList();
  }

  /**
   * The options with their scorer adapted to these texts and its scores of the candidate pairs
   * kept, so that clustering at many thresholds scores each pair once.
   */
  ClusterOptions cached(ClusterOptions options) {
    Scorer adapted = options.scorer().adaptedTo(texts);
    PreparedTexts prepared = adapted.prepare(texts);
    CandidateScores candidates = CandidateScores.of(prepared, options.candidates());
    return options.withScorer(new CachedScorer(adapted, texts, prepared, candidates));
  }

  /** A clustering at one threshold and its measures. */
  record Point(double threshold, ClusterMetrics metrics) {}

  /** Clusters with the library's clusterer at {@code threshold}. */
  Point clusterer(ClusterOptions options, double threshold) {
    int[] labels = new int[claims.size()];
    for (ClaimCluster c : Clusterer.cluster(claims, options.withThreshold(threshold))) {
      c.claims().forEach(claim -> labels[index.get(claim.id())] = c.number());
    }
    return new Point(threshold, ClusterMetrics.of(labels, gold));
  }

  /**
   * The clusterer at the swept threshold with the best B³ F1, found by going down from the highest
   * threshold while B³ F1 does not fall (so ties go to the lower threshold). This assumes B³ F1 has
   * one peak over the thresholds, as it had for every scorer and data set tried, and it must stop
   * early: below its peak the clusterer merges large clusters and gets slow (with Jaro-Winkler on
   * 1,245 WMT texts, 0.7 s at threshold 0.75 but 270 s at 0.70).
   */
  Point clustererOracle(ClusterOptions options) {
    Point best = clusterer(options, SWEEP[SWEEP.length - 1]);
    for (int k = SWEEP.length - 2; k >= 0; k--) {
      Point p = clusterer(options, SWEEP[k]);
      if (f1(p) < f1(best)) {
        break;
      }
      best = p;
    }
    return best;
  }

  /** Connected components of the candidate pairs at the swept threshold with the best B³ F1. */
  Point componentsOracle(CandidateScores candidates) {
    int[][] labels = ComponentSweep.labels(candidates, SWEEP);
    Point best = null;
    for (int k = 0; k < SWEEP.length; k++) {
      Point p = new Point(SWEEP[k], ClusterMetrics.of(labels[k], gold));
      best = best == null || f1(p) > f1(best) ? p : best;
    }
    return best;
  }

  private static double f1(Point p) {
    return p.metrics().bCubedF1();
  }
}
