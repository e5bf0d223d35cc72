package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.ClaimKind;
import org.claimcompare.Span;
import org.junit.jupiter.api.Test;

class ClusterStateTest {
  private static final ClusterOptions STANDARD = ClusterOptions.standard();

  private static final List<Claim> ARMY = List.of(
      Claim.of("a1", "The army will not stop until the capital is taken"),
      Claim.of("a2", "the army will not stop until it takes the capital"));
  private static final List<Claim> MAYOR = List.of(
      Claim.of("c1", "The mayor called on residents to leave the city"),
      Claim.of("c2", "the mayor urged the residents to leave the city at once"));
  private static final Claim GRAIN = Claim.of("d1", "Grain exports fell sharply in March");

  /** {@link ClustererTest#CLAIMS} and a fragment. */
  private static final List<Claim> CLAIMS = ImmutableList.<Claim>builder()
      .addAll(ClustererTest.CLAIMS).add(Claim.of("f1", "junta").withKind(ClaimKind.FRAGMENT)).build();

  @Test
  void firstBatchGivesOneShotClusteringWithItsNumbersAsIds() {
    ClusterState.Addition first = ClusterState.empty().add(CLAIMS, STANDARD);

    List<ClaimCluster> oneShot = Clusterer.cluster(CLAIMS, STANDARD);
    assertThat(first.created()).containsExactlyElementsOf(oneShot);
    assertThat(first.state().clusters()).containsExactlyElementsOf(oneShot);
    assertThat(first.changed()).isEmpty();
    assertThat(first.merged()).isEmpty();
    assertThat(first.state().nextId()).isEqualTo(oneShot.size() + 1);
  }

  @Test
  void behavesAsTheClassDescriptionShows() {
    ClusterState.Addition first = ClusterState.empty().add(List.of(
        Claim.of("a1", "The army will not stop until the capital is taken"),
        Claim.of("d1", "Grain exports fell sharply in March")), STANDARD);
    ClusterState.Addition second = first.state().add(List.of(
        Claim.of("a2", "the army will not stop until it takes the capital")), STANDARD);

    assertThat(first.created()).hasToString("[ClaimCluster[#1 size=1 rep=\"The army will not stop until the capital is taken\"],"
        + " ClaimCluster[#2 size=1 rep=\"Grain exports fell sharply in March\"]]");
    assertThat(second.changed()).hasToString("[ClaimCluster[#1 size=2 rep=\"The army will not stop until the capital is taken\"]]");
    assertThat(second.created()).isEmpty();
  }

  @Test
  void newRenderingJoinsItsClusterWhichKeepsItsId() {
    ClusterState state = ClusterState.empty().add(List.of(ARMY.get(0), GRAIN), STANDARD).state();
    int army = idOf(state, "a1");

    ClusterState.Addition second = state.add(List.of(ARMY.get(1)), STANDARD);

    assertThat(second.created()).isEmpty();
    assertThat(second.changed()).singleElement().satisfies(c -> {
      assertThat(c.number()).isEqualTo(army);
      assertThat(ids(c)).containsExactlyInAnyOrder("a1", "a2");
    });
    assertThat(idOf(second.state(), "a2")).isEqualTo(army);
  }

  @Test
  void unrelatedClaimFormsNewClusterWithNextId() {
    ClusterState state = ClusterState.empty().add(ARMY, STANDARD).state();

    ClusterState.Addition second = state.add(List.of(GRAIN), STANDARD);

    assertThat(second.created()).extracting(ClaimCluster::number).containsExactly(2);
    assertThat(second.changed()).isEmpty();
    assertThat(second.state().nextId()).isEqualTo(3);
  }

  @Test
  void keepsUnchangedClustersAsTheyWere() {
    ClusterState state = ClusterState.empty().add(ARMY, STANDARD).state();
    ClaimCluster army = state.clusters().get(0);

    ClusterState after = state.add(MAYOR, STANDARD).state();

    assertThat(after.cluster(army.number())).containsSame(army);
  }

  @Test
  void copyOfAnEarlierClaimJoinsItsClusterWithoutNewId() {
    ClusterState state = ClusterState.empty().add(ARMY, STANDARD).state();

    ClusterState.Addition second = state.add(List.of(Claim.of("a9", ARMY.get(0).text().toUpperCase(Locale.ROOT))), STANDARD);

    assertThat(second.changed()).extracting(ClaimCluster::size).containsExactly(3);
    assertThat(second.state().nextId()).isEqualTo(2);
  }

