package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --format json|html|text} on small articles written for these tests: two that share a
 * quote, one of them with a {@code <script>} element and an emoji in its text.
 */
class ReportFormatsTest {
  @TempDir Path dir;

  /** Shares its quote with {@link ExtractCommandTest#HARBOUR}; holds markup and an astral character. */
  static final String HOSTILE = """
      River road <script>alert("t")</script> closed & flooded
      Flooding closed the river road 🌊 on Monday.
      “We will not give up,” the mayor said <script>alert("x")</script> at <b>noon</b>.
      """;

  @BeforeEach
  void writeArticles() {
    Cli.write(dir.resolve("city-hall.txt"), HOSTILE);
    Cli.write(dir.resolve("harbour.txt"), ExtractCommandTest.HARBOUR);
  }

  @Test
  void htmlEscapesEverythingTakenFromTheArticles() {
    String html = run("--format", "html");

    assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>noon");
    assertThat(html).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; at &lt;b&gt;noon&lt;/b&gt;.");
    assertThat(html).contains("River road &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; closed &amp; flooded");
    assertThat(count(html, "<script")).as("only the page's own script").isEqualTo(1);
  }

  @Test
  void htmlNeedsNothingFromTheNetwork() {
    String html = run("--format", "html");

    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(https?:|//)");
    assertThat(html).doesNotContainPattern("(?i)@import|url\\(");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://", "https://");
  }

  @Test
  void htmlHasTheIndexTheFiltersTheLegendAndTheFigures() {
    String html = run("--format", "html");

    assertThat(html).contains("id=\"statement-index\"", "id=\"min-articles\"", "id=\"speaker\"", "id=\"legend\"",
        "<svg id=\"matrix\"", "<svg id=\"sizes\"", "class=\"alignment\"", "<mark>We will not give up</mark>");
    assertThat(html).contains("<option value=\"the mayor\">the mayor</option>");
  }

  @Test
  void htmlLeavesArticlesThatShareNoStatementOutOfTheMatrix() {
    Cli.write(dir.resolve("weather.txt"), "“Tomorrow brings more rain to the valley,” the forecaster said.\n");

    String html = run("--format", "html");

    String matrix = html.substring(html.indexOf("<svg id=\"matrix\""), html.indexOf("</figure>", html.indexOf("<svg id=\"matrix\"")));
    assertThat(matrix).contains("harbour.txt", "city-hall.txt").doesNotContain("weather.txt");
    assertThat(matrix).contains("1 article shares none and is left out.");
  }

  @Test
  void jsonHoldsTheStatementsRenderingsSentencesAndAlignedColumns() throws IOException {
    JsonNode report = JsonLines.MAPPER.readTree(run("--format", "json"));

    assertThat(report.get("format").asText()).isEqualTo("claimcompare-report");
    assertThat(report.get("version").asInt()).isEqualTo(1);
    JsonNode statement = report.get("statements").get(0);
    JsonNode renderings = statement.get("renderings");
    assertThat(renderings).hasSize(2);
    assertThat(renderings.get(0).get("representative").asBoolean()).isTrue();
    assertThat(renderings.get(1).get("explanation").get("pairs")).isNotEmpty();
    JsonNode rows = statement.get("alignment").get("rows");
    assertThat(rows).hasSize(renderings.size());
    for (JsonNode row : rows) {
      assertThat(row).hasSize(statement.get("alignment").get("columns").size());
    }
    assertThat(renderings.get(0).get("sentence").get("text").asText()).contains(renderings.get(0).get("text").asText());
  }

  @Test
  void jsonOffsetsInCodePointsSliceLikePythonStrings() throws IOException {
    JsonNode utf16 = JsonLines.MAPPER.readTree(run("--format", "json"));
    JsonNode points = JsonLines.MAPPER.readTree(run("--format", "json", "--offsets", "codepoints"));

    JsonNode a = rendering(utf16, "city-hall.txt");
    JsonNode b = rendering(points, "city-hall.txt");
    assertThat(points.get("offsets").asText()).isEqualTo("codepoints");
    assertThat(HOSTILE.substring(a.get("start").asInt(), a.get("end").asInt())).isEqualTo(a.get("text").asText());
    // The wave before the quote is two UTF-16 units and one code point.
    assertThat(b.get("start").asInt()).isEqualTo(a.get("start").asInt() - 1);
    int[] cps = HOSTILE.codePoints().toArray();
    assertThat(new String(cps, b.get("start").asInt(), b.get("end").asInt() - b.get("start").asInt())).isEqualTo(b.get("text").asText());
  }

  @Test
  void textSetsTheRenderingsOutInColumns() {
    String text = run();

    assertThat(text).contains("aligned:");
    assertThat(text).containsPattern("(?m)^ +1  we +will +not +give +up");
    assertThat(text).containsPattern("(?m)^ +2  we +will +not +give +up");
  }

  @Test
  void reportsStatementsOfOneArticleWhenAskedTo() throws IOException {
    JsonNode two = JsonLines.MAPPER.readTree(run("--format", "json"));
    JsonNode one = JsonLines.MAPPER.readTree(run("--format", "json", "--min-articles", "1"));

    assertThat(one.get("statements").size()).isGreaterThan(two.get("statements").size());
    assertThat(one.get("min_articles").asInt()).isEqualTo(1);
  }

  @Test
  void rejectsAMinimumOfArticlesBelowOne() {
    Cli.Result r = Cli.run("", "report", "--min-articles", "0", dir.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--min-articles must be at least 1: 0");
  }

  @Test
  void rejectsAnUnknownFormatNamingTheChoices() {
    Cli.Result r = Cli.run("", "report", "--format", "pdf", dir.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("pdf").contains("text", "json", "html");
  }

  private String run(String... options) {
    List<String> args = new ArrayList<>(List.of("report"));
    args.addAll(List.of(options));
    args.add(dir.toString());
    Cli.Result r = Cli.run("", args.toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    return r.out();
  }

  private static JsonNode rendering(JsonNode report, String source) {
    for (JsonNode r : report.get("statements").get(0).get("renderings")) {
      if (r.get("source").asText().equals(source)) {
        return r;
      }
    }
    throw new AssertionError("no rendering from " + source);
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
