package org.claimcompare.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.claimcompare.AlignedPair;
import org.claimcompare.AlignedRenderings;
import org.claimcompare.Claim;
import org.claimcompare.MatchType;
import org.claimcompare.Penalty;
import org.claimcompare.Similarity;
import org.claimcompare.Span;
import org.claimcompare.cli.CrossArticleReport.Rendering;
import org.claimcompare.cli.CrossArticleReport.Statement;

/**
 * The report as one JSON document, for notebooks and other programs; the README documents its
 * schema ({@value #FORMAT}, version {@value #VERSION}). The same content as the HTML report, as data:
 * articles, cluster sizes, and per statement its renderings with offsets, sentences and the
 * explanation of each score, and the aligned columns.
 */
final class JsonReport {
  private JsonReport() {}

  static final String FORMAT = "claimcompare-report";
  static final int VERSION = 1;

  static ObjectNode of(CrossArticleReport report, Offsets offsets) {
    ObjectNode o = JsonLines.MAPPER.createObjectNode();
    o.put("format", FORMAT);
    o.put("version", VERSION);
    o.put("threshold", report.threshold());
    o.put("min_articles", report.minArticles());
    o.put("offsets", offsets.label());
    o.put("claims", report.claimCount());
    ArrayNode articles = o.putArray("articles");
    report.articles().forEach(a -> {
      ObjectNode x = articles.addObject().put("source", a.source());
      a.title().ifPresent(t -> x.put("title", t));
      x.put("claims", a.claims());
    });
    ArrayNode sizes = o.putArray("cluster_sizes");
    report.clusterSizes().forEach((size, n) -> sizes.addObject().put("size", size).put("clusters", n));
    ArrayNode statements = o.putArray("statements");
    report.statements().forEach(s -> statements.add(statement(s, offsets)));
    return o;
  }

  static String render(CrossArticleReport report, Offsets offsets) {
    try {
      return JsonLines.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(of(report, offsets))
          + System.lineSeparator();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  private static ObjectNode statement(Statement s, Offsets offsets) {
    ObjectNode o = JsonLines.MAPPER.createObjectNode();
    o.put("number", s.number());
    o.put("representative", s.cluster().representative().text());
    s.articles().forEach(o.putArray("articles")::add);
    s.speakers().forEach(o.putArray("speakers")::add);
    o.put("held", s.held());
    ArrayNode renderings = o.putArray("renderings");
    s.renderings().forEach(r -> renderings.add(rendering(r, offsets)));
    o.set("alignment", alignment(s.table()));
    return o;
  }

  private static ObjectNode rendering(Rendering r, Offsets offsets) {
    Claim c = r.claim();
    ObjectNode o = JsonLines.MAPPER.createObjectNode();
    o.put("id", c.id());
    o.put("source", c.source().orElse(""));
    c.span().ifPresent(span -> {
      Span out = r.article().map(a -> offsets.convert(a.text(), span)).orElse(span);
      o.put("start", out.start());
      o.put("end", out.end());
    });
    c.kind().ifPresent(k -> o.put("kind", k.label()));
    c.speaker().ifPresent(sp -> o.put("speaker", sp));
    o.put("text", c.text());
    o.put("representative", r.representative());
    o.put("score", JsonLines.rounded(r.score()));
    r.context().ifPresent(ctx -> {
      String text = r.article().orElseThrow().text();
      Span out = offsets.convert(text, ctx);
      o.putObject("sentence").put("start", out.start()).put("end", out.end()).put("text", ctx.of(text));
    });
    r.similarity().ifPresent(sim -> o.set("explanation", similarity(sim)));
    return o;
  }

  /**
   * A similarity's explanation: the aligned pairs (with the positions of their words), the
   * unmatched words of each side, the guards that fired and the sentence part. The same fields as
   * {@code score --explain} writes, with {@code a} the representative.
   */
  static ObjectNode similarity(Similarity s) {
    ObjectNode o = JsonLines.MAPPER.createObjectNode();
    o.put("score", JsonLines.rounded(s.score()));
    ArrayNode pairs = o.putArray("pairs");
    for (AlignedPair p : s.pairs()) {
      ObjectNode pair = pairs.addObject()
          .put("a", p.left())
          .put("b", p.right())
          .put("type", p.type().label())
          .put("contribution", JsonLines.rounded(p.contribution()));
      if (p.type() == MatchType.SEMANTIC) {
        pair.put("cosine", JsonLines.rounded(p.cosine()));
      }
    }
    s.unmatchedLeft().forEach(o.putArray("unmatched_a")::add);
    s.unmatchedRight().forEach(o.putArray("unmatched_b")::add);
    ArrayNode guards = o.putArray("guards");
    for (Penalty p : s.penalties()) {
      ObjectNode g = guards.addObject().put("guard", p.guard().label());
      p.left().forEach(g.putArray("a")::add);
      p.right().forEach(g.putArray("b")::add);
      g.put("factor", JsonLines.rounded(p.factor()));
    }
    s.sentence().ifPresent(m -> o.putObject("sentence")
        .put("model", m.model())
        .put("cosine", JsonLines.rounded(m.cosine()))
        .put("contribution", JsonLines.rounded(m.contribution())));
    return o;
  }

  /** The aligned columns: per column its representative word's position (null for inserted ones), then the rows. */
  private static ObjectNode alignment(AlignedRenderings t) {
    ObjectNode o = JsonLines.MAPPER.createObjectNode();
    ArrayNode columns = o.putArray("columns");
    t.columns().forEach(c -> {
      if (c < 0) {
        columns.addNull();
      } else {
        columns.add(c);
      }
    });
    ArrayNode rows = o.putArray("rows");
    for (List<AlignedRenderings.Cell> row : t.rows()) {
      ArrayNode cells = rows.addArray();
      for (AlignedRenderings.Cell cell : row) {
        ObjectNode x = cells.addObject().put("kind", cell.kind().label());
        if (cell.hasWord()) {
          x.put("word", cell.word());
        }
        cell.match().ifPresent(m -> x.put("match", m.label()));
        if (cell.functionWord()) {
          x.put("function_word", true);
        }
      }
    }
    return o;
  }
}
