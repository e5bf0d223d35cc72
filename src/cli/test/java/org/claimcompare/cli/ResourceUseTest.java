package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ResourceUseTest {
  @Test
  void saysTimeCpuAndPeakHeap() {
    ResourceUse use = new ResourceUse(41_240_000_000L, OptionalLong.of(75_300_000_000L), OptionalLong.of(1_294_000_000L));

    assertThat(use).hasToString("in 41.2 s (CPU 1 min 15 s), peak heap 1,234 MiB");
  }

  @Test
  void leavesOutWhatTheJvmDoesNotReport() {
    ResourceUse use = new ResourceUse(200_000_000L, OptionalLong.empty(), OptionalLong.empty());

    assertThat(use).hasToString("in 0.2 s");
  }

  @Test
  void measuresThisProcess() {
    long start = System.nanoTime();

    ResourceUse use = ResourceUse.since(start, start + 1_000_000_000L);

    assertThat(use.wallNanos()).isEqualTo(1_000_000_000L);
    assertThat(use.cpuNanos()).isPresent();
    assertThat(use.cpuNanos().getAsLong()).isPositive();
    assertThat(use.peakHeapBytes()).isPresent();
    assertThat(use.peakHeapBytes().getAsLong()).isPositive();
  }
}
