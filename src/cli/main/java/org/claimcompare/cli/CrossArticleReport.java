package org.claimcompare.cli;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.claimcompare.AlignedRenderings;
import org.claimcompare.Article;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.Similarity;
import org.claimcompare.Span;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.extract.ClaimExtractor;

/**
 * The cross-article report, as data: the statements that appear in at least {@code minArticles}
 * articles, each with its renderings (source, offsets, kind, speaker, score, the sentences around
 * it) and the renderings set out word by word against the representative. {@link TextReport},
 * {@link JsonReport} and {@link HtmlReport} write it out.
 *
 * <p>A claim that holds another rendering of the statement from the same article (a mixed
 * statement around its quote) is counted in {@link Statement#held()}, not shown again.
 *
 * @param articles the articles read, in the order given, with their titles and claim counts
 * @param claimCount the number of claims extracted from all of them
 * @param statements the statements shared by enough articles, largest cluster first
 * @param clusterSizes the number of clusters of each size (all clusters, shared or not), by size
 * @param threshold the clustering threshold used
 * @param minArticles the fewest articles a statement is in to be reported
 */
record CrossArticleReport(
    List<ArticleEntry> articles,
    int claimCount,
    List<Statement> statements,
    Map<Integer, Integer> clusterSizes,
    double threshold,
    int minArticles) {

  /** A title is looked for among this many first non-blank lines. */
  private static final int TITLE_LINES = 5;
  /** A title has at most this many characters. */
  private static final int TITLE_LENGTH = 200;

  /**
   * One article.
   *
   * @param source its name, as claims carry it
   * @param title its headline, when a line near the top looks like one
   * @param claims the number of claims extracted from it
   */
  record ArticleEntry(String source, Optional<String> title, int claims) {}

  /**
   * One statement.
   *
   * @param number its position in the report, from 1
   * @param cluster the cluster it comes from
   * @param renderings the renderings shown, representative first, then as the cluster orders them
   * @param held the number of the cluster's claims that hold a shown rendering and are not shown
   * @param table the shown renderings set out against the representative (rows in the order of
   *     {@code renderings})
   * @param articles the sources of the cluster's claims, in order of first appearance
   */
  record Statement(int number, ClaimCluster cluster, List<Rendering> renderings, int held, AlignedRenderings table,
      List<String> articles) {

    /** The distinct speakers of the shown renderings, in order of first appearance. */
    List<String> speakers() {
      return renderings.stream().map(r -> r.claim().speaker()).flatMap(Optional::stream).distinct().toList();
    }
  }

  /**
   * One rendering of a statement.
   *
   * @param claim the claim
   * @param representative whether it is the statement's representative
   * @param score its score against the representative (1 for the representative)
   * @param similarity for other renderings, the explanation of that score
   * @param article the article it comes from, if it is among those read
   * @param context the sentences around it, in the article's text, if it has a span
   */
  record Rendering(Claim claim, boolean representative, double score, Optional<Similarity> similarity,
      Optional<Article> article, Optional<Span> context) {}

  /**
   * Builds the report.
   *
   * @param articles the articles the claims were extracted from
   * @param claims the claims
   * @param clusters their clusters
   * @param options the options the clusters were made with (their scorer explains the differences)
   * @param minArticles the fewest articles a statement must be in
   */
  static CrossArticleReport of(List<Article> articles, List<Claim> claims, List<ClaimCluster> clusters,
      ClusterOptions options, int minArticles) {
    Map<String, Article> bySource = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Article a : articles) {
      bySource.putIfAbsent(a.source(), a);
      counts.put(a.source(), 0);
    }
    claims.forEach(c -> counts.merge(c.source().orElse(""), 1, Integer::sum));
    List<ArticleEntry> entries = new ArrayList<>();
    counts.forEach((source, n) -> entries.add(
        new ArticleEntry(source, Optional.ofNullable(bySource.get(source)).flatMap(a -> title(a.text())), n)));
    Map<Integer, Integer> sizes = new TreeMap<>();
    List<Statement> statements = new ArrayList<>();
    for (ClaimCluster c : clusters) {
      sizes.merge(c.size(), 1, Integer::sum);
      List<String> sources = c.claims().stream().map(x -> x.source().orElse("")).distinct().toList();
      if (sources.size() >= minArticles) {
        statements.add(statement(statements.size() + 1, c, sources, bySource, options));
      }
    }
    return new CrossArticleReport(ImmutableList.copyOf(entries), claims.size(), ImmutableList.copyOf(statements),
        sizes, options.threshold(), minArticles);
  }

  private static Statement statement(int number, ClaimCluster c, List<String> sources, Map<String, Article> articles,
      ClusterOptions options) {
    Claim rep = c.representative();
    List<Rendering> shown = new ArrayList<>();
    List<Similarity> sims = new ArrayList<>();
    for (ClaimCluster.Member m : c.members()) {
      Claim claim = m.claim();
      boolean isRep = claim.equals(rep);
      if (!isRep && holdsAnother(claim, c)) {
        continue;
      }
      Optional<Similarity> sim = isRep ? Optional.empty() : Optional.of(options.scorer().similarity(rep.text(), claim.text()));
      sim.ifPresent(sims::add);
      Optional<Article> article = claim.source().map(articles::get);
      Optional<Span> context = article.flatMap(a -> claim.span()
          .filter(s -> s.end() <= a.text().length())
          .map(s -> ClaimExtractor.sentencesAround(a.text(), s)));
      shown.add(new Rendering(claim, isRep, isRep ? 1 : m.score(), sim, article, context));
    }
    AlignedRenderings table = sims.isEmpty() ? AlignedRenderings.of(options.scorer(), rep.text(), List.of())
        : AlignedRenderings.of(sims);
    return new Statement(number, c, ImmutableList.copyOf(shown), c.size() - shown.size(), table, sources);
  }

  /**
   * Whether a claim's span holds another member of the statement from the same article: a mixed
   * statement around one of the statement's quotes, which the quote already shows.
   */
  private static boolean holdsAnother(Claim claim, ClaimCluster c) {
    if (claim.span().isEmpty()) {
      return false;
    }
    Span outer = claim.span().get();
    return c.claims().stream().anyMatch(other -> other != claim && other.source().equals(claim.source())
        && other.span().map(inner -> !inner.equals(outer) && outer.start() <= inner.start()
            && inner.end() <= outer.end()).orElse(false));
  }

  /**
   * An article's headline: the first of its first {@value #TITLE_LINES} non-blank lines that has at
   * least four words, lower-case letters, at most {@value #TITLE_LENGTH} characters and no
   * sentence-final punctuation (a line of prose is not a headline, nor is "Skip to content").
   */
  private static Optional<String> title(String text) {
    int seen = 0;
    for (String line : text.split("\n", -1)) {
      String s = line.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (++seen > TITLE_LINES) {
        break;
      }
      boolean lower = s.codePoints().anyMatch(Character::isLowerCase);
      boolean prose = s.matches("(?s).*[.!?…:][\"'”’»)\\]]*");
      if (s.length() <= TITLE_LENGTH && lower && !prose && s.split("\\s+").length >= 4) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
