package org.claimcompare.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code claimcompare} command line: {@code cluster}, {@code score}, {@code extract},
 * {@code report} and {@code eval}. Input and output are UTF-8; JSON Lines commands read standard
 * input and write standard output unless {@code --in}/{@code --out} name files.
 *
 * <p>Exit status: 0 on success; 2 for bad input or usage, or when the output cannot be written
 * (nothing is written to the output, an existing output file is left as it was); 3 when Java runs
 * out of memory; 130 when interrupted (Ctrl-C; see {@link Interruption}); 1 for an unexpected
 * failure, a bug.
 */
@Command(
    name = "claimcompare",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Compare claims across news articles.",
    subcommands = {
      ClusterCommand.class, ScoreCommand.class, ExtractCommand.class, ReportCommand.class, EvalCommand.class,
      CalibrateCommand.class
    })
public final class Main implements Runnable {
  static final int BAD_INPUT = 2;
  static final int OUT_OF_MEMORY = 3;
  /** The shell's status for a command stopped by Ctrl-C: 128 + SIGINT (2). */
  static final int INTERRUPTED = 130;

  /** What standard error is, which decides how {@code --progress=auto} shows progress. */
  enum ErrorStream {
    /** A terminal, where a bar can be redrawn in place. */
    TERMINAL,
    /** A file or a pipe, which keeps every line written. */
    FILE_OR_PIPE,
    /**
     * A stream handed to {@link #run(String[], InputStream, OutputStream, PrintStream)}, of unknown
     * kind: no progress unless asked for.
     */
    CAPTURED
  }

  /** Said when even the message about running out of memory cannot be built. */
  private static final String OUT_OF_MEMORY_SHORT =
      "claimcompare: out of memory; give Java more with -Xmx, e.g. java -Xmx4g -jar target/claimcompare-cli.jar ...";

  private final InputStream in;
  private final OutputStream out;
  private final PrintStream err;
  private final ErrorStream errorStream;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Main(InputStream in, OutputStream out, PrintStream err, ErrorStream errorStream) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.errorStream = errorStream;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command and its options; {@code --help} lists them
   */
  public static void main(String[] args) {
    // Standard output unwrapped: System.out is a PrintStream, which would swallow a write error.
    OutputStream out = new FileOutputStream(FileDescriptor.out);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Interruption interruption = Interruption.install(Thread.currentThread(), err);
    // Standard input through its channel, whose blocking read an interrupt ends: Ctrl-C stops a
    // command waiting for input (score kept open by another program) at once, not after the grace.
    InputStream in = Channels.newInputStream(new FileInputStream(FileDescriptor.in).getChannel());
    int status = run(args, in, out, err, detectErrorStream());
    // Past this point Ctrl-C stops nothing; during a shutdown already begun, exit waits for it.
    interruption.finished();
    System.exit(status);
  }

