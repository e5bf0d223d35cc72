package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the command line in a Java process of its own, for what only a process shows: the real
 * standard output (such as {@code /dev/full}), the working directory, the heap limit and the exit
 * status.
 */
final class CliProcess {
  /** Generous: the processes here take a second or two; this only stops a hung test. */
  private static final long TIMEOUT_MINUTES = 2;

  /** What one process wrote to standard error and its exit status. */
  record Result(int status, String err) {}

  private final List<String> jvmOptions = new ArrayList<>();
  private Path directory = Path.of("");
  private ProcessBuilder.Redirect stdout = ProcessBuilder.Redirect.DISCARD;
  private int fileSizeLimitKib;
  private String leftOut = "";

  /** Adds a JVM option such as {@code -Xmx32m}. */
  CliProcess jvm(String option) {
    jvmOptions.add(option);
    return this;
  }

  /** Leaves every class path entry whose file name contains {@code name} (such as {@code jsoup}) out. */
  CliProcess withoutOnClassPath(String name) {
    this.leftOut = name;
    return this;
  }

  /** Runs the process in {@code directory} instead of the current one. */
  CliProcess in(Path directory) {
    this.directory = directory;
    return this;
  }

  /** Sends standard output to {@code file} instead of discarding it. */
  CliProcess stdout(File file) {
    this.stdout = ProcessBuilder.Redirect.to(file);
    return this;
  }

  /**
   * Limits the size of every file the process writes, as {@code ulimit -f} does (through
   * {@code bash}, so only where it exists): a write beyond it fails with {@code File too large}.
   */
  CliProcess fileSizeLimit(int kib) {
    this.fileSizeLimitKib = kib;
    return this;
  }

  private String classPath() {
    String all = System.getProperty("java.class.path");
    if (leftOut.isEmpty()) {
      return all;
    }
    return Stream.of(all.split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).getFileName().toString().contains(leftOut))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** Runs {@code claimcompare args...} with empty standard input and waits for it. */
  Result run(String... args) {
    List<String> command = new ArrayList<>();
    if (fileSizeLimitKib > 0) {
      command.addAll(List.of("bash", "-c", "ulimit -f " + fileSizeLimitKib + " && exec \"$0\" \"$@\""));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classPath(), Main.class.getName()));
    command.addAll(List.of(args));
    try {
      Path err = Files.createTempFile("claimcompare-stderr", ".txt");
      try {
        Process p = new ProcessBuilder(command)
            .directory(directory.toAbsolutePath().toFile())
            .redirectOutput(stdout)
            .redirectError(err.toFile())
            .start();
        p.getOutputStream().close();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
          p.destroyForcibly();
          throw new AssertionError("still running after " + TIMEOUT_MINUTES + " minutes: " + command);
        }
        return new Result(p.exitValue(), Files.readString(err, UTF_8));
      } finally {
        Files.delete(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
