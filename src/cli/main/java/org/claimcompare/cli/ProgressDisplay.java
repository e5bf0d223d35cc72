package org.claimcompare.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.claimcompare.cluster.ProgressListener;

/**
 * Shows how far a clustering run has come on standard error, in one of two styles: the steps are
 * the reading of the input ({@link #reading}, in bytes) and the engine's phases.
 *
 * <p>{@link Style#BAR}, for a terminal: one line per phase, redrawn in place with {@code \r} at most
 * every {@link #REDRAW_NANOS} (and at the start and end of each phase), ended with a newline when the
 * phase ends:
 *
 * <pre>
 * scoring      [========          ]  45%  1,234,567/2,743,482  52,310/s  ETA 0:29
 * scoring      [======================] 100%  2,743,482 pairs in 52.4 s, 52,357/s
 * </pre>
 *
 * <p>{@link Style#LINES}, for a file or a pipe: a line at most every {@link #LINE_NANOS} while a
 * phase runs, and one when it ends:
 *
 * <pre>
 * scoring: 45% (1,234,567 of 2,743,482 pairs), 52,310 pairs/s, about 29 s left
 * scoring: 2,743,482 pairs in 52.4 s, 52,357 pairs/s
 * </pre>
 *
 * <p>The rate is the phase's units done per second since it started, and the time left the units
 * still to do at that rate. Numbers are written with {@link Locale#ROOT}. Time comes from the
 * given clock (tests pass their own). Thread-safe: calls may come from any thread.
 */
final class ProgressDisplay implements ProgressListener {
  /** How the progress is shown. */
  enum Style {
    /** A bar redrawn in place, for a terminal. */
    BAR,
    /** A line every few seconds and at the end of each phase, for a file or a pipe. */
    LINES
  }

  /** The least time between two drawings of the bar. */
  static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  /** The least time between two lines while a phase runs. */
  static final long LINE_NANOS = TimeUnit.SECONDS.toNanos(5);
  /** The widest bar line: a terminal of 80 columns, less one so the cursor does not wrap. */
  static final int WIDTH = 79;

  private static final int NAME_WIDTH = 12;
  private static final int MIN_CELLS = 10;
  private static final int MAX_CELLS = 30;

  private final PrintStream err;
  private final Style style;
  private final LongSupplier clock;

  /** The step under way, a phase's name or {@code reading}; null before the first. */
  private String step;
  private String unit;
  private boolean phaseEnded;
  private long phaseStart;
  private long lastShown;
  /** The length of the bar line now on screen, 0 when the cursor is at the start of a line. */
  private int drawn;

  /**
   * A display writing to {@code err}.
   *
   * @param clock the time in nanoseconds, such as {@code System::nanoTime}
   */
  ProgressDisplay(PrintStream err, Style style, LongSupplier clock) {
    this.err = err;
    this.style = style;
    this.clock = clock;
    this.lastShown = clock.getAsLong();
  }

  @Override
  public void progress(Phase phase, long done, long total) {
    step(phase.name().toLowerCase(Locale.ROOT), unit(phase), done, total);
  }

  /** Reports that {@code done} of the input's {@code total} bytes have been read. */
  void reading(long done, long total) {
    step("reading", "bytes", done, total);
  }

  private synchronized void step(String name, String unit, long done, long total) {
    long now = clock.getAsLong();
    boolean starts = !name.equals(step);
    if (starts) {
      finish();
      step = name;
      this.unit = unit;
      phaseStart = now;
      phaseEnded = false;
    }
    if (phaseEnded) {
      return;
    }
    if (done >= total) {
      phaseEnded = true;
      show(style == Style.BAR ? barEnd(done, now) : lineEnd(done, now), now);
      finish();
    } else if (style == Style.BAR && (starts || now - lastShown >= REDRAW_NANOS)) {
      show(bar(done, total, now), now);
    } else if (style == Style.LINES && now - lastShown >= LINE_NANOS) {
      show(line(done, total, now), now);
    }
  }

