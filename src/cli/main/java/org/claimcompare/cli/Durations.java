package org.claimcompare.cli;

import java.util.Locale;

/**
 * Durations for people, as progress and the closing summary show them; {@link Locale#ROOT} always.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>seconds</th><th>{@link #elapsed}</th><th>{@link #left}</th><th>{@link #clock}</th></tr>
 *   <tr><td>0.42</td><td>{@code 0.4 s}</td><td>{@code 0 s}</td><td>{@code 0:00}</td></tr>
 *   <tr><td>41.25</td><td>{@code 41.3 s}</td><td>{@code 41 s}</td><td>{@code 0:41}</td></tr>
 *   <tr><td>125</td><td>{@code 2 min 05 s}</td><td>{@code 2 min 05 s}</td><td>{@code 2:05}</td></tr>
 *   <tr><td>3723</td><td>{@code 1 h 02 min}</td><td>{@code 1 h 02 min}</td><td>{@code 1:02:03}</td></tr>
 * </table>
 */
final class Durations {
  private static final long NANOS_PER_TENTH = 100_000_000L;

  private Durations() {}

  /** A time taken: tenths of a second under a minute, then minutes and seconds, then hours and minutes. */
  static String elapsed(long nanos) {
    long tenths = Math.round((double) nanos / NANOS_PER_TENTH);
    if (tenths < 600) {
      return String.format(Locale.ROOT, "%d.%d s", tenths / 10, tenths % 10);
    }
    return left(nanos / 1e9);
  }

  /** A time to come, in whole seconds: {@code 29 s}, {@code 2 min 05 s}, {@code 1 h 02 min}. */
  static String left(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%,d h %02d min", s / 3600, s % 3600 / 60);
  }

  /** A time to come as a clock shows it, for a progress bar: {@code 0:29}, {@code 1:02:03}. */
  static String clock(double seconds) {
    long s = Math.round(seconds);
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60);
  }
}
