package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  // Invented articles: two quotes each, one with an attribution after it.
  static final String CITY_HALL = """
      Flooding closed the river road on Monday.
      “We will not give up,” the mayor said. “The water will go down and this city will rebuild.”
      Residents were told to stay indoors.
      """;
  static final String HARBOUR = """
      The harbour master said crews worked through the night.
      “We will not give up,” she told reporters, adding that “every boat will be checked before sunrise.”
      """;

  @Test
  void writesOneClaimPerLineWhoseTextIsTheArticleSpan(@TempDir Path dir) {
    Path file = Cli.write(dir.resolve("city-hall.txt"), CITY_HALL);

    Cli.Result r = Cli.run("", "extract", file.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.json()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.get("id").isTextual()).as("id in %s", c).isTrue();
      assertThat(c.get("source").asText()).isEqualTo("city-hall.txt");
      assertThat(c.get("kind").asText()).isIn("quote", "reported");
      if (c.has("speaker")) {
        assertThat(c.get("speaker").isTextual()).as("speaker in %s", c).isTrue();
      }
      int start = c.get("start").asInt();
      int end = c.get("end").asInt();
      assertThat(CITY_HALL.substring(start, end)).as("[%d, %d)", start, end).isEqualTo(c.get("text").asText());
    });
    assertThat(r.json()).extracting(c -> c.get("id").asText()).doesNotHaveDuplicates();
  }

  @Test
  void givesTheCueTheSpeakersMentionAndFragments(@TempDir Path dir) {
    String text = "The minister said the rebels were a “junta” and would be defeated.\n";
    Path file = Cli.write(dir.resolve("t.txt"), text);

    Cli.Result r = Cli.run("", "extract", file.toString());

    assertThat(r.status()).isZero();
    JsonNode reported = r.json().get(0);
    assertThat(reported.get("kind").asText()).isEqualTo("reported");
    assertThat(reported.get("text").asText()).isEqualTo("the rebels were a “junta” and would be defeated");
    assertThat(reported.get("cue").get("text").asText()).isEqualTo("said");
    assertThat(text.substring(reported.get("cue").get("start").asInt(), reported.get("cue").get("end").asInt()))
        .isEqualTo("said");
    assertThat(reported.get("speaker_mention").get("text").asText()).isEqualTo("The minister");
    JsonNode fragment = r.json().get(1);
    assertThat(fragment.get("kind").asText()).isEqualTo("fragment");
    assertThat(fragment.get("text").asText()).isEqualTo("junta");
    assertThat(Cli.run("", "extract", "--min-words", "1", file.toString()).json().get(1).get("kind").asText())
        .isEqualTo("quote");
  }

  @Test
  void refusesAMinimumBelowOne(@TempDir Path dir) {
    Path file = Cli.write(dir.resolve("t.txt"), CITY_HALL);

    Cli.Result r = Cli.run("", "extract", "--min-words", "0", file.toString());

    assertThat(r.status()).isNotZero();
    assertThat(r.err()).contains("--min-words must be at least 1: 0");
  }

  @Test
  void expandsFolderToItsFiles(@TempDir Path dir) {
    Cli.write(dir.resolve("city-hall.txt"), CITY_HALL);
    Cli.write(dir.resolve("harbour.txt"), HARBOUR);

    Cli.Result r = Cli.run("", "extract", dir.toString());

    assertThat(r.status()).isZero();
    assertThat(r.json()).extracting(c -> c.get("source").asText()).contains("city-hall.txt", "harbour.txt");
    for (JsonNode c : r.json()) {
      String text = c.get("source").asText().equals("harbour.txt") ? HARBOUR : CITY_HALL;
      assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
    }
  }

  @Test
  void writesNamedOutputFile(@TempDir Path dir) {
    Path file = Cli.write(dir.resolve("city-hall.txt"), CITY_HALL);
    Path out = dir.resolve("claims.jsonl");

    Cli.Result r = Cli.run("", "extract", "--out", out.toString(), file.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Cli.jsonLines(out)).isEqualTo(Cli.run("", "extract", file.toString()).json());
  }

  @Test
  void rejectsMissingFileNamingIt(@TempDir Path dir) {
    Path present = Cli.write(dir.resolve("city-hall.txt"), CITY_HALL);
    Path missing = dir.resolve("no-such-article.txt");

    Cli.Result r = Cli.run("", "extract", present.toString(), missing.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("claimcompare extract:").contains(missing.toString());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void rejectsArticleThatIsNotUtf8NamingFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, List.of("first line", "caf\u00e9 au lait"), ISO_8859_1);

    Cli.Result r = Cli.run("", "extract", file.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(file.toString()).contains("line 2").contains("invalid UTF-8");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void requiresAtLeastOneFile() {
    Cli.Result r = Cli.run("", "extract");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("FILE");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void extractsFileNamedTwiceOnce(@TempDir Path dir) {
    Path file = Cli.write(dir.resolve("city-hall.txt"), CITY_HALL);

    Cli.Result r = Cli.run("", "extract", dir.toString(), file.toString());

    assertThat(r.status()).isZero();
    assertThat(r.json()).extracting(c -> c.get("id").asText()).isNotEmpty().doesNotHaveDuplicates();
  }

  // Invented: characters outside the Basic Multilingual Plane before, inside and between the claims.
  private static final String EMOJI = """
      🌊🌊 Flooding closed the river road on Monday.
      “We will not give up 💪,” the mayor said. Officials 🏛 said that the bridge 🌉 had been repaired.
      """;

  @Test
  void countsCodePointsWithOffsetsCodepointsInEveryOffsetItWrites(@TempDir Path dir) {
    Path file = Cli.write(dir.resolve("emoji.txt"), EMOJI);
    int[] codePoints = EMOJI.codePoints().toArray();

    Cli.Result r = Cli.run("", "extract", "--offsets", "codepoints", file.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.json()).hasSizeGreaterThanOrEqualTo(2)
        .anySatisfy(c -> assertThat(c.has("cue") && c.has("speaker_mention")).isTrue())
        .allSatisfy(c -> {
          // text[start:end] in Python, for the claim, its cue and its speaker's mention.
          assertThat(slice(codePoints, c)).isEqualTo(c.get("text").asText());
          for (String part : List.of("cue", "speaker_mention")) {
            if (c.has(part)) {
              assertThat(slice(codePoints, c.get(part))).isEqualTo(c.get(part).get("text").asText());
            }
          }
        });
    assertThat(r.json().get(0).get("text").asText()).isEqualTo("We will not give up 💪");
    assertThat(r.json().get(0).get("start").asInt()).isEqualTo(EMOJI.indexOf("We will") - 2);
  }

  @Test
  void countsUtf16UnitsByDefaultAndWithOffsetsUtf16(@TempDir Path dir) {
    Path file = Cli.write(dir.resolve("emoji.txt"), EMOJI);

    Cli.Result byDefault = Cli.run("", "extract", file.toString());
    Cli.Result utf16 = Cli.run("", "extract", "--offsets", "utf16", file.toString());

    assertThat(utf16.json()).isEqualTo(byDefault.json());
    assertThat(byDefault.json()).isNotEmpty().allSatisfy(c -> assertThat(
        EMOJI.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText()));
  }

  @Test
  void rejectsAnUnknownOffsetsUnitBeforeReadingAnything(@TempDir Path dir) {
    Cli.Result r = Cli.run("", "extract", "--offsets", "bytes", dir.resolve("no-such-article.txt").toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--offsets", "bytes", "UTF16", "CODEPOINTS").doesNotContain("no-such-article");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void takesTheOffsetsUnitInAnyCase(@TempDir Path dir) {
    Path file = Cli.write(dir.resolve("emoji.txt"), EMOJI);

    assertThat(Cli.run("", "extract", "--offsets", "CodePoints", file.toString()).json())
        .isEqualTo(Cli.run("", "extract", "--offsets", "codepoints", file.toString()).json());
  }

  private static String slice(int[] codePoints, JsonNode span) {
    int start = span.get("start").asInt();
    return new String(codePoints, start, span.get("end").asInt() - start);
  }

  @Test
  void takesTheArticleOutOfAnHtmlPageWithOffsetsIntoTheTextItWrites(@TempDir Path dir) throws IOException {
    Path page = Files.write(dir.resolve("city-hall.html"), HtmlTextTest.fixture("city-hall.html"));
    Path texts = dir.resolve("texts.jsonl");

    Cli.Result r = Cli.run("", "extract", "--texts", texts.toString(), page.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    String text = Cli.jsonLines(texts).get(0).get("text").asText();
    assertThat(Cli.jsonLines(texts)).singleElement()
        .satisfies(t -> assertThat(t.get("source").asText()).isEqualTo("city-hall.html"));
    assertThat(r.json()).extracting(c -> c.get("text").asText()).containsExactly(
        "We will not give up",
        "The water will go down and this city will rebuild.",
        "the bridge had been repaired, and the harbour master said that “every boat will be checked before sunrise”",
        "every boat will be checked before sunrise");
    assertThat(r.json()).allSatisfy(c -> assertThat(
        text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText()));
    assertThat(r.out()).doesNotContain("script", "tracker", "teaser", "newsletter", "slogan", "privacy", "JavaScript");
  }

  @Test
  void countsCodePointsOfTheTextTakenOutOfAPage(@TempDir Path dir) {
    Path page = Cli.write(dir.resolve("emoji.htm"),
        "<title>🌊 Floods</title><p>&#x1F30A; &#8220;We will not give up,&#8221; the mayor said.</p>");
    Path texts = dir.resolve("texts.jsonl");

    Cli.Result r = Cli.run("", "extract", "--offsets", "codepoints", "--texts", texts.toString(), page.toString());

    int[] codePoints = Cli.jsonLines(texts).get(0).get("text").asText().codePoints().toArray();
    assertThat(r.json()).singleElement().satisfies(c -> {
      assertThat(c.get("text").asText()).isEqualTo("We will not give up");
      assertThat(slice(codePoints, c)).isEqualTo("We will not give up");
      assertThat(slice(codePoints, c.get("cue"))).isEqualTo("said");
    });
  }

  @Test
  void readsAPageSavedUnderAnotherNameByWhatItOpensWith(@TempDir Path dir) {
    Path saved = Cli.write(dir.resolve("saved-page"),
        "<!DOCTYPE html><html><body><p>&#8220;We will not give up,&#8221; the mayor said.</p></body></html>\n");

    Cli.Result r = Cli.run("", "extract", saved.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.json()).extracting(c -> c.get("text").asText()).containsExactly("We will not give up");
  }

  @Test
  void namesEachFileWithNoClaimsOnStandardErrorAndGoesOn(@TempDir Path dir) {
    Path claims = Cli.write(dir.resolve("city-hall.txt"), CITY_HALL);
    Path plain = Cli.write(dir.resolve("weather.txt"), "Rain is expected on Tuesday.\n");
    Path empty = Cli.write(dir.resolve("empty.txt"), "");
    Path page = Cli.write(dir.resolve("weather.html"), "<title>Weather</title><p>Rain on Tuesday.</p>");

    Cli.Result r = Cli.run("", "extract", claims.toString(), plain.toString(), empty.toString(), page.toString());

    assertThat(r.status()).isZero();
    assertThat(r.json()).isNotEmpty().allSatisfy(c -> assertThat(c.get("source").asText()).isEqualTo("city-hall.txt"));
    assertThat(r.err().lines()).containsExactly(
        "claimcompare extract: " + plain + ": no claims found in its 29 characters of text",
        "claimcompare extract: " + empty + ": no claims: the file is empty",
        "claimcompare extract: " + page + ": no claims found in its 26 characters of text"
            + " (taken from the HTML page; --texts FILE writes it)");
  }

  @Test
  void refusesAPageWithoutArticleTextNamingIt(@TempDir Path dir) {
    Path page = Cli.write(dir.resolve("app.html"), "<html><body><div id=\"app\"></div><script>render()</script></body></html>");

    Cli.Result r = Cli.run("", "extract", page.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("claimcompare extract: " + page + ": no article text in this HTML page");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void refusesEveryFileThatIsNeitherTextNorHtmlNamingEach(@TempDir Path dir) throws IOException {
    Cli.write(dir.resolve("city-hall.txt"), CITY_HALL);
    Path pdf = Files.write(dir.resolve("report.pdf"), "%PDF-1.7\n".getBytes(ISO_8859_1));
    Path docx = Files.write(dir.resolve("story.docx"), new byte[] {'P', 'K', 3, 4, 20, 0});
    Path binary = Files.write(dir.resolve("data.bin"), new byte[] {'a', 0, 'b'});

    Cli.Result r = Cli.run("", "extract", dir.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith("claimcompare extract: " + pdf + ": a PDF document, not text or HTML"))
        .anySatisfy(l -> assertThat(l).startsWith("claimcompare extract: " + docx + ": a ZIP archive"))
        .anySatisfy(l -> assertThat(l).startsWith("claimcompare extract: " + binary + ": binary data"));
    assertThat(r.out()).isEmpty();
  }

  @Test
  void writesTheTextOfEachArticleWithTexts(@TempDir Path dir) {
    Cli.write(dir.resolve("city-hall.txt"), CITY_HALL);
    Cli.write(dir.resolve("harbour.html"), "<p>The harbour master said crews worked through the night.</p>");
    Path texts = dir.resolve("texts.jsonl");

    Cli.Result r = Cli.run("", "extract", "--texts", texts.toString(), dir.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Cli.jsonLines(texts)).extracting(t -> t.get("source").asText() + "=" + t.get("text").asText())
        .containsExactly("city-hall.txt=" + CITY_HALL,
            "harbour.html=The harbour master said crews worked through the night.\n");
  }

  @Test
  void refusesTextsAndOutNamingTheSameFile(@TempDir Path dir) {
    Path file = Cli.write(dir.resolve("city-hall.txt"), CITY_HALL);
    Path out = dir.resolve("out.jsonl");

    Cli.Result r = Cli.run("", "extract", "--texts", out.toString(), "--out", out.toString(), file.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("claimcompare extract: --texts and --out name the same file, " + out
        + "; give each its own" + System.lineSeparator());
    assertThat(out).doesNotExist();
  }

  /** jsoup is optional: without it, an HTML page says what it needs, and text articles are read as before. */
  @Test
  void saysThatAnHtmlPageNeedsJsoupWhenItIsMissing(@TempDir Path dir) {
    Path text = Cli.write(dir.resolve("city-hall.txt"), CITY_HALL);
    Path page = Cli.write(dir.resolve("page.html"), "<p>“We will not give up,” the mayor said.</p>");

    CliProcess.Result withText = new CliProcess().withoutOnClassPath("jsoup").run("extract", text.toString());
    CliProcess.Result withPage = new CliProcess().withoutOnClassPath("jsoup").run("extract", page.toString());

    assertThat(withText.status()).as(withText.err()).isZero();
    assertThat(withPage.status()).isEqualTo(2);
    assertThat(withPage.err()).isEqualTo("claimcompare extract: " + page + ": an HTML page, which needs jsoup"
        + " (org.jsoup:jsoup) on the class path; target/claimcompare-cli.jar has it" + System.lineSeparator());
  }
}
