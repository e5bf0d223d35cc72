package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Locale;
import java.util.Set;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.score.Scorer;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final Map<String, Scorer> SCORERS = scorers();

  private static Map<String, Scorer> scorers() {
    Map<String, Scorer> scorers = new LinkedHashMap<>();
    scorers.put("claimcompare", ClusterOptions.standard().scorer());
    scorers.put("jaccard", Baselines.wordJaccard());
    return scorers;
  }

  @Test
  void crossValidatesAParaphraseThresholdPerScorer() {
    ResultTable t = Evaluation.classification(SCORERS, Fixtures.PARAPHRASES, 5);

    assertThat(t.header()).containsExactly("scorer", "accuracy", "F1", "precision", "recall", "threshold");
    assertThat(t.rows()).extracting(r -> r.get(0)).containsExactly("claimcompare", "jaccard");
    // paraphrases share most words, the others none: every held-out pair is decided right
    assertThat(t.rows().get(1).subList(1, 5)).containsExactly("100.0", "100.0", "100.0", "100.0");
    assertThat(t.caption()).startsWith("10 pairs (50.0 % positive); 5-fold cross-validation, pair i in fold i mod 5");
  }

  @Test
  void choosesTheThresholdOnTrainingPairs() {
    List<GoldPair> train = Fixtures.PARAPHRASES.subList(0, 6);
    List<GoldPair> test = Fixtures.PARAPHRASES.subList(6, 10);

    ResultTable t = Evaluation.classification(Map.of("jaccard", Baselines.wordJaccard()), train, test);

    // training scores: 5/6, 3/4, 5/9 (yes yes yes), 0 0 (no no), 5/6 (yes); the best cut lies
    // between 0 and 5/9: threshold 5/18 = 0.278. Test pairs: 0 4/5 0 0 (no yes no no): all right
    assertThat(t.rows()).singleElement().isEqualTo(List.of("jaccard", "100.0", "100.0", "100.0", "100.0", "0.278"));
    assertThat(t.caption())
        .startsWith("4 test pairs (25.0 % positive); threshold with the best accuracy on 6 training pairs");
  }

  @Test
  void rejectsGoldThatIsNotALabel() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Evaluation.classification(SCORERS, Fixtures.GRADED, 2))
        .withMessage("gold labels must be 0 or 1, pair 2 has 2.0");
  }

  @Test
  void correlatesScoresWithGradedGold() {
    ResultTable t = Evaluation.correlation(Map.of("jaccard", Baselines.wordJaccard()), Fixtures.GRADED);

    // Jaccard 0, 1/7, 1/3, 3/5, 1 against 0 1 2 4 5: the same order, Spearman 1
    assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.get(2)).isEqualTo("1.000"));
    assertThat(t.header()).containsExactly("scorer", "Pearson", "Spearman");
    assertThat(t.caption()).isEqualTo("5 pairs; correlation between score and gold");
  }

  @Test
  void adaptsEachScorerToAllTheTextsOfTheData() {
    List<String> texts = new ArrayList<>();
    Fixtures.PARAPHRASES.forEach(p -> {
      texts.add(p.a());
      texts.add(p.b());
    });
    Scorer adapted = Baselines.tfIdfCosine().adaptedTo(texts);

    double[] scores = Evaluation.scores(Baselines.tfIdfCosine(), Fixtures.PARAPHRASES);

    for (int i = 0; i < scores.length; i++) {
      assertThat(scores[i]).isEqualTo(adapted.score(Fixtures.PARAPHRASES.get(i).a(), Fixtures.PARAPHRASES.get(i).b()));
    }
  }

  @Test
  void clustersWithEachScorerAtTheThresholdAndTheOracle() {
    ResultTable t = Evaluation.clustering(SCORERS, Fixtures.GROUPS, ClusterOptions.standard(),
        Set.of("claimcompare"), EnumSet.allOf(ClusteringMethod.class));

    assertThat(t.rows()).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)).containsExactly(
        String.format(Locale.ROOT, "claimcompare clusterer %.2f (default)", ClusterOptions.DEFAULT_THRESHOLD),
        "claimcompare clusterer " + t.rows().get(1).get(2),
        "claimcompare components " + t.rows().get(2).get(2),
        "jaccard clusterer " + t.rows().get(3).get(2),
        "jaccard components " + t.rows().get(4).get(2));
    assertThat(t.rows().subList(1, 5)).allSatisfy(r -> assertThat(r.get(2)).endsWith(" (oracle)"));
    // the renderings of each statement are close and the statements far apart: all perfect
    assertThat(t.rows()).allSatisfy(r -> assertThat(r.subList(3, 11))
        .containsExactly("1.000", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000", "4"));
    assertThat(t.caption()).startsWith("8 texts in 4 gold groups; candidate pairs: all pairs up to 1000 claims, then shared rare words[20 per claim, at most 1000 claims per word, 32 partners per claim];");
  }

  @Test
  void addsAGivenThresholdRowForTheNamedScorersAndOnlyTheMethodsAskedFor() {
    ResultTable t = Evaluation.clustering(SCORERS, Fixtures.GROUPS, ClusterOptions.standard().withThreshold(0.625),
        SCORERS.keySet(), EnumSet.of(ClusteringMethod.CLUSTERER));

    assertThat(t.rows())
        .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2).replaceAll("0\\.\\d+ \\(oracle\\)", "oracle"))
        .containsExactly(
            "claimcompare clusterer 0.625 (given)", "claimcompare clusterer oracle",
            "jaccard clusterer 0.625 (given)", "jaccard clusterer oracle");
  }

  @Test
  void givesTheSameTableWhateverTheInputOrder() {
    List<GoldText> shuffled = new ArrayList<>(Fixtures.GROUPS);
    Collections.shuffle(shuffled, new Random(7));
    ClusterOptions strict = ClusterOptions.standard().withThreshold(0.9);
    Set<ClusteringMethod> both = EnumSet.allOf(ClusteringMethod.class);

    assertThat(Evaluation.clustering(SCORERS, shuffled, strict, Set.of("jaccard"), both))
        .isEqualTo(Evaluation.clustering(SCORERS, Fixtures.GROUPS, strict, Set.of("jaccard"), both));
  }

  @Test
  void rejectsNoClusteringMethod() {
    assertThatIllegalArgumentException()
        .isThrownBy(() ->
            Evaluation.clustering(SCORERS, Fixtures.GROUPS, ClusterOptions.standard(), Set.of(), Set.of()))
        .withMessage("no clustering method");
  }
}
