package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.cluster.Clusterer;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;

/**
 * The evaluation protocols, each giving one table with a row per scorer. Every scorer is first
 * adapted to all the texts of the data set ({@link Scorer#adaptedTo}), which is where TF-IDF takes
 * its IDF; then the texts are prepared once and pairs are scored in parallel, each score into its
 * own slot, so results do not depend on scheduling.
 *
 * <ul>
 *   <li>{@link #classification(Map, List, int)}: paraphrase labels (MRPC); a threshold maximising
 *       accuracy is chosen on the other folds and applied to each fold; accuracy and F1 of the
 *       positive class over all held-out decisions.
 *   <li>{@link #classification(Map, List, List)}: the same with the threshold chosen on a training
 *       set.
 *   <li>{@link #correlation}: graded similarity (STS-B); Pearson and Spearman correlation.
 *   <li>{@link #clustering}: gold groups; B³, pairwise and adjusted Rand measures of the clusters.
 * </ul>
 *
 * <p>Thread-safe: it keeps no state.
 */
public final class Evaluation {
  private Evaluation() {}

  /**
   * Returns the scores of the pairs, by {@code scorer} adapted to all their texts.
   *
   * @param scorer the scorer
   * @param pairs the pairs
   * @return each pair's score, in pair order
   */
  public static double[] scores(Scorer scorer, List<GoldPair> pairs) {
    checkNotNull(scorer, "scorer");
    checkNotNull(pairs, "pairs");
    return score(scorer.adaptedTo(texts(pairs)), pairs);
  }

  /**
   * Cross-validates a paraphrase threshold for each scorer: pair i is in fold {@code i % folds};
   * see {@link Thresholds#crossValidate}. Columns: accuracy, F1, precision and recall of the
   * positive class in percent over all held-out pairs, and the mean of the folds' thresholds.
   *
   * @param scorers the scorers by row name, in row order
   * @param pairs the pairs, gold 1 (paraphrase) or 0
   * @param folds the number of folds, from 2 to the number of pairs
   * @return the table
   */
  public static ResultTable classification(Map<String, Scorer> scorers, List<GoldPair> pairs, int folds) {
    boolean[] gold = labels(pairs);
    checkArgument(folds >= 2 && folds <= pairs.size(),
        "folds must be between 2 and the number of pairs (%s): %s", pairs.size(), folds);
    List<List<String>> rows = new ArrayList<>();
    ImmutableMap.copyOf(checkNotNull(scorers, "scorers")).forEach((name, scorer) -> {
      CrossValidation cv = Thresholds.crossValidate(scores(scorer, pairs), gold, folds);
      rows.add(classificationRow(name, cv.counts(), cv.meanThreshold()));
    });
    String caption = String.format(Locale.ROOT,
        "%d pairs (%.1f %% positive); %d-fold cross-validation, pair i in fold i mod %d; per fold, the"
            + " threshold with the best accuracy on the other folds (lowest if tied); figures in %% over"
            + " all held-out pairs, threshold the mean over folds",
        pairs.size(), 100.0 * positives(gold) / gold.length, folds, folds);
    return new ResultTable(caption, 1, CLASSIFICATION_HEADER, rows);
  }

  /**
   * Chooses each scorer's paraphrase threshold on {@code train} (best accuracy, lowest if tied) and
   * applies it to {@code test}. Each scorer is adapted to the texts of both sets. Columns as in
   * {@link #classification(Map, List, int)}, with the chosen threshold.
   *
   * @param scorers the scorers by row name, in row order
   * @param train the pairs to choose thresholds on, gold 1 or 0
   * @param test the pairs to measure, gold 1 or 0
   * @return the table
   */
  public static ResultTable classification(Map<String, Scorer> scorers, List<GoldPair> train, List<GoldPair> test) {
    boolean[] trainGold = labels(train);
    boolean[] testGold = labels(test);
    List<String> corpus = new ArrayList<>(texts(train));
    corpus.addAll(texts(test));
    List<List<String>> rows = new ArrayList<>();
    ImmutableMap.copyOf(checkNotNull(scorers, "scorers")).forEach((name, scorer) -> {
      Scorer adapted = scorer.adaptedTo(corpus);
      double t = Thresholds.bestForAccuracy(score(adapted, train), trainGold);
      rows.add(classificationRow(name, BinaryCounts.at(t, score(adapted, test), testGold), t));
    });
    String caption = String.format(Locale.ROOT,
        "%d test pairs (%.1f %% positive); threshold with the best accuracy on %d training pairs (lowest"
            + " if tied); figures in %%",
        test.size(), 100.0 * positives(testGold) / testGold.length, train.size());
    return new ResultTable(caption, 1, CLASSIFICATION_HEADER, rows);
  }

