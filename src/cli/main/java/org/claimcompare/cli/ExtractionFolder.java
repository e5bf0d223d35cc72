package org.claimcompare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.claimcompare.Article;
import org.claimcompare.eval.AttributionFormats;
import org.claimcompare.eval.AttributionGold;
import org.claimcompare.eval.Parsed;

/**
 * The data folder of {@code eval extract}: the articles and their attribution gold.
 *
 * <pre>
 * DIR/articles/NAME.txt   every article (UTF-8; every regular file but hidden ones is an article)
 * DIR/gold.jsonl          the gold as PolNeAR's gold.jsonl, or
 * DIR/ann/NAME.ann        one brat standoff file per article, NAME its file name without .txt
 * </pre>
 *
 * <p>The brat files sit in their own folder, not beside the articles as in brat's own layout, so that
 * {@code extract DIR/articles} reads articles only. Where both forms are present, {@code gold.jsonl}
 * is read unless brat is asked for.
 */
final class ExtractionFolder {
  static final String GOLD_LINES = "gold.jsonl";
  static final String ARTICLES = "articles";
  static final String ANNOTATIONS = "ann";

  private ExtractionFolder() {}

  /** Which gold a folder holds, or which was asked for. */
  enum GoldForm {
    /** {@code gold.jsonl}. */
    JSONL,
    /** {@code ann/NAME.ann}, brat standoff. */
    BRAT
  }

  /**
   * Reads the articles and the gold of {@code dir}, every problem named with its file and line.
   *
   * @param form the gold to read, or null for the one present ({@code gold.jsonl} first)
   */
  static List<AttributionGold> read(Main main, Path dir, GoldForm form) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder")
          + "; expected a folder with articles/ and gold.jsonl or ann/");
    }
    Path articles = dir.resolve(ARTICLES);
    if (!Files.isDirectory(articles)) {
      throw new BadInputException(dir + ": no articles/ folder: expected the articles as " + articles
          + "/NAME.txt");
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Article a : ArticleFiles.read(List.of(articles))) {
      texts.put(a.source(), a.text());
    }
    if (texts.isEmpty()) {
      throw new BadInputException(articles + ": no articles");
    }
    return switch (form == null ? present(dir) : form) {
      case JSONL -> DataFiles.valid(AttributionFormats.goldLines(dir.resolve(GOLD_LINES).toString(),
          DataFiles.decode(main, dir.resolve(GOLD_LINES)), texts));
      case BRAT -> brat(main, dir.resolve(ANNOTATIONS), texts);
    };
  }

  private static GoldForm present(Path dir) {
    if (Files.isRegularFile(dir.resolve(GOLD_LINES))) {
      return GoldForm.JSONL;
    }
    if (Files.isDirectory(dir.resolve(ANNOTATIONS))) {
      return GoldForm.BRAT;
    }
    throw new BadInputException(dir + ": no gold: expected " + dir.resolve(GOLD_LINES) + " or brat files "
        + dir.resolve(ANNOTATIONS) + "/NAME.ann");
  }

  /** Reads the brat file of every article; a missing one, or one without its article, is a problem. */
  private static List<AttributionGold> brat(Main main, Path annotations, Map<String, String> texts) {
    List<String> problems = new ArrayList<>();
    List<AttributionGold> gold = new ArrayList<>();
    Set<String> unused = annotationNames(annotations);
    texts.forEach((name, text) -> {
      String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
      Path ann = annotations.resolve(stem + ".ann");
      if (!unused.remove(stem + ".ann")) {
        problems.add(ann + ": missing: every article needs its brat file");
        return;
      }
      Parsed<AttributionGold> parsed = AttributionFormats.brat(ann.toString(), DataFiles.decode(main, ann), name, text);
      problems.addAll(parsed.problems());
      gold.addAll(parsed.values());
    });
    unused.forEach(a -> problems.add(annotations.resolve(a) + ": no article "
        + annotations.resolveSibling(ARTICLES).resolve(a.substring(0, a.length() - 4) + ".txt")));
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return gold;
  }

  private static Set<String> annotationNames(Path annotations) {
    if (!Files.isDirectory(annotations)) {
      throw new BadInputException(annotations + ": no such folder; expected brat files NAME.ann there");
    }
    try (Stream<Path> files = Files.list(annotations)) {
      Set<String> names = new TreeSet<>();
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ann")).forEach(names::add);
      return names;
    } catch (IOException e) {
      throw new BadInputException("cannot read folder " + annotations + ": " + Main.reason(e));
    }
  }
}
