package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.ClaimKind;
import org.claimcompare.score.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClustererTest {
  private static final ClusterOptions STANDARD = ClusterOptions.standard();

  /** Invented renderings: three statements, each in several wordings, plus loners. */
  static final List<Claim> CLAIMS = List.of(
      Claim.of("a1", "The army will not stop until the capital is taken"),
      Claim.of("a2", "the army will not stop until it takes the capital"),
      Claim.of("a3", "The army won't stop until the capital has been taken."),
      Claim.of("b1", "We are ready to talk for as long as it takes"),
      Claim.of("b2", "we are ready to talk as long as it may take"),
      Claim.of("c1", "The mayor called on residents to leave the city"),
      Claim.of("c2", "the mayor urged the residents to leave the city at once"),
      Claim.of("d1", "Grain exports fell sharply in March"),
      Claim.of("e1", "Talks will resume on Monday in Geneva"));

  @Test
  void putsEveryClaimInExactlyOneCluster() {
    List<ClaimCluster> clusters = Clusterer.cluster(CLAIMS, STANDARD);
    List<String> ids = clusters.stream().flatMap(c -> c.claims().stream()).map(Claim::id).sorted().toList();
    assertThat(ids).containsExactlyElementsOf(CLAIMS.stream().map(Claim::id).sorted().toList());
  }

  @Test
  void groupsRenderingsOfOneStatementAndKeepsOthersApart() {
    List<ClaimCluster> clusters = Clusterer.cluster(CLAIMS, STANDARD);
    assertThat(clusters).extracting(c -> c.claims().stream().map(Claim::id).sorted().toList())
        .containsExactly(
            List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("c1", "c2"), List.of("d1"), List.of("e1"));
  }

  @Test
  void keepsFragmentsApartUnlessTheOptionsLinkThem() {
    List<Claim> claims = new ArrayList<>(List.of(
        Claim.of("f1", "junta").withKind(ClaimKind.FRAGMENT),
        Claim.of("f2", "junta").withKind(ClaimKind.FRAGMENT),
        Claim.of("q1", "the junta must go").withKind(ClaimKind.QUOTE),
        Claim.of("q2", "the junta must go now").withKind(ClaimKind.QUOTE)));

    List<ClaimCluster> apart = Clusterer.cluster(claims, STANDARD);
    List<ClaimCluster> linked = Clusterer.cluster(claims, STANDARD.withFragments(true));

    assertThat(apart).extracting(c -> c.claims().stream().map(Claim::id).toList())
        .containsExactly(List.of("q1", "q2"), List.of("f1"), List.of("f2"));
    assertThat(apart).extracting(ClaimCluster::number).containsExactly(1, 2, 3);
    assertThat(linked).extracting(c -> c.claims().stream().map(Claim::id).sorted().toList())
        .containsExactly(List.of("f1", "f2", "q1", "q2"));
  }

  @Test
  void keepsClaimsOfFewerWordsThanTheMinimumApart() {
    List<Claim> claims = List.of(Claim.of("s1", "the junta"), Claim.of("s2", "the junta"),
        Claim.of("l1", "the junta must go"), Claim.of("l2", "the junta must go now"));

    List<ClaimCluster> clusters = Clusterer.cluster(claims, STANDARD.withMinimumWords(3));

    assertThat(clusters).extracting(c -> c.claims().stream().map(Claim::id).toList())
        .containsExactly(List.of("l1", "l2"), List.of("s1"), List.of("s2"));
    assertThat(Clusterer.wordCount("don't stop", 9)).isEqualTo(3);
    assertThat(Clusterer.wordCount("  ", 9)).isZero();
  }

  @Test
  void rejectsADuplicateIdBetweenAFragmentAndAClaim() {
    List<Claim> claims = List.of(Claim.of("x", "junta").withKind(ClaimKind.FRAGMENT),
        Claim.of("x", "the junta must go"));
    assertThatIllegalArgumentException().isThrownBy(() -> Clusterer.cluster(claims, STANDARD))
        .withMessage("duplicate claim id: x");
  }

  @Test
  void ordersClustersBySizeThenSmallestIdAndNumbersThemFromOne() {
    List<ClaimCluster> clusters = Clusterer.cluster(CLAIMS, STANDARD);
    assertThat(clusters).extracting(ClaimCluster::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(clusters).extracting(ClaimCluster::size).isSortedAccordingTo(Collections.reverseOrder());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2026, 99991})
  void givesIdenticalClustersWhateverTheInputOrder(long seed) {
    List<ClaimCluster> expected = Clusterer.cluster(CLAIMS, STANDARD);
    List<Claim> shuffled = new ArrayList<>(CLAIMS);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(Clusterer.cluster(shuffled, STANDARD)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8, 9})
  void partitionsRandomInputsWhateverTheirOrder(long seed) {
    Random random = new Random(seed);
    List<Claim> claims = randomClaims(random);
    List<ClaimCluster> clusters = Clusterer.cluster(claims, STANDARD);
    assertThat(clusters.stream().mapToInt(ClaimCluster::size).sum()).isEqualTo(claims.size());
    assertThat(clusters.stream().flatMap(c -> c.claims().stream()).distinct().count()).isEqualTo(claims.size());
    Collections.shuffle(claims, random);
    assertThat(Clusterer.cluster(claims, STANDARD)).isEqualTo(clusters);
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8, 9})
  void partitionsRandomInputsWhateverTheirOrderWhenBlocking(long seed) {
    Random random = new Random(seed);
    List<Claim> claims = randomClaims(random);
    ClusterOptions blocking = STANDARD.withCandidates(CandidateGenerator.sharedRareWords(2, 10));
    List<ClaimCluster> clusters = Clusterer.cluster(claims, blocking);
    assertThat(clusters.stream().flatMap(c -> c.claims().stream()).distinct().count()).isEqualTo(claims.size());
    Collections.shuffle(claims, random);
    assertThat(Clusterer.cluster(claims, blocking)).isEqualTo(clusters);
  }

  @Test
  void findsTheSameClustersWithBlockingAsWithAllPairs() {
    assertThat(Clusterer.cluster(CLAIMS, STANDARD.withCandidates(CandidateGenerator.sharedRareWords())))
        .isEqualTo(Clusterer.cluster(CLAIMS, STANDARD.withCandidates(CandidateGenerator.allPairs())));
  }

  @Test
  void scoresAPairProposedTwiceAsIfProposedOnce() {
    CandidateGenerator twice = (words, sink) -> CandidateGenerator.allPairs().propose(words, (i, j) -> {
      sink.accept(j, i);
      sink.accept(i, j);
    });
    assertThat(Clusterer.cluster(CLAIMS, STANDARD.withCandidates(twice)))
        .isEqualTo(Clusterer.cluster(CLAIMS, STANDARD.withCandidates(CandidateGenerator.allPairs())));
  }

  @Test
  void doesNotChainUnrelatedClaimsThroughABridge() {
    Claim a = Claim.of("a", "troops will seize the airport");
    Claim c = Claim.of("c", "parliament votes on the budget tomorrow");
    Claim bridge = Claim.of("b", "troops will seize the airport while parliament votes on the budget tomorrow");
    assertThat(STANDARD.scorer().score(a.text(), bridge.text())).isGreaterThanOrEqualTo(STANDARD.threshold());
    assertThat(STANDARD.scorer().score(c.text(), bridge.text())).isGreaterThanOrEqualTo(STANDARD.threshold());

    List<ClaimCluster> clusters = Clusterer.cluster(List.of(a, bridge, c), STANDARD);

    assertThat(clusters).noneMatch(k -> k.claims().contains(a) && k.claims().contains(c));
  }

  /**
   * Two tight pairs (0.9 inside each) with every pair across at {@code across}: at threshold 0.4
   * they merge only if {@code across} reaches {@link Clusterer#COHESION_FRACTION} of 0.9.
   */
  @ParameterizedTest
  @CsvSource({"0.50, 2", "0.53, 2", "0.55, 1", "0.60, 1"})
  void mergesTwoTightGroupsOnlyIfTheyAreNearlyAsCloseAcrossAsWithin(double across, int clusters) {
    Scorer table = TableScorer.of(Map.of("a1 a2", 0.9, "b1 b2", 0.9), across);
    List<Claim> claims = List.of(Claim.of("a1", "a1"), Claim.of("a2", "a2"), Claim.of("b1", "b1"), Claim.of("b2", "b2"));

    assertThat(Clusterer.cluster(claims, STANDARD.withScorer(table).withThreshold(0.4))).hasSize(clusters);
  }

  /** Copies of a text, as syndicated wire stories give, must not change which statements merge. */
  @ParameterizedTest
  @CsvSource({"1, 1", "1, 4", "3, 3", "5, 2"})
  void groupsTheSameStatementsHoweverManyCopiesOfEachTextThereAre(int copiesOfA, int copiesOfB) {
    List<Claim> claims = new ArrayList<>();
    for (int k = 0; k < copiesOfA; k++) {
      claims.add(Claim.of("a" + k, "Take power into your own hands, it will be easier for us to reach agreement."));
    }
    for (int k = 0; k < copiesOfB; k++) {
      claims.add(Claim.of("b" + k, "Take the power in your hands. It seems to me that it will be easier to negotiate."));
    }
    claims.add(Claim.of("c", "Grain exports fell sharply in March"));

    List<ClaimCluster> clusters = Clusterer.cluster(claims, STANDARD);

    assertThat(clusters).hasSize(2);
    assertThat(clusters.get(0).size()).isEqualTo(copiesOfA + copiesOfB);
    assertThat(clusters.get(0).members()).filteredOn(m -> m.claim().text().equals(clusters.get(0).representative().text()))
        .allSatisfy(m -> assertThat(m.score()).isEqualTo(1.0));
  }

  @Test
  void treatsCopiesThatDifferOnlyInCaseQuotesOrSpellingAsOneText() {
    List<Claim> claims = List.of(
        Claim.of("a1", "Take power into your own hands, it will be easier for us to reach agreement."),
        Claim.of("a2", "“Take power into your own hands – it will be easier for us to reach agreement”"),
        Claim.of("a3", "TAKE POWER INTO YOUR OWN HANDS, IT WILL BE EASIER FOR US TO REACH AGREEMENT"),
        Claim.of("b1", "Take the power in your hands. It seems to me that it will be easier to negotiate."),
        Claim.of("b2", "\"Take the power in your hands. It seems to me that it will be easier to negotiate\""),
        Claim.of("c", "Grain exports fell sharply in March"));

    List<ClaimCluster> clusters = Clusterer.cluster(claims, STANDARD);

    assertThat(clusters).hasSize(2);
    assertThat(clusters.get(0).size()).isEqualTo(5);
    assertThat(clusters.get(0).representative().id()).isEqualTo("a1");
    assertThat(clusters.get(0).members()).filteredOn(m -> m.claim().id().startsWith("a"))
        .allSatisfy(m -> assertThat(m.score()).isEqualTo(1.0));
  }

  @Test
  void keepsDifferentTextsWithoutWordsApart() {
    List<Claim> claims = List.of(Claim.of("x", "..."), Claim.of("y", "—"), Claim.of("z", "..."));

    assertThat(Clusterer.cluster(claims, STANDARD)).extracting(ClaimCluster::size).containsExactly(2, 1);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void groupsTheOtherClaimsAlikeWhenATextIsCopied(long seed) {
    Random random = new Random(seed);
    List<Claim> claims = randomClaims(random);
    List<Claim> withCopies = new ArrayList<>(claims);
    for (int k = 0; k < 10; k++) {
      withCopies.add(Claim.of("zcopy" + k, claims.get(random.nextInt(claims.size())).text()));
    }

    List<List<String>> without = idsPerCluster(Clusterer.cluster(claims, STANDARD));
    List<List<String>> with = idsPerCluster(Clusterer.cluster(withCopies, STANDARD)).stream()
        .map(ids -> ids.stream().filter(id -> !id.startsWith("zcopy")).toList())
        .filter(ids -> !ids.isEmpty())
        .toList();

    assertThat(with).containsExactlyInAnyOrderElementsOf(without);
  }

  @Test
  void letsALoneClaimJoinATightGroupAtTheThreshold() {
    Scorer table = TableScorer.of(Map.of("a1 a2", 0.9), 0.45);
    List<Claim> claims = List.of(Claim.of("a1", "a1"), Claim.of("a2", "a2"), Claim.of("x", "x"));

    assertThat(Clusterer.cluster(claims, STANDARD.withScorer(table).withThreshold(0.4))).hasSize(1);
  }

  @Test
  void judgesCohesionByTheLooserOfTheTwoGroups() {
    // Within: 0.9 for the a's, 0.5 for the b's; across 0.45 reaches 0.6 * 0.5 but not 0.6 * 0.9.
    Scorer table = TableScorer.of(Map.of("a1 a2", 0.9, "b1 b2", 0.5), 0.45);
    List<Claim> claims = List.of(Claim.of("a1", "a1"), Claim.of("a2", "a2"), Claim.of("b1", "b1"), Claim.of("b2", "b2"));

    assertThat(Clusterer.cluster(claims, STANDARD.withScorer(table).withThreshold(0.4))).hasSize(1);
  }

  @Test
  void choosesTheMedoidAsRepresentativeAndScoresMembersAgainstIt() {
    List<Claim> claims = List.of(
        Claim.of("x1", "the army will not stop until the capital is taken"),
        Claim.of("x2", "the army will not stop until the capital is taken by force"),
        Claim.of("x3", "the army will not stop"));
    ClaimCluster cluster = Clusterer.cluster(claims, STANDARD.withThreshold(0.4)).get(0);
    assertThat(cluster.size()).isEqualTo(3);
    assertThat(cluster.representative().id()).isEqualTo("x1");
    assertThat(cluster.members().get(0).score()).isEqualTo(1.0);
    for (ClaimCluster.Member m : cluster.members().subList(1, 3)) {
      // The clusterer scores with its scorer adapted to the claims being clustered.
      Scorer adapted = STANDARD.scorer().adaptedTo(claims.stream().map(Claim::text).toList());
      assertThat(m.score()).isEqualTo(adapted.score("the army will not stop until the capital is taken", m.claim().text()));
    }
  }

  @Test
  void breaksRepresentativeTiesByTheLowestId() {
    List<Claim> claims = List.of(Claim.of("z", "same words here"), Claim.of("m", "same words here"));
    assertThat(Clusterer.cluster(claims, STANDARD).get(0).representative().id()).isEqualTo("m");
  }

  @Test
  void scoresOnlyTheProposedPairs() {
    CandidateGenerator none = (words, sink) -> {};
    List<ClaimCluster> clusters = Clusterer.cluster(CLAIMS, STANDARD.withCandidates(none));
    assertThat(clusters).hasSize(CLAIMS.size()).allMatch(c -> c.size() == 1);
  }

  @Test
  void proposesWithItsGeneratorAdaptedToItsThreshold() {
    List<Double> thresholds = new ArrayList<>();
    CandidateGenerator none = (words, sink) -> {};
    CandidateGenerator recording = new CandidateGenerator() {
      @Override
      public void propose(List<List<String>> words, PairSink sink) {
        throw new AssertionError("the clusterer proposed with the generator not adapted to its threshold");
      }

      @Override
      public CandidateGenerator atThreshold(double threshold) {
        thresholds.add(threshold);
        return none;
      }
    };
    Clusterer.cluster(CLAIMS, STANDARD.withThreshold(0.55).withCandidates(recording));
    assertThat(thresholds).containsExactly(0.55);
  }

  @Test
  void passesTheStemsOfTheNormalisedWordsToTheCandidateGenerator() {
    List<List<String>> seen = new ArrayList<>();
    Clusterer.cluster(List.of(Claim.of("k", "Kiev agreements")),
        STANDARD.withCandidates((words, sink) -> words.forEach(w -> seen.add(List.copyOf(w)))));
    assertThat(seen).containsExactly(List.of("kyiv", "agreement"));
  }

  @Test
  void rejectsAGeneratorThatPairsAClaimWithItself() {
    CandidateGenerator self = (words, sink) -> sink.accept(0, 0);
    assertThatIllegalArgumentException().isThrownBy(() -> Clusterer.cluster(CLAIMS, STANDARD.withCandidates(self)))
        .withMessageContaining("itself");
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      -1, 0
       0, 9
      """)
  void rejectsAGeneratorThatProposesAPairOutsideTheTexts(int i, int j) {
    CandidateGenerator outside = (words, sink) -> sink.accept(i, j);
    assertThatIllegalArgumentException().isThrownBy(() -> Clusterer.cluster(CLAIMS, STANDARD.withCandidates(outside)))
        .withMessage("candidate generator proposed a pair outside the 9 texts: (%s, %s)", i, j);
  }

  /**
   * 300 renderings of one statement, each with a word of its own: clusters of more than {@value
   * Clusterer#SAMPLE} claims are compared on samples and their representative chosen against one,
   * and the result is still one cluster, whatever the input order.
   */
  @Test
  void groupsHundredsOfRenderingsThroughTheSampledComparisons() {
    List<Claim> claims = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      String own = "" + (char) ('a' + k % 26) + (char) ('a' + k / 26 % 26) + "x";
      claims.add(Claim.of(String.format("r%03d", k),
          "The army will not stop until the capital is taken, said the " + own + " commander"));
    }
    List<Claim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, new Random(3));

    List<ClaimCluster> clusters = Clusterer.cluster(claims, STANDARD);

    assertThat(clusters).hasSize(1);
    assertThat(clusters.get(0).size()).isEqualTo(300);
    assertThat(clusters.get(0).members()).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
    assertThat(Clusterer.cluster(shuffled, STANDARD)).isEqualTo(clusters);
  }

  /**
   * Linking in batches makes the comparisons of a batch at once on the clusters as the batch
   * starts, and keeps a comparison only if its clusters have not changed since: the clusters must
   * be those of taking the edges one by one, for any batch size, on one thread or many. Random
   * claims from a small vocabulary give one large component whose edges merge and reject
   * clusters that the edges before them in a batch have just changed; the renderings of one
   * sentence give clusters large enough to be compared on samples.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 64, 100_000})
  void linksInBatchesAsItLinksEdgeByEdge(int size) throws Exception {
    Clusterer.Batching oneByOne = new Clusterer.Batching(Integer.MAX_VALUE, 1);
    Clusterer.Batching batched = new Clusterer.Batching(0, size);
    List<List<Claim>> inputs = new ArrayList<>();
    for (long seed = 1; seed <= 12; seed++) {
      inputs.add(randomClaims(new Random(seed)));
    }
    List<Claim> renderings = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      renderings.add(Claim.of(String.format("r%03d", k), "The army will not stop until the capital is taken"
          + (k % 3 == 0 ? ", said the commander " : ", the mayor said ") + (char) ('a' + k % 26) + (char) ('a' + k / 26)));
    }
    inputs.add(renderings);
    java.util.concurrent.ForkJoinPool eight = new java.util.concurrent.ForkJoinPool(8);
    try {
      for (List<Claim> claims : inputs) {
        List<ClaimCluster> expected = Clusterer.cluster(claims, STANDARD, oneByOne);

        assertThat(Clusterer.cluster(claims, STANDARD, batched)).isEqualTo(expected);
        assertThat(eight.submit(() -> Clusterer.cluster(claims, STANDARD, batched)).get()).isEqualTo(expected);
      }
    } finally {
      eight.shutdown();
    }
  }

  @Test
  void reportsEveryPhaseInOrderFromStartToEnd() {
    List<String> heard = new ArrayList<>();
    Clusterer.cluster(CLAIMS, STANDARD.withProgress((phase, done, total) -> heard.add(phase + " " + done + "/" + total)));

    assertThat(heard.stream().map(h -> h.substring(0, h.indexOf(' '))).distinct())
        .containsExactly("COMPILING", "PROPOSING", "SCORING", "LINKING", "REPRESENTING");
    assertThat(heard).contains("COMPILING 0/9", "COMPILING 9/9", "SCORING 0/36", "SCORING 36/36",
        "REPRESENTING 5/5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"COMPILING", "PROPOSING", "SCORING", "LINKING", "REPRESENTING"})
  void stopsWithACancellationSayingWhereWhenTheCallingThreadIsInterrupted(String phase) {
    ClusterOptions interrupting = STANDARD.withProgress((p, done, total) -> {
      if (p.name().equals(phase)) {
        Thread.currentThread().interrupt();
      }
    });
    try {
      assertThatThrownBy(() -> Clusterer.cluster(CLAIMS, interrupting))
          .isInstanceOf(CancellationException.class)
          .hasMessageStartingWith("clustering interrupted while ");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void rejectsDuplicateIdsNamingTheId() {
    List<Claim> claims = List.of(Claim.of("dup", "one text"), Claim.of("dup", "another text"));
    assertThatIllegalArgumentException().isThrownBy(() -> Clusterer.cluster(claims, STANDARD))
        .withMessage("duplicate claim id: dup");
  }

  @Test
  void rejectsNullNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> Clusterer.cluster(null, STANDARD)).withMessage("claims");
    assertThatNullPointerException().isThrownBy(() -> Clusterer.cluster(CLAIMS, null)).withMessage("options");
  }

  @Test
  void returnsNoClustersForNoClaims() {
    assertThat(Clusterer.cluster(List.of(), STANDARD)).isEmpty();
  }

  @Test
  void keepsEveryClaimApartAtThresholdOne() {
    assertThat(Clusterer.cluster(CLAIMS, STANDARD.withThreshold(1.0))).hasSize(CLAIMS.size());
  }


  private static List<List<String>> idsPerCluster(List<ClaimCluster> clusters) {
    return clusters.stream().map(c -> c.claims().stream().map(Claim::id).sorted().toList()).toList();
  }

  private static List<Claim> randomClaims(Random random) {
    String[] vocabulary = "army capital talks mayor city grain war peace troops border deal power hands agreement"
        .split(" ");
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      StringBuilder text = new StringBuilder();
      IntStream.range(0, 3 + random.nextInt(6)).forEach(k -> text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' '));
      claims.add(Claim.of(String.format("r%02d", i), text.toString()));
    }
    return claims;
  }
}
