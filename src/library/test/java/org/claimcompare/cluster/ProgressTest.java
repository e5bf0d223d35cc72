package org.claimcompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.claimcompare.cluster.ProgressListener.Phase;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void reportsStartEndAndAboutEveryHundredthInBetween() {
    List<String> heard = new ArrayList<>();
    Progress progress = new Progress((phase, done, total) -> heard.add(phase + " " + done + "/" + total));

    progress.start(Phase.SCORING, 1000);
    for (int k = 0; k < 1000; k++) {
      progress.add(1);
    }
    progress.end();

    assertThat(heard).first().isEqualTo("SCORING 0/1000");
    assertThat(heard).last().isEqualTo("SCORING 1000/1000");
    assertThat(heard).hasSize(101).doesNotHaveDuplicates();
  }

  @Test
  void neverReportsLessThanBeforeWhenWorkersAddInParallel() {
    List<Long> done = new ArrayList<>();
    Progress progress = new Progress((phase, d, total) -> done.add(d));
    progress.start(Phase.SCORING, 100_000);
    IntStream.range(0, 100_000).parallel().forEach(k -> progress.add(1));
    progress.end();

    assertThat(done).isSorted().contains(0L, 100_000L);
  }

  @Test
  void reportsAnEmptyPhaseOnce() {
    List<String> heard = new ArrayList<>();
    Progress progress = new Progress((phase, done, total) -> heard.add(phase + " " + done + "/" + total));
    progress.start(Phase.LINKING, 0);
    progress.end();
    assertThat(heard).containsExactly("LINKING 0/0");
  }

  @Test
  void stopsWithAMessageSayingWhereWhenTheCallerIsInterrupted() {
    Progress progress = new Progress(ProgressListener.none());
    progress.start(Phase.SCORING, 10);
    progress.add(3);
    Thread.currentThread().interrupt();
    try {
      assertThat(progress.interrupted()).isTrue();
      assertThatThrownBy(progress::checkInterrupt)
          .isInstanceOf(CancellationException.class)
          .hasMessage("clustering interrupted while scoring (3 of 10 done)");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
