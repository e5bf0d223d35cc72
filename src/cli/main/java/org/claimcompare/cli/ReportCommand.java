package org.claimcompare.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcompare.Article;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.Claims;
import org.claimcompare.cluster.ClusterOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code report}: the main job, statements shared across articles. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Extract claims from articles, cluster them, and print the statements that appear in more than"
          + " one article: the representative, each rendering with its source file, offsets and speaker,"
          + " and the words that differ between renderings."
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders (default: seeds).")
  List<Path> paths = new ArrayList<>(List.of(Path.of("seeds")));

  @Option(names = "--threshold", paramLabel = "T",
      description = "Score threshold in [0, 1] (default: ${DEFAULT-VALUE}).")
  double threshold = ClusterOptions.DEFAULT_THRESHOLD;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (default: standard output).")
  Path out;

  @Override
  public Integer call() {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new BadInputException("--threshold must be in [0, 1]: " + threshold);
    }
    List<Article> articles = ArticleFiles.read(paths);
    List<Claim> claims = new ArrayList<>();
    articles.forEach(a -> claims.addAll(Claims.extract(a)));
    ClusterOptions options = ClusterOptions.standard().withThreshold(threshold);
    List<ClaimCluster> clusters = Claims.cluster(claims, options);
    main.write(out, new CrossArticleReport(articles, claims, clusters, options).render());
    return 0;
  }
}
