package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.concurrent.atomic.AtomicIntegerArray;
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

  @ParameterizedTest
  @ValueSource(ints = {0, 7, 999})
  void rethrowsATasksExceptionAndStopsClaiming(int failing) {
    AtomicIntegerArray runs = new AtomicIntegerArray(100_000);

    assertThatIllegalStateException().isThrownBy(() -> Parallel.forEach(runs.length(), k -> {
      runs.incrementAndGet(k);
      if (k == failing) {
        throw new IllegalStateException("task " + k);
      }
    })).withMessageEndingWith("task " + failing); // a pool thread's exception comes back as a copy

    int ran = 0;
    for (int k = 0; k < runs.length(); k++) {
      ran += runs.get(k);
    }
    assertThat(ran).isLessThan(runs.length());
  }
}
