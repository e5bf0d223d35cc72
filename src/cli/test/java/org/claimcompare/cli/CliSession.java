package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channel;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The command line running in process on a thread of its own, with pipes for standard input and
 * output that a test writes and reads a line at a time, as a program that keeps the command open
 * does. Every wait has a timeout, so a command that holds its answers back fails the test instead
 * of hanging it.
 */
final class CliSession implements AutoCloseable {
  private final Pipe input;
  private final Pipe output;
  private final OutputStream stdin;
  private final BufferedReader stdout;
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final CompletableFuture<Integer> status = new CompletableFuture<>();
  private final Thread command;
  private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "cli-session-reader");
    t.setDaemon(true);
    return t;
  });

  private CliSession(String... args) throws IOException {
    input = Pipe.open();
    output = Pipe.open();
    stdin = Channels.newOutputStream(input.sink());
    stdout = new BufferedReader(new InputStreamReader(Channels.newInputStream(output.source()), UTF_8));
    command = new Thread(() -> {
      try {
        status.complete(Main.run(args, Channels.newInputStream(input.source()),
            Channels.newOutputStream(output.sink()), new PrintStream(stderr, true, UTF_8)));
      } catch (Throwable t) {
        status.completeExceptionally(t);
      } finally {
        closeQuietly(output.sink());
      }
    }, "cli-session");
    command.setDaemon(true);
    command.start();
  }

  /** Starts {@code claimcompare args...}. */
  static CliSession start(String... args) {
    try {
      return new CliSession(args);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code line} and a {@code \n} to the command's standard input. */
  void writeLine(String line) {
    try {
      stdin.write((line + "\n").getBytes(UTF_8));
      stdin.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Interrupts the thread running the command, as Ctrl-C does through {@link Interruption}. */
  void interrupt() {
    command.interrupt();
  }

  /** Closes the command's standard input: the end of its input. */
  void closeInput() {
    closeQuietly(input.sink());
  }

  /**
   * The next line of the command's standard output, or null at its end.
   *
   * @throws AssertionError when no line comes within {@code timeout}
   */
  String readLine(Duration timeout) {
    Future<String> line = reader.submit(stdout::readLine);
    try {
      return line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no line on standard output within " + timeout + "; standard error: " + stderr(), e);
    } catch (ExecutionException e) {
      throw new AssertionError("cannot read standard output", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * The command's exit status.
   *
   * @throws AssertionError when it does not end within {@code timeout}
   */
  int status(Duration timeout) {
    try {
      return status.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("still running after " + timeout + "; standard error: " + stderr(), e);
    } catch (ExecutionException e) {
      throw new AssertionError("the command threw", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** What the command has written to standard error so far. */
  String stderr() {
    return stderr.toString(UTF_8);
  }

  /** Closes both pipes, which ends a command still waiting for input or output. */
  @Override
  public void close() {
    closeQuietly(input.sink());
    closeQuietly(input.source());
    closeQuietly(output.source());
    reader.shutdownNow();
  }

  private static void closeQuietly(Channel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Closing is all that is left to do.
    }
  }
}
