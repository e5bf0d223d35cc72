package org.claimcompare.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimcompare.Claim;
import org.claimcompare.Span;
import org.claimcompare.cli.CrossArticleReport.Rendering;
import org.claimcompare.cli.CrossArticleReport.Statement;
import org.claimcompare.eval.JsonForms;

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
    var at = offsets.memo();
    report.statements().forEach(s -> statements.add(statement(s, at)));
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

  private static ObjectNode statement(Statement s, java.util.function.BiFunction<String, Span, Span> at) {
    ObjectNode o = JsonLines.MAPPER.createObjectNode();
    o.put("number", s.number());
    o.put("representative", s.cluster().representative().text());
    s.articles().forEach(o.putArray("articles")::add);
    s.speakers().forEach(o.putArray("speakers")::add);
    o.put("held", s.held());
    ArrayNode renderings = o.putArray("renderings");
    s.renderings().forEach(r -> renderings.add(rendering(r, at)));
    o.set("alignment", JsonForms.alignment(s.table()));
    return o;
  }

  private static ObjectNode rendering(Rendering r, java.util.function.BiFunction<String, Span, Span> at) {
    Claim c = r.claim();
    ObjectNode o = JsonLines.MAPPER.createObjectNode();
    o.put("id", c.id());
    o.put("source", c.source().orElse(""));
    c.span().ifPresent(span -> {
      Span out = r.article().map(a -> at.apply(a.text(), span)).orElse(span);
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
      Span out = at.apply(text, ctx);
      o.putObject("sentence").put("start", out.start()).put("end", out.end()).put("text", ctx.of(text));
    });
    r.similarity().ifPresent(sim -> o.set("explanation", JsonForms.similarity(sim)));
    return o;
  }
}
