package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterruptionTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** A worker that waits until interrupted, then says it has finished, as the command does. */
  @Test
  void interruptsTheWorkerAndWaitsForItToFinish() throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    Interruption[] interruption = new Interruption[1];
    Thread worker = new Thread(() -> {
      try {
        never.await();
      } catch (InterruptedException e) {
        interruption[0].finished();
      }
    });
    interruption[0] = new Interruption(worker, new PrintStream(err, true, UTF_8), Duration.ofMinutes(2));
    worker.start();

    interruption[0].stop();

    worker.join();
    assertThat(err.toString(UTF_8)).as("the command says it itself").isEmpty();
  }

  @Test
  void saysSoItselfWhenTheWorkerDoesNotStopInTime() {
    Thread worker = new Thread(() -> {});
    Interruption interruption = new Interruption(worker, new PrintStream(err, true, UTF_8), Duration.ZERO);

    interruption.stop();

    assertThat(worker.isInterrupted()).isTrue();
    assertThat(err.toString(UTF_8)).isEqualTo("claimcompare: interrupted" + System.lineSeparator());
  }

  @Test
  void stopsNothingOnceTheCommandHasFinished() {
    Thread worker = new Thread(() -> {});
    Interruption interruption = new Interruption(worker, new PrintStream(err, true, UTF_8), Duration.ZERO);
    interruption.finished();

    interruption.stop();

    assertThat(worker.isInterrupted()).isFalse();
    assertThat(err.toString(UTF_8)).isEmpty();
  }

  @Test
  void throwsCancellationWhenTheThreadIsInterruptedAndLeavesTheFlagSet() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(Interruption::check).isInstanceOf(CancellationException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void letsAnUninterruptedThreadGoOn() {
    Interruption.check();
  }

  /** As a listener called on a worker thread checks the thread that runs the command. */
  @Test
  void checksTheThreadItIsGiven() {
    Thread command = new Thread(() -> {});
    command.interrupt();

    assertThatThrownBy(() -> Interruption.check(command)).isInstanceOf(CancellationException.class);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  /**
   * The whole path in a process of its own: the command waits on standard input (after a line it
   * reports as skipped, which shows that it runs), is stopped by a signal, and says so in one line.
   * Nothing is timed: the test waits for the line, and the process for its grace period.
   */
  @Test
  void aStoppedProcessSaysItWasInterruptedAndLeavesNoOutput(@TempDir Path dir) throws IOException, InterruptedException {
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "a signal that runs shutdown hooks");
    Path out = Cli.write(dir.resolve("clusters.jsonl"), "old content\n");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "cluster", "--skip-invalid", "--out", out.toString());
    Process p = new ProcessBuilder(command).start();
    try (OutputStream stdin = p.getOutputStream();
        BufferedReader stderr = new BufferedReader(new InputStreamReader(p.getErrorStream(), UTF_8))) {
      stdin.write("[1]\n".getBytes(UTF_8));
      stdin.flush();
      assertThat(stderr.readLine()).isEqualTo("claimcompare cluster: standard input: skipped line 1: expected a JSON object, got array");

      // SIGTERM, which runs shutdown hooks as Ctrl-C's SIGINT does; Process.destroy would also close the pipes.
      p.toHandle().destroy();

      assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("stopped").isTrue();
      assertThat(stderr.readLine()).isEqualTo("claimcompare: interrupted");
      assertThat(stderr.readLine()).isNull();
    } finally {
      p.destroyForcibly();
    }
    assertThat(p.exitValue()).as("128 + SIGTERM").isEqualTo(143);
    assertThat(Files.readString(out, UTF_8)).isEqualTo("old content\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }
}