  /**
   * x and y score 0.3, too low to be clustered alone; z scores 0.9 with x and 0.6 with y, so it
   * joins x, and x+z against y has the mean (0.3 + 0.6) / 2 = 0.45, above the threshold: merged.
   */
  @Test
  void bridgingClaimMergesClustersIntoTheLowerId() {
    ClusterOptions options = STANDARD.withScorer(TableScorer.of(Map.of("x y", 0.3, "x z", 0.9, "y z", 0.6), 0.0));
    ClusterState state = ClusterState.empty().add(List.of(Claim.of("x", "x"), Claim.of("y", "y")), options).state();
    int x = idOf(state, "x");
    int y = idOf(state, "y");
    assertThat(x).isNotEqualTo(y);

    ClusterState.Addition bridged = state.add(List.of(Claim.of("z", "z")), options);

    int into = Math.min(x, y);
    int absorbed = Math.max(x, y);
    assertThat(bridged.merged()).containsExactly(new ClusterState.Merge(absorbed, into));
    assertThat(bridged.changed()).singleElement().satisfies(c -> {
      assertThat(c.number()).isEqualTo(into);
      assertThat(ids(c)).containsExactlyInAnyOrder("x", "y", "z");
    });
    assertThat(bridged.created()).isEmpty();
    assertThat(bridged.state().cluster(absorbed)).isEmpty();
    assertThat(bridged.state().liveId(absorbed)).isEqualTo(OptionalInt.of(into));
    assertThat(bridged.state().merges()).containsExactly(Map.entry(absorbed, into));
    assertThat(bridged.state().nextId()).isEqualTo(3);
  }

  /**
   * Clusters a (a1, a2) and b (b1, b2) score 0.3 across but for a2 and b2 (0.1, below the floor of
   * 0.2). x and then y join a and have an edge to b: each addition compares a with b. The first
   * meets a2–b2 after three pairs across and notes it; the second scores it first and stops there,
   * where a state read back from bytes, which keeps no such pairs, scores the three again. The
   * clusters are the same either way.
   */
  @Test
  void comparisonScoresFirstThePairAnEarlierAdditionFoundBelowTheFloor() {
    Map<String, Double> table = new java.util.HashMap<>(Map.of(
        "a1 a2", 0.9, "b1 b2", 0.9, "a1 b1", 0.3, "a1 b2", 0.3, "a2 b1", 0.3, "a2 b2", 0.1));
    for (String joiner : List.of("x", "y")) {
      table.putAll(Map.of("a1 " + joiner, 0.9, "a2 " + joiner, 0.9, "b1 " + joiner, 0.8, "b2 " + joiner, 0.8));
    }
    table.put("x y", 0.9);
    List<String> scored = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    ClusterOptions options = STANDARD.withScorer(TableScorer.of(table, 0.0, scored::add));
    ClusterState first = ClusterState.empty().add(List.of(
        Claim.of("a1", "a1"), Claim.of("a2", "a2"), Claim.of("b1", "b1"), Claim.of("b2", "b2")), options).state();
    ClusterState second = first.add(List.of(Claim.of("x", "x")), options).state();
    assertThat(second.clusters()).extracting(c -> ids(c).stream().sorted().toList())
        .containsExactlyInAnyOrder(List.of("a1", "a2", "x"), List.of("b1", "b2"));
    List<Claim> third = List.of(Claim.of("y", "y"));

    scored.clear();
    ClusterState.Addition kept = second.add(third, options);
    List<String> keptAcross = across(scored);
    scored.clear();
    ClusterState.Addition readBack = ClusterState.fromBytes(second.toBytes()).add(third, options);
    List<String> readBackAcross = across(scored);

    assertThat(keptAcross).containsExactly("a2 b2");
    assertThat(readBackAcross).containsExactlyInAnyOrder("a1 b1", "a1 b2", "a2 b1", "a2 b2");
    assertThat(kept.state().clusters()).isEqualTo(readBack.state().clusters());
    assertThat(kept.consolidated()).isFalse();
  }

