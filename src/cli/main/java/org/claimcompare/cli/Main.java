package org.claimcompare.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code claimcompare} command line: {@code cluster}, {@code score}, {@code extract},
 * {@code report} and {@code eval}. Input and output are UTF-8; JSON Lines commands read standard
 * input and write standard output unless {@code --in}/{@code --out} name files.
 *
 * <p>Exit status: 0 on success; 2 for bad input or usage, or when the output cannot be written
 * (nothing is written to the output, an existing output file is left as it was); 3 when Java runs
 * out of memory; 1 for an unexpected failure, a bug.
 */
@Command(
    name = "claimcompare",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Compare claims across news articles.",
    subcommands = {
      ClusterCommand.class, ScoreCommand.class, ExtractCommand.class, ReportCommand.class, EvalCommand.class
    })
public final class Main implements Runnable {
  static final int BAD_INPUT = 2;
  static final int OUT_OF_MEMORY = 3;

  /** Said when even the message about running out of memory cannot be built. */
  private static final String OUT_OF_MEMORY_SHORT =
      "claimcompare: out of memory; give Java more with -Xmx, e.g. java -Xmx4g -jar target/claimcompare-cli.jar ...";

  private final InputStream in;
  private final OutputStream out;
  private final PrintStream err;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Main(InputStream in, OutputStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
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
    System.exit(run(args, System.in, out, err));
  }

  /**
   * Runs the command line against the given streams and returns the exit status. Running out of
   * memory is caught here, and only here, however deep a library wrapped it: one line on
   * {@code err} names the remedy.
   */
  static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    CommandLine cmd = new CommandLine(new Main(in, out, err));
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
   * Reports bad input, one line per problem, and returns its status. An exception caused by
   * running out of memory is thrown on as the {@link OutOfMemoryError} itself, out of picocli,
   * which would print it, to {@link #run}; anything else is a bug, for picocli to print.
   */
  private static int handle(Exception e, String command, PrintStream err) throws Exception {
    if (e instanceof BadInputException bad) {
      bad.problems().forEach(p -> err.println("claimcompare " + command + ": " + p));
      return BAD_INPUT;
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

  /**
   * Writes {@code text} as UTF-8 to {@code file}, atomically (see {@link AtomicFile}), or to
   * standard output when it is null. A lone surrogate is written as its JSON escape, never as
   * {@code ?} (see {@link StrictUtf8#encode}).
   *
   * @throws BadInputException when the output cannot be written
   */
  void write(Path file, String text) {
    byte[] bytes = StrictUtf8.encode(text);
    if (file != null) {
      AtomicFile.write(file, bytes);
      return;
    }
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new BadInputException("cannot write standard output: " + reason(e));
    }
    if (failed(out)) {
      throw new BadInputException("cannot write standard output");
    }
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
    JsonLines.Result input = JsonLines.read(read(io.in), schema);
    String name = io.inputName();
    if (!input.problems().isEmpty() && !io.skipInvalid) {
      throw new BadInputException(input.problems().stream().map(p -> name + ": " + p).toList());
    }
    input.problems().forEach(p -> err.println("claimcompare " + command + ": " + name + ": skipped " + p));
    return input.lines();
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
