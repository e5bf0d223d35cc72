package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 1000})
  void runsEveryTaskOnce(int count) {
    AtomicIntegerArray runs = new AtomicIntegerArray(count);

    Parallel.forEach(count, k -> runs.incrementAndGet(k));

    for (int k = 0; k < count; k++) {
      assertThat(runs.get(k)).as("task %s", k).isEqualTo(1);
    }
  }

  /**
   * The tasks after the failing one take a tenth of a millisecond each, so that a worker that went
   * on claiming would need seconds to run them all: the failing thread being descheduled between
   * its exception and the stop (a race no code can close) cannot let them all run, as it could when
   * they took nanoseconds.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 7, 999})
  void rethrowsATasksExceptionAndStopsClaiming(int failing) {
    AtomicIntegerArray runs = new AtomicIntegerArray(100_000);

    assertThatIllegalStateException().isThrownBy(() -> Parallel.forEach(runs.length(), k -> {
      runs.incrementAndGet(k);
      if (k == failing) {
        throw new IllegalStateException("task " + k);
      }
      if (k > failing) {
        LockSupport.parkNanos(100_000);
      }
    })).withMessage("task " + failing);

    int ran = 0;
    for (int k = 0; k < runs.length(); k++) {
      ran += runs.get(k);
    }
    assertThat(ran).isLessThan(runs.length());
  }

  /** A task another core is running when one fails ends before the failure reaches the caller. */
  @Test
  void throwsOnlyOnceTheTasksRunningElsewhereHaveEnded() {
    CountDownLatch failed = new CountDownLatch(1);
    AtomicBoolean started = new AtomicBoolean();
    AtomicBoolean ended = new AtomicBoolean();

    assertThatIllegalStateException().isThrownBy(() -> Parallel.forEach(2, k -> {
      if (k == 0) {
        failed.countDown();
        throw new IllegalStateException("task 0");
      }
      started.set(true);
      awaitUninterruptibly(failed);
      LockSupport.parkNanos(50_000_000);
      ended.set(true);
    }));

    assertThat(ended.get()).isEqualTo(started.get());
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
