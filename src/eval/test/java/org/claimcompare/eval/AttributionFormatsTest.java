package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcompare.Span;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every article and annotation here is invented for these tests; offsets are code points, as in PolNeAR. */
class AttributionFormatsTest {
  /** An emoji first, so that code points (2 for "Mayor") and UTF-16 offsets (3) differ. */
  private static final String A = "😀 Mayor Ana Costa said: “We will win the vote.” Critics said taxes would rise.\n";

  private static Span span(String text, String part) {
    int start = text.indexOf(part);
    return new Span(start, start + part.length());
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Nested
  class GoldLines {
    private static final String CONTENT_DIRECT = "{\"doc\": \"a.txt\", \"type\": \"content\", \"class\": \"direct\","
        + " \"start\": 24, \"end\": 47, \"fragments\": [[24, 47]], \"text\": \"“We will win the vote.”\","
        + " \"speaker\": \"Mayor Ana Costa\", \"cue\": \"said:\", \"attr\": \"E1\"}";
    private static final String QUOTE = "{\"doc\": \"a.txt\", \"type\": \"direct\", \"start\": 25, \"end\": 46,"
        + " \"text\": \"We will win the vote.\", \"speaker\": \"Mayor Ana Costa\", \"attr\": \"E1\","
        + " \"attr_class\": \"direct\", \"unclosed\": false}";
    private static final String CONTENT_INDIRECT = "{\"doc\": \"a.txt\", \"type\": \"content\", \"class\": \"indirect\","
        + " \"start\": 61, \"end\": 77, \"text\": \"taxes would rise\", \"speaker\": \"Critics\"}";

    private Map<String, String> articles() {
      Map<String, String> articles = new LinkedHashMap<>();
      articles.put("a.txt", A);
      articles.put("b.txt", "Nothing was said here.");
      return articles;
    }

    @Test
    void readsItemsConvertingCodePointsToUtf16() {
      Parsed<AttributionGold> parsed = AttributionFormats.goldLines("gold.jsonl",
          lines(CONTENT_DIRECT, QUOTE, CONTENT_INDIRECT), articles());

      assertThat(parsed.problems()).isEmpty();
      AttributionGold a = parsed.values().get(0);
      assertThat(a.document()).isEqualTo("a.txt");
      assertThat(a.quotes()).containsExactly(new GoldQuote(span(A, "We will win the vote."), "Mayor Ana Costa", "E1",
          Optional.of(Quoting.DIRECT), false));
      assertThat(a.quotes().get(0).span()).isEqualTo(new Span(26, 47));
      assertThat(a.contents()).containsExactly(
          new GoldContent(span(A, "“We will win the vote.”"), List.of(span(A, "“We will win the vote.”")),
              Quoting.DIRECT, "Mayor Ana Costa", "said:", "E1"),
          new GoldContent(span(A, "taxes would rise"), List.of(span(A, "taxes would rise")), Quoting.INDIRECT,
              "Critics", "", ""));
    }

    @Test
    void givesEveryArticleItsGoldEvenWhenEmpty() {
      Parsed<AttributionGold> parsed = AttributionFormats.goldLines("gold.jsonl", lines(QUOTE), articles());

      assertThat(parsed.values()).extracting(AttributionGold::document).containsExactly("a.txt", "b.txt");
      assertThat(parsed.values().get(1).quotes()).isEmpty();
      assertThat(parsed.values().get(1).contents()).isEmpty();
    }

    @Test
    void rejectsOffsetsCountedInUtf16() {
      String utf16 = QUOTE.replace("\"start\": 25, \"end\": 46", "\"start\": 26, \"end\": 47");

      Parsed<AttributionGold> parsed = AttributionFormats.goldLines("gold.jsonl", lines(utf16), articles());

      assertThat(parsed.problems()).containsExactly("gold.jsonl: line 1: field \"text\" does not match the article at"
          + " code points 26-47, which reads \"e will win the vote.”\"");
      assertThat(parsed.values()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        unknown article;      {"doc": "c.txt", "type": "direct"};                   field "doc" names no article: "c.txt"
        unknown type;         {"doc": "a.txt", "type": "quote"};                    field "type" must be "direct" or "content", got "quote"
        offsets not numbers;  {"doc": "a.txt", "type": "direct", "start": "1", "end": 2, "text": "x"};  fields "start" and "end" must be whole numbers, got string and number
        end outside text;     {"doc": "b.txt", "type": "direct", "start": 0, "end": 99, "text": "x"};   "start" 0 and "end" 99 must be offsets within the article (0 to 22 code points), the start not after the end
        start after end;      {"doc": "b.txt", "type": "direct", "start": 5, "end": 2, "text": "x"};    "start" 5 and "end" 2 must be offsets within the article (0 to 22 code points), the start not after the end
        class missing;        {"doc": "b.txt", "type": "content", "start": 0, "end": 7, "text": "Nothing"};  field "class" is missing: expected direct, mixed or indirect
        class unknown;        {"doc": "b.txt", "type": "content", "class": "partial", "start": 0, "end": 7, "text": "Nothing"};  field "class" must be direct, mixed or indirect, got "partial"
        speaker not text;     {"doc": "b.txt", "type": "direct", "start": 0, "end": 7, "text": "Nothing", "speaker": 3};  field "speaker" must be a string, got number
        fragment outside;     {"doc": "b.txt", "type": "content", "class": "mixed", "start": 0, "end": 7, "text": "Nothing", "fragments": [[0, 9]]};  fragment 0 [0,9] is outside the content's start and end
        """)
    void reportsABadLineWithItsNumber(String why, String line, String problem) {
      Parsed<AttributionGold> parsed = AttributionFormats.goldLines("gold.jsonl", lines(QUOTE, line), articles());

      assertThat(parsed.problems()).containsExactly("gold.jsonl: line 2: " + problem);
    }

    @Test
    void reportsInvalidJsonWithItsLine() {
      Parsed<AttributionGold> parsed = AttributionFormats.goldLines("gold.jsonl", lines(QUOTE, "{\"doc\": "), articles());

      assertThat(parsed.problems()).singleElement().asString().startsWith("gold.jsonl: line 2: invalid JSON: ");
    }

    @Test
    void rejectsAFileWithNoItems() {
      assertThat(AttributionFormats.goldLines("gold.jsonl", "\n", articles()).problems())
          .containsExactly("gold.jsonl: no items");
    }
  }

  @Nested
  class Brat {
    private static final String B =
        "“Prices will fall,” the minister said, “and wages will rise.” She added that\nthe plan “works” for everyone.\n";
    /** PolNeAR's encoding: an event per attribution, a discontinuous content, a Content2, a text over two lines. */
    private static final String ANN = lines(
        "T1\tContent 0 19;39 61\t“Prices will fall,” “and wages will rise.”",
        "T2\tSource 20 32\tthe minister",
        "T3\tCue 33 37\tsaid",
        "T4\tAttribution 33 37\tsaid",
        "T5\tSource 62 65\tShe",
        "T6\tCue 66 71\tadded",
        "T7\tContent 72 93\tthat",
        "the plan “works”",
        "T8\tContent 94 106\tfor everyone",
        "T9\tAttribution 66 71\tadded",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        "E2\tAttribution:T9 Source:T5 Cue:T6 Content:T7 Content2:T8",
        "#1\tAnnotatorNotes T7\tA note");

    /** The expected items are what PolNeAR's gold.jsonl derivation gives for this file. */
    @Test
    void derivesContentsAndQuotesAsGoldJsonlWas() {
      Parsed<AttributionGold> parsed = AttributionFormats.brat("b.ann", ANN, "b.txt", B);

      assertThat(parsed.problems()).isEmpty();
      AttributionGold b = parsed.values().get(0);
      assertThat(b.contents()).containsExactly(
          new GoldContent(new Span(0, 61), List.of(new Span(0, 19), new Span(39, 61)), Quoting.DIRECT, "the minister",
              "said", "E1"),
          new GoldContent(new Span(72, 106), List.of(new Span(72, 93), new Span(94, 106)), Quoting.MIXED, "She",
              "added", "E2"));
      assertThat(b.quotes()).containsExactly(
          new GoldQuote(span(B, "Prices will fall,"), "the minister", "E1", Optional.of(Quoting.DIRECT), false),
          new GoldQuote(span(B, "and wages will rise."), "the minister", "E1", Optional.of(Quoting.DIRECT), false),
          new GoldQuote(span(B, "works"), "She", "E2", Optional.of(Quoting.MIXED), false));
    }

    @Test
    void convertsCodePointsToUtf16() {
      String text = "😀 Ana said “yes” today.";
      String ann = lines("T1\tSource 2 5\tAna", "T2\tCue 6 10\tsaid", "T3\tContent 11 16\t“yes”",
          "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3");

      AttributionGold gold = AttributionFormats.brat("x.ann", ann, "x.txt", text).values().get(0);

      assertThat(gold.contents().get(0).span()).isEqualTo(span(text, "“yes”"));
      assertThat(gold.quotes()).extracting(GoldQuote::span).containsExactly(new Span(13, 16));
    }

    @Test
    void givesAQuoteToTheContentHoldingMostOfItsWordsOnlyIfThatIsHalf() {
      String text = "Jo said “one two three four” and Al said so.";
      String ann = lines("T1\tContent 9 16\tone two", "T2\tSource 0 2\tJo", "T3\tContent 17 22\tthree",
          "T4\tSource 33 35\tAl", "E1\tAttribution:T1 Content:T1 Source:T2", "E2\tAttribution:T3 Content:T3 Source:T4");

      AttributionGold gold = AttributionFormats.brat("x.ann", ann, "x.txt", text).values().get(0);

      assertThat(gold.quotes()).extracting(GoldQuote::speaker).containsExactly("Jo");
      assertThat(gold.contents()).extracting(GoldContent::quoting).containsExactly(Quoting.DIRECT, Quoting.DIRECT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        text not the article|    T1\\tSource 0 3\\tBob|                    line 1: T1: text "Bob" does not match the article at 0 3 (code points), which reads "Ana"
        offsets past the end|    T1\\tSource 0 99\\tAna|                   line 1: T1: offsets 0-99 must be within the article (0 to 9 code points), the start not after the end
        bad text-bound line|     T1\\tSource 0\\tAna|                      line 1: expected a text-bound annotation "T<n> TAB <type> <start> <end>[;<start> <end>...] TAB <text>"
        unknown target|          E1\\tAttribution:T9|                      line 1: E1: role Attribution names T9, which is no text-bound annotation
        a relation|              R1\\tAttribution Arg1:T1 Arg2:T2|         line 1: relations are not read: an attribution must be an event (E<n> TAB Attribution:<T id> Source:<T id> Cue:<T id> Content:<T id>), as in PolNeAR
        not brat|                Ana said so|                               line 1: expected a brat annotation (an id T1, E1, R1, A1, M1, N1, #1 or *, then a tab), got "Ana said so"
        """)
    void reportsABadLineWithItsNumber(String why, String line, String problem) {
      Parsed<AttributionGold> parsed = AttributionFormats.brat("x.ann", lines(line.replace("\\t", "\t")), "x.txt",
          "Ana said.");

      assertThat(parsed.problems()).containsExactly("x.ann: line " + problem.substring("line ".length()));
      assertThat(parsed.values()).isEmpty();
    }
  }
}
