package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.claimcompare.cluster.CandidateGenerator;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.cluster.ClusterState;
import org.claimcompare.cluster.Clusterer;

/**
 * Properties of {@link ClusterState#add} over batches of claims made of a small vocabulary (so
 * that claims cluster, grow and merge): after any sequence of batches every claim is in exactly one
 * live cluster, an id is never given twice, a merged id is never live again and leads to a live
 * one, one batch gives one-shot clustering, and every state reads back as itself.
 */
@Tag("property")
@AddLifecycleHook(PropertyLedger.class)
class ClusterStatePropertyTest {
  private static final ClusterOptions OPTIONS = ClusterOptions.standard();
  private static final ForkJoinPool ONE_THREAD = new ForkJoinPool(1);
  private static final ForkJoinPool EIGHT_THREADS = new ForkJoinPool(8);

  @Provide
  Arbitrary<List<List<String>>> batches() {
    Arbitrary<String> text = Arbitraries.of(
            "army", "capital", "talks", "mayor", "city", "grain", "war", "peace", "troops", "border", "the", "will")
        .list().ofMinSize(2).ofMaxSize(6).map(words -> String.join(" ", words));
    return text.list().ofMaxSize(8).list().ofMinSize(1).ofMaxSize(5);
  }

  @Property
  @TriesScale(0.1)
  void keepsEveryClaimInOneLiveClusterAndNeverReusesAnId(@ForAll("batches") List<List<String>> batches) {
    addsKeepingTheInvariants(batches, OPTIONS, false);
  }

  /**
   * Where scores do not depend on the corpus (rarity at strength 0), the scores known from earlier
   * additions are those a run over all claims gives, and up to 1,000 claims every pair is a
   * candidate: a consolidation then gives one-shot clustering's partition of all claims.
   */
  @Property
  @TriesScale(0.1)
  void consolidationGivesOneShotPartitionWhereScoresDoNotDependOnTheCorpus(
      @ForAll("batches") List<List<String>> batches) {
    addsKeepingTheInvariants(batches,
        OPTIONS.withScorer(org.claimcompare.score.AlignmentScorer.clustering().withRarityStrength(0)), true);
  }

  private static void addsKeepingTheInvariants(List<List<String>> batches, ClusterOptions options,
      boolean oneShotOnConsolidation) {
    ClusterState state = ClusterState.empty();
    Set<Integer> given = new HashSet<>();
    Set<String> added = new HashSet<>();
    for (List<Claim> batch : claims(batches)) {
      int before = state.nextId();
      ClusterState earlier = state;
      ClusterState.Addition addition = state.add(batch, options);
      state = addition.state();
      assertMovesAndConsolidation(earlier, addition, oneShotOnConsolidation ? options : null);
      batch.forEach(c -> added.add(c.id()));

      for (ClaimCluster c : addition.created()) {
        assertThat(c.number()).isGreaterThanOrEqualTo(before);
        assertThat(given.add(c.number())).as("id %s given twice", c.number()).isTrue();
      }
      assertThat(addition.changed()).allSatisfy(c -> assertThat(c.number()).isLessThan(before));
      List<String> ids = state.clusters().stream().flatMap(c -> c.claims().stream()).map(Claim::id).toList();
      assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(added);
      Set<Integer> live = state.clusters().stream().map(ClaimCluster::number).collect(Collectors.toSet());
      assertThat(given).containsAll(live);
      for (int id : state.merges().keySet()) {
        assertThat(live).doesNotContain(id);
        assertThat(state.liveId(id)).isPresent();
      }
      assertThat(live.size() + state.merges().size()).isEqualTo(state.nextId() - 1);
    }
    assertThat(ClusterState.fromBytes(state.toBytes())).isEqualTo(state);
  }

