package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  private static final String OLD = "{\"id\": \"old\"}\n".repeat(1000);
  private static final String NEW = "{\"id\": \"new\"}\n".repeat(2000);

  @TempDir Path dir;

  /** A stream that accepts {@code limit} bytes and then fails as a full disk does. */
  static UnaryOperator<OutputStream> failingAfter(int limit) {
    return out -> new FilterOutputStream(out) {
      private int written;

      @Override
      public void write(int b) throws IOException {
        if (++written > limit) {
          throw new IOException("No space left on device");
        }
        super.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) {
          write(b[off + i]);
        }
      }
    };
  }

  @Test
  void replacesAnExistingFileWithTheWholeNewContent() throws IOException {
    Path file = Cli.write(dir.resolve("out.jsonl"), OLD);

    AtomicFile.write(file, NEW.getBytes(UTF_8));

    assertThat(Files.readString(file, UTF_8)).isEqualTo(NEW);
    assertThat(filesIn(dir)).containsExactly(file);
  }

  @Test
  void createsAMissingFile() throws IOException {
    Path file = dir.resolve("out.jsonl");

    AtomicFile.write(file, NEW.getBytes(UTF_8));

    assertThat(Files.readString(file, UTF_8)).isEqualTo(NEW);
    assertThat(filesIn(dir)).containsExactly(file);
  }

  @Test
  void leavesTheExistingFileAsItWasWhenWritingFailsMidway() throws IOException {
    Path file = Cli.write(dir.resolve("out.jsonl"), OLD);

    assertThatThrownBy(() -> AtomicFile.write(file, NEW.getBytes(UTF_8), failingAfter(NEW.length() / 2)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("cannot write " + file + ": No space left on device; the file was left as it was");

    assertThat(Files.readString(file, UTF_8)).isEqualTo(OLD);
    assertThat(filesIn(dir)).containsExactly(file);
  }

  @Test
  void createsNoFileWhenWritingANewOneFailsMidway() throws IOException {
    Path file = dir.resolve("out.jsonl");

    assertThatThrownBy(() -> AtomicFile.write(file, NEW.getBytes(UTF_8), failingAfter(10)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("cannot write " + file + ": No space left on device");

    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void removesTheTemporaryFileWhenABugInterrupts() throws IOException {
    Path file = Cli.write(dir.resolve("out.jsonl"), OLD);
    UnaryOperator<OutputStream> bug = out -> {
      throw new IllegalStateException("a bug");
    };

    assertThatThrownBy(() -> AtomicFile.write(file, NEW.getBytes(UTF_8), bug)).hasMessage("a bug");

    assertThat(Files.readString(file, UTF_8)).isEqualTo(OLD);
    assertThat(filesIn(dir)).containsExactly(file);
  }

  @Test
  void rejectsAFolderAsTargetNamingIt() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("results"));

    assertThatThrownBy(() -> AtomicFile.write(folder, NEW.getBytes(UTF_8)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("cannot write " + folder + ": it is a folder");
    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void rejectsATargetInAMissingFolderNamingTheFolder() {
    Path file = dir.resolve("no-such-folder").resolve("out.jsonl");

    assertThatThrownBy(() -> AtomicFile.write(file, NEW.getBytes(UTF_8)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("cannot write " + file + ": there is no folder " + file.getParent().toAbsolutePath());
  }

  @Test
  void rejectsAnEmptyName() {
    assertThatThrownBy(() -> AtomicFile.write(Path.of(""), NEW.getBytes(UTF_8)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("cannot write a file with an empty name");
  }

  /** Renaming a file over {@code /dev/null} would replace the device (as root); it is written to instead. */
  @Test
  void writesToADeviceWithoutReplacingIt() {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "/dev/null is a device");

    AtomicFile.write(devNull, NEW.getBytes(UTF_8));

    assertThat(devNull).exists();
    assertThat(Files.isRegularFile(devNull)).as("still a device").isFalse();
  }

  @Test
  void keepsThePermissionsOfAReplacedFile() throws IOException {
    Path file = Cli.write(dir.resolve("out.jsonl"), OLD);
    assumeTrue(Files.getFileAttributeView(file, PosixFileAttributeView.class) != null, "POSIX permissions");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    AtomicFile.write(file, NEW.getBytes(UTF_8));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
  }

  @Test
  void replacesTheFileBehindASymbolicLinkAndKeepsTheLink() throws IOException {
    Path real = Cli.write(dir.resolve("real.jsonl"), OLD);
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links: " + e);
      return;
    }

    AtomicFile.write(link, NEW.getBytes(UTF_8));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real, UTF_8)).isEqualTo(NEW);
  }

  /** Every entry in the folder, temporary files (whose names start with a dot) included. */
  @Test
  void writesContentAsItIsProduced() throws IOException {
    Path file = Cli.write(dir.resolve("out.jsonl"), OLD);

    AtomicFile.write(file, out -> {
      for (int i = 0; i < 2000; i++) {
        out.write("{\"id\": \"new\"}\n".getBytes(UTF_8));
      }
    });

    assertThat(Files.readString(file, UTF_8)).isEqualTo(NEW);
    assertThat(filesIn(dir)).containsExactly(file);
  }

  /** Content written in part, then stopped: the target must not see the part. */
  @Test
  void leavesTheFileAsItWasWhenTheContentStopsMidway() throws IOException {
    Path file = Cli.write(dir.resolve("out.jsonl"), OLD);

    assertThatThrownBy(() -> AtomicFile.write(file, out -> {
      out.write(NEW.getBytes(UTF_8));
      throw new CancellationException("interrupted");
    })).isInstanceOf(CancellationException.class);

    assertThat(Files.readString(file, UTF_8)).isEqualTo(OLD);
    assertThat(filesIn(dir)).containsExactly(file);
  }

  /** A file channel closes itself when its thread is interrupted; that is a stop, not a disk error. */
  @Test
  void reportsAnInterruptedWriteAsCancellationAndLeavesTheFile() throws IOException {
    Path file = Cli.write(dir.resolve("out.jsonl"), OLD);

    try {
      assertThatThrownBy(() -> AtomicFile.write(file, out -> {
        Thread.currentThread().interrupt();
        out.write(NEW.getBytes(UTF_8));
        out.flush();
      })).isInstanceOf(CancellationException.class).hasMessage("interrupted while writing " + file);
    } finally {
      Thread.interrupted();
    }

    assertThat(Files.readString(file, UTF_8)).isEqualTo(OLD);
    assertThat(filesIn(dir)).containsExactly(file);
  }

  /** What the shutdown hook does when the command does not stop in time; the write then fails. */
  @Test
  void deletesUnfinishedTemporaryFilesOnRequest() throws IOException {
    Path file = Cli.write(dir.resolve("out.jsonl"), OLD);
    List<Path> deleted = new ArrayList<>();

    assertThatThrownBy(() -> AtomicFile.write(file, out -> {
      out.write(NEW.getBytes(UTF_8));
      deleted.addAll(filesIn(dir));
      AtomicFile.deleteUnfinished();
      deleted.removeAll(filesIn(dir));
    })).isInstanceOf(BadInputException.class).hasMessageEndingWith("; the file was left as it was");

    assertThat(deleted).singleElement().satisfies(temp -> assertThat(temp.getFileName().toString()).endsWith(".tmp"));
    assertThat(Files.readString(file, UTF_8)).isEqualTo(OLD);
    assertThat(filesIn(dir)).containsExactly(file);
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }
}
