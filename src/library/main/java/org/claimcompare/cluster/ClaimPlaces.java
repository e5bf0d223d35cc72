package org.claimcompare.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;

/**
 * Where a {@link ClusterState}'s claims are: each claim's index in the state's claim list by id,
 * and each index's cluster id, kept with the state so that an addition looks up its claims by index
 * rather than by id, and builds no map of all ids.
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
  private final AtomicBoolean handedOn = new AtomicBoolean();

  private ClaimPlaces(Map<String, Integer> indexOfId, int[] clusterAt) {
    this.indexOfId = indexOfId;
    this.clusterAt = clusterAt;
  }

  /** The places of {@code claims}, each in one of {@code clusters} (by id). */
  static ClaimPlaces of(List<Claim> claims, Map<Integer, ClaimCluster> clusters) {
    Map<String, Integer> indexOfId = indexOfIds(claims, claims.size());
    int[] clusterAt = new int[claims.size()];
    clusters.forEach((id, cluster) -> {
      for (ClaimCluster.Member m : cluster.members()) {
        clusterAt[indexOfId.get(m.claim().id())] = id;
      }
    });
    return new ClaimPlaces(indexOfId, clusterAt);
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

  /**
   * These places, of the claims {@code earlier}, with {@code batch} appended, all claims in the
   * clusters {@code clusterAt} gives (indexed as the state after the batch is); these places are
   * unchanged.
   */
  ClaimPlaces extendedWith(List<Claim> earlier, List<Claim> batch, int[] clusterAt) {
    int from = this.clusterAt.length;
    Map<String, Integer> map = handedOn.compareAndSet(false, true) ? indexOfId
        : indexOfIds(earlier, from + batch.size());
    for (int k = 0; k < batch.size(); k++) {
      map.put(batch.get(k).id(), from + k);
    }
    return new ClaimPlaces(map, clusterAt);
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
}
