package org.claimcompare.cluster;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.claimcompare.cluster.ProgressListener.Phase;

/**
 * One run's progress: passes the listener a report about every 1 % of a phase, one at a time, and
 * stops the run when the thread that started it is interrupted.
 *
 * <p>Worker threads {@linkplain #add add} what they did; whichever crosses the next 1 % reports,
 * under a lock, so reports never overlap and {@code done} never decreases. Workers poll {@link
 * #interrupted()} to stop early; the starting thread calls {@link #checkInterrupt()} (and {@link
 * #at}, which checks too), which throws a {@link CancellationException} that says where. Workers
 * never throw it themselves: the fork-join pool would rethrow it without its message.
 */
final class Progress {
  private final ProgressListener listener;
  private final Thread caller = Thread.currentThread();
  private final AtomicLong done = new AtomicLong();
  private Phase phase = Phase.COMPILING;
  private long total;
  private volatile long nextReport;
  private long reported;

  Progress(ProgressListener listener) {
    this.listener = listener;
  }

  /** Starts a phase of {@code units} units. */
  void start(Phase newPhase, long units) {
    checkInterrupt();
    phase = newPhase;
    total = units;
    done.set(0);
    reported = -1;
    nextReport = 0;
    report(0);
  }

  /** Adds {@code units} done, from any thread. */
  void add(long units) {
    long now = done.addAndGet(units);
    if (now >= nextReport) {
      report(now);
    }
  }

  /** Sets the units done so far, from the thread that started the phase. */
  void at(long units) {
    checkInterrupt();
    done.set(units);
    if (units >= nextReport) {
      report(units);
    }
  }

  /** Ends the phase: reports it complete. */
  void end() {
    report(total);
  }

  private synchronized void report(long now) {
    long units = Math.min(now, total);
    if (units <= reported) {
      return;
    }
    reported = units;
    nextReport = units + Math.max(1, total / 100);
    listener.progress(phase, units, total);
  }

  /** Whether the thread that started the run has been interrupted: workers stop early. */
  boolean interrupted() {
    return caller.isInterrupted();
  }

  /** Throws if the thread that started the run has been interrupted; on that thread only. */
  void checkInterrupt() {
    if (caller.isInterrupted()) {
      throw new CancellationException(
          "clustering interrupted while " + phase.name().toLowerCase(Locale.ROOT)
              + " (" + done.get() + " of " + total + " done)");
    }
  }
}
