package org.claimcompare.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stops the command on Ctrl-C (or {@code kill}): the JVM runs shutdown hooks on such a signal, and
 * this one interrupts the thread running the command and waits for it, at most {@link #GRACE}. The
 * command notices the interruption (the clustering engine, the JSON Lines reader and the output
 * writer check for it), throws {@link CancellationException}, removes its unfinished output and
 * says {@code claimcompare: interrupted}; {@link Main} turns that into exit status 130. Should the
 * command not stop in time, the hook removes unfinished output files itself (see
 * {@link AtomicFile#deleteUnfinished}) and says so; then the JVM exits. Either way the JVM's own
 * exit status for the signal stands: 130 after Ctrl-C (SIGINT), 143 after {@code kill} (SIGTERM).
 * Thread-safe.
 */
final class Interruption {
  /** How long the hook waits for the command to stop before the JVM exits anyway. */
  static final Duration GRACE = Duration.ofSeconds(3);

  /** The one line said when the command is interrupted. */
  static final String MESSAGE = "claimcompare: interrupted";

  private final Thread worker;
  private final PrintStream err;
  private final Duration grace;
  private final CountDownLatch finished = new CountDownLatch(1);

  Interruption(Thread worker, PrintStream err, Duration grace) {
    this.worker = worker;
    this.err = err;
    this.grace = grace;
  }

  /**
   * Installs the shutdown hook that stops {@code worker}, the thread about to run the command.
   * Call {@link #finished()} once the command has returned, before {@link System#exit}.
   */
  static Interruption install(Thread worker, PrintStream err) {
    Interruption interruption = new Interruption(worker, err, GRACE);
    Runtime.getRuntime().addShutdownHook(new Thread(interruption::stop, "claimcompare-interruption"));
    return interruption;
  }

  /** Says that the command has returned: a shutdown from now on (the normal exit) stops nothing. */
  void finished() {
    finished.countDown();
  }

  /**
   * Interrupts the worker, unless it has finished, and waits for it at most the grace period; if it
   * is still running then, removes unfinished output files and says that the command was interrupted.
   */
  void stop() {
    if (finished.getCount() == 0) {
      return;
    }
    worker.interrupt();
    boolean stopped;
    try {
      stopped = finished.await(grace.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = false;
    }
    if (!stopped) {
      AtomicFile.deleteUnfinished();
      err.println(MESSAGE);
    }
  }

  /**
   * Throws if the current thread has been interrupted; long loops of the command line call it.
   *
   * @throws CancellationException when the thread is interrupted (the flag is left set)
   */
  static void check() {
    check(Thread.currentThread());
  }

  /**
   * Throws if {@code thread} has been interrupted: a listener called on the engine's worker threads
   * checks the thread that runs the command.
   *
   * @throws CancellationException when {@code thread} is interrupted (the flag is left set)
   */
  static void check(Thread thread) {
    if (thread.isInterrupted()) {
      throw new CancellationException("interrupted");
    }
  }
}
