package org.claimcompare.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimcompare.AlignedRenderings;
import org.claimcompare.AlignedRenderings.Cell;
import org.claimcompare.Claim;
import org.claimcompare.MatchType;
import org.claimcompare.Penalty;
import org.claimcompare.Span;
import org.claimcompare.cli.CrossArticleReport.ArticleEntry;
import org.claimcompare.cli.CrossArticleReport.Rendering;
import org.claimcompare.cli.CrossArticleReport.Statement;

/**
 * The report as one self-contained HTML page: no network, no external font, style sheet or script;
 * a browser opens it offline. It has a summary, filters (fewest articles, speaker), a legend, two
 * small SVG figures (which articles share which statements; how many clusters have each size), the
 * articles, a sortable index of statements, and per statement its renderings aligned word by word
 * in columns and listed with their article, offsets, kind, speaker, score and the sentences around
 * them. Every piece of text from an article or a claim is escaped; the page's script reads only the
 * page.
 */
final class HtmlReport {
  private HtmlReport() {}

  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  /** Side of a cell of the matrix figure, in pixels. */
  private static final int CELL = 22;
  /** The most characters of a source name shown in the figure. */
  private static final int LABEL_CHARS = 28;

  static String render(CrossArticleReport report, Offsets offsets) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>claimcompare report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1>claimcompare report</h1>\n<p class=\"summary\">")
        .append(esc(String.format(Locale.ROOT, "%d articles, %d claims, %d statements in at least %d articles"
            + " (threshold %s; offsets in %s)", report.articles().size(), report.claimCount(),
            report.statements().size(), report.minArticles(), report.threshold(),
            offsets == Offsets.UTF16 ? "UTF-16 code units" : "code points")))
        .append("</p>\n</header>\n");
    controls(h, report);
    legend(h);
    figures(h, report);
    articles(h, report);
    index(h, report);
    h.append("<main id=\"statements\">\n");
    var at = offsets.memo();
    Map<String, String> titles = new java.util.HashMap<>();
    report.articles().forEach(a -> a.title().ifPresent(t -> titles.put(a.source(), t)));
    for (Statement s : report.statements()) {
      statement(h, s, at, titles);
    }
    if (report.statements().isEmpty()) {
      h.append("<p class=\"none\">No statement appears in ").append(report.minArticles()).append(" articles or more.</p>\n");
    }
    h.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void controls(StringBuilder h, CrossArticleReport report) {
    Set<String> speakers = new LinkedHashSet<>();
    report.statements().forEach(s -> speakers.addAll(s.speakers()));
    List<String> sorted = new ArrayList<>(speakers);
    sorted.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(String::compareTo));
    int most = report.statements().stream().mapToInt(s -> s.articles().size()).max().orElse(report.minArticles());
    h.append("<section id=\"controls\">\n<label>Fewest articles <input id=\"min-articles\" type=\"number\" min=\"1\" max=\"")
        .append(Math.max(most, report.minArticles())).append("\" value=\"").append(report.minArticles()).append("\"></label>\n")
        .append("<label>Speaker <select id=\"speaker\">\n<option value=\"\">all speakers</option>\n");
    for (String s : sorted) {
      h.append("<option value=\"").append(esc(s)).append("\">").append(esc(s)).append("</option>\n");
    }
    h.append("</select></label>\n<span id=\"shown\" aria-live=\"polite\">").append(report.statements().size())
        .append(" of ").append(report.statements().size()).append(" statements shown</span>\n</section>\n");
  }

  private static void legend(StringBuilder h) {
    h.append("<section id=\"legend\">\n<h2>Legend</h2>\n<p>In the aligned tables, words in one column are aligned"
        + " with the representative's word (the first row). A matched word is coloured by why it matched:</p>\n<p>");
    for (MatchType t : MatchType.values()) {
      h.append("<span class=\"cell matched ").append(t.label()).append("\" title=\"").append(esc(describe(t))).append("\">")
          .append(t.label().replace('_', ' ')).append("</span> ");
    }
    h.append("</p>\n<p><span class=\"cell replaced\">replaced</span> a word in place of the representative's, not matched;"
        + " <span class=\"cell added\">added</span> only in this rendering;"
        + " <span class=\"cell moved\">moved</span> matched, but in another order;"
        + " <span class=\"cell missing\">\u2013</span> the representative's word is not in this rendering;"
        + " <span class=\"cell matched exact fw\">the</span> function words are lighter.</p>\n</section>\n");
  }

  private static String describe(MatchType t) {
    return switch (t) {
      case EXACT -> "the same word";
      case SPELLING -> "British and American spellings";
      case ALIAS -> "transliterations or aliases of one name";
      case NEAR_SPELLING -> "spelled almost alike";
      case STEM -> "inflections of one word";
      case SYNONYM -> "synonyms in WordNet";
      case RELATED -> "one WordNet relation apart";
      case SEMANTIC -> "alike for a sentence-embedding model";
    };
  }

  private static void figures(StringBuilder h, CrossArticleReport report) {
    h.append("<section id=\"figures\">\n");
    matrix(h, report);
    histogram(h, report.clusterSizes());
    h.append("</section>\n");
  }

  /** Articles down, statements across, a dot where an article has a rendering of a statement. */
  private static void matrix(StringBuilder h, CrossArticleReport report) {
    List<Statement> statements = report.statements();
    Set<String> sharing = new LinkedHashSet<>();
    statements.forEach(s -> sharing.addAll(s.articles()));
    List<ArticleEntry> articles = report.articles().stream().filter(a -> sharing.contains(a.source())).toList();
    int apart = report.articles().size() - articles.size();
    int left = 8 * Math.min(LABEL_CHARS, articles.stream().mapToInt(a -> a.source().length()).max().orElse(8)) + 12;
    int top = 28;
    int width = left + CELL * Math.max(1, statements.size()) + 8;
    int height = top + CELL * Math.max(1, articles.size()) + 8;
    h.append("<figure>\n<svg id=\"matrix\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"Which articles share which statements\">\n");
    for (int j = 0; j < statements.size(); j++) {
      h.append("<text class=\"col\" x=\"").append(left + CELL * j + CELL / 2).append("\" y=\"").append(top - 8)
          .append("\" text-anchor=\"middle\">").append(statements.get(j).number()).append("</text>\n");
    }
    for (int i = 0; i < articles.size(); i++) {
      String source = articles.get(i).source();
      int y = top + CELL * i;
      h.append("<text class=\"row\" x=\"").append(left - 6).append("\" y=\"").append(y + CELL / 2 + 4)
          .append("\" text-anchor=\"end\"><title>").append(esc(source)).append("</title>")
          .append(esc(shorten(source))).append("</text>\n");
      h.append("<line x1=\"").append(left).append("\" y1=\"").append(y + CELL / 2).append("\" x2=\"")
          .append(left + CELL * statements.size()).append("\" y2=\"").append(y + CELL / 2).append("\" class=\"grid\"/>\n");
      for (int j = 0; j < statements.size(); j++) {
        Statement s = statements.get(j);
        long n = s.renderings().stream().filter(r -> r.claim().source().orElse("").equals(source)).count();
        if (s.articles().contains(source)) {
          h.append("<circle data-statement=\"").append(s.number()).append("\" cx=\"").append(left + CELL * j + CELL / 2)
              .append("\" cy=\"").append(y + CELL / 2).append("\" r=\"").append(n > 1 ? 8 : 6).append("\"><title>")
              .append(esc(String.format(Locale.ROOT, "statement %d in %s: %d %s", s.number(), source, n,
                  n == 1 ? "rendering" : "renderings"))).append("</title></circle>\n");
        }
      }
    }
    h.append("</svg>\n<figcaption>Which articles share which statements (a larger dot: more than one rendering"
        + " in that article)");
    if (apart > 0) {
      h.append("; ").append(apart).append(apart == 1 ? " article shares" : " articles share").append(" none and ")
          .append(apart == 1 ? "is" : "are").append(" left out");
    }
    h.append(".</figcaption>\n</figure>\n");
  }

  /** One bar per cluster size, as tall as the number of clusters of that size (on a square-root scale). */
  private static void histogram(StringBuilder h, Map<Integer, Integer> sizes) {
    int bars = sizes.size();
    int barWidth = 28;
    int plot = 120;
    int width = 40 + bars * (barWidth + 6) + 10;
    int height = plot + 50;
    double most = Math.sqrt(sizes.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    h.append("<figure>\n<svg id=\"sizes\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"Number of clusters of each size\">\n");
    int k = 0;
    for (Map.Entry<Integer, Integer> e : sizes.entrySet()) {
      int x = 40 + k * (barWidth + 6);
      int barHeight = (int) Math.round(plot * Math.sqrt(e.getValue()) / most);
      int y = 20 + plot - barHeight;
      h.append("<rect class=\"bar\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(barWidth)
          .append("\" height=\"").append(barHeight).append("\"><title>")
          .append(esc(String.format(Locale.ROOT, "%d clusters of %d %s", e.getValue(), e.getKey(),
              e.getKey() == 1 ? "claim" : "claims"))).append("</title></rect>\n");
      h.append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(y - 4).append("\" text-anchor=\"middle\">")
          .append(e.getValue()).append("</text>\n");
      h.append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(20 + plot + 16)
          .append("\" text-anchor=\"middle\">").append(e.getKey()).append("</text>\n");
      k++;
    }
    h.append("<text x=\"").append(width / 2).append("\" y=\"").append(height - 4)
        .append("\" text-anchor=\"middle\" class=\"axis\">claims in the cluster</text>\n");
    h.append("</svg>\n<figcaption>Clusters of each size, all claims (bar height on a square-root scale).</figcaption>\n</figure>\n");
  }

  private static void articles(StringBuilder h, CrossArticleReport report) {
    h.append("<section id=\"articles\">\n<h2>Articles</h2>\n<table>\n<thead><tr><th>Source</th><th>Title</th>"
        + "<th class=\"num\">Claims</th></tr></thead>\n<tbody>\n");
    for (ArticleEntry a : report.articles()) {
      h.append("<tr><td>").append(esc(a.source())).append("</td><td>").append(esc(a.title().orElse("")))
          .append("</td><td class=\"num\">").append(a.claims()).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void index(StringBuilder h, CrossArticleReport report) {
    h.append("<section id=\"index\">\n<h2>Statements</h2>\n<table id=\"statement-index\" class=\"sortable\">\n<thead><tr>"
        + "<th data-type=\"number\" aria-sort=\"ascending\">#</th><th data-type=\"text\">Representative</th>"
        + "<th data-type=\"number\">Articles</th><th data-type=\"number\">Renderings</th>"
        + "<th data-type=\"text\">Speakers</th></tr></thead>\n<tbody>\n");
    for (Statement s : report.statements()) {
      h.append("<tr class=\"statement-row\"").append(filterData(s)).append("><td class=\"num\" data-value=\"")
          .append(s.number()).append("\">").append(s.number()).append("</td><td><a href=\"#statement-").append(s.number())
          .append("\">").append(esc(s.cluster().representative().text())).append("</a></td><td class=\"num\" data-value=\"")
          .append(s.articles().size()).append("\">").append(s.articles().size()).append("</td><td class=\"num\" data-value=\"")
          .append(s.renderings().size()).append("\">").append(s.renderings().size()).append("</td><td>")
          .append(esc(String.join(", ", s.speakers()))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n<p class=\"hint\">Click a heading to sort.</p>\n</section>\n");
  }

  private static String filterData(Statement s) {
    String speakers;
    try {
      speakers = JsonLines.MAPPER.writeValueAsString(s.speakers());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return " data-statement=\"" + s.number() + "\" data-articles=\"" + s.articles().size()
        + "\" data-speakers=\"" + esc(speakers) + "\"";
  }

  private static void statement(StringBuilder h, Statement s, java.util.function.BiFunction<String, Span, Span> at,
      Map<String, String> titles) {
    h.append("<section class=\"statement\" id=\"statement-").append(s.number()).append('"').append(filterData(s)).append(">\n");
    h.append("<h2>Statement ").append(s.number()).append(": ").append(s.renderings().size()).append(" renderings in ")
        .append(s.articles().size()).append(" articles</h2>\n");
    h.append("<p class=\"representative\">\u201c").append(esc(s.cluster().representative().text())).append("\u201d</p>\n");
    alignment(h, s);
    h.append("<ol class=\"renderings\">\n");
    int row = 0;
    for (Rendering r : s.renderings()) {
      rendering(h, r, ++row, at, titles);
    }
    h.append("</ol>\n");
    if (s.held() > 0) {
      h.append("<p class=\"held\">And ").append(s.held()).append(s.held() == 1 ? " longer claim" : " longer claims")
          .append(" around ").append(s.held() == 1 ? "a rendering" : "renderings").append(" above.</p>\n");
    }
    h.append("</section>\n");
  }

  private static void alignment(StringBuilder h, Statement s) {
    AlignedRenderings t = s.table();
    h.append("<div class=\"scroll\"><table class=\"alignment\">\n<tbody>\n");
    for (int r = 0; r < t.rows().size(); r++) {
      h.append(r == 0 ? "<tr class=\"rep\">" : "<tr>").append("<th scope=\"row\" title=\"")
          .append(esc(s.renderings().get(r).claim().source().orElse(""))).append("\">").append(r + 1).append("</th>");
      List<Cell> row = t.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        Cell cell = row.get(c);
        int repColumn = t.columns().get(c);
        String repWord = repColumn < 0 ? "" : t.rows().get(0).get(c).word();
        h.append("<td class=\"cell ").append(cell.kind().label());
        cell.match().ifPresent(m -> h.append(' ').append(m.label()));
        if (cell.functionWord()) {
          h.append(" fw");
        }
        h.append('"');
        String title = title(cell, repWord);
        if (!title.isEmpty()) {
          h.append(" title=\"").append(esc(title)).append('"');
        }
        h.append('>').append(cell.kind() == Cell.Kind.MISSING ? "\u2013" : esc(cell.word())).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");
  }

  private static String title(Cell cell, String repWord) {
    return switch (cell.kind()) {
      case REPRESENTATIVE, EMPTY -> "";
      case MATCHED -> cell.word().equals(repWord) ? cell.match().orElseThrow().label()
          : cell.word() + " ~ " + repWord + ": " + cell.match().orElseThrow().label().replace('_', ' ');
      case MOVED -> "matched (" + cell.match().orElseThrow().label().replace('_', ' ') + "), in another order";
      case REPLACED -> "in place of \u201c" + repWord + "\u201d, not matched";
      case ADDED -> "only in this rendering";
      case MISSING -> "\u201c" + repWord + "\u201d is not in this rendering";
    };
  }

  private static void rendering(StringBuilder h, Rendering r, int row, java.util.function.BiFunction<String, Span, Span> at,
      Map<String, String> titles) {
    Claim c = r.claim();
    h.append("<li value=\"").append(row).append("\"").append(r.representative() ? " class=\"rep\"" : "").append(">\n");
    h.append("<div class=\"meta\"><span class=\"source\">").append(esc(c.source().orElse("?"))).append("</span>");
    c.source().map(titles::get)
        .ifPresent(t -> h.append(" <span class=\"title\">").append(esc(t)).append("</span>"));
    c.span().ifPresent(span -> {
      Span out = r.article().map(a -> at.apply(a.text(), span)).orElse(span);
      h.append(" <span class=\"offsets\">[").append(out.start()).append(", ").append(out.end()).append(")</span>");
    });
    c.kind().ifPresent(k -> h.append(" <span class=\"kind ").append(k.label()).append("\">").append(k.label()).append("</span>"));
    h.append(" <span class=\"speaker\">").append(esc(c.speaker().orElse("speaker unknown"))).append("</span>");
    h.append(r.representative() ? " <span class=\"score\">representative</span>"
        : String.format(Locale.ROOT, " <span class=\"score\">score %.3f</span>", r.score()));
    h.append("</div>\n");
    h.append("<blockquote class=\"context\">");
    if (r.context().isPresent() && c.span().isPresent()) {
      String text = r.article().orElseThrow().text();
      Span ctx = r.context().get();
      Span claim = c.span().get();
      h.append(esc(text.substring(ctx.start(), Math.min(claim.start(), ctx.end()))))
          .append("<mark>").append(esc(claim.of(text))).append("</mark>")
          .append(esc(text.substring(Math.max(claim.end(), ctx.start()), ctx.end())));
    } else {
      h.append("<mark>").append(esc(c.text())).append("</mark>");
    }
    h.append("</blockquote>\n");
    r.similarity().ifPresent(sim -> {
      if (!sim.penalties().isEmpty()) {
        h.append("<p class=\"guards\">Guards: ");
        h.append(esc(String.join("; ", sim.penalties().stream().map(Penalty::toString).toList())));
        h.append("</p>\n");
      }
    });
    h.append("</li>\n");
  }

  private static String shorten(String s) {
    return s.length() <= LABEL_CHARS ? s : s.substring(0, LABEL_CHARS - 1) + "\u2026";
  }

  private static String esc(String s) {
    return ESCAPER.escape(s);
  }

  private static final String STYLE = """
      :root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --bg: #ffffff; --soft: #f5f6f9; }
      body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
        background: var(--bg); margin: 0 auto; max-width: 1200px; padding: 0 20px 40px; }
      h1 { font-size: 1.6em; margin: 20px 0 4px; } h2 { font-size: 1.2em; margin: 28px 0 8px; }
      .summary, .hint, figcaption, .held { color: var(--muted); }
      #controls { position: sticky; top: 0; background: var(--bg); padding: 10px 0; border-bottom: 1px solid var(--line);
        display: flex; gap: 20px; align-items: center; flex-wrap: wrap; z-index: 1; }
      #controls input { width: 4em; } #controls select { max-width: 24em; }
      #figures { display: flex; gap: 30px; flex-wrap: wrap; align-items: flex-start; }
      figure { margin: 16px 0; max-width: 100%; overflow-x: auto; } figcaption { font-size: 13px; max-width: 40em; }
      svg text { font: 11px system-ui, sans-serif; fill: var(--ink); }
      svg .grid { stroke: var(--line); } svg circle { fill: #3a6fd8; } svg .bar { fill: #8aa6e0; }
      svg .axis { fill: var(--muted); }
      table { border-collapse: collapse; } th, td { text-align: left; vertical-align: top; }
      #articles td, #articles th, #statement-index td, #statement-index th { padding: 4px 10px; border-bottom: 1px solid var(--line); }
      .num { text-align: right; } #statement-index th { cursor: pointer; user-select: none; white-space: nowrap; }
      #statement-index th[aria-sort=ascending]::after { content: " \\25B2"; }
      #statement-index th[aria-sort=descending]::after { content: " \\25BC"; }
      .statement { border-top: 2px solid var(--line); margin-top: 24px; }
      .representative { font-size: 1.1em; font-style: italic; }
      .scroll { overflow-x: auto; padding-bottom: 6px; }
      table.alignment th { color: var(--muted); font-weight: normal; padding: 3px 8px 3px 0; }
      .cell { padding: 3px 6px; border-radius: 4px; white-space: nowrap; font-family: ui-monospace, Menlo, Consolas, monospace;
        font-size: 13px; }
      table.alignment td.cell { border: 2px solid var(--bg); }
      tr.rep .cell { font-weight: 600; background: var(--soft); }
      .cell.exact { background: #e3f3e3; } .cell.spelling { background: #d2f0ee; } .cell.alias { background: #e8dcf7; }
      .cell.near_spelling { background: #d6ecfa; } .cell.stem { background: #dbe4fb; } .cell.synonym { background: #fde2c4; }
      .cell.related { background: #fbf1b8; } .cell.semantic { background: #f8d5e6; }
      .cell.replaced { background: #fbdcdc; text-decoration: underline wavy #c0392b; }
      .cell.added { background: #fff; outline: 1px dashed #2e8b57; color: #2e6b47; }
      .cell.moved { outline: 1px dashed #7a5bd1; }
      .cell.missing { color: #aab; text-align: center; }
      tr .cell.empty { background: transparent; }
      .cell.fw { opacity: 0.55; font-size: 12px; }
      #legend .cell { display: inline-block; margin: 2px 0; }
      ol.renderings li { margin: 10px 0; } .meta { font-size: 13px; color: var(--muted); }
      .meta .source { font-weight: 600; color: var(--ink); } .meta .title { font-style: italic; }
      .meta span + span::before { content: "\\00B7 "; color: var(--line); }
      .context { margin: 4px 0 0; padding: 6px 10px; border-left: 3px solid var(--line); background: var(--soft); }
      mark { background: #fff1a8; padding: 0 1px; } .guards { color: #a0522d; font-size: 13px; margin: 4px 0; }
      .hidden { display: none !important; }
      """;

  private static final String SCRIPT = """
      (function () {
        'use strict';
        var minInput = document.getElementById('min-articles');
        var speakerSelect = document.getElementById('speaker');
        var shown = document.getElementById('shown');
        function visible(el) {
          var min = parseInt(minInput.value, 10);
          if (isNaN(min)) { min = 1; }
          var speaker = speakerSelect.value;
          var speakers = JSON.parse(el.getAttribute('data-speakers'));
          return parseInt(el.getAttribute('data-articles'), 10) >= min
              && (speaker === '' || speakers.indexOf(speaker) >= 0);
        }
        function filter() {
          var sections = document.querySelectorAll('section.statement');
          var count = 0;
          sections.forEach(function (s) {
            var show = visible(s);
            s.classList.toggle('hidden', !show);
            if (show) { count++; }
          });
          document.querySelectorAll('tr.statement-row').forEach(function (row) {
            row.classList.toggle('hidden', !visible(row));
          });
          document.querySelectorAll('#matrix circle').forEach(function (c) {
            var s = document.getElementById('statement-' + c.getAttribute('data-statement'));
            c.style.opacity = s && !s.classList.contains('hidden') ? '1' : '0.15';
          });
          shown.textContent = count + ' of ' + sections.length + ' statements shown';
        }
        minInput.addEventListener('input', filter);
        speakerSelect.addEventListener('change', filter);
        var table = document.getElementById('statement-index');
        var headers = table.querySelectorAll('thead th');
        headers.forEach(function (th, column) {
          th.addEventListener('click', function () {
            var ascending = th.getAttribute('aria-sort') !== 'ascending';
            headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
            th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var numeric = th.getAttribute('data-type') === 'number';
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[column], y = b.cells[column];
              var d = numeric ? parseFloat(x.getAttribute('data-value')) - parseFloat(y.getAttribute('data-value'))
                  : x.textContent.localeCompare(y.textContent);
              if (d === 0) {
                return parseInt(a.getAttribute('data-statement'), 10) - parseInt(b.getAttribute('data-statement'), 10);
              }
              return ascending ? d : -d;
            });
            rows.forEach(function (r) { body.appendChild(r); });
          });
        });
        filter();
      })();
      """;
}