  private static final List<String> CLASSIFICATION_HEADER =
      List.of("scorer", "accuracy", "F1", "precision", "recall", "threshold");

  private static List<String> classificationRow(String name, BinaryCounts counts, double threshold) {
    return List.of(name, percent(counts.accuracy()), percent(counts.f1()), percent(counts.precision()),
        percent(counts.recall()), decimal(threshold));
  }

  /**
   * Correlates each scorer's scores with graded gold values. Columns: Pearson and Spearman, three
   * decimals ("undefined" where a series is constant).
   *
   * @param scorers the scorers by row name, in row order
   * @param pairs the pairs with graded gold values, at least two
   * @return the table
   */
  public static ResultTable correlation(Map<String, Scorer> scorers, List<GoldPair> pairs) {
    checkNotNull(pairs, "pairs");
    checkArgument(pairs.size() >= 2, "a correlation needs at least two pairs: %s", pairs.size());
    double[] gold = pairs.stream().mapToDouble(GoldPair::gold).toArray();
    List<List<String>> rows = new ArrayList<>();
    ImmutableMap.copyOf(checkNotNull(scorers, "scorers")).forEach((name, scorer) -> {
      Correlation r = Correlation.of(scores(scorer, pairs), gold);
      rows.add(List.of(name, decimal(r.pearson()), decimal(r.spearman())));
    });
    String caption = pairs.size() + " pairs; correlation between score and gold";
    return new ResultTable(caption, 1, List.of("scorer", "Pearson", "Spearman"), rows);
  }

  /**
   * Clusters the texts with each scorer and measures the clusters against the gold groups.
   *
   * <p>Texts are taken in id order, as the clusterer takes them. For each scorer the candidate
   * pairs of {@code options.candidates()} are scored once, and every clustering reuses those scores.
   * Rows, per scorer, for the methods asked for:
   *
   * <ul>
   *   <li>{@code clusterer} at {@code options.threshold()}, for the scorers named in {@code
   *       atThreshold}: the library's {@link Clusterer} (average linkage with a complete-linkage
   *       floor), as {@link ClusteringMethod#CLUSTERER};
   *   <li>{@code clusterer} at the oracle threshold: the threshold from 0.05 to 0.95 in steps of 0.05
   *       with the best B³ F1 (lowest if tied), which a real user cannot know; it shows what the
   *       scorer could do on this data, whatever its scale. The thresholds are tried from 0.95 down
   *       while B³ F1 does not fall, since below its peak the clusterer gets slow;
   *   <li>{@code components} at its oracle threshold: connected components of the candidate pairs
   *       scoring at or above the threshold (single link), the usual baseline clustering.
   * </ul>
   *
   * @param scorers the scorers by row name, in row order
   * @param texts the texts with unique ids and their gold groups, at least one
   * @param options the threshold and candidate generator; its scorer is replaced by each of {@code
   *     scorers}
   * @param atThreshold the names of the scorers that also get a {@code clusterer} row at {@code
   *     options.threshold()}
   * @param methods the clustering methods to measure, at least one
   * @return the table
   */
  public static ResultTable clustering(Map<String, Scorer> scorers, List<GoldText> texts, ClusterOptions options,
      Set<String> atThreshold, Set<ClusteringMethod> methods) {
    checkNotNull(options, "options");
    ImmutableSet<String> fixed = ImmutableSet.copyOf(checkNotNull(atThreshold, "atThreshold"));
    ImmutableSet<ClusteringMethod> asked = ImmutableSet.copyOf(checkNotNull(methods, "methods"));
    checkArgument(!asked.isEmpty(), "no clustering method");
    GoldClustering data = new GoldClustering(checkNotNull(texts, "texts"));
    List<List<String>> rows = new ArrayList<>();
    ImmutableMap.copyOf(checkNotNull(scorers, "scorers")).forEach((name, scorer) ->
        rows.addAll(clusteringRows(name, scorer, data, options, fixed.contains(name), asked)));
    boolean clusterer = asked.contains(ClusteringMethod.CLUSTERER);
    String caption = String.format(Locale.ROOT, "%d texts in %d gold groups; candidate pairs: %s; %s%soracle = the"
            + " threshold in 0.05..0.95 (step 0.05) with the best B³ F1 on this data, lowest if tied%s",
        data.texts.size(), data.groups, options.candidates(),
        clusterer ? "clusterer = the library's clustering (average linkage with a floor); " : "",
        asked.contains(ClusteringMethod.COMPONENTS) ? "components = connected components (single link); " : "",
        clusterer ? " (for the clusterer, going down from 0.95 until B³ F1 falls)" : "");
    return new ResultTable(caption, 3, List.of("scorer", "clustering", "threshold", "B³ P", "B³ R", "B³ F1",
        "pair P", "pair R", "pair F1", "ARI", "clusters"), rows);
  }

