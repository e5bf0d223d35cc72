package org.claimcompare.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Writes a file atomically: the bytes go to a temporary file in the same folder, which is forced
 * to disk and then renamed over the target. Readers see the old file or the whole new one, never
 * a part; on any failure (disk full, file-size limit, an error mid-way) the target is left exactly
 * as it was and the temporary file is removed.
 *
 * <p>The rename is {@link StandardCopyOption#ATOMIC_MOVE}; only where the file system cannot move
 * atomically is the target replaced by an ordinary move. A symbolic link as target is followed,
 * so the file it points to is replaced and the link kept. A replaced file keeps its POSIX
 * permissions. A target that exists but is no regular file (a device or a pipe), or any path
 * under {@code /dev} ({@code /dev/null}, {@code /dev/stdout}, whatever standard output is), is
 * written directly: it stands for a stream, not a file to replace.
 */
final class AtomicFile {
  private static final Path DEVICES = Path.of("/dev");

  private AtomicFile() {}

  /**
   * Replaces (or creates) {@code target} with {@code bytes}.
   *
   * @throws BadInputException naming the target and the reason, when it cannot be written
   */
  static void write(Path target, byte[] bytes) {
    write(target, bytes, UnaryOperator.identity());
  }

  /**
   * As {@link #write(Path, byte[])}, with the temporary file's stream passed through {@code wrap}
   * first; tests wrap it in a stream that fails mid-way.
   */
  static void write(Path target, byte[] bytes, UnaryOperator<OutputStream> wrap) {
    if (target.toString().isEmpty()) {
      throw new BadInputException("cannot write a file with an empty name");
    }
    if (isStream(target)) {
      writeDirectly(target, bytes, wrap);
      return;
    }
    Path file = resolveLink(target);
    Path folder = checkFolder(target, file);
    Path temp = null;
    try {
      temp = createTemp(folder, file.getFileName().toString());
      writeAndForce(temp, bytes, wrap);
      copyPermissions(file, temp);
      move(temp, file);
      temp = null;
      forceFolder(folder);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + target + ": " + Main.reason(e)
          + (Files.exists(file) ? "; the file was left as it was" : ""));
    } finally {
      // On any failure, errors and bugs included, no temporary file is left behind.
      deleteQuietly(temp);
    }
  }

  /** The folder that will hold {@code file}, once it is known to be no folder itself. */
  private static Path checkFolder(Path target, Path file) {
    if (Files.isDirectory(file)) {
      throw new BadInputException("cannot write " + target + ": it is a folder");
    }
    Path folder = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      throw new BadInputException("cannot write " + target + ": there is no folder " + folder);
    }
    return folder;
  }

  private static void writeAndForce(Path temp, byte[] bytes, UnaryOperator<OutputStream> wrap) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        OutputStream out = wrap.apply(Channels.newOutputStream(channel))) {
      out.write(bytes);
      out.flush();
      channel.force(true);
    }
  }

  private static boolean isStream(Path target) {
    boolean special = Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    return special || target.toAbsolutePath().normalize().startsWith(DEVICES);
  }

  /** Writes to a device or pipe, which has no content to keep and cannot be renamed over. */
  private static void writeDirectly(Path target, byte[] bytes, UnaryOperator<OutputStream> wrap) {
    try (OutputStream out = wrap.apply(Files.newOutputStream(target))) {
      out.write(bytes);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + target + ": " + Main.reason(e));
    }
  }

  /** A link is followed to the file it names, so the link survives the rename. */
  private static Path resolveLink(Path target) {
    if (!Files.isSymbolicLink(target)) {
      return target;
    }
    try {
      return target.toRealPath();
    } catch (IOException e) {
      return target; // a dangling link: replaced by the new file, as any tool that renames would
    }
  }

  /**
   * A new empty file {@code .NAME.RANDOM.tmp} next to the target, created with the default
   * permissions (unlike {@link Files#createTempFile}, which makes it private to its owner).
   */
  private static Path createTemp(Path folder, String name) throws IOException {
    while (true) {
      Path temp = folder.resolve(String.format(Locale.ROOT, ".%s.%016x.tmp", name, ThreadLocalRandom.current().nextLong()));
      try {
        Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        // another name, then
      }
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (view != null && Files.exists(from)) {
      Files.setPosixFilePermissions(to, view.readAttributes().permissions());
    }
  }

  private static void move(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Forces the folder's entry for the renamed file to disk where the platform allows it. */
  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Not every platform opens folders (Windows does not); the file itself is on disk.
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // Nothing more to do: the failure being reported matters more than a stray temporary file.
    }
  }
}
