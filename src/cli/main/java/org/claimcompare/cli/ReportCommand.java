package org.claimcompare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcompare.Article;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.Claims;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.extract.ClaimExtractor;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code report}: the main job, statements shared across articles. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Extract claims from articles, cluster them, and print the statements that appear in more than"
          + " one article: the representative, each rendering with its source file, offsets and speaker,"
          + " and the renderings aligned word by word, as text, JSON or a self-contained HTML page."
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand Main main;

  /** The folder read when no path is given, relative to the current folder: the repository's seeds. */
  static final Path DEFAULT_FOLDER = Path.of("seeds");

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Article files or folders (default: the folder seeds in the current folder).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--threshold", paramLabel = "T",
      description = "Score threshold in [0, 1] (default: " + ClusterOptions.DEFAULT_THRESHOLD
          + ", or the semantic scorer's with --semantic).")
  @Nullable Double threshold;

  @Mixin SemanticOptions semantic;

  @Option(names = "--min-words", paramLabel = "N",
      description = "Quotes of fewer words are fragments (default: 3).")
  int minimumWords = ClaimExtractor.standard().minimumWords();

  @Option(names = "--fragments",
      description = "Cluster fragments (scare quotes) with the other claims; by default they are left out of statements.")
  boolean fragments;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (default: standard output).")
  Path out;

  /** The report's formats. */
  enum Format { text, json, html }

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (default): plain text with the renderings aligned in columns; json: the same as one JSON"
          + " document (schema in the README); html: one self-contained page with aligned renderings, filters and figures.")
  Format format = Format.text;

  @Option(names = "--min-articles", paramLabel = "N",
      description = "Report statements found in at least N articles (default: 2).")
  int minArticles = 2;

  @Option(names = "--offsets", paramLabel = "UNITS",
      description = "Count offsets in utf16 code units (default; Java's String indices) or codepoints (Python's str indices).")
  Offsets offsets = Offsets.UTF16;

  @Override
  public Integer call() {
    semantic.check(main);
    if (minArticles < 1) {
      throw new BadInputException("--min-articles must be at least 1: " + minArticles);
    }
    ClaimExtractor extractor = ExtractCommand.extractor(minimumWords);
    ClusterOptions options = semantic.clusterOptions(threshold).withFragments(fragments);
    List<Article> articles = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (ArticleFiles.ArticleFile file : ArticleFiles.readFiles(paths.isEmpty() ? List.of(defaultFolder()) : paths)) {
      Article article = file.article();
      List<Claim> found = extractor.extract(article);
      if (found.isEmpty()) {
        main.err().println("claimcompare report: "
            + ExtractCommand.noClaims(file, offsets.in(article.text()).offset(article.text().length())));
      }
      articles.add(article);
      claims.addAll(found);
    }
    List<ClaimCluster> clusters = Claims.cluster(claims, options);
    CrossArticleReport report = CrossArticleReport.of(articles, claims, clusters, options, minArticles);
    main.write(out, switch (format) {
      case text -> TextReport.render(report, offsets);
      case json -> JsonReport.render(report, offsets);
      case html -> HtmlReport.render(report, offsets);
    });
    return 0;
  }

  /** The seeds folder, which is there when the command runs at the repository's root. */
  private static Path defaultFolder() {
    if (!Files.isDirectory(DEFAULT_FOLDER)) {
      throw new BadInputException("there is no folder " + DEFAULT_FOLDER + " in the current folder "
          + Path.of("").toAbsolutePath() + ", and report reads it when no article is named;"
          + " name article files or folders (report PATH...) or run it at the root of the claimcompare repository");
    }
    return DEFAULT_FOLDER;
  }
}
