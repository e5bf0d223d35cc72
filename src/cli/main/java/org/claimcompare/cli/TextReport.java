package org.claimcompare.cli;

import java.util.List;
import java.util.Locale;
import org.claimcompare.Claim;
import org.claimcompare.Penalty;
import org.claimcompare.Span;
import org.claimcompare.cli.CrossArticleReport.Rendering;
import org.claimcompare.cli.CrossArticleReport.Statement;

/**
 * The report as plain text: a summary, the articles, and per statement its renderings (numbered),
 * the guards that fired, and the renderings set out in columns, wrapped to {@value #WIDTH}
 * characters.
 */
final class TextReport {
  private TextReport() {}

  /** The widest line of an aligned block. */
  static final int WIDTH = 100;

  static String render(CrossArticleReport report, Offsets offsets) {
    String nl = System.lineSeparator();
    var at = offsets.memo();
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "claimcompare report: %d articles, %d claims, %d statements in %s (threshold %s)%n%n",
        report.articles().size(), report.claimCount(), report.statements().size(),
        report.minArticles() == 2 ? "more than one article" : "at least " + report.minArticles() + " articles",
        report.threshold()));
    report.articles().forEach(a -> s.append(String.format(Locale.ROOT, "  %-40s %3d claims%s%n", a.source(), a.claims(),
        a.title().map(t -> "  " + t).orElse(""))));
    if (!report.statements().isEmpty()) {
      s.append(nl).append("In the aligned rows: a word matched as a variant ends in ~, matched out of order in ^,"
          + " in place of another word in *; + marks a word only in that rendering, - a word it lacks.").append(nl);
    }
    for (Statement st : report.statements()) {
      s.append(nl);
      statement(s, st, at);
    }
    return s.toString();
  }

  private static void statement(StringBuilder s, Statement st, java.util.function.BiFunction<String, Span, Span> at) {
    String nl = System.lineSeparator();
    s.append(String.format(Locale.ROOT, "Statement %d: %d renderings in %d articles%n", st.number(),
        st.renderings().size(), st.articles().size()));
    s.append("  representative: \"").append(st.cluster().representative().text()).append('"').append(nl);
    int row = 0;
    for (Rendering r : st.renderings()) {
      row++;
      s.append(String.format(Locale.ROOT, "  %d. ", row)).append(where(r, at));
      s.append(r.representative() ? ", representative" : String.format(Locale.ROOT, ", score %.3f", r.score()));
      s.append(nl);
      s.append("     \"").append(r.claim().text()).append('"').append(nl);
      r.similarity().ifPresent(sim -> {
        List<String> guards = sim.penalties().stream().map(Penalty::toString).toList();
        if (!guards.isEmpty()) {
          s.append("     guards: ").append(String.join(" ", guards)).append(nl);
        }
      });
    }
    if (st.held() > 0) {
      s.append(String.format(Locale.ROOT, "  (and %d longer %s around %s above)%n", st.held(),
          st.held() == 1 ? "claim" : "claims", st.held() == 1 ? "a rendering" : "renderings"));
    }
    s.append("  aligned:").append(nl);
    boolean first = true;
    for (List<String> block : st.table().textBlocks(WIDTH - 8)) {
      if (!first) {
        s.append(nl);
      }
      first = false;
      for (int k = 0; k < block.size(); k++) {
        s.append(String.format(Locale.ROOT, "    %2d  %s", k + 1, block.get(k)).stripTrailing()).append(nl);
      }
    }
  }

  private static String where(Rendering r, java.util.function.BiFunction<String, Span, Span> at) {
    Claim c = r.claim();
    StringBuilder s = new StringBuilder(c.source().orElse("?"));
    c.span().ifPresent(span -> s.append(' ').append(r.article().map(a -> at.apply(a.text(), span)).orElse(span)));
    c.kind().ifPresent(k -> s.append(' ').append(k.label()));
    s.append(", speaker ").append(c.speaker().orElse("unknown"));
    return s.toString();
  }
}
