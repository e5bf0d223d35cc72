package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Properties of {@link Claims#cluster} over {@linkplain UnicodeText#claims() generated claims}:
 * every claim lands in exactly one cluster, and the result is the same for shuffled input, on one
 * thread and on many, and on every run.
 *
 * <p>The clusterer scores pairs on a parallel stream and has no option for its thread count; a
 * parallel stream started from a fork-join pool's thread runs on that pool, so calling it from a
 * pool of one thread runs it on one thread, and from a pool of eight on eight.
 */
@Tag("property")
@AddLifecycleHook(PropertyLedger.class)
class ClusteringPropertyTest {
  private static final ForkJoinPool ONE_THREAD = new ForkJoinPool(1);
  private static final ForkJoinPool EIGHT_THREADS = new ForkJoinPool(8);

  @Provide
  Arbitrary<List<Claim>> claims() {
    return UnicodeText.claims();
  }

  @Property
  @TriesScale(0.05)
  void putsEveryClaimInExactlyOneCluster(@ForAll("claims") List<Claim> claims) {
    List<ClaimCluster> clusters = Claims.cluster(claims);

    List<String> ids = clusters.stream().flatMap(c -> c.claims().stream()).map(Claim::id).toList();
    assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(claims.stream().map(Claim::id).toList());
    assertThat(clusters).extracting(ClaimCluster::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, clusters.size()).boxed().toList());
    assertThat(clusters).extracting(ClaimCluster::size).isSortedAccordingTo(Collections.reverseOrder());
  }

  @Property
  @TriesScale(0.05)
  void clustersShuffledClaimsAlike(@ForAll("claims") List<Claim> claims, @ForAll Random random) {
    List<Claim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, random);

    assertThat(Claims.cluster(shuffled)).isEqualTo(Claims.cluster(claims));
  }

  @Property
  @TriesScale(0.05)
  void clustersAlikeOnOneThreadAndOnMany(@ForAll("claims") List<Claim> claims) {
    List<ClaimCluster> oneThread = Pools.callIn(ONE_THREAD, () -> Claims.cluster(claims));

    assertThat(Pools.callIn(EIGHT_THREADS, () -> Claims.cluster(claims))).isEqualTo(oneThread);
    assertThat(Claims.cluster(claims)).isEqualTo(oneThread);
  }

  @Property
  @TriesScale(0.05)
  void clustersAlikeOnEveryRun(@ForAll("claims") List<Claim> claims) {
    List<ClaimCluster> first = Claims.cluster(claims);

    assertThat(Claims.cluster(List.copyOf(claims))).isEqualTo(first);
  }

  /** The premise of {@link #clustersAlikeOnOneThreadAndOnMany}: a pool's parallel streams stay in it. */
  @Example
  void runsAParallelStreamOnThePoolItIsCalledFrom() {
    Set<Thread> threads = Pools.callIn(ONE_THREAD, () -> {
      Set<Thread> seen = ConcurrentHashMap.newKeySet();
      IntStream.range(0, 10_000).parallel().forEach(i -> seen.add(Thread.currentThread()));
      return seen;
    });

    assertThat(threads).singleElement()
        .satisfies(t -> assertThat(((ForkJoinWorkerThread) t).getPool()).isSameAs(ONE_THREAD));
  }

}