  /**
   * A consolidation happens when the claims have doubled, and (given {@code oneShot} options) gives
   * one-shot clustering's partition of all claims; each move names the cluster its claim was in and
   * the one it is in now; claims move only in a consolidation.
   */
  private static void assertMovesAndConsolidation(ClusterState earlier, ClusterState.Addition addition,
      @org.jspecify.annotations.Nullable ClusterOptions oneShot) {
    ClusterState state = addition.state();
    boolean doubled = state.claims().size() >= 2L * earlier.consolidatedAt() && !addition.state().equals(earlier);
    assertThat(addition.consolidated()).isEqualTo(doubled);
    if (addition.consolidated()) {
      if (oneShot != null) {
        assertThat(partition(state.clusters())).isEqualTo(partition(Clusterer.cluster(state.claims(), oneShot)));
      }
      assertThat(state.consolidatedAt()).isEqualTo(state.claims().size());
    } else {
      assertThat(addition.moved()).isEmpty();
    }
    for (ClusterState.Move m : addition.moved()) {
      assertThat(earlier.cluster(m.from()).orElseThrow().claims()).extracting(Claim::id).contains(m.claim());
      assertThat(state.cluster(m.into()).orElseThrow().claims()).extracting(Claim::id).contains(m.claim());
    }
  }

  private static Set<Set<String>> partition(List<ClaimCluster> clusters) {
    return clusters.stream().map(c -> c.claims().stream().map(Claim::id).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }

  /**
   * Linking onto earlier clusters puts the edges of one earlier cluster's nodes in one component,
   * so that no two threads link the same cluster at once: on eight threads as on one.
   */
  @Property
  @TriesScale(0.1)
  void addsAlikeOnOneThreadAndOnMany(@ForAll("batches") List<List<String>> batches) {
    ClusterState oneThread = Pools.callIn(ONE_THREAD, () -> addAll(batches));

    assertThat(Pools.callIn(EIGHT_THREADS, () -> addAll(batches))).isEqualTo(oneThread);
  }

  /**
   * A state keeps the texts it prepared for the next addition; what it adds is the same as what the
   * state read back from its bytes (which prepares every text afresh) adds, and the same when an
   * earlier state is added to a second time.
   */
  @Property
  @TriesScale(0.1)
  void addsAlikeWhetherTheStateWasKeptReadBackOrAddedToBefore(@ForAll("batches") List<List<String>> batches) {
    addsAlikeKeptReadBackOrAddedToBefore(batches, OPTIONS);
  }

  /** The same with a bounded generator of low caps, whose index grows with the state. */
  @Property
  @TriesScale(0.1)
  void addsAlikeWithABoundedGeneratorWhoseIndexGrows(@ForAll("batches") List<List<String>> batches) {
    addsAlikeKeptReadBackOrAddedToBefore(batches,
        OPTIONS.withCandidates(CandidateGenerator.sharedRareWords(3, 4, 2)));
  }

  private static void addsAlikeKeptReadBackOrAddedToBefore(List<List<String>> batches, ClusterOptions options) {
    ClusterState state = ClusterState.empty();
    for (List<Claim> batch : claims(batches)) {
      ClusterState.Addition kept = state.add(batch, options);
      ClusterState.Addition again = state.add(batch, options);
      ClusterState.Addition readBack = ClusterState.fromBytes(state.toBytes()).add(batch, options);

      assertThat(again).isEqualTo(kept);
      assertThat(readBack).isEqualTo(kept);
      state = kept.state();
    }
  }

  private static ClusterState addAll(List<List<String>> batches) {
    ClusterState state = ClusterState.empty();
    for (List<Claim> batch : claims(batches)) {
      state = state.add(batch, OPTIONS).state();
    }
    return state;
  }

  /** The batches' texts as claims, numbered c000, c001, ... across the batches. */
  private static List<List<Claim>> claims(List<List<String>> batches) {
    List<List<Claim>> out = new ArrayList<>();
    int n = 0;
    for (List<String> texts : batches) {
      List<Claim> batch = new ArrayList<>();
      for (String text : texts) {
        batch.add(Claim.of(String.format(Locale.ROOT, "c%03d", n++), text));
      }
      out.add(batch);
    }
    return out;
  }


  @Property
  @TriesScale(0.1)
  void oneBatchGivesOneShotClustering(@ForAll("batches") List<List<String>> batches) {
    List<Claim> claims = new ArrayList<>();
    for (String text : batches.stream().flatMap(List::stream).toList()) {
      claims.add(Claim.of("c" + claims.size(), text));
    }

    assertThat(ClusterState.empty().add(claims, OPTIONS).state().clusters())
        .containsExactlyElementsOf(Claims.cluster(claims, OPTIONS));
  }
}
