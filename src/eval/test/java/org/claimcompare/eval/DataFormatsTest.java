package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fixture is invented for these tests. */
class DataFormatsTest {
  private static String tsv(String... lines) {
    return String.join("\n", lines).replace("|", "\t") + "\n";
  }

  @Nested
  class Mrpc {
    private static final String HEADER = "Quality|#1 ID|#2 ID|#1 String|#2 String";

    @Test
    void readsPairsAfterTheHeaderWithByteOrderMarkAndCrLf() {
      String text = "\uFEFF" + tsv(HEADER, "1|11|12|The mayor will not give up.|The mayor won't give up.",
          "0|13|14|Grain exports fell.|Talks resume on Monday.").replace("\n", "\r\n");

      Parsed<GoldPair> parsed = DataFormats.mrpc("m.tsv", text);

      assertThat(parsed.problems()).isEmpty();
      assertThat(parsed.values()).containsExactly(
          new GoldPair("The mayor will not give up.", "The mayor won't give up.", 1),
          new GoldPair("Grain exports fell.", "Talks resume on Monday.", 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        wrong column count;  1|11|12|only one sentence;        m.tsv: line 2: expected 5 tab-separated columns, got 4
        label not 0 or 1;    yes|11|12|A cat.|A dog.;          m.tsv: line 2: quality must be 0 or 1, got "yes"
        label 2;             2|11|12|A cat.|A dog.;            m.tsv: line 2: quality must be 0 or 1, got "2"
        blank first string;  1|11|12| |A dog.;                 m.tsv: line 2: column 4 (#1 String) is blank
        blank second string; 0|11|12|A cat.|;                  m.tsv: line 2: column 5 (#2 String) is blank
        """)
    void reportsABadLineWithItsNumber(String why, String line, String message) {
      Parsed<GoldPair> parsed = DataFormats.mrpc("m.tsv", tsv(HEADER, line, "1|1|2|A cat.|The cat."));

      assertThat(parsed.problems()).containsExactly(message);
      assertThat(parsed.valid()).isFalse();
      assertThat(parsed.values()).hasSize(1);
    }

    @Test
    void requiresTheHeader() {
      Parsed<GoldPair> parsed = DataFormats.mrpc("m.tsv", tsv("1|11|12|A cat.|The cat."));

      assertThat(parsed.problems()).containsExactly(
          "m.tsv: line 1: expected the MRPC header \"Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String\"");
    }

    @Test
    void rejectsAFileWithNoPairs() {
      assertThat(DataFormats.mrpc("m.tsv", tsv(HEADER)).problems()).containsExactly("m.tsv: no pairs");
      assertThat(DataFormats.mrpc("m.tsv", "").problems()).containsExactly("m.tsv: no pairs");
    }
  }

  @Nested
  class Sts {
    @Test
    void readsScoredPairsIgnoringFieldsAfterTheSeventh() {
      String text = tsv(
          "main-news|headlines|2016|0001|4.2|Mayor vows to stay|The mayor says he will stay|Source A|Source B",
          "main-news|headlines|2016|0002|0|Grain exports fell|Talks resume on Monday");

      Parsed<GoldPair> parsed = DataFormats.sts("s.tsv", text);

      assertThat(parsed.problems()).isEmpty();
      assertThat(parsed.values()).containsExactly(
          new GoldPair("Mayor vows to stay", "The mayor says he will stay", 4.2),
          new GoldPair("Grain exports fell", "Talks resume on Monday", 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        too few columns;   g|f|2016|1|3.0|only one;  s.tsv: line 1: expected at least 7 tab-separated columns, got 6
        word score;        g|f|2016|1|high|A|B;      s.tsv: line 1: score must be a number, got "high"
        NaN score;         g|f|2016|1|NaN|A|B;       s.tsv: line 1: score must be a number, got "NaN"
        suffixed score;    g|f|2016|1|4d|A|B;        s.tsv: line 1: score must be a number, got "4d"
        overflowing score; g|f|2016|1|1e999|A|B;     s.tsv: line 1: score must be a finite number, got "1e999", beyond the range of a double
        negative overflow; g|f|2016|1|-2e308|A|B;    s.tsv: line 1: score must be a finite number, got "-2e308", beyond the range of a double
        blank sentence;    g|f|2016|1|4| |B;         s.tsv: line 1: column 6 (sentence1) is blank
        """)
    void reportsABadLineWithItsNumber(String why, String line, String message) {
      assertThat(DataFormats.sts("s.tsv", tsv(line)).problems()).containsExactly(message);
    }

    @Test
    void reportsEveryBadLine() {
      Parsed<GoldPair> parsed = DataFormats.sts("s.tsv", tsv("g|f|y|1|x|A|B", "", "g|f|y|2|1.5|A|B", "g|f|y|3|y|A|B"));

      assertThat(parsed.problems()).containsExactly(
          "s.tsv: line 1: score must be a number, got \"x\"", "s.tsv: line 4: score must be a number, got \"y\"");
      assertThat(parsed.values()).containsExactly(new GoldPair("A", "B", 1.5));
    }

    @Test
    void listsEveryLineWithAScoreBeyondADouble() {
      Parsed<GoldPair> parsed = DataFormats.sts("s.tsv", tsv("g|f|y|1|1e999|A|B", "g|f|y|2|1.5|A|B", "g|f|y|3|-1E400|A|B"));

      assertThat(parsed.problems()).hasSize(2)
          .satisfiesExactly(p -> assertThat(p).startsWith("s.tsv: line 1: score must be a finite number"),
              p -> assertThat(p).startsWith("s.tsv: line 3: score must be a finite number"));
    }

    @Test
    void keepsAScoreThatUnderflowsToZero() {
      assertThat(DataFormats.sts("s.tsv", tsv("g|f|y|1|1e-999|A|B")).values()).containsExactly(new GoldPair("A", "B", 0));
    }
  }

  @Nested
  class Groups {
    @Test
    void numbersTextsByLineSoIdsSortInFileOrder() {
      String text = tsv("g1|The army will not stop", "g1|The army won't stop", "", "g2|Grain exports fell",
          "g1|The army shall not stop", "g3|Talks resume", "g3|Talks will resume", "g2|Exports of grain fell",
          "g4|Bridge reopens", "g4|The bridge reopens", "g5|A new mayor");

      Parsed<GoldText> parsed = DataFormats.groups("g.tsv", text);

      // 12 lines (the last one empty after the final line feed): two-digit ids
      assertThat(parsed.problems()).isEmpty();
      assertThat(parsed.values()).extracting(GoldText::id)
          .containsExactly("01", "02", "04", "05", "06", "07", "08", "09", "10", "11");
      assertThat(parsed.values().get(2)).isEqualTo(new GoldText("04", "Grain exports fell", "g2"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        one column;      no group here;    g.tsv: line 1: expected 2 tab-separated columns (group, sentence), got 1
        three columns;   g1|A text|extra;  g.tsv: line 1: expected 2 tab-separated columns (group, sentence), got 3
        blank group;     ' |A text';       g.tsv: line 1: column 1 (group) is blank
        blank sentence;  'g1| ';           g.tsv: line 1: column 2 (sentence) is blank
        """)
    void reportsABadLineWithItsNumber(String why, String line, String message) {
      assertThat(DataFormats.groups("g.tsv", tsv(line)).problems()).containsExactly(message);
    }
  }

  @Nested
  class Claims {
    @Test
    void readsClaimsWithStringOrNumberLabelsAndOtherFields() {
      String text = String.join("\n",
          "{\"id\": \"a1\", \"text\": \"The army will not stop\", \"gold\": \"army\", \"source\": \"x.txt\"}",
          "{\"id\": \"a2\", \"text\": \"The army won't stop\", \"gold\": 7}",
          "{\"id\": \"a3\", \"text\": \"Grain exports fell\", \"gold\": 7.0}");

      Parsed<GoldText> parsed = DataFormats.claims("c.jsonl", text);

      assertThat(parsed.problems()).isEmpty();
      assertThat(parsed.values()).containsExactly(
          new GoldText("a1", "The army will not stop", "army"),
          new GoldText("a2", "The army won't stop", "7"),
          new GoldText("a3", "Grain exports fell", "7.0"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        malformed;      {"id": "b", "text": "x", "gold": 1;        c.jsonl: line 2: invalid JSON: Unexpected end-of-input
        not an object;  ["b", "x", 1];                             c.jsonl: line 2: expected a JSON object, got array
        missing id;     {"text": "x", "gold": 1};                  c.jsonl: line 2: field "id" is missing
        number id;      {"id": 2, "text": "x", "gold": 1};         c.jsonl: line 2: field "id" must be a string, got number
        blank text;     {"id": "b", "text": " ", "gold": 1};       c.jsonl: line 2: field "text" must not be blank
        missing gold;   {"id": "b", "text": "x"};                  c.jsonl: line 2: field "gold" is missing
        null gold;      {"id": "b", "text": "x", "gold": null};    c.jsonl: line 2: field "gold" is missing
        boolean gold;   {"id": "b", "text": "x", "gold": true};    c.jsonl: line 2: field "gold" must be a string or a number, got boolean
        blank gold;     {"id": "b", "text": "x", "gold": ""};      c.jsonl: line 2: field "gold" must not be blank
        duplicate id;   {"id": "a", "text": "y", "gold": 2};       c.jsonl: line 2: duplicate id "a" (first on line 1)
        trailing token; {"id": "b", "text": "x", "gold": 1} 5;     c.jsonl: line 2: invalid JSON: Trailing token
        overflowing gold;  {"id": "b", "text": "x", "gold": 1e999};                c.jsonl: line 2: field "gold" must be a finite number
        overflowing other; {"id": "b", "text": "x", "gold": 1, "w": [0, -1e999]};  c.jsonl: line 2: field "w[1]" must be a finite number
        nested overflow;   {"id": "b", "text": "x", "gold": 1, "m": {"s": 9e308}}; c.jsonl: line 2: field "m.s" must be a finite number
        """)
    void reportsABadLineWithItsNumber(String why, String line, String message) {
      String text = "{\"id\": \"a\", \"text\": \"A text\", \"gold\": 1}\n" + line + "\n";

      Parsed<GoldText> parsed = DataFormats.claims("c.jsonl", text);

      assertThat(parsed.problems()).singleElement().asString().startsWith(message);
      assertThat(parsed.values()).extracting(GoldText::id).containsExactly("a");
    }
  }

  @Test
  void readsAClaimTextLongerThanJacksonsDefaultLimit() {
    String longText = "word ".repeat(4_100_000); // 20.5 million characters; Jackson stops at 20 million by default

    Parsed<GoldText> parsed = DataFormats.claims("c.jsonl", "{\"id\": \"a\", \"text\": \"" + longText + "\", \"gold\": 1}");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.values()).singleElement().extracting(GoldText::text).isEqualTo(longText);
  }

  @Test
  void namesTheMrpcHeaderColumns() {
    assertThat(DataFormats.MRPC_HEADER.split("\t")).containsExactly("Quality", "#1 ID", "#2 ID", "#1 String", "#2 String");
  }
}
