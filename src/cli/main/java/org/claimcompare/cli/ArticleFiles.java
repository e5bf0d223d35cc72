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

/**
 * Reads article files: UTF-8 text (strictly), or HTML pages, whose article text is taken out of
 * them (see {@link ArticleFormat} for how a page is told, {@link HtmlText} for what is taken);
 * anything else (a PDF, a Word or ZIP file, binary data) is refused with a message naming the file.
 * A directory stands for its regular files, by name, hidden ones left out.
 */
final class ArticleFiles {
  /** The class whose presence says that jsoup, which HTML articles need, is on the class path. */
  private static final String JSOUP_PROBE = "org.jsoup.Jsoup";

  private ArticleFiles() {}

  /**
   * An article and the file it was read from.
   *
   * @param file the file, as named on the command line or found in a named folder
   * @param format whether the file was text or HTML
   * @param article the article: its text is the file's, or for HTML the text taken out of the page,
   *     which every offset counts in
   */
  record ArticleFile(Path file, ArticleFormat format, Article article) {}

  /**
   * Reads every file, each becoming an article named by its file name (by its path where two
   * files share a name). Every unreadable file is reported, not just the first.
   *
   * @throws BadInputException listing every file that cannot be read or is neither text nor HTML
   */
  static List<Article> read(List<Path> paths) {
    return readFiles(paths).stream().map(ArticleFile::article).toList();
  }

  /** As {@link #read}, keeping each article's file and format. */
  static List<ArticleFile> readFiles(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path p : paths) {
      expand(p, files, problems);
    }
    dropRepeats(files);
    Set<String> names = new HashSet<>();
    boolean clash = files.stream().map(f -> f.getFileName().toString()).anyMatch(n -> !names.add(n));
    List<ArticleFile> articles = new ArrayList<>();
    for (Path f : files) {
      try {
        articles.add(read(f, clash ? f.toString() : f.getFileName().toString()));
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

  private static ArticleFile read(Path file, String name) {
    byte[] bytes = Inputs.read(file);
    ArticleFormat format = ArticleFormat.of(file, bytes);
    String text = switch (format) {
      case TEXT -> utf8(file, bytes);
      case HTML -> html(file, bytes);
    };
    return new ArticleFile(file, format, new Article(name, text));
  }

  private static String utf8(Path file, byte[] bytes) {
    try {
      return StrictUtf8.decode(bytes, 0, bytes.length);
    } catch (CharacterCodingException e) {
      throw new BadInputException(file + ": line " + StrictUtf8.firstBadLine(bytes) + ": invalid UTF-8");
    }
  }

  private static String html(Path file, byte[] bytes) {
    if (!jsoupPresent()) {
      throw new BadInputException(file + ": an HTML page, which needs jsoup (org.jsoup:jsoup) on the class path;"
          + " target/claimcompare-cli.jar has it");
    }
    return HtmlText.of(file, bytes);
  }

  /** Whether jsoup can be loaded; on the module path it must have been added (--add-modules org.jsoup). */
  static boolean jsoupPresent() {
    try {
      Class.forName(JSOUP_PROBE, false, ArticleFiles.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
