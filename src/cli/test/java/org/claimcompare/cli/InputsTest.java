package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path dir;

  @Test
  void readsAStreamOfExactlyTheLimit() {
    assertThat(Inputs.read(new ByteArrayInputStream(new byte[10]), "standard input", 10)).hasSize(10);
  }

  @Test
  void rejectsAStreamLargerThanTheLimitNamingIt() {
    assertThatThrownBy(() -> Inputs.read(new ByteArrayInputStream(new byte[11]), "standard input", 10))
        .isInstanceOf(BadInputException.class)
        .hasMessage("standard input is larger than 10 bytes, the most one input may hold; split it into smaller inputs");
  }

  @Test
  void rejectsAFileLargerThanTheLimitNamingIt() {
    Path file = Cli.write(dir.resolve("claims.jsonl"), "x".repeat(1001));

    assertThatThrownBy(() -> Inputs.read(file, 1000))
        .isInstanceOf(BadInputException.class)
        .hasMessage(file + " is larger than 1,000 bytes, the most one input may hold; split it into smaller inputs");
  }

  @Test
  void allowsInputsUpToTheLargestArrayJavaAllocates() {
    assertThat(Inputs.MAX_BYTES).isEqualTo(2_147_483_639);
  }

  @Test
  void rejectsAMissingFileNamingIt() {
    Path file = dir.resolve("absent.jsonl");

    assertThatThrownBy(() -> Inputs.read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessage("cannot read " + file + ": no such file or folder");
  }

  @Test
  void rejectsAnEmptyName() {
    assertThatThrownBy(() -> Inputs.read(Path.of("")))
        .isInstanceOf(BadInputException.class)
        .hasMessage("cannot read a file with an empty name");
  }

  @Test
  void readsADeviceAsAStream() {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "/dev/null is a device");

    assertThat(Inputs.read(devNull)).isEmpty();
  }

  @Test
  void rejectsAFolderNamingIt() {
    assertThatThrownBy(() -> Inputs.read(dir))
        .isInstanceOf(BadInputException.class)
        .hasMessage("cannot read " + dir + ": it is a folder, not a file");
  }

  /** Skipped where permissions do not stop the reader (as root). */
  @Test
  void rejectsAnUnreadableFileNamingIt() throws IOException {
    Path file = Cli.write(dir.resolve("secret.jsonl"), "{}");
    assumeTrue(Files.getFileAttributeView(file, PosixFileAttributeView.class) != null, "POSIX permissions");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "permissions stop this user");

    assertThatThrownBy(() -> Inputs.read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessage("cannot read " + file + ": permission denied");
  }

  @Test
  void opensAFileToStreamItWhateverItsSize() throws IOException {
    Path file = Cli.write(dir.resolve("claims.jsonl"), "x".repeat(1001));

    try (var in = Inputs.open(file)) {
      assertThat(in.readAllBytes()).hasSize(1001);
    }
  }

  @Test
  void refusesToOpenAMissingFileAFolderOrAnEmptyNameNamingThem() {
    Path missing = dir.resolve("absent.jsonl");

    assertThatThrownBy(() -> Inputs.open(missing)).hasMessage("cannot read " + missing + ": no such file or folder");
    assertThatThrownBy(() -> Inputs.open(dir)).hasMessage("cannot read " + dir + ": it is a folder, not a file");
    assertThatThrownBy(() -> Inputs.open(Path.of(""))).hasMessage("cannot read a file with an empty name");
  }

  @Test
  void reportsAFailedReadAsBadInputAndAnInterruptedOneAsCancellation() {
    assertThat(Inputs.cannotRead("claims.jsonl", new IOException("Input/output error")))
        .isInstanceOf(BadInputException.class).hasMessage("cannot read claims.jsonl: Input/output error");
    assertThat(Inputs.cannotRead("claims.jsonl", new java.nio.channels.ClosedByInterruptException()))
        .isInstanceOf(java.util.concurrent.CancellationException.class);
  }
}
