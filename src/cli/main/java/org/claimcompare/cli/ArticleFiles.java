package org.claimcompare.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.claimcompare.Article;

/** Reads article files (strict UTF-8); a directory stands for its regular files, by name. */
final class ArticleFiles {
  private ArticleFiles() {}

  /**
   * Reads every file, each becoming an article named by its file name (by its path where two
   * files share a name). Every unreadable file is reported, not just the first.
   */
  static List<Article> read(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path p : paths) {
      expand(p, files, problems);
    }
    dropRepeats(files);
    Set<String> names = new HashSet<>();
    boolean clash = files.stream().map(f -> f.getFileName().toString()).anyMatch(n -> !names.add(n));
    List<Article> articles = new ArrayList<>();
    for (Path f : files) {
      try {
        articles.add(new Article(clash ? f.toString() : f.getFileName().toString(), decode(f)));
      } catch (BadInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return articles;
  }

  /** A file named twice (directly, through its folder, or by another path) is read once. */
  private static void dropRepeats(List<Path> files) {
    Set<Path> seen = new HashSet<>();
    files.removeIf(f -> !seen.add(f.toAbsolutePath().normalize()));
  }

  private static void expand(Path p, List<Path> files, List<String> problems) {
    if (!Files.isDirectory(p)) {
      files.add(p);
      return;
    }
    try (Stream<Path> children = Files.list(p)) {
      children.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      problems.add("cannot read directory " + p + ": " + Main.reason(e));
    }
  }

  private static String decode(Path file) {
    byte[] bytes = Inputs.read(file);
    try {
      return StrictUtf8.decode(bytes, 0, bytes.length);
    } catch (CharacterCodingException e) {
      throw new BadInputException(file + ": line " + StrictUtf8.firstBadLine(bytes) + ": invalid UTF-8");
    }
  }
}
