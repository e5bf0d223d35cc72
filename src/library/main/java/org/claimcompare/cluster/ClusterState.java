package org.claimcompare.cluster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Lists;
import com.google.errorprone.annotations.CheckReturnValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.cluster.ProgressListener.Phase;
import org.jspecify.annotations.Nullable;

/**
 * A clustering that claims are added to in batches, each cluster named by a stable id.
 *
 * <p>{@link #add} links a batch onto the clusters so far by the rules of {@link Clusterer}: the
 * claims of the state and the batch are compiled together (so word rarity follows the whole corpus
 * as it grows), the candidate generator proposes pairs among all of them, and only the pairs with a
 * new claim are scored and taken, strongest first, with the same average linkage, complete-linkage
 * floor and cohesion rule. The clusters so far are the linkage's starting units and are never
 * split: a new claim joins one, forms a new cluster with other new claims, or bridges two or more,
 * which then merge. Two earlier clusters are compared again only when a new claim's edge brings
 * them together.
 *
 * <p>Consolidation. Linking onto clusters that never split drifts from what clustering all claims
 * at once gives: a statement's first rendering, alone in its batch, may be taken by another
 * statement's cluster by a weak edge that, in a run over all claims, would have failed the
 * average linkage once its own renderings were there. So an addition that brings the claims to at
 * least twice as many as after the last consolidation ({@link #consolidatedAt()}; the first batch is
 * one) links all claims afresh by the rules of {@link Clusterer#cluster}, from one claim each,
 * over every candidate pair proposed so far (those among earlier claims kept from their additions
 * with the scores they were given then, those with a new claim proposed and scored now; up to
 * 1,000 claims with a scorer whose scores do not depend on the corpus, the partition is exactly
 * {@link Clusterer#cluster}'s), and gives the groups the ids below; claims may then move between clusters, and {@link Addition#moved()} lists them. As
 * the claims double between consolidations, their cost over any sequence of additions is at most
 * about twice that of one run over the final claims (a geometric series), and the claims added
 * since the last consolidation are never more than the claims it linked.
 *
 * <p>Ids. A new cluster takes the next unused id; the new clusters of one batch take theirs in the
 * order {@link Clusterer#cluster} lists clusters (larger first, then by smallest claim id), so that
 * a first batch is numbered exactly as one-shot clustering numbers it. A cluster keeps its id as it
 * grows; when clusters merge, the lowest (oldest) id survives and each other one is recorded as
 * {@linkplain #merges() merged into it}. In a consolidation each earlier cluster's heir is the new
 * group holding most of its claims (ties: the group first in {@link Clusterer#cluster}'s order); a
 * group takes the lowest id of the clusters it is heir to, and their other ids merge into it; a
 * group that is no cluster's heir takes a new id, and its claims from earlier clusters have moved.
 * An id is never given twice. A cluster's {@link ClaimCluster#number()} is its id. A cluster whose
 * members did not change is kept as it was, representative and member scores included. A new
 * cluster's representative is its medoid, as in {@link Clusterer#cluster}; a changed one's is the
 * most central (by the same measure) of its earlier representatives and the claims it did not have,
 * so that an addition does not compare every member of a grown cluster with the others. A member of
 * an earlier cluster keeps its score against that cluster's representative while the two stay
 * together (computed under the rarity of its time); every other member score is computed under the
 * rarity of the whole corpus.
 *
 * <pre>{@code
 * ClusterState.Addition first = ClusterState.empty().add(List.of(
 *     Claim.of("a1", "The army will not stop until the capital is taken"),
 *     Claim.of("d1", "Grain exports fell sharply in March")), ClusterOptions.standard());
 * first.created()   // [ClaimCluster[#1 size=1 rep="The army will not stop until the capital is taken"],
 *                   //  ClaimCluster[#2 size=1 rep="Grain exports fell sharply in March"]]
 * ClusterState.Addition second = first.state().add(List.of(
 *     Claim.of("a2", "the army will not stop until it takes the capital")), ClusterOptions.standard());
 * second.changed()  // [ClaimCluster[#1 size=2 rep="The army will not stop until the capital is taken"]]
 * second.created()  // []
 * }</pre>
 *
 * <p>The options must keep the threshold, fragment linking and minimum words of the first batch
 * (the clusters so far were made by them); the scorer and candidate generator are the caller's to
 * keep. One batch holding all claims gives the partition, representatives and numbers of {@link
 * Clusterer#cluster}.
 *
 * <p>What a state keeps for the next addition: in memory, its texts as the scorer prepared them,
 * the candidate generator's index over them, where its claims are (with their member scores) and
 * their id order, so that an addition prepares and indexes only its new texts and looks its claims
 * up by index, and the pairs of claims whose comparisons of clusters ended below the floor, which a
 * later comparison of clusters holding both scores first (a state read back from bytes rebuilds all
 * of it at its next addition, or keeps no such pairs, with the same result); in the state
 * itself, every candidate pair proposed so far, so that a consolidation proposes and scores only
 * from the new claims. Cost of an addition of b claims to a state of n that does not consolidate:
 * preparing, indexing and probing from the b new claims, scoring their proposed pairs, linking
 * their edges, and representatives of the changed clusters (a grown cluster's is the most central
 * of its earlier representative and its new claims), plus a few passes over the n claims; a
 * consolidation adds linking all claims over the known pairs and the representatives of the
 * clusters that changed. {@code docs/design.md} ("Incremental clustering") has the details and
 * {@code docs/benchmarks.md} the measurement.
 *
 * <p>{@link #toBytes()} (or {@link #writeTo}, which streams) and {@link #fromBytes(byte[])} write
 * and read the documented binary format ({@code docs/design.md}, "Cluster state format"), checked
 * by a CRC-32; the library opens no file.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClusterState {
  /** The version of the format {@link #toBytes()} writes and {@link #fromBytes(byte[])} reads. */
  public static final int FORMAT_VERSION = 2;

  private static final long[] NO_PAIRS = {};

  private static final ClusterState EMPTY = new ClusterState(
      ImmutableList.of(), ImmutableSortedMap.of(), ImmutableSortedMap.of(), 1, 0, KnownPairs.NONE, Optional.empty());

  /** Every claim, in the order added. */
  private final ImmutableList<Claim> claims;
  /** The live clusters by id. */
  private final ImmutableSortedMap<Integer, ClaimCluster> clusters;
  /** Each merged id, with the id it merged into. */
  private final ImmutableSortedMap<Integer, Integer> merges;
  /** The id the next new cluster takes. */
  private final int nextId;
  /** How many claims the state held after its last consolidation; 0 before the first claim. */
  private final int consolidatedAt;
  /** The candidate pairs proposed so far, for the next consolidation. */
  private final KnownPairs pairs;
  /** The settings the clusters were made with; empty before the first claim. */
  private final Optional<Settings> settings;
  /**
   * The linked claims' distinct texts as the last addition prepared them, so that the next
   * prepares only its new texts; null for a state read from bytes (the next addition prepares all).
   * Not part of the state's value: it changes no result.
   */
  private final @Nullable PreparedCorpus corpus;
  /**
   * Where the claims are (index by id, cluster by index), as the last addition left them; made on
   * demand for a state read from bytes. Not part of the state's value.
   */
  private volatile @Nullable ClaimPlaces places;
  /**
   * The linked claims' indexes among them (in the state's order) in id order, as the last addition
   * sorted them, so that the next merges its batch in rather than sorting all; null when not known
   * (a state read from bytes). Not part of the state's value.
   */
  private final int @Nullable [] linkedById;
  /**
   * Pairs of claims (state indexes, {@code i << 32 | j}, i < j, ascending) that comparisons of
   * clusters found below the complete-linkage floor since the last consolidation (its own
   * included), in two clusters still, so that a later comparison of clusters holding both scores
   * that pair first ({@link Clusterer#linkOnto}): at most one a comparison, so they grow no faster
   * than the claims; empty for a state read from bytes. Not part of the state's value: it changes
   * no result.
   */
  private final long[] belowFloor;

  ClusterState(ImmutableList<Claim> claims, ImmutableSortedMap<Integer, ClaimCluster> clusters,
      ImmutableSortedMap<Integer, Integer> merges, int nextId, int consolidatedAt, KnownPairs pairs,
      Optional<Settings> settings) {
    this(claims, clusters, merges, nextId, consolidatedAt, pairs, settings, null, null, null, NO_PAIRS);
  }

  private ClusterState(ImmutableList<Claim> claims, ImmutableSortedMap<Integer, ClaimCluster> clusters,
      ImmutableSortedMap<Integer, Integer> merges, int nextId, int consolidatedAt, KnownPairs pairs,
      Optional<Settings> settings, @Nullable PreparedCorpus corpus, @Nullable ClaimPlaces places,
      int @Nullable [] linkedById, long[] belowFloor) {
    this.claims = claims;
    this.clusters = clusters;
    this.merges = merges;
    this.nextId = nextId;
    this.consolidatedAt = consolidatedAt;
    this.pairs = pairs;
    this.settings = settings;
    this.corpus = corpus;
    this.places = places;
    this.linkedById = linkedById;
    this.belowFloor = belowFloor;
  }

  /**
   * The options a state's clusters depend on beyond the scorer: an addition must use the same.
   *
   * @param threshold the clustering threshold
   * @param linksFragments whether fragments are linked
   * @param minimumWords the fewest words of a linked claim
   */
  record Settings(double threshold, boolean linksFragments, int minimumWords) {
    static Settings of(ClusterOptions options) {
      return new Settings(options.threshold(), options.linksFragments(), options.minimumWords());
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "threshold %s, fragments %s, minimum words %d", threshold,
          linksFragments ? "linked" : "apart", minimumWords);
    }
  }

  /**
   * Returns the state without claims; its first cluster will take id 1.
   *
   * @return the empty state
   */
  public static ClusterState empty() {
    return EMPTY;
  }

  /**
   * Adds a batch of claims: each joins a cluster, forms a new one, or bridges clusters that then
   * merge (see the class description). This state is unchanged.
   *
   * @param batch the new claims, with ids unique among themselves and the state's
   * @param options the threshold, scorer and candidate generator; the threshold, fragment linking
   *     and minimum words must be those of the state's earlier additions
   * @return the new state and what changed
   * @throws IllegalArgumentException if a claim id is repeated or already in the state, or the
   *     options' threshold, fragment linking or minimum words differ from the state's
   * @throws IllegalStateException if the ids would run past {@link Integer#MAX_VALUE}
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted during
   *     the run (its interrupt flag stays set)
   */
  @CheckReturnValue
  public Addition add(List<Claim> batch, ClusterOptions options) {
    checkNotNull(batch, "batch");
    checkNotNull(options, "options");
    Settings asked = Settings.of(options);
    checkArgument(settings.isEmpty() || settings.get().equals(asked),
        "the state was clustered with %s; the options have %s", settings.orElse(asked), asked);
    ClaimPlaces placed = places();
    Set<String> batchIds = new HashSet<>();
    for (Claim c : batch) {
      checkArgument(batchIds.add(c.id()), "duplicate claim id in the batch: %s", c.id());
      checkArgument(!placed.contains(c.id()), "claim id already in the state: %s", c.id());
    }
    if (batch.isEmpty()) {
      return new Addition(this, false, List.of(), List.of(), List.of(), List.of());
    }
    return new Adding(placed, options).add(batch.stream().sorted(Comparator.comparing(Claim::id)).toList());
  }

  /** Where the claims are: kept from the last addition, or made now. */
  private ClaimPlaces places() {
    ClaimPlaces known = places;
    if (known == null) {
      known = ClaimPlaces.of(claims, clusters);
      places = known;
    }
    return known;
  }

  /**
   * Whether adding {@code batch} claims consolidates: when the claims will be at least twice as
   * many as after the last consolidation (so always for the first batch, which is one-shot
   * clustering).
   */
  private boolean consolidates(int batch) {
    return (long) claims.size() + batch >= 2L * consolidatedAt;
  }

  /**
   * One addition: links the batch onto the clusters so far, or, consolidating, all claims afresh;
   * then sorts the resulting groups into kept, changed and new, with their merges and moves.
   */
  private final class Adding {
    private final ClaimPlaces placed;
    private final ClusterOptions options;
    private final TreeMap<Integer, ClaimCluster> live = new TreeMap<>(clusters);
    private final TreeMap<Integer, Integer> merged = new TreeMap<>(merges);
    private final List<ClaimCluster> changedClusters = new ArrayList<>();
    private final List<Merge> newMerges = new ArrayList<>();
    private final List<Move> moves = new ArrayList<>();
    /** The claims moving into new clusters, whose ids are not known yet: claim id and earlier id. */
    private final Map<String, Integer> movingToNew = new HashMap<>();
    /** The new clusters, each by its size, smallest claim id and maker from its id. */
    private final List<Pending> pending = new ArrayList<>();
    /** The clusters whose members changed, with their ids at the same index. */
    private final List<Pending> changed = new ArrayList<>();
    private final List<Integer> changedIds = new ArrayList<>();
    /** The member scores of the new and changed clusters, in the order of their claims' state indexes. */
    private double[][] createdScores = {};
    private double[][] changedScores = {};
    /** The corpus prepared for this addition's run, if it ran one. */
    private @Nullable PreparedCorpus prepared = corpus;

    /** The state index of each linked claim, at its index among them. */
    private int[] stateIndex = {};
    /**
     * Per claim of the linking, by its index there: its position in its group, once that group is
     * {@linkplain #change changed} (groups are disjoint, so one array serves them all).
     */
    private int[] positionInGroup = {};
    /** The linked claims' indexes in id order, if known before the run; after it, the run's. */
    private int @Nullable [] byId;

    Adding(ClaimPlaces placed, ClusterOptions options) {
      this.placed = placed;
      this.options = options;
    }

    Addition add(List<Claim> batch) {
      boolean consolidating = consolidates(batch.size());
      // The linked claims, earlier ones in the order added, then the batch's; their index in the
      // state's claim list, so that pairs are kept by it.
      List<Claim> linked = new ArrayList<>();
      stateIndex = new int[claims.size() + batch.size()];
      int[] linkedIndex = new int[claims.size()];
      for (int k = 0; k < claims.size(); k++) {
        Claim c = claims.get(k);
        linkedIndex[k] = -1;
        if (!Clusterer.keptApart(c, options)) {
          linkedIndex[k] = linked.size();
          stateIndex[linked.size()] = k;
          linked.add(c);
        }
      }
      int earlierLinked = linked.size();
      boolean anyLinked = false;
      for (int k = 0; k < batch.size(); k++) {
        Claim c = batch.get(k);
        if (Clusterer.keptApart(c, options)) {
          pending.add(new Pending(1, c.id(), new int[] {claims.size() + k}, (id, scores) -> {
            scores[0] = 1.0;
            return new ClaimCluster(id, c, List.of(new ClaimCluster.Member(c, 1.0)));
          }));
        } else {
          stateIndex[linked.size()] = claims.size() + k;
          linked.add(c);
          anyLinked = true;
        }
      }
      byId = linkedById == null ? null : mergedById(linkedById, linked, earlierLinked);
      // The linked claims whose word statistics the blocking index proposes by: all when
      // consolidating, else those linked at the last consolidation (GrowingIndex.settled).
      int settled = linked.size();
      if (!consolidating) {
        settled = 0;
        for (int k = 0; k < Math.min(consolidatedAt, claims.size()); k++) {
          settled += linkedIndex[k] >= 0 ? 1 : 0;
        }
      }
      KnownPairs known = pairs;
      long[] found = NO_PAIRS;
      if (consolidating && !linked.isEmpty()) {
        Set<Claim> added = Collections.newSetFromMap(new IdentityHashMap<>());
        added.addAll(linked.subList(earlierLinked, linked.size()));
        Clusterer.Linking linking = pairs.complete()
            ? Clusterer.linkAfresh(linked, options, new Preparing(linked, settled), added::contains, inLinked(linkedIndex),
                pairs.scores(), belowFloorIn(linkedIndex))
            : Clusterer.linkAfresh(linked, options, new Preparing(linked, settled), belowFloorIn(linkedIndex));
        known = pairs.with(inState(linking.newPairs(), stateIndex), linking.newPairScores(), true);
        takeAll(linking);
        found = inState(linking.belowFloor(), stateIndex);
        byId = idOrder(linking);
      } else if (anyLinked) {
        int[] startOf = new int[linked.size()];
        for (int k = 0; k < startOf.length; k++) {
          startOf[k] = k < earlierLinked ? placed.clusterAt(stateIndex[k]) : -1;
        }
        Clusterer.Linking linking = Clusterer.linkOnto(linked, options, startOf, new Preparing(linked, settled),
            belowFloorIn(linkedIndex));
        known = pairs.with(inState(linking.newPairs(), stateIndex), linking.newPairScores(), false);
        for (int[] group : linking.groups()) {
          take(linking, group);
        }
        found = inState(linking.belowFloor(), stateIndex);
        byId = idOrder(linking);
      }
      List<ClaimCluster> created = createdInOrder();
      ImmutableList<Claim> all = ImmutableList.<Claim>builderWithExpectedSize(claims.size() + batch.size())
          .addAll(claims).addAll(batch).build();
      int[] clusterAt = placed.clustersFor(all.size());
      double[] scoreAt = placed.scoresFor(all.size());
      for (int k = 0; k < created.size(); k++) {
        int[] at = pending.get(k).at();
        for (int m = 0; m < at.length; m++) {
          clusterAt[at[m]] = created.get(k).number();
          scoreAt[at[m]] = createdScores[k][m];
        }
      }
      for (int k = 0; k < changed.size(); k++) {
        int[] at = changed.get(k).at();
        for (int m = 0; m < at.length; m++) {
          clusterAt[at[m]] = changedIds.get(k);
          scoreAt[at[m]] = changedScores[k][m];
        }
      }
      ClusterState state = new ClusterState(all, ImmutableSortedMap.copyOf(live),
          ImmutableSortedMap.copyOf(merged), nextId + created.size(), consolidating ? all.size() : consolidatedAt,
          known, Optional.of(Settings.of(options)), prepared, placed.extendedWith(claims, batch, clusterAt, scoreAt), byId,
          stillApart(consolidating ? NO_PAIRS : belowFloor, found, clusterAt));
      changedClusters.sort(Comparator.comparingInt(ClaimCluster::number));
      newMerges.sort(Comparator.comparingInt(Merge::absorbed));
      moves.sort(Comparator.comparing(Move::claim));
      return new Addition(state, consolidating, created, changedClusters, newMerges, moves);
    }

    /** The pairs found below the floor, as indexes into the linked claims ({@code linkedIndex} by state index). */
    private long[] belowFloorIn(int[] linkedIndex) {
      long[] out = new long[belowFloor.length];
      for (int k = 0; k < out.length; k++) {
        long pair = belowFloor[k];
        out[k] = (long) linkedIndex[(int) (pair >>> 32)] << 32 | linkedIndex[(int) pair];
      }
      return out;
    }

    /**
     * The pairs below the floor {@code earlier} and {@code found} now (state indexes, ascending), but
     * those whose claims are now in one cluster: such clusters are not compared again.
     */
    private long[] stillApart(long[] earlier, long[] found, int[] clusterAt) {
      LongList kept = new LongList();
      for (long[] from : List.of(earlier, found)) {
        for (long pair : from) {
          if (clusterAt[(int) (pair >>> 32)] != clusterAt[(int) pair]) {
            kept.add(pair);
          }
        }
      }
      return LongList.sortedDistinct(kept.toArray());
    }

    /**
     * The known pairs as indexes into the linked claims ({@code linkedIndex} by state index). Every
     * known pair was proposed by a run over linked claims, and what is kept apart is fixed with the
     * state's settings, so both claims of each are linked.
     */
    private long[] inLinked(int[] linkedIndex) {
      long[] out = new long[pairs.size()];
      int k = 0;
      for (long[] chunk : pairs.pairChunks()) {
        for (long pair : chunk) {
          int a = linkedIndex[(int) (pair >>> 32)];
          int b = linkedIndex[(int) pair];
          checkState(a >= 0 && b >= 0, "a known pair with a claim kept apart: %s", pair);
          out[k++] = (long) a << 32 | b;
        }
      }
      return out;
    }

    /** Pairs of indexes into the linked claims as indexes into the state's claims. */
    private long[] inState(long[] linkedPairs, int[] stateIndex) {
      long[] out = new long[linkedPairs.length];
      for (int k = 0; k < out.length; k++) {
        long pair = linkedPairs[k];
        out[k] = (long) stateIndex[(int) (pair >>> 32)] << 32 | stateIndex[(int) pair];
      }
      return out;
    }

    /**
     * Prepares a run's texts from the corpus so far, keeping the corpus made, and proposes from its
     * index: the state's corpus extended with the new texts, in the order of the linked claims
     * (the state's order: batch after batch, each by id).
     */
    private final class Preparing implements Clusterer.Preparer {
      private final List<Claim> linked;
      /** How many of the linked claims the index is settled at ({@link PreparedCorpus#propose}). */
      private final int settled;

      Preparing(List<Claim> linked, int settled) {
        this.linked = linked;
        this.settled = settled;
      }

      /**
       * The corpus extended with the linked claims' texts; the run's nodes from it, with the
       * linked claims given to the run.
       */
      @Override
      public Clusterer.RunTexts prepareRun(List<Claim> sorted, int[] byId, int[] nodeOf, Progress progress) {
        // A view: extending the corpus reads only the texts of the claims it lacks.
        PreparedCorpus made = PreparedCorpus.of(corpus, options.scorer(), Lists.transform(linked, Claim::text),
            texts -> progress.start(Phase.COMPILING, texts), done -> progress.at(done));
        progress.end();
        prepared = made;
        int[] textOfNode = made.runNodes(byId, nodeOf);
        return new Clusterer.RunTexts(made.texts().subset(textOfNode), textOfNode);
      }

      @Override
      public int @Nullable [] byId() {
        return byId;
      }

      @Override
      public boolean propose(Probing generator, int[] textOfNode, IntPredicate probe,
          CandidateGenerator.PairSink sink) {
        PreparedCorpus made = prepared;
        if (made == null) {
          return false;
        }
        made.propose(generator, textOfNode, probe, settled, sink);
        return true;
      }
    }

    /** Takes one group of the linkage onto earlier clusters: a new cluster, an unchanged one, or one grown or merged. */
    private void take(Clusterer.Linking linking, int[] group) {
      int[] earlierOf = new int[group.length];
      int added = 0;
      for (int k = 0; k < group.length; k++) {
        earlierOf[k] = earlierCluster(linking, group[k]);
        added += earlierOf[k] < 0 ? 1 : 0;
      }
      if (added == 0) {
        return; // unchanged (earlier clusters never merge without a new claim): kept as it was
      }
      TreeSet<Integer> earlier = new TreeSet<>();
      for (int id : earlierOf) {
        if (id >= 0) {
          earlier.add(id);
        }
      }
      if (earlier.isEmpty()) {
        pending.add(new Pending(group.length, linking.claims().get(group[0]).id(), stateIndexes(linking, group),
            (id, scores) -> linking.cluster(id, group, null, null, scores)));
        return;
      }
      int into = earlier.first();
      for (int absorbed : earlier.tailSet(into, false)) {
        absorb(absorbed, into);
      }
      change(linking, group, into, earlier, earlierOf);
    }

    /**
     * Keeps group {@code group} to be made as the changed cluster {@code into}, heir to the earlier
     * clusters {@code ids}: its representative is the most central of their representatives and of
     * the members that were in none of them ({@code earlierOf} gives each member's earlier cluster,
     * -1 for a new claim): new claims, and in a consolidation claims moved in.
     */
    private void change(Clusterer.Linking linking, int[] group, int into, Set<Integer> ids, int[] earlierOf) {
      int[] at = stateIndexes(linking, group);
      // Per member: whether its earlier cluster is one of ids, and whether it is that one's representative.
      boolean[] heir = new boolean[group.length];
      boolean[] wasRepresentative = new boolean[group.length];
      Map<Integer, Integer> representativeAt = new HashMap<>(2 * ids.size());
      for (int id : ids) {
        representativeAt.put(id, placed.indexOf(clusters.get(id).representative().id()));
      }
      boolean[] candidate = new boolean[group.length];
      for (int k = 0; k < group.length; k++) {
        heir[k] = earlierOf[k] >= 0 && ids.contains(earlierOf[k]);
        wasRepresentative[k] = heir[k] && representativeAt.get(earlierOf[k]) == at[k];
        candidate[k] = !heir[k] || wasRepresentative[k];
      }
      if (positionInGroup.length < linking.claims().size()) {
        positionInGroup = new int[linking.claims().size()];
      }
      int[] position = positionInGroup;
      for (int k = 0; k < group.length; k++) {
        position[group[k]] = k;
      }
      Clusterer.KeptScores kept = keptScores(group, position, at, earlierOf, heir, wasRepresentative);
      changed.add(new Pending(group.length, "", at, (id, scores) -> linking.cluster(into, group,
          k -> candidate[position[k]], kept, scores)));
      changedIds.add(into);
    }

    /**
     * The scores a changed cluster's members keep: a member of one of the earlier clusters it is
     * heir to ({@code heir}) keeps its score against that cluster's representative, while both are
     * in {@code group}. Those scores were computed under the rarity of their time; a member's score
     * is computed again only against a new representative. Looked up by position in the group
     * (ascending; {@code position} gives each member's), from the scores the places keep by state
     * index ({@code at}).
     */
    private Clusterer.KeptScores keptScores(int[] group, int[] position, int[] at, int[] earlierOf, boolean[] heir,
        boolean[] wasRepresentative) {
      double[] score = new double[group.length];
      // Per member of an earlier cluster: the position of that cluster's representative, or -1.
      int[] representative = new int[group.length];
      Map<Integer, Integer> positionOf = new HashMap<>();
      for (int k = 0; k < group.length; k++) {
        score[k] = heir[k] ? placed.scoreAt(at[k]) : Double.NaN;
        if (wasRepresentative[k]) {
          positionOf.put(earlierOf[k], k);
        }
      }
      for (int k = 0; k < group.length; k++) {
        representative[k] = heir[k] ? positionOf.getOrDefault(earlierOf[k], -1) : -1;
      }
      return (x, y) -> {
        int px = position[x];
        int py = position[y];
        if (px >= group.length || group[px] != x || py >= group.length || group[py] != y
            || representative[px] < 0 || earlierOf[px] != earlierOf[py]) {
          return Double.NaN;
        }
        int r = representative[px];
        return r == px ? score[py] : r == py ? score[px] : Double.NaN;
      };
    }

    /** The earlier cluster of the linking's claim {@code k}, or -1 for a claim of the batch. */
    private int earlierCluster(Clusterer.Linking linking, int k) {
      int at = stateIndex[linking.given(k)];
      return at < claims.size() ? placed.clusterAt(at) : -1;
    }

    /**
     * The linked claims in id order, from the earlier ones' ({@code earlierById}, the first {@code
     * earlier} of {@code linked}) and the batch's after them, already in id order: merged.
     */
    private int[] mergedById(int[] earlierById, List<Claim> linked, int earlier) {
      int[] out = new int[linked.size()];
      int a = 0;
      int b = earlier;
      for (int k = 0; k < out.length; k++) {
        boolean fromEarlier = b == linked.size()
            || a < earlierById.length && linked.get(earlierById[a]).id().compareTo(linked.get(b).id()) < 0;
        out[k] = fromEarlier ? earlierById[a++] : b++;
      }
      return out;
    }

    /** The linking's claims' indexes among those given to it, in id order (its order). */
    private int[] idOrder(Clusterer.Linking linking) {
      int[] out = new int[linking.claims().size()];
      for (int k = 0; k < out.length; k++) {
        out[k] = linking.given(k);
      }
      return out;
    }

    /** The state indexes of a group of the linking's claims. */
    private int[] stateIndexes(Clusterer.Linking linking, int[] group) {
      int[] out = new int[group.length];
      for (int k = 0; k < group.length; k++) {
        out[k] = stateIndex[linking.given(group[k])];
      }
      return out;
    }

    private void absorb(int absorbed, int into) {
      live.remove(absorbed);
      merged.put(absorbed, into);
      newMerges.add(new Merge(absorbed, into));
    }

    /**
     * Takes the groups of a consolidation, a linkage of all claims afresh, and gives them ids. Each
     * earlier cluster's heir is the group that holds most of its claims (ties: the group first in
     * the linkage's order, larger first, then by smallest claim id). A group that is the heir of
     * earlier clusters takes the lowest of their ids, and the others merge into it; a group that is
     * no one's heir is new. A claim whose group is not its earlier cluster's heir has moved. A
     * group whose claims are exactly one earlier cluster's is kept as it was.
     */
    private void takeAll(Clusterer.Linking linking) {
      List<int[]> groups = linking.groups();
      Map<Integer, Integer> heirOf = new HashMap<>();
      Map<Integer, Integer> heirCount = new HashMap<>();
      int[][] earlierOf = new int[groups.size()][];
      for (int g = 0; g < groups.size(); g++) {
        int[] group = groups.get(g);
        int[] earlier = new int[group.length];
        Map<Integer, Integer> count = new HashMap<>();
        for (int k = 0; k < group.length; k++) {
          earlier[k] = earlierCluster(linking, group[k]);
          if (earlier[k] >= 0) {
            count.merge(earlier[k], 1, Integer::sum);
          }
        }
        earlierOf[g] = earlier;
        int at = g;
        count.forEach((id, n) -> {
          if (n > heirCount.getOrDefault(id, 0)) {
            heirCount.put(id, n);
            heirOf.put(id, at);
          }
        });
      }
      Map<Integer, TreeSet<Integer>> heirs = new HashMap<>();
      heirOf.forEach((id, g) -> heirs.computeIfAbsent(g, k -> new TreeSet<>()).add(id));
      for (int g = 0; g < groups.size(); g++) {
        int[] group = groups.get(g);
        TreeSet<Integer> ids = heirs.getOrDefault(g, new TreeSet<>());
        int into = ids.isEmpty() ? -1 : ids.first();
        for (int k = 0; k < group.length; k++) {
          int from = earlierOf[g][k];
          if (from >= 0 && !ids.contains(from)) {
            String claim = linking.claims().get(group[k]).id();
            if (into < 0) {
              movingToNew.put(claim, from);
            } else {
              moves.add(new Move(claim, from, into));
            }
          }
        }
        if (into < 0) {
          pending.add(new Pending(group.length, linking.claims().get(group[0]).id(), stateIndexes(linking, group),
              (id, scores) -> linking.cluster(id, group, null, null, scores)));
          continue;
        }
        for (int absorbed : ids.tailSet(into, false)) {
          absorb(absorbed, into);
        }
        boolean same = ids.size() == 1 && heirCount.get(into) == group.length
            && clusters.get(into).size() == group.length;
        if (!same) {
          change(linking, group, into, ids, earlierOf[g]);
        }
      }
    }

    /**
     * The new clusters with their ids, in {@link Clusterer#cluster}'s order; also makes the changed
     * clusters and gives the moves into new clusters their ids. Each picks its representative (a
     * medoid, quadratic in small clusters) on all cores, largest first.
     */
    private List<ClaimCluster> createdInOrder() {
      checkState(pending.size() <= Integer.MAX_VALUE - nextId,
          "cluster ids exhausted: %s new clusters after id %s", pending.size(), nextId - 1);
      pending.sort(Comparator.comparingInt(Pending::size).reversed().thenComparing(Pending::firstId));
      ClaimCluster[] made = new ClaimCluster[pending.size()];
      ClaimCluster[] remade = new ClaimCluster[changed.size()];
      createdScores = new double[made.length][];
      changedScores = new double[remade.length][];
      Parallel.forEach(made.length + remade.length, k -> {
        if (k < made.length) {
          createdScores[k] = new double[pending.get(k).size()];
          made[k] = pending.get(k).make().make(nextId + k, createdScores[k]);
        } else {
          Pending p = changed.get(k - made.length);
          changedScores[k - made.length] = new double[p.size()];
          remade[k - made.length] = p.make().make(changedIds.get(k - made.length), changedScores[k - made.length]);
        }
      });
      for (ClaimCluster c : remade) {
        live.put(c.number(), c);
        changedClusters.add(c);
      }
      for (ClaimCluster c : made) {
        live.put(c.number(), c);
        if (!movingToNew.isEmpty()) {
          for (Claim claim : c.claims()) {
            Integer from = movingToNew.get(claim.id());
            if (from != null) {
              moves.add(new Move(claim.id(), from, c.number()));
            }
          }
        }
      }
      return List.of(made);
    }
  }

  /**
   * A new or changed cluster before it is made: its size, smallest claim id, its claims' state
   * indexes and its maker.
   */
  private record Pending(int size, String firstId, int[] at, Maker make) {}

  /** Makes a cluster. */
  private interface Maker {
    /** The cluster of this id, each member's score written to {@code scores} at its place in {@code at}. */
    ClaimCluster make(int id, double[] scores);
  }

  /**
   * Returns the live clusters, by id.
   *
   * @return the clusters, each numbered by its id
   */
  public List<ClaimCluster> clusters() {
    return clusters.values().asList();
  }

  /**
   * Returns the live cluster with this id, if any.
   *
   * @param id a cluster id
   * @return the cluster; empty if the id was merged into another or never given
   */
  public Optional<ClaimCluster> cluster(int id) {
    return Optional.ofNullable(clusters.get(id));
  }

  /**
   * Returns the id of the live cluster that holds the claims of cluster {@code id}: the id itself
   * while it is live, else the end of its chain of merges.
   *
   * @param id a cluster id
   * @return the live id; empty if the id was never given
   */
  public OptionalInt liveId(int id) {
    int at = id;
    for (Integer into = merges.get(at); into != null; into = merges.get(at)) {
      at = into;
    }
    return clusters.containsKey(at) ? OptionalInt.of(at) : OptionalInt.empty();
  }

  /**
   * Returns every merge so far: each merged id with the id it merged into (lower than it).
   *
   * @return the merges, by merged id
   */
  public Map<Integer, Integer> merges() {
    return merges;
  }

  /**
   * Returns every claim of the state, in the order added: batch after batch, each batch by id.
   *
   * @return the claims
   */
  public List<Claim> claims() {
    return claims;
  }

  /**
   * Returns the id the next new cluster will take; every id below it has been given.
   *
   * @return the next id, at least 1
   */
  public int nextId() {
    return nextId;
  }

  Optional<Settings> settings() {
    return settings;
  }

  KnownPairs knownPairs() {
    return pairs;
  }

  /**
   * Returns how many claims the state held after its last consolidation: the next addition that
   * brings the claims to twice as many or more consolidates.
   *
   * @return the claims after the last consolidation; 0 for the empty state
   */
  public int consolidatedAt() {
    return consolidatedAt;
  }

  /**
   * Returns the state in the binary format of {@code docs/design.md} ("Cluster state format"):
   * version {@value #FORMAT_VERSION}, ending with a CRC-32 of what precedes it.
   *
   * @return the state's bytes
   */
  public byte[] toBytes() {
    return ClusterStateFormat.write(this);
  }

  /**
   * Writes the state to {@code out} in the format of {@link #toBytes()}, as it goes, without
   * holding all its bytes (a state of 824 k claims is about 420 MB). The stream is flushed, not
   * closed; the library opens no file: saving is the caller's (the command line writes into a
   * temporary file and renames it).
   *
   * @param out where to write the bytes
   * @throws IOException if {@code out} throws it
   */
  public void writeTo(OutputStream out) throws IOException {
    ClusterStateFormat.write(this, checkNotNull(out, "out"));
  }

  /**
   * Reads a state written by {@link #toBytes()}.
   *
   * @param bytes the state's bytes
   * @return the state
   * @throws IllegalArgumentException if the bytes are not a cluster state, are of a newer version,
   *     are truncated or corrupted (the CRC-32 does not match), or describe an inconsistent state;
   *     the message says which
   */
  public static ClusterState fromBytes(byte[] bytes) {
    return ClusterStateFormat.read(checkNotNull(bytes, "bytes"));
  }

  /** Whether two states hold the same claims, clusters, merges, next id and settings. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ClusterState other && nextId == other.nextId && consolidatedAt == other.consolidatedAt
        && claims.equals(other.claims) && pairs.equals(other.pairs)
        && clusters.equals(other.clusters) && merges.equals(other.merges) && settings.equals(other.settings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(claims, clusters, merges, nextId, consolidatedAt, pairs, settings);
  }

  /** Returns the state as {@code ClusterState[2 clusters, 3 claims, 1 merged, next id 4]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ClusterState[%d %s, %d %s, %d merged, next id %d]", clusters.size(),
        clusters.size() == 1 ? "cluster" : "clusters", claims.size(), claims.size() == 1 ? "claim" : "claims",
        merges.size(), nextId);
  }

  /**
   * What one {@link ClusterState#add} changed.
   *
   * @param state the state after the addition
   * @param consolidated whether this addition was a consolidation, a linkage of all claims afresh
   *     (the first batch is one)
   * @param created the new clusters, by id
   * @param changed the clusters that were there before and whose members changed (they gained new
   *     claims, absorbed other clusters, or, in a consolidation, gained or lost claims that moved),
   *     by id, as they are now
   * @param merged the merges of this addition, by absorbed id
   * @param moved the claims of earlier clusters that a consolidation moved to another cluster
   *     (other than by a merge of their whole cluster), by claim id
   */
  public record Addition(ClusterState state, boolean consolidated, List<ClaimCluster> created,
      List<ClaimCluster> changed, List<Merge> merged, List<Move> moved) {
    /**
     * Validates the fields and copies the lists.
     *
     * @param state see the record description
     * @param consolidated see the record description
     * @param created see the record description
     * @param changed see the record description
     * @param merged see the record description
     * @param moved see the record description
     */
    public Addition {
      checkNotNull(state, "state");
      created = ImmutableList.copyOf(checkNotNull(created, "created"));
      changed = ImmutableList.copyOf(checkNotNull(changed, "changed"));
      merged = ImmutableList.copyOf(checkNotNull(merged, "merged"));
      moved = ImmutableList.copyOf(checkNotNull(moved, "moved"));
    }

    /**
     * Returns the addition as {@code Addition[2 created, 1 changed, 1 merged, 0 moved; ClusterState[...]]},
     * with {@code consolidated, } after the bracket for a consolidation.
     */
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "Addition[%s%d created, %d changed, %d merged, %d moved; %s]",
          consolidated ? "consolidated, " : "", created.size(), changed.size(), merged.size(), moved.size(), state);
    }
  }

  /**
   * One merge: cluster {@code absorbed} was taken into cluster {@code into}, which kept its id.
   *
   * @param absorbed the id that is no longer live
   * @param into the surviving id, lower than {@code absorbed}
   */
  public record Merge(int absorbed, int into) {
    /**
     * Validates the ids.
     *
     * @param absorbed see the record description
     * @param into see the record description
     */
    public Merge {
      checkArgument(into >= 1 && into < absorbed, "a cluster merges into a lower id: %s into %s", absorbed, into);
    }

    /** Returns the merge as {@code #7→#3}. */
    @Override
    public String toString() {
      return "#" + absorbed + "→#" + into;
    }
  }

  /**
   * One claim moved by a consolidation from one cluster to another.
   *
   * @param claim the claim's id
   * @param from the id of the cluster it was in
   * @param into the id of the cluster it is in now
   */
  public record Move(String claim, int from, int into) {
    /**
     * Validates the fields.
     *
     * @param claim see the record description
     * @param from see the record description
     * @param into see the record description
     */
    public Move {
      checkNotNull(claim, "claim");
      checkArgument(from >= 1 && into >= 1 && from != into, "a claim moves between two cluster ids: %s to %s", from,
          into);
    }

    /** Returns the move as {@code c7 #3→#9}. */
    @Override
    public String toString() {
      return claim + " #" + from + "→#" + into;
    }
  }
}
