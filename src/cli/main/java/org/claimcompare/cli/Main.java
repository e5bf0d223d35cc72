package org.claimcompare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code claimcompare} command line: {@code cluster}, {@code score}, {@code extract},
 * {@code report} and {@code eval}. Input and output are UTF-8; JSON Lines commands read standard
 * input and write standard output unless {@code --in}/{@code --out} name files.
 *
 * <p>Exit status: 0 on success, 2 for bad input or usage (nothing is written to the output), 1
 * for an unexpected failure.
 */
@Command(
    name = "claimcompare",
    mixinStandardHelpOptions = true,
    version = "claimcompare 0.1",
    description = "Compare claims across news articles.",
    subcommands = {
      ClusterCommand.class, ScoreCommand.class, ExtractCommand.class, ReportCommand.class, EvalCommand.class
    })
public final class Main implements Runnable {
  static final int BAD_INPUT = 2;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Main(InputStream in, PrintStream out, PrintStream err) {
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
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err));
  }

  /** Runs the command line against the given streams and returns the exit status. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine cmd = new CommandLine(new Main(in, out, err));
    cmd.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cmd.setExecutionExceptionHandler((e, command, parsed) -> {
      if (e instanceof BadInputException bad) {
        bad.problems().forEach(p -> err.println("claimcompare " + command.getCommandName() + ": " + p));
        return BAD_INPUT;
      }
      throw e;
    });
    return cmd.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: cluster, score, extract, report or eval");
  }

  /** Reads all of {@code file}, or of standard input when it is null. */
  byte[] read(Path file) {
    try {
      return file == null ? in.readAllBytes() : Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + (file == null ? "standard input" : file) + ": " + reason(e));
    }
  }

  /** Writes {@code text} to {@code file}, or to standard output when it is null. */
  void write(Path file, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (file == null) {
      out.write(bytes, 0, bytes.length);
      out.flush();
      return;
    }
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + file + ": " + reason(e));
    }
  }

  /**
   * Reads the JSON Lines input named by {@code io} and returns its valid records. Invalid lines
   * reject the whole input, or with {@code --skip-invalid} are listed on standard error.
   */
  java.util.List<InputLine> readRecords(String command, IoOptions io, JsonLines.Schema schema) {
    JsonLines.Result input = JsonLines.read(read(io.in), schema);
    String name = io.inputName();
    if (!input.problems().isEmpty() && !io.skipInvalid) {
      throw new BadInputException(input.problems().stream().map(p -> name + ": " + p).toList());
    }
    input.problems().forEach(p -> err.println("claimcompare " + command + ": " + name + ": skipped " + p));
    return input.lines();
  }

  static String reason(IOException e) {
    String type = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? type : type + " (" + e.getMessage() + ")";
  }
}
