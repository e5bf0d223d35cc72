package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcompare.cluster.ProgressListener.Phase.COMPILING;
import static org.claimcompare.cluster.ProgressListener.Phase.LINKING;
import static org.claimcompare.cluster.ProgressListener.Phase.REPRESENTING;
import static org.claimcompare.cluster.ProgressListener.Phase.SCORING;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Synthetic reports on a clock the test moves; the text shown is checked, never the time taken. */
class ProgressDisplayTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private long now;

  private ProgressDisplay display(ProgressDisplay.Style style) {
    return new ProgressDisplay(new PrintStream(err, true, UTF_8), style, () -> now);
  }

  private void at(double seconds) {
    now = (long) (seconds * TimeUnit.SECONDS.toNanos(1));
  }

  private String shown() {
    return err.toString(UTF_8);
  }

  // Bar.

  @Test
  void drawsTheBarInPlaceWithPercentCountsRateAndTimeLeft() {
    ProgressDisplay bar = display(ProgressDisplay.Style.BAR);

    bar.progress(SCORING, 0, 1000);
    at(1);
    bar.progress(SCORING, 250, 1000);

    assertThat(shown()).isEqualTo(
        "\rscoring      [                              ]   0%  0/1,000  --/s  ETA --     "
            .stripTrailing() + "\r"
            + "scoring      [=======                       ]  25%  250/1,000  250/s  ETA 0:03");
  }

  @Test
  void endsEachPhaseWithItsTotalTimeAndRateOnALineOfItsOwn() {
    ProgressDisplay bar = display(ProgressDisplay.Style.BAR);

    bar.progress(SCORING, 0, 1000);
    at(4);
    bar.progress(SCORING, 1000, 1000);

    assertThat(shown()).endsWith(
        "\rscoring      [==============================] 100%  1,000 pairs in 4.0 s, 250/s\n");
  }

  @Test
  void redrawsAtMostEveryTenthOfASecond() {
    ProgressDisplay bar = display(ProgressDisplay.Style.BAR);

    bar.progress(LINKING, 0, 100);
    at(0.05);
    bar.progress(LINKING, 1, 100);
    at(0.1);
    bar.progress(LINKING, 2, 100);

    assertThat(shown().split("\r", -1)).hasSize(3);
    assertThat(shown()).doesNotContain(" 1/100").contains(" 2/100");
  }

  @Test
  void wipesWhatALongerBarLeftBehind() {
    ProgressDisplay bar = display(ProgressDisplay.Style.BAR);

    bar.progress(REPRESENTING, 0, 1_000_000);
    at(1);
    bar.progress(REPRESENTING, 999_999, 1_000_000);
    at(2);
    bar.progress(REPRESENTING, 0, 1_000_000);

    String[] drawings = shown().split("\r");
    assertThat(drawings[drawings.length - 1].length()).isGreaterThanOrEqualTo(drawings[drawings.length - 2].length());
  }

  @Test
  void keepsTheBarWithinEightyColumns() {
    ProgressDisplay bar = display(ProgressDisplay.Style.BAR);

    bar.progress(REPRESENTING, 0, 2_743_482);
    at(52.4);
    bar.progress(REPRESENTING, 1_234_567, 2_743_482);
    at(60);
    bar.progress(REPRESENTING, 2_743_482, 2_743_482);

    assertThat(shown().split("[\r\n]")).allSatisfy(line -> assertThat(line.length()).isLessThan(80));
  }

  @Test
  void showsHoursLeftAsAClock() {
    ProgressDisplay bar = display(ProgressDisplay.Style.BAR);

    bar.progress(SCORING, 0, 10_000);
    at(10);
    bar.progress(SCORING, 20, 10_000);

    assertThat(shown()).endsWith("  2.0/s  ETA 1:23:10");
  }

  @Test
  void finishesAnUnfinishedBarSoThatAMessageStartsItsOwnLine() {
    ProgressDisplay bar = display(ProgressDisplay.Style.BAR);
    bar.progress(SCORING, 0, 10);

    bar.finish();
    bar.finish();

    assertThat(shown()).endsWith("ETA --\n").doesNotEndWith("\n\n");
  }

  @Test
  void startsANewLineForAPhaseWhosePredecessorNeverEnded() {
    ProgressDisplay bar = display(ProgressDisplay.Style.BAR);

    bar.progress(COMPILING, 0, 10);
    bar.progress(SCORING, 0, 10);

    assertThat(shown()).contains("ETA --\n\rscoring");
  }

  /** The examples of the class's Javadoc and of the README. */
  @Test
  void drawsTheDocumentedExamples() {
    ProgressDisplay bar = display(ProgressDisplay.Style.BAR);
    ProgressDisplay lines = display(ProgressDisplay.Style.LINES);

    for (ProgressDisplay d : new ProgressDisplay[] {bar, lines}) {
      at(0);
      d.progress(SCORING, 0, 2_743_482);
      at(23.601);
      d.progress(SCORING, 1_234_567, 2_743_482);
      at(52.4);
      d.progress(SCORING, 2_743_482, 2_743_482);
    }

    assertThat(shown()).contains(
        "\rscoring      [========          ]  45%  1,234,567/2,743,482  52,310/s  ETA 0:29",
        "\rscoring      [======================] 100%  2,743,482 pairs in 52.4 s, 52,357/s\n",
        "scoring: 45% (1,234,567 of 2,743,482 pairs), 52,310 pairs/s, about 29 s left\n",
        "scoring: 2,743,482 pairs in 52.4 s, 52,357 pairs/s\n");
  }

  // Lines.

  @Test
  void printsALineAtMostEveryFiveSecondsWithRateAndTimeLeft() {
    ProgressDisplay lines = display(ProgressDisplay.Style.LINES);

    lines.progress(SCORING, 0, 1000);
    at(1);
    lines.progress(SCORING, 100, 1000);
    at(5);
    lines.progress(SCORING, 500, 1000);
    at(9);
    lines.progress(SCORING, 900, 1000);
    at(10);
    lines.progress(SCORING, 950, 1000);

    assertThat(shown()).isEqualTo(Cli.lines(
        "scoring: 50% (500 of 1,000 pairs), 100 pairs/s, about 5 s left",
        "scoring: 95% (950 of 1,000 pairs), 95 pairs/s, about 1 s left"));
  }

  @Test
  void printsTheEndOfEveryPhaseHoweverShort() {
    ProgressDisplay lines = display(ProgressDisplay.Style.LINES);

    lines.progress(COMPILING, 0, 3);
    at(0.2);
    lines.progress(COMPILING, 3, 3);
    lines.progress(SCORING, 0, 0);
    at(2.5);
    lines.progress(REPRESENTING, 0, 2);
    at(125);
    lines.progress(REPRESENTING, 2, 2);

    assertThat(shown()).isEqualTo(Cli.lines(
        "compiling: 3 texts in 0.2 s, 15 texts/s",
        "scoring: 0 pairs in 0.0 s",
        "representing: 2 clusters in 2 min 03 s, 0.016 clusters/s"));
  }

  @Test
  void showsReadingInBytes() {
    ProgressDisplay lines = display(ProgressDisplay.Style.LINES);

    lines.reading(0, 135_198_840);
    at(6);
    lines.reading(90_000_000, 135_198_840);
    at(9);
    lines.reading(135_198_840, 135_198_840);

    assertThat(shown()).isEqualTo(Cli.lines(
        "reading: 66% (90,000,000 of 135,198,840 bytes), 15,000,000 bytes/s, about 3 s left",
        "reading: 135,198,840 bytes in 9.0 s, 15,022,093 bytes/s"));
  }

  @Test
  void saysAPhaseEndOnlyOnce() {
    ProgressDisplay lines = display(ProgressDisplay.Style.LINES);

    lines.progress(LINKING, 5, 5);
    lines.progress(LINKING, 5, 5);

    assertThat(shown().lines()).hasSize(1);
  }

  @Test
  void writesNumbersTheSameWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      ProgressDisplay lines = display(ProgressDisplay.Style.LINES);
      lines.progress(SCORING, 0, 2_000_000);
      at(0.5);
      lines.progress(SCORING, 2_000_000, 2_000_000);
    } finally {
      Locale.setDefault(before);
    }

    assertThat(shown()).isEqualTo(Cli.lines("scoring: 2,000,000 pairs in 0.5 s, 4,000,000 pairs/s"));
  }
}