  /** The pairs of {@code keys} across a (a1, a2) and b (b1, b2). */
  private static List<String> across(List<String> keys) {
    synchronized (keys) {
      return keys.stream().filter(k -> k.matches("a\\d b\\d")).toList();
    }
  }

  /**
   * p is the medoid of p, q and r. s joins them (no consolidation: 4 claims of 6 needed); over all
   * four q is now the most central (2.45), but a grown cluster's representative is chosen among
   * its earlier representative (p, 2.30) and its new claims (s, 2.35).
   */
  @Test
  void grownClusterTakesTheMostCentralOfItsEarlierRepresentativeAndNewClaims() {
    ClusterOptions options = STANDARD.withScorer(TableScorer.of(Map.of(
        "p q", 0.9, "p r", 0.9, "q r", 0.6, "q s", 0.95, "r s", 0.9, "p s", 0.5), 0.0));
    ClusterState state = ClusterState.empty()
        .add(List.of(Claim.of("p", "p"), Claim.of("q", "q"), Claim.of("r", "r")), options).state();
    assertThat(state.clusters()).singleElement().satisfies(c -> assertThat(c.representative().id()).isEqualTo("p"));

    ClusterState.Addition grown = state.add(List.of(Claim.of("s", "s")), options);

    assertThat(grown.consolidated()).isFalse();
    assertThat(grown.changed()).singleElement().satisfies(c -> {
      assertThat(c.size()).isEqualTo(4);
      assertThat(c.representative().id()).isEqualTo("s");
    });
  }

  @Test
  void keepsFragmentsApartWithTheirOwnIds() {
    ClusterState state = ClusterState.empty().add(List.of(Claim.of("f1", "junta").withKind(ClaimKind.FRAGMENT)), STANDARD).state();

    ClusterState.Addition second = state.add(List.of(Claim.of("f2", "junta").withKind(ClaimKind.FRAGMENT)), STANDARD);

    assertThat(second.created()).extracting(ClaimCluster::number).containsExactly(2);
    assertThat(second.changed()).isEmpty();
  }

  @Test
  void liveIdIsEmptyForAnIdNeverGiven() {
    assertThat(ClusterState.empty().liveId(1)).isEmpty();
    assertThat(ClusterState.empty().add(ARMY, STANDARD).state().liveId(1)).isEqualTo(OptionalInt.of(1));
  }

  @Test
  void emptyBatchChangesNothing() {
    ClusterState state = ClusterState.empty().add(ARMY, STANDARD).state();

    ClusterState.Addition none = state.add(List.of(), STANDARD);

    assertThat(none.state()).isSameAs(state);
    assertThat(none.created()).isEmpty();
  }

  @Test
  void rejectsClaimIdAlreadyInTheState() {
    ClusterState state = ClusterState.empty().add(ARMY, STANDARD).state();

    assertThatIllegalArgumentException().isThrownBy(() -> state.add(List.of(Claim.of("a1", "again")), STANDARD))
        .withMessage("claim id already in the state: a1");
  }

  /** A later state takes its earlier state's map of ids over; the earlier one still knows only its own. */
  @Test
  void anEarlierStateAddedToAgainKnowsOnlyItsOwnIds() {
    ClusterState earlier = ClusterState.empty().add(ARMY, STANDARD).state();
    ClusterState later = earlier.add(MAYOR, STANDARD).state();

    ClusterState again = earlier.add(MAYOR, STANDARD).state();

    assertThat(again.clusters()).isEqualTo(later.clusters());
    assertThatIllegalArgumentException().isThrownBy(() -> earlier.add(List.of(Claim.of("a2", "x")), STANDARD))
        .withMessage("claim id already in the state: a2");
    assertThatIllegalArgumentException().isThrownBy(() -> later.add(List.of(Claim.of("c1", "x")), STANDARD))
        .withMessage("claim id already in the state: c1");
    assertThatIllegalArgumentException().isThrownBy(() -> again.add(List.of(Claim.of("c2", "x")), STANDARD))
        .withMessage("claim id already in the state: c2");
  }

