package org.claimcompare.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimcompare.AlignedPair;
import org.claimcompare.Article;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.MatchType;
import org.claimcompare.Penalty;
import org.claimcompare.Similarity;
import org.claimcompare.Span;
import org.claimcompare.cluster.ClusterOptions;

/**
 * The cross-article report: the statements that appear in more than one article, each with its
 * representative, every rendering with its source, offsets and speaker, and the words that differ
 * from the representative. A claim that holds another rendering of the statement from the same
 * article (a mixed statement around its quote) is counted in a closing line, not shown again.
 */
final class CrossArticleReport {
  private final List<Article> articles;
  private final Map<String, Integer> claimsPerSource = new LinkedHashMap<>();
  private final List<ClaimCluster> shared = new ArrayList<>();
  private final int claimCount;
  private final ClusterOptions options;

  CrossArticleReport(List<Article> articles, List<Claim> claims, List<ClaimCluster> clusters, ClusterOptions options) {
    this.articles = articles;
    this.claimCount = claims.size();
    this.options = options;
    articles.forEach(a -> claimsPerSource.put(a.source(), 0));
    claims.forEach(c -> claimsPerSource.merge(c.source().orElse(""), 1, Integer::sum));
    for (ClaimCluster c : clusters) {
      if (sources(c) > 1) {
        shared.add(c);
      }
    }
  }

  String render() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "claimcompare report: %d articles, %d claims, %d statements in more than one article (threshold %s)%n%n",
        articles.size(), claimCount, shared.size(), options.threshold()));
    claimsPerSource.forEach((source, n) -> s.append(String.format(Locale.ROOT, "  %-40s %3d claims%n", source, n)));
    int number = 0;
    for (ClaimCluster c : shared) {
      s.append(System.lineSeparator());
      renderStatement(s, ++number, c);
    }
    return s.toString();
  }

  private void renderStatement(StringBuilder s, int number, ClaimCluster c) {
    List<ClaimCluster.Member> shown = c.members().stream()
        .filter(m -> m.claim().equals(c.representative()) || !holdsAnother(m.claim(), c))
        .toList();
    s.append(String.format(Locale.ROOT, "Statement %d: %d renderings in %d articles%n", number, shown.size(), sources(c)));
    s.append("  representative: \"").append(c.representative().text()).append('"').append(System.lineSeparator());
    for (ClaimCluster.Member m : shown) {
      Claim claim = m.claim();
      boolean rep = claim.equals(c.representative());
      s.append("  - ").append(where(claim));
      s.append(rep ? ", representative" : String.format(Locale.ROOT, ", score %.3f", m.score()));
      s.append(System.lineSeparator());
      s.append("    \"").append(claim.text()).append('"').append(System.lineSeparator());
      if (!rep) {
        differences(s, options.scorer().similarity(c.representative().text(), claim.text()));
      }
    }
    int held = c.size() - shown.size();
    if (held > 0) {
      s.append(String.format(Locale.ROOT, "  (and %d longer %s around %s above)%n", held,
          held == 1 ? "claim" : "claims", held == 1 ? "a rendering" : "renderings"));
    }
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

  private static long sources(ClaimCluster c) {
    return c.claims().stream().map(Claim::source).distinct().count();
  }

  private static String where(Claim c) {
    StringBuilder s = new StringBuilder(c.source().orElse("?"));
    c.span().ifPresent(span -> s.append(' ').append(span));
    c.kind().ifPresent(k -> s.append(' ').append(k.label()));
    s.append(", speaker ").append(c.speaker().orElse("unknown"));
    return s.toString();
  }

  /** The words that differ from the representative, and the words matched only as variants. */
  private static void differences(StringBuilder s, Similarity sim) {
    List<String> variants = new ArrayList<>();
    for (AlignedPair p : sim.pairs()) {
      if (p.type() != MatchType.EXACT) {
        variants.add(p.left() + "~" + p.right() + " (" + p.type().label() + ")");
      }
    }
    line(s, "only in representative", sim.unmatchedLeft());
    line(s, "only here", sim.unmatchedRight());
    line(s, "variants", variants);
    line(s, "guards", sim.penalties().stream().map(Penalty::toString).toList());
  }

  private static void line(StringBuilder s, String label, List<String> words) {
    if (!words.isEmpty()) {
      s.append("      ").append(label).append(": ").append(String.join(" ", words)).append(System.lineSeparator());
    }
  }
}