  /** One scorer's rows: scores its candidate pairs once, then clusters at each threshold asked for. */
  private static List<List<String>> clusteringRows(String name, Scorer scorer, GoldClustering data,
      ClusterOptions options, boolean atThreshold, Set<ClusteringMethod> methods) {
    Scorer adapted = scorer.adaptedTo(data.texts);
    PreparedTexts prepared = adapted.prepare(data.texts);
    CandidateScores candidates = CandidateScores.of(prepared, options.candidates());
    ClusterOptions cached = options.withScorer(new CachedScorer(adapted, data.texts, prepared, candidates));
    List<List<String>> rows = new ArrayList<>();
    if (methods.contains(ClusteringMethod.CLUSTERER)) {
      if (atThreshold) {
        double t = options.threshold();
        String kind = t == ClusterOptions.DEFAULT_THRESHOLD ? " (default)" : " (given)";
        rows.add(clusteringRow(name, ClusteringMethod.CLUSTERER, kind, data.clusterer(cached, t)));
      }
      rows.add(clusteringRow(name, ClusteringMethod.CLUSTERER, " (oracle)", data.clustererOracle(cached)));
    }
    if (methods.contains(ClusteringMethod.COMPONENTS)) {
      rows.add(clusteringRow(name, ClusteringMethod.COMPONENTS, " (oracle)", data.componentsOracle(candidates)));
    }
    return rows;
  }

  private static List<String> clusteringRow(
      String name, ClusteringMethod method, String kind, GoldClustering.Point p) {
    ClusterMetrics m = p.metrics();
    return List.of(name, method.label(), threshold(p.threshold()) + kind,
        decimal(m.bCubedPrecision()), decimal(m.bCubedRecall()), decimal(m.bCubedF1()),
        decimal(m.pairPrecision()), decimal(m.pairRecall()), decimal(m.pairF1()),
        decimal(m.adjustedRand()), Integer.toString(m.clusters()));
  }

  private static List<String> texts(List<GoldPair> pairs) {
    List<String> texts = new ArrayList<>(2 * pairs.size());
    for (GoldPair p : pairs) {
      texts.add(p.a());
      texts.add(p.b());
    }
    return texts;
  }

  /** Scores pair k as texts 2k and 2k + 1 of one preparation. */
  private static double[] score(Scorer adapted, List<GoldPair> pairs) {
    PreparedTexts prepared = adapted.prepare(texts(pairs));
    double[] scores = new double[pairs.size()];
    IntStream.range(0, scores.length).parallel().forEach(k -> scores[k] = prepared.score(2 * k, 2 * k + 1));
    return scores;
  }

  private static boolean[] labels(List<GoldPair> pairs) {
    checkNotNull(pairs, "pairs");
    checkArgument(!pairs.isEmpty(), "no pairs");
    boolean[] gold = new boolean[pairs.size()];
    for (int i = 0; i < gold.length; i++) {
      double g = pairs.get(i).gold();
      checkArgument(g == 0 || g == 1, "gold labels must be 0 or 1, pair %s has %s", (Integer) i, (Double) g);
      gold[i] = g == 1;
    }
    return gold;
  }

  private static long positives(boolean[] gold) {
    return IntStream.range(0, gold.length).filter(i -> gold[i]).count();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f", 100 * share);
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** A threshold with two decimals, or more when it has them: 0.50, 0.625. */
  private static String threshold(double t) {
    BigDecimal d = BigDecimal.valueOf(t).stripTrailingZeros();
    return (d.scale() < 2 ? d.setScale(2) : d).toPlainString();
  }

  private static String decimal(OptionalDouble value) {
    return value.isPresent() ? decimal(value.getAsDouble()) : "undefined";
  }
}
