package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;

/**
 * Fits a scorer's threshold, and the choice among a few candidate settings (a fusion's weight, say),
 * to a user's own labelled data, and says how well the choice can be expected to do on more of the
 * same data: cross-validated, with the spread over the folds.
 *
 * <p>Pairs ({@link #pairs}): item {@code i} is in fold {@code i % folds}. For each candidate and
 * fold, the threshold that maximises accuracy on the other folds ({@link
 * Thresholds#bestForAccuracy}) is applied to the fold, giving its F1. The candidate with the best
 * mean F1 over the folds wins (ties to the first given); its threshold is then chosen on all pairs.
 *
 * <p>Groups ({@link #groups}): group {@code g} (numbered in order of first appearance) is in fold
 * {@code g % folds}, so no group is split. For each candidate and fold, the clusterer's threshold
 * with the best B³ F1 on the other folds' texts (0.05 to 0.95 by 0.05, going down while B³ F1 does
 * not fall) is applied to the fold's texts, giving its B³ F1. The candidate with the best mean wins;
 * its threshold is then chosen on all texts the same way.
 *
 * <p>The expected measure is the mean over the folds; the spread is their standard deviation.
 * Thread-safe: it keeps no state.
 */
public final class Calibration {
  private Calibration() {}

  /**
   * A calibrated choice, ready to use.
   *
   * @param <T> what was chosen among: a {@link Scorer} for pairs, {@link ClusterOptions} for groups
   * @param candidate the name of the winning candidate
   * @param chosen the winning candidate: for groups, its options at the calibrated threshold; for
   *     pairs, its scorer, a pair matching when its score reaches {@code threshold}
   * @param threshold the threshold chosen on all the data
   * @param measure what was measured: {@code "F1"} for pairs, {@code "B3 F1"} for groups
   * @param mean the measure's mean over the held-out folds
   * @param spread its standard deviation over the folds
   * @param folds the number of folds
   * @param items the number of labelled pairs or texts
   * @param byCandidate every candidate's mean, in the order given
   */
  public record Result<T>(String candidate, T chosen, double threshold, String measure, double mean, double spread,
      int folds, int items, Map<String, Double> byCandidate) {
    /**
     * Copies the map.
     *
     * @param candidate see the record description
     * @param chosen see the record description
     * @param threshold see the record description
     * @param measure see the record description
     * @param mean see the record description
     * @param spread see the record description
     * @param folds see the record description
     * @param items see the record description
     * @param byCandidate see the record description
     */
    public Result {
      checkNotNull(candidate, "candidate");
      checkNotNull(chosen, "chosen");
      checkNotNull(measure, "measure");
      byCandidate = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCandidate));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s at threshold %.3f: %s %.3f ± %.3f over %d folds of %d",
          candidate, threshold, measure, mean, spread, folds, items);
    }
  }

  /**
   * Calibrates on labelled pairs (gold 1 for the same statement, 0 for different ones).
   *
   * @param <S> the kind of scorer
   * @param candidates the scorers to choose among, by name, at least one
   * @param pairs the labelled pairs, at least {@code folds}
   * @param folds the number of folds, at least 2
   * @return the choice
   */
  public static <S extends Scorer> Result<S> pairs(Map<String, S> candidates, List<GoldPair> pairs, int folds) {
    checkNotNull(candidates, "candidates");
    checkNotNull(pairs, "pairs");
    checkArgument(!candidates.isEmpty(), "no candidates to choose among");
    checkArgument(folds >= 2 && folds <= pairs.size(), "folds must be between 2 and the number of pairs (%s): %s", pairs.size(), folds);
    boolean[] gold = new boolean[pairs.size()];
    List<String> texts = new ArrayList<>(2 * pairs.size());
    for (int k = 0; k < pairs.size(); k++) {
      gold[k] = pairs.get(k).gold() >= 0.5;
      texts.add(pairs.get(k).a());
      texts.add(pairs.get(k).b());
    }
    Map<String, Double> means = new LinkedHashMap<>();
    String best = null;
    double[] bestFolds = null;
    double[] bestScores = null;
    for (Map.Entry<String, S> c : candidates.entrySet()) {
      PreparedTexts prepared = c.getValue().adaptedTo(texts).prepare(texts);
      double[] scores = IntStream.range(0, pairs.size()).parallel().mapToDouble(k -> prepared.score(2 * k, 2 * k + 1)).toArray();
      double[] perFold = new double[folds];
      for (int f = 0; f < folds; f++) {
        int fold = f;
        int[] train = IntStream.range(0, scores.length).filter(i -> i % folds != fold).toArray();
        int[] test = IntStream.range(0, scores.length).filter(i -> i % folds == fold).toArray();
        double t = Thresholds.bestForAccuracy(Thresholds.pick(scores, train), Thresholds.pick(gold, train));
        perFold[f] = BinaryCounts.at(t, Thresholds.pick(scores, test), Thresholds.pick(gold, test)).f1();
      }
      double mean = mean(perFold);
      means.put(c.getKey(), mean);
      if (best == null || mean > means.get(best)) {
        best = c.getKey();
        bestFolds = perFold;
        bestScores = scores;
      }
    }
    double threshold = Thresholds.bestForAccuracy(bestScores, gold);
    return new Result<>(best, candidates.get(best), threshold, "F1", means.get(best), sd(bestFolds), folds,
        pairs.size(), means);
  }

  /**
   * Calibrates on texts in gold groups (renderings of one statement share a group).
   *
   * @param candidates the clustering options to choose among, by name, at least one; their
   *     thresholds are replaced
   * @param texts the texts with unique ids and their groups, in at least {@code folds} groups
   * @param folds the number of folds, at least 2
   * @return the choice
   */
  public static Result<ClusterOptions> groups(Map<String, ClusterOptions> candidates, List<GoldText> texts, int folds) {
    checkNotNull(candidates, "candidates");
    checkNotNull(texts, "texts");
    checkArgument(!candidates.isEmpty(), "no candidates to choose among");
    Map<String, Integer> groupOf = new HashMap<>();
    for (GoldText t : texts) {
      groupOf.putIfAbsent(t.group(), groupOf.size());
    }
    checkArgument(folds >= 2 && folds <= groupOf.size(), "folds must be between 2 and the number of groups (%s): %s", groupOf.size(), folds);
    // Each fold's texts, sorted and numbered once for all the candidates.
    List<GoldClustering> trainOf = new ArrayList<>();
    List<GoldClustering> testOf = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<GoldText> train = new ArrayList<>();
      List<GoldText> test = new ArrayList<>();
      for (GoldText t : texts) {
        (groupOf.get(t.group()) % folds == f ? test : train).add(t);
      }
      trainOf.add(new GoldClustering(train));
      testOf.add(new GoldClustering(test));
    }
    Map<String, Double> means = new LinkedHashMap<>();
    String best = null;
    double[] bestFolds = null;
    for (Map.Entry<String, ClusterOptions> c : candidates.entrySet()) {
      double[] perFold = new double[folds];
      for (int f = 0; f < folds; f++) {
        GoldClustering train = trainOf.get(f);
        double t = train.clustererOracle(train.cached(c.getValue())).threshold();
        perFold[f] = testOf.get(f).clusterer(c.getValue(), t).metrics().bCubedF1();
      }
      double mean = mean(perFold);
      means.put(c.getKey(), mean);
      if (best == null || mean > means.get(best)) {
        best = c.getKey();
        bestFolds = perFold;
      }
    }
    GoldClustering all = new GoldClustering(texts);
    double threshold = all.clustererOracle(all.cached(candidates.get(best))).threshold();
    return new Result<>(best, candidates.get(best).withThreshold(threshold), threshold, "B3 F1", means.get(best),
        sd(bestFolds), folds, texts.size(), means);
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static double sd(double[] x) {
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return Math.sqrt(s / (x.length - 1));
  }
}