  /**
   * A grown cluster whose representative stays keeps its earlier members' scores against it, though
   * the batch moved word rarity: one-shot clustering of all the claims scores the same pair otherwise.
   */
  @Test
  void grownClusterKeepsItsEarlierMembersScoresAgainstItsRepresentative() {
    ClusterState state = ClusterState.empty().add(ARMY, STANDARD).state();
    ClaimCluster army = state.clusters().get(0);
    String representative = army.representative().id();
    String other = representative.equals("a1") ? "a2" : "a1";
    double earlierScore = scoreOf(army, other);
    List<Claim> batch = List.of(
        Claim.of("a3", "The army will not stop until the capital is taken, he said"),
        Claim.of("x1", "The army took the capital"),
        Claim.of("x2", "The army will stop at the river"),
        Claim.of("x3", "They will not stop the army"));

    ClusterState.Addition grown = state.add(batch, STANDARD);

    ClaimCluster now = grown.state().cluster(army.number()).orElseThrow();
    assertThat(now.claims()).extracting(Claim::id).contains("a1", "a2", "a3");
    assertThat(now.representative().id()).isEqualTo(representative);
    assertThat(scoreOf(now, other)).isEqualTo(earlierScore);
    ClaimCluster oneShot = Clusterer.cluster(ImmutableList.<Claim>builder().addAll(ARMY).addAll(batch).build(), STANDARD)
        .stream().filter(c -> c.claims().stream().anyMatch(m -> m.id().equals("a1"))).findFirst().orElseThrow();
    assertThat(oneShot.representative().id()).isEqualTo(representative);
    assertThat(scoreOf(oneShot, other)).isNotEqualTo(earlierScore);
  }

  private static double scoreOf(ClaimCluster cluster, String claim) {
    return cluster.members().stream().filter(m -> m.claim().id().equals(claim)).findFirst().orElseThrow().score();
  }

