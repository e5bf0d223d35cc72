package org.claimcompare.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>The content may be written as it is produced ({@link #write(Path, Content)}), so that it is
 * never held whole in memory; it still reaches the target only when all of it is written. An
 * interrupted write (the thread interrupted, the command stopped) is a
 * {@link CancellationException}, and leaves the target as it was.
 */
final class AtomicFile {
  private static final Path DEVICES = Path.of("/dev");
  private static final int BUFFER_BYTES = 64 * 1024;

  /** Temporary files being written, which a shutdown may have to remove (see {@link Interruption}). */
  private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();

  /** Content written to a stream, piece by piece. */
  @FunctionalInterface
  interface Content {
    /** Writes the content to {@code out}, which buffers it and which the caller closes. */
    void writeTo(OutputStream out) throws IOException;
  }

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
    write(target, out -> out.write(bytes), wrap);
  }

  /**
   * Replaces (or creates) {@code target} with what {@code content} writes, as it writes it. An
   * exception thrown by {@code content} leaves the target as it was, and goes on to the caller.
   *
   * @throws BadInputException naming the target and the reason, when it cannot be written
   * @throws CancellationException when the thread is interrupted while writing
   */
  static void write(Path target, Content content) {
    write(target, content, UnaryOperator.identity());
  }

  /** As {@link #write(Path, Content)}, with the temporary file's stream passed through {@code wrap} first. */
  static void write(Path target, Content content, UnaryOperator<OutputStream> wrap) {
    if (target.toString().isEmpty()) {
      throw new BadInputException("cannot write a file with an empty name");
    }
    if (isStream(target)) {
      writeDirectly(target, content, wrap);
      return;
    }
    Path file = resolveLink(target);
    Path folder = checkFolder(target, file);
    Path temp = null;
    try {
      temp = createTemp(folder, file.getFileName().toString());
      writeAndForce(temp, content, wrap);
      copyPermissions(file, temp);
      move(temp, file);
      UNFINISHED.remove(temp);
      temp = null;
      forceFolder(folder);
    } catch (ClosedByInterruptException e) {
      throw interrupted(target, e);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + target + ": " + Main.reason(e)
          + (Files.exists(file) ? "; the file was left as it was" : ""));
    } finally {
      // On any failure, errors, bugs and interruptions included, no temporary file is left behind.
      deleteQuietly(temp);
    }
  }

  /**
   * Removes every temporary file still being written, when the command is stopped before it could
   * finish (see {@link Interruption}); the targets are left as they were.
   */
  static void deleteUnfinished() {
    for (Path temp : List.copyOf(UNFINISHED)) {
      deleteQuietly(temp);
    }
  }

  private static CancellationException interrupted(Path target, IOException e) {
    CancellationException cancelled = new CancellationException("interrupted while writing " + target);
    cancelled.initCause(e);
    return cancelled;
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

  private static void writeAndForce(Path temp, Content content, UnaryOperator<OutputStream> wrap) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        OutputStream out = new BufferedOutputStream(wrap.apply(Channels.newOutputStream(channel)), BUFFER_BYTES)) {
      content.writeTo(out);
      out.flush();
      channel.force(true);
    }
  }

  /**
   * Whether {@code target} stands for a stream rather than a file to replace: a device or a pipe,
   * or any path under {@code /dev}. Such a target is written directly.
   */
  static boolean isStream(Path target) {
    boolean special = Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    return special || target.toAbsolutePath().normalize().startsWith(DEVICES);
  }

  /** Writes to a device or pipe, which has no content to keep and cannot be renamed over. */
  private static void writeDirectly(Path target, Content content, UnaryOperator<OutputStream> wrap) {
    try (OutputStream out = new BufferedOutputStream(wrap.apply(Files.newOutputStream(target)), BUFFER_BYTES)) {
      content.writeTo(out);
    } catch (ClosedByInterruptException e) {
      throw interrupted(target, e);
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
        UNFINISHED.add(temp);
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
      UNFINISHED.remove(temp);
    } catch (IOException e) {
      // Nothing more to do: the failure being reported matters more than a stray temporary file.
    }
  }
}