  /**
   * Ends a bar line left unfinished (by an interruption or a failure), so that what follows starts a
   * line of its own.
   */
  synchronized void finish() {
    if (drawn > 0) {
      err.println();
      drawn = 0;
    }
  }

  private void show(String text, long now) {
    lastShown = now;
    if (style == Style.LINES) {
      err.println(text);
      return;
    }
    // Spaces wipe what a longer line drawn before left behind.
    err.print("\r" + text + " ".repeat(Math.max(0, drawn - text.length())));
    err.flush();
    drawn = text.length();
  }

  private String bar(long done, long total, long now) {
    OptionalDouble rate = rate(done, now);
    String left = rate.isPresent() ? "ETA " + Durations.clock((total - done) / rate.getAsDouble()) : "ETA --";
    String tail = String.format(Locale.ROOT, " %3d%%  %,d/%,d  %s/s  %s",
        percent(done, total), done, total, rate.isPresent() ? number(rate.getAsDouble()) : "--", left);
    return head() + cells(done, total, tail.length()) + tail;
  }

  private String barEnd(long done, long now) {
    OptionalDouble rate = rate(done, now);
    String tail = String.format(Locale.ROOT, " 100%%  %,d %s in %s%s",
        done, unit(), Durations.elapsed(now - phaseStart),
        rate.isPresent() ? ", " + number(rate.getAsDouble()) + "/s" : "");
    return head() + cells(1, 1, tail.length()) + tail;
  }

  private String line(long done, long total, long now) {
    OptionalDouble rate = rate(done, now);
    String speed = rate.isPresent()
        ? String.format(Locale.ROOT, ", %s %s/s, about %s left", number(rate.getAsDouble()), unit(),
            Durations.left((total - done) / rate.getAsDouble()))
        : "";
    return String.format(Locale.ROOT, "%s: %d%% (%,d of %,d %s)%s",
        name(), percent(done, total), done, total, unit(), speed);
  }

  private String lineEnd(long done, long now) {
    OptionalDouble rate = rate(done, now);
    return String.format(Locale.ROOT, "%s: %,d %s in %s%s", name(), done, unit(), Durations.elapsed(now - phaseStart),
        rate.isPresent() ? ", " + number(rate.getAsDouble()) + " " + unit() + "/s" : "");
  }

  private String head() {
    return String.format(Locale.ROOT, "%-" + NAME_WIDTH + "s ", name());
  }

  /** The bar itself, as wide as the line leaves room for. */
  private static String cells(long done, long total, int tailLength) {
    int cells = Math.max(MIN_CELLS, Math.min(MAX_CELLS, WIDTH - NAME_WIDTH - 1 - tailLength - 2));
    int filled = (int) (cells * (double) done / total);
    return "[" + "=".repeat(filled) + " ".repeat(cells - filled) + "]";
  }

  /** Units per second since the phase started; none before any unit is done or any time has passed. */
  private OptionalDouble rate(long done, long now) {
    long elapsed = now - phaseStart;
    return done > 0 && elapsed > 0 ? OptionalDouble.of(done * 1e9 / elapsed) : OptionalDouble.empty();
  }

  /** Rounded down, so that 100 % means done. */
  private static long percent(long done, long total) {
    return total == 0 ? 100 : (long) (100.0 * done / total);
  }

  /** A rate: whole above 10, else with the decimals that show it ({@code 2.5}, {@code 0.016}). */
  private static String number(double rate) {
    if (rate >= 10) {
      return String.format(Locale.ROOT, "%,d", Math.round(rate));
    }
    return String.format(Locale.ROOT, rate >= 0.1 ? "%.1f" : "%.3f", rate);
  }

  private String name() {
    return step;
  }

  private String unit() {
    return unit;
  }

  /** What the phase counts. */
  private static String unit(Phase phase) {
    return switch (phase) {
      case COMPILING, PROPOSING -> "texts";
      case SCORING, LINKING -> "pairs";
      case REPRESENTING -> "clusters";
    };
  }
}
