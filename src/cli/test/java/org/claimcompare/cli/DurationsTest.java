package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {
  @ParameterizedTest(name = "{0} s")
  @CsvSource(delimiter = ';', textBlock = """
      0;        0.0 s;        0 s;          0:00
      0.42;     0.4 s;        0 s;          0:00
      41.25;    41.3 s;       41 s;         0:41
      59.94;    59.9 s;       1 min 00 s;   1:00
      59.96;    1 min 00 s;   1 min 00 s;   1:00
      125;      2 min 05 s;   2 min 05 s;   2:05
      3599.4;   59 min 59 s;  59 min 59 s;  59:59
      3723;     1 h 02 min;   1 h 02 min;   1:02:03
      90061;    25 h 01 min;  25 h 01 min;  25:01:01
      """)
  void writesDurationsForPeople(double seconds, String elapsed, String left, String clock) {
    assertThat(Durations.elapsed(Math.round(seconds * 1e9))).isEqualTo(elapsed);
    assertThat(Durations.left(seconds)).isEqualTo(left);
    assertThat(Durations.clock(seconds)).isEqualTo(clock);
  }
}