  @Test
  void rejectsClaimIdTwiceInTheBatch() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClusterState.empty().add(List.of(Claim.of("a", "one"), Claim.of("a", "two")), STANDARD))
        .withMessage("duplicate claim id in the batch: a");
  }

  @Test
  void rejectsOptionsOtherThanTheStates() {
    ClusterState state = ClusterState.empty().add(ARMY, STANDARD).state();

    assertThatIllegalArgumentException().isThrownBy(() -> state.add(MAYOR, STANDARD.withThreshold(0.5)))
        .withMessage("the state was clustered with threshold 0.4, fragments apart, minimum words 1;"
            + " the options have threshold 0.5, fragments apart, minimum words 1");
  }

  @Test
  void rejectsNullNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> ClusterState.empty().add(null, STANDARD)).withMessage("batch");
    assertThatNullPointerException().isThrownBy(() -> ClusterState.empty().add(ARMY, null)).withMessage("options");
    assertThatNullPointerException().isThrownBy(() -> ClusterState.fromBytes(null)).withMessage("bytes");
  }

  @Test
  void readsBackWhatItWrites() {
    Claim full = new Claim("s1", "Peskov said the talks would go on", Optional.of("article.txt"),
        Optional.of(new Span(0, 33)), Optional.of("Dmitry Peskov"),
        Optional.of(ClaimKind.REPORTED), Optional.of(new Span(7, 11)),
        Optional.of(new Span(0, 6)));
    ClusterState state = ClusterState.empty().add(CLAIMS, STANDARD).state().add(List.of(full), STANDARD).state();

    ClusterState read = ClusterState.fromBytes(state.toBytes());

    assertThat(read).isEqualTo(state);
    assertThat(read.claims()).contains(full);
    assertThat(ClusterState.fromBytes(ClusterState.empty().toBytes())).isEqualTo(ClusterState.empty());
  }

  @Test
  void readsBackMerges() {
    ClusterOptions options = STANDARD.withScorer(TableScorer.of(Map.of("x y", 0.3, "x z", 0.9, "y z", 0.6), 0.0));
    ClusterState state = ClusterState.empty().add(List.of(Claim.of("x", "x"), Claim.of("y", "y")), options).state()
        .add(List.of(Claim.of("z", "z")), options).state();

    assertThat(ClusterState.fromBytes(state.toBytes())).isEqualTo(state);
  }

  @Test
  void rejectsTruncatedState() {
    byte[] bytes = ClusterState.empty().add(CLAIMS, STANDARD).state().toBytes();

    assertThatIllegalArgumentException().isThrownBy(() -> ClusterState.fromBytes(Arrays.copyOf(bytes, bytes.length - 10)))
        .withMessage("cluster state truncated: %d of its %d bytes", bytes.length - 10, bytes.length);
    assertThatIllegalArgumentException().isThrownBy(() -> ClusterState.fromBytes(Arrays.copyOf(bytes, 12)))
        .withMessage("cluster state truncated: 12 bytes, less than its header");
  }

  @Test
  void writesTheSameBytesToAStreamAsToAnArray() throws IOException {
    ClusterState state = ClusterState.empty().add(CLAIMS, STANDARD).state()
        .add(List.of(Claim.of("z1", "Grain exports fell sharply in March")), STANDARD).state();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    state.writeTo(out);

    assertThat(out.toByteArray()).isEqualTo(state.toBytes());
    assertThat(ClusterState.fromBytes(out.toByteArray())).isEqualTo(state);
  }

  @Test
  void rejectsCorruptedState() {
    byte[] bytes = ClusterState.empty().add(CLAIMS, STANDARD).state().toBytes();
    bytes[bytes.length / 2] ^= 0x20;

    assertThatIllegalArgumentException().isThrownBy(() -> ClusterState.fromBytes(bytes))
        .withMessage("cluster state corrupted: its CRC-32 does not match its contents");
  }

  @Test
  void rejectsOtherFilesAndNewerVersions() {
    assertThatIllegalArgumentException().isThrownBy(() -> ClusterState.fromBytes("{\"id\": 1}".getBytes(StandardCharsets.UTF_8)))
        .withMessage("not a claimcompare cluster state: it does not start with \"CCSTATE\"");
    assertThatIllegalArgumentException().isThrownBy(() -> ClusterState.fromBytes(new byte[0]))
        .withMessage("not a claimcompare cluster state: it does not start with \"CCSTATE\"");
    byte[] bytes = ClusterState.empty().toBytes();
    ByteBuffer.wrap(bytes).putInt(8, 3);
    assertThatIllegalArgumentException().isThrownBy(() -> ClusterState.fromBytes(bytes))
        .withMessage("cluster state of version 3; this library reads versions 1 to 2");
  }

  /** Version 1 had no consolidation count: its claims read as consolidated. */
  @Test
  void readsVersionOneAsConsolidatedAtItsClaims() {
    ClusterState state = ClusterState.empty().add(CLAIMS, STANDARD).state();
    byte[] v2 = state.toBytes();
    // Version 1 is version 2 without the int32 after the next id (magic 8, version 4, length 8,
    // has settings 1, threshold 8, fragments 1, minimum words 4, next id 4) and without the known
    // pairs before the CRC (complete 1, count 4, 16 a pair).
    int at = 8 + 4 + 8 + 1 + 8 + 1 + 4 + 4;
    int pairs = 1 + 4 + 16 * state.knownPairs().size();
    byte[] v1 = new byte[v2.length - 4 - pairs];
    System.arraycopy(v2, 0, v1, 0, at);
    System.arraycopy(v2, at + 4, v1, at, v2.length - at - 4 - pairs - 4);
    ByteBuffer header = ByteBuffer.wrap(v1);
    header.putInt(8, 1);
    header.putLong(12, v1.length);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(v1, 0, v1.length - 4);
    header.putInt(v1.length - 4, (int) crc.getValue());

    ClusterState read = ClusterState.fromBytes(v1);

    assertThat(read.clusters()).isEqualTo(state.clusters());
    assertThat(read.claims()).isEqualTo(state.claims());
    assertThat(read.nextId()).isEqualTo(state.nextId());
    assertThat(read.consolidatedAt()).isEqualTo(CLAIMS.size());
    assertThat(read.knownPairs().complete()).isFalse();
    assertThat(state.knownPairs().complete()).isTrue();
  }

  /**
   * In the first batch a1 and b1 (0.6) form one cluster, as neither's own rendering is there yet.
   * The second batch doubles the claims, so all are linked afresh: a1 with a2 and b1 with b2 (0.9
   * each) come first, and then the two pairs are too far apart to merge. Cluster 1's claims are
   * split evenly, so its heir is the group first in order (a1's); b1 moves to the new cluster.
   */
  @Test
  void consolidationMovesAClaimTakenByAnotherStatementsCluster() {
    ClusterOptions options = STANDARD.withScorer(TableScorer.of(
        Map.of("a1 b1", 0.6, "a1 a2", 0.9, "b1 b2", 0.9, "a2 b1", 0.2, "a1 b2", 0.2), 0.0));
    ClusterState.Addition first = ClusterState.empty().add(List.of(Claim.of("a1", "a1"), Claim.of("b1", "b1")), options);
    assertThat(first.consolidated()).isTrue();
    assertThat(first.created()).singleElement().satisfies(c -> assertThat(ids(c)).containsExactly("a1", "b1"));

    ClusterState.Addition second = first.state().add(List.of(Claim.of("a2", "a2"), Claim.of("b2", "b2")), options);

    assertThat(second.consolidated()).isTrue();
    assertThat(second.changed()).singleElement().satisfies(c -> {
      assertThat(c.number()).isEqualTo(1);
      assertThat(ids(c)).containsExactlyInAnyOrder("a1", "a2");
    });
    assertThat(second.created()).singleElement().satisfies(c -> {
      assertThat(c.number()).isEqualTo(2);
      assertThat(ids(c)).containsExactlyInAnyOrder("b1", "b2");
    });
    assertThat(second.moved()).containsExactly(new ClusterState.Move("b1", 1, 2));
    assertThat(second.merged()).isEmpty();
    assertThat(second.state().consolidatedAt()).isEqualTo(4);
    assertThat(second).hasToString("Addition[consolidated, 1 created, 1 changed, 0 merged, 1 moved;"
        + " ClusterState[2 clusters, 4 claims, 0 merged, next id 3]]");
  }

  /** The same claims one at a time: 2 and 4 claims consolidate, 3 does not. */
  @Test
  void consolidatesOnlyWhenTheClaimsHaveDoubled() {
    ClusterOptions options = STANDARD.withScorer(TableScorer.of(
        Map.of("a1 b1", 0.6, "a1 a2", 0.9, "b1 b2", 0.9, "a2 b1", 0.2, "a1 b2", 0.2), 0.0));
    ClusterState state = ClusterState.empty();
    List<Boolean> consolidated = new java.util.ArrayList<>();
    for (String id : List.of("a1", "b1", "a2", "b2", "c1")) {
      ClusterState.Addition addition = state.add(List.of(Claim.of(id, id)), options);
      consolidated.add(addition.consolidated());
      state = addition.state();
    }

    assertThat(consolidated).containsExactly(true, true, false, true, false);
    assertThat(state.consolidatedAt()).isEqualTo(4);
    assertThat(state.clusters()).extracting(c -> ids(c).stream().sorted().toList())
        .containsExactlyInAnyOrder(List.of("a1", "a2"), List.of("b1", "b2"), List.of("c1"));
  }

  /** Two earlier clusters whose claims now form one group: the lower id survives, the other merges. */
  @Test
  void consolidationMergesClustersWhoseClaimsNowGroupTogether() {
    ClusterOptions options = STANDARD.withScorer(TableScorer.of(
        Map.of("x y", 0.3, "x z", 0.9, "y z", 0.6, "w x", 0.9, "w z", 0.9, "w y", 0.5), 0.0));
    ClusterState state = ClusterState.empty().add(List.of(Claim.of("x", "x"), Claim.of("y", "y")), options).state();

    ClusterState.Addition both = state.add(List.of(Claim.of("z", "z"), Claim.of("w", "w")), options);

    assertThat(both.consolidated()).isTrue();
    assertThat(both.merged()).containsExactly(new ClusterState.Merge(2, 1));
    assertThat(both.moved()).isEmpty();
    assertThat(both.changed()).singleElement().satisfies(c -> assertThat(ids(c)).containsExactlyInAnyOrder("w", "x", "y", "z"));
    assertThat(both.state().liveId(2)).isEqualTo(OptionalInt.of(1));
  }

  @Test
  void showsCountsInToString() {
    assertThat(ClusterState.empty().add(ARMY, STANDARD).state().toString())
        .isEqualTo("ClusterState[1 cluster, 2 claims, 0 merged, next id 2]");
  }

  private static int idOf(ClusterState state, String claimId) {
    return state.clusters().stream().filter(c -> ids(c).contains(claimId)).findFirst().orElseThrow().number();
  }

  private static List<String> ids(ClaimCluster c) {
    return c.claims().stream().map(Claim::id).toList();
  }

}