  /**
   * Runs the command line against the given streams and returns the exit status. Standard error
   * is taken to be {@link ErrorStream#CAPTURED}: progress shows only when asked for.
   */
  static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    return run(args, in, out, err, ErrorStream.CAPTURED);
  }

  /**
   * Runs the command line against the given streams, {@code err} being of the given kind, and
   * returns the exit status. Running out of memory is caught here, and only here, however deep a
   * library wrapped it: one line on {@code err} names the remedy. An interruption
   * ({@link CancellationException}) is said in one line, with status {@link #INTERRUPTED}.
   */
  static int run(String[] args, InputStream in, OutputStream out, PrintStream err, ErrorStream errorStream) {
    CommandLine cmd = new CommandLine(new Main(in, out, err, errorStream));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    PrintWriter help = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    cmd.setOut(help);
    cmd.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cmd.setExecutionExceptionHandler((e, command, parsed) -> handle(e, command.getCommandName(), err));
    int status;
    try {
      status = cmd.execute(args);
    } catch (RuntimeException | Error e) {
      Optional<OutOfMemoryError> outOfMemory = outOfMemoryIn(e);
      if (outOfMemory.isEmpty()) {
        throw e;
      }
      err.println(outOfMemory(args, outOfMemory.get()));
      return OUT_OF_MEMORY;
    }
    // Help and version text go through picocli's writer, which keeps a write error to itself.
    if (status == 0 && (help.checkError() || failed(out))) {
      err.println("claimcompare: cannot write standard output");
      return BAD_INPUT;
    }
    return status;
  }

  /**
   * Reports bad input, one line per problem, or an interruption ({@link CancellationException}),
   * in one line, and returns its status. An exception caused by running out of memory is thrown on
   * as the {@link OutOfMemoryError} itself, out of picocli, which would print it, to {@link #run};
   * anything else is a bug, for picocli to print.
   */
  private static int handle(Exception e, String command, PrintStream err) throws Exception {
    if (e instanceof BadInputException bad) {
      bad.problems().forEach(p -> err.println("claimcompare " + command + ": " + p));
      return BAD_INPUT;
    }
    if (e instanceof CancellationException) {
      err.println(Interruption.MESSAGE);
      return INTERRUPTED;
    }
    Optional<OutOfMemoryError> outOfMemory = outOfMemoryIn(e);
    if (outOfMemory.isPresent()) {
      throw outOfMemory.get();
    }
    throw e;
  }

  /**
   * The {@link OutOfMemoryError} that {@code e} is or was caused by, if any. Libraries wrap it
   * (a loader may report it inside an exception inside an {@link ExceptionInInitializerError});
   * it still means that Java needs more memory.
   */
  static Optional<OutOfMemoryError> outOfMemoryIn(Throwable e) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof OutOfMemoryError outOfMemory) {
        return Optional.of(outOfMemory);
      }
    }
    return Optional.empty();
  }

  /**
   * The one line said on running out of memory: the limit and how to raise it. Built with care not
   * to need much memory; failing that, a fixed line.
   */
  static String outOfMemory(String[] args, OutOfMemoryError e) {
    try {
      long max = Runtime.getRuntime().maxMemory();
      long gib = 1L << 30;
      long suggested = (Math.min(Long.MAX_VALUE / 4, max) * 2 + gib - 1) / gib; // twice as much, in GiB
      String command = args.length > 0 && !args[0].startsWith("-") ? args[0] + " " : "";
      return String.format(Locale.ROOT,
          "claimcompare: out of memory (%s, with at most %,d MiB for Java); give Java more with -Xmx,"
              + " e.g. java -Xmx%dg -jar target/claimcompare-cli.jar %s...",
          e.getMessage() == null ? "no detail" : e.getMessage(), max >> 20, suggested, command);
    } catch (OutOfMemoryError again) {
      return OUT_OF_MEMORY_SHORT;
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: cluster, score, extract, report or eval");
  }

  /** Reads all of {@code file}, or of standard input when it is null. */
  byte[] read(Path file) {
    return file == null ? Inputs.read(in, "standard input", Inputs.MAX_BYTES) : Inputs.read(file);
  }

  /** Standard error, for progress and the closing summary. */
  PrintStream err() {
    return err;
  }

  /** What standard error is. */
  ErrorStream errorStream() {
    return errorStream;
  }

  /**
   * Writes {@code text} as UTF-8 to {@code file}, atomically (see {@link AtomicFile}), or to
   * standard output when it is null. A lone surrogate is written as its JSON escape, never as
   * {@code ?} (see {@link StrictUtf8#encode}).
   *
   * @throws BadInputException when the output cannot be written
   */
  void write(Path file, String text) {
    byte[] bytes = StrictUtf8.encode(text);
    writeLines(file, o -> o.write(bytes));
  }

  /**
   * Writes the lines that {@code lines} writes, as it writes them, one whole line per
   * {@code write} call: to {@code file}, atomically (the file appears only once all is written; see
   * {@link AtomicFile}), or, when {@code file} is null, to standard output, where each line is
   * flushed as soon as it is written, so that a program reading the output gets each line at once.
   * A device or pipe named by {@code file} ({@code /dev/stdout}, a named pipe) gets each line at
   * once too.
   *
   * @throws BadInputException when the output cannot be written
   * @throws CancellationException when the thread is interrupted while writing a file
   */
  void writeLines(Path file, AtomicFile.Content lines) {
    if (file != null) {
      AtomicFile.write(file, AtomicFile.isStream(file) ? o -> lines.writeTo(new LineFlushing(o)) : lines);
      return;
    }
    try {
      // Not closed: standard output belongs to the caller.
      lines.writeTo(new LineFlushing(out));
    } catch (SwallowedWriteError e) {
      throw new BadInputException("cannot write standard output");
    } catch (ClosedByInterruptException e) {
      CancellationException cancelled = new CancellationException("interrupted while writing standard output");
      cancelled.initCause(e);
      throw cancelled;
    } catch (IOException e) {
      throw new BadInputException("cannot write standard output: " + reason(e));
    }
  }

  /**
   * A stream that passes each {@code write} of an array, a whole line, on in one call and flushes
   * it at once. A {@link PrintStream} below, which keeps its write errors to itself, is asked for
   * them at every flush.
   */
  private static final class LineFlushing extends FilterOutputStream {
    LineFlushing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      flush();
    }

    @Override
    public void flush() throws IOException {
      out.flush();
      if (failed(out)) {
        throw new SwallowedWriteError();
      }
    }
  }

  /** A write error that a {@link PrintStream} swallowed, so that its reason is unknown. */
  private static final class SwallowedWriteError extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Answers each valid record of the JSON Lines input named by {@code io} as soon as it is read,
   * with the line {@code answer} gives it: so a program may keep the command running and write
   * records one at a time, reading each answer before it writes the next. To standard output (or a
   * device or pipe named by {@code --out}) each answer is flushed as soon as it is written, and the
   * first invalid line ends the run at once, the answers already written standing (a program that
   * waits for an answer then sees the output end, not a process waiting for more input); with
   * {@code --skip-invalid} an invalid line gets no answer and is listed on standard error. To a
   * file the answers are written as they come to the temporary file that becomes the output once
   * all is read; invalid lines are treated as by {@link #readRecords(String, IoOptions,
   * JsonLines.Schema, Consumer)}, every one listed and no file written.
   *
   * @throws BadInputException when the input cannot be read or has an invalid line, or the output cannot be written
   * @throws CancellationException when the thread is interrupted
   */
  void answerEach(String command, IoOptions io, JsonLines.Schema schema, Function<InputLine, byte[]> answer) {
    boolean streamed = io.out == null || AtomicFile.isStream(io.out);
    writeLines(io.out, o -> {
      try {
        readRecords(command, io, schema, streamed, line -> {
          try {
            o.write(answer.apply(line));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, (done, total) -> {});
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    });
  }

  /**
   * What this process's standard error is. On Linux its file descriptor names it
   * ({@code /dev/pts/3} is a terminal, {@code pipe:[1234]} or a file is not); elsewhere Java's
   * console stands in, which exists when standard input and output are terminals.
   */
  static ErrorStream detectErrorStream() {
    try {
      return isTerminal(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString())
          ? ErrorStream.TERMINAL : ErrorStream.FILE_OR_PIPE;
    } catch (IOException | UnsupportedOperationException e) {
      return System.console() != null ? ErrorStream.TERMINAL : ErrorStream.FILE_OR_PIPE;
    }
  }

  /** Whether a file descriptor linked to {@code target} is a terminal: a pseudo-terminal, a console, a serial line. */
  static boolean isTerminal(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }

  /** Whether {@code out} is a print stream that has swallowed a write error. */
  private static boolean failed(OutputStream out) {
    return out instanceof PrintStream print && print.checkError();
  }

  /**
   * Reads the JSON Lines input named by {@code io} and returns its valid records. Invalid lines
   * reject the whole input, or with {@code --skip-invalid} are listed on standard error.
   */
  List<InputLine> readRecords(String command, IoOptions io, JsonLines.Schema schema) {
    List<InputLine> records = new ArrayList<>();
    readRecords(command, io, schema, records::add);
    return records;
  }

  /**
   * Reads the JSON Lines input named by {@code io} line by line, handing each valid record to
   * {@code records} as it is read; the input is never held whole, so it may be of any size. Invalid
   * lines reject the whole input once it is read, every one listed (the records handed over until
   * then are to be dropped; none is handed over after the first invalid line), or with
   * {@code --skip-invalid} are listed on standard error as they are met.
   *
   * @throws BadInputException when the input cannot be read or has invalid lines
   * @throws CancellationException when the thread is interrupted
   */
  void readRecords(String command, IoOptions io, JsonLines.Schema schema, Consumer<InputLine> records) {
    readRecords(command, io, schema, false, records, (done, total) -> {});
  }

  /** Hears how many bytes of an input of known size have been read. */
  @FunctionalInterface
  interface ReadProgress {
    /** Reports that {@code done} of {@code total} bytes have been read. */
    void read(long done, long total);
  }

  /**
   * As {@link #readRecords(String, IoOptions, JsonLines.Schema, Consumer)}, reporting to
   * {@code progress} the bytes read of an input file whose size is known (a regular file; not
   * standard input, a pipe or a device), at the start, after every chunk and at the end; and, when
   * {@code stopAtFirstProblem} holds and invalid lines are not to be skipped, rejecting the input
   * at its first invalid line, without reading on.
   */
  void readRecords(String command, IoOptions io, JsonLines.Schema schema, boolean stopAtFirstProblem,
      Consumer<InputLine> records, ReadProgress progress) {
    String name = io.inputName();
    List<String> problems = new ArrayList<>();
    JsonLines.Sink sink = new JsonLines.Sink() {
      @Override
      public void record(InputLine line) {
        if (problems.isEmpty()) {
          records.accept(line);
        }
      }

      @Override
      public void problem(String problem) {
        if (io.skipInvalid) {
          err.println("claimcompare " + command + ": " + name + ": skipped " + problem);
        } else if (stopAtFirstProblem) {
          throw new BadInputException(name + ": " + problem);
        } else {
          problems.add(name + ": " + problem);
        }
      }
    };
    try (InputStream input = io.in == null ? new UnclosedInput(in) : counted(Inputs.open(io.in), io.in, progress)) {
      JsonLines.read(input, name, schema, sink);
    } catch (IOException e) {
      throw Inputs.cannotRead(name, e);
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }

  /** {@code in}, counting its bytes to {@code progress} when {@code file} is a regular file of known size. */
  private static InputStream counted(InputStream in, Path file, ReadProgress progress) throws IOException {
    if (!Files.isRegularFile(file)) {
      return in;
    }
    long total = Files.size(file);
    progress.read(0, total);
    return new FilterInputStream(in) {
      private long done;

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? -1 : 1);
        return b;
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = super.read(bytes, offset, length);
        count(n);
        return n;
      }

      private void count(int n) {
        if (n > 0) {
          done += n;
        }
        // At the end, the size read stands as the total: the file may have grown or shrunk since.
        progress.read(done, n < 0 ? done : Math.max(total, done + 1));
      }
    };
  }

  /** Standard input, which belongs to the caller: closing it closes nothing. */
  private static final class UnclosedInput extends FilterInputStream {
    UnclosedInput(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  /** Why an I/O operation failed, in words: {@code no such file or folder}, {@code No space left on device}. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
