package org.claimcompare.cluster;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;

/**
 * Where a {@link ClusterState}'s claims are: each claim's index in the state's claim list by id,
 * and each index's cluster id and score in that cluster, kept with the state so that an addition
 * looks up its claims by index rather than by id, and builds no map of all ids.
 *
 * <p>The map from id to index is shared along a line of additions and only grows, as {@link
 * PreparedCorpus}'s maps do: a state's places read only the entries below their size. The first
 * places extended from these take the map over; a second extension of the same places (an earlier
 * state added to again) builds a map of its own from the earlier claims. The map is concurrent, as
 * an earlier state may look an id up while a later one adds to the map. Thread-safe.
 */
final class ClaimPlaces {
  private final Map<String, Integer> indexOfId;
  /** The cluster id of the claim at each index. */
  private final int[] clusterAt;
  /** The score of the claim at each index in its cluster ({@link ClaimCluster.Member#score}). */
  private final double[] scoreAt;
  private final AtomicBoolean handedOn = new AtomicBoolean();

  private ClaimPlaces(Map<String, Integer> indexOfId, int[] clusterAt, double[] scoreAt) {
    this.indexOfId = indexOfId;
    this.clusterAt = clusterAt;
    this.scoreAt = scoreAt;
  }

  /** The places of {@code claims}, each in one of {@code clusters} (by id). */
  static ClaimPlaces of(List<Claim> claims, Map<Integer, ClaimCluster> clusters) {
    Map<String, Integer> indexOfId = indexOfIds(claims, claims.size());
    int[] clusterAt = new int[claims.size()];
    double[] scoreAt = new double[claims.size()];
    clusters.forEach((id, cluster) -> {
      for (ClaimCluster.Member m : cluster.members()) {
        int at = indexOfId.get(m.claim().id());
        clusterAt[at] = id;
        scoreAt[at] = m.score();
      }
    });
    return new ClaimPlaces(indexOfId, clusterAt, scoreAt);
  }

  /** Whether a claim of this id is among these places' claims. */
  boolean contains(String id) {
    Integer index = indexOfId.get(id);
    return index != null && index < clusterAt.length;
  }

  /** The cluster id of the claim at {@code index}. */
  int clusterAt(int index) {
    return clusterAt[index];
  }

  /** The score of the claim at {@code index} in its cluster. */
  double scoreAt(int index) {
    return scoreAt[index];
  }

  /** The index of the claim with this id, which must be among these places' claims. */
  int indexOf(String id) {
    Integer index = indexOfId.get(id);
    checkArgument(index != null && index < clusterAt.length, "no claim of id %s", id);
    return index;
  }

  /**
   * These places, of the claims {@code earlier}, with {@code batch} appended, all claims in the
   * clusters {@code clusterAt} gives with the scores {@code scoreAt} gives (indexed as the state
   * after the batch is); these places are unchanged.
   */
  ClaimPlaces extendedWith(List<Claim> earlier, List<Claim> batch, int[] clusterAt, double[] scoreAt) {
    int from = this.clusterAt.length;
    Map<String, Integer> map = handedOn.compareAndSet(false, true) ? indexOfId
        : indexOfIds(earlier, from + batch.size());
    for (int k = 0; k < batch.size(); k++) {
      map.put(batch.get(k).id(), from + k);
    }
    return new ClaimPlaces(map, clusterAt, scoreAt);
  }

  /** A map of the claims' indexes by id, with room for {@code size} claims. */
  private static Map<String, Integer> indexOfIds(List<Claim> claims, int size) {
    Map<String, Integer> out = new ConcurrentHashMap<>(2 * size);
    for (int k = 0; k < claims.size(); k++) {
      out.put(claims.get(k).id(), k);
    }
    return out;
  }

  /** A copy of the cluster ids, {@code size} long, the claims beyond these places' at -1. */
  int[] clustersFor(int size) {
    int[] out = Arrays.copyOf(clusterAt, size);
    Arrays.fill(out, clusterAt.length, size, -1);
    return out;
  }

  /** A copy of the scores, {@code size} long, the claims beyond these places' at NaN. */
  double[] scoresFor(int size) {
    double[] out = Arrays.copyOf(scoreAt, size);
    Arrays.fill(out, scoreAt.length, size, Double.NaN);
    return out;
  }
}
