package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Readers for the evaluation data formats. Each parses the whole text of a file, already decoded,
 * and names {@code source} in its messages; every problem is reported with its line, not just the
 * first. A byte order mark at the start and {@code \r\n} line ends are accepted; blank lines are
 * skipped. Fields are separated by tabs and never quoted.
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><th>reader</th><th>line</th><th>record</th></tr>
 *   <tr><td>{@link #mrpc}</td><td>{@code Quality  #1 ID  #2 ID  #1 String  #2 String}, after that
 *       header line; quality 1 or 0</td><td>{@link GoldPair}, gold 1 or 0</td></tr>
 *   <tr><td>{@link #sts}</td><td>{@code genre  file  year  id  score  sentence1  sentence2}, more
 *       fields ignored; no header</td><td>{@link GoldPair}, gold the score</td></tr>
 *   <tr><td>{@link #groups}</td><td>{@code group  sentence}; no header</td><td>{@link GoldText}, id
 *       the line number</td></tr>
 *   <tr><td>{@link #claims}</td><td>JSON object {@code {"id": string, "text": string, "gold":
 *       string or number, ...}}</td><td>{@link GoldText}</td></tr>
 * </table>
 *
 * <p>Thread-safe: it keeps no state.
 */
public final class DataFormats {
  /** The header line of an MRPC file. */
  public static final String MRPC_HEADER = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String";

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  /** Strict JSON (no trailing tokens, no duplicate keys); strings as long as Java allows. */
  static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private DataFormats() {}

  /**
   * Reads the Microsoft Research Paraphrase Corpus format: the header line {@value #MRPC_HEADER}
   * (tabs between the names), then one pair per line with quality 1 (paraphrase) or 0.
   *
   * @param source the file's name, for messages
   * @param text the file's text
   * @return the pairs, gold 1 or 0
   */
  public static Parsed<GoldPair> mrpc(String source, String text) {
    return read(source, text, "pairs", (line, fields, out) -> {
      if (line.first()) {
        return line.text().equals(MRPC_HEADER) ? Optional.empty()
            : Optional.of("expected the MRPC header \"" + MRPC_HEADER.replace("\t", "<TAB>") + "\"");
      }
      if (fields.length != 5) {
        return Optional.of("expected 5 tab-separated columns, got " + fields.length);
      }
      if (!fields[0].equals("0") && !fields[0].equals("1")) {
        return Optional.of("quality must be 0 or 1, got \"" + fields[0] + "\"");
      }
      Optional<String> problem = blank(fields, 3, "#1 String").or(() -> blank(fields, 4, "#2 String"));
      if (problem.isEmpty()) {
        out.add(new GoldPair(fields[3], fields[4], Integer.parseInt(fields[0])));
      }
      return problem;
    });
  }

  /**
   * Reads the STS Benchmark format: {@code genre, file, year, id, score, sentence1, sentence2}
   * separated by tabs, no header; fields after the seventh are ignored. The score is a finite
   * number ({@code 1e999}, beyond the range of a double, is a problem).
   *
   * @param source the file's name, for messages
   * @param text the file's text
   * @return the pairs, gold the score
   */
  public static Parsed<GoldPair> sts(String source, String text) {
    return read(source, text, "pairs", (line, fields, out) -> {
      if (fields.length < 7) {
        return Optional.of("expected at least 7 tab-separated columns, got " + fields.length);
      }
      if (!NUMBER.matcher(fields[4]).matches()) {
        return Optional.of("score must be a number, got \"" + fields[4] + "\"");
      }
      if (!Double.isFinite(Double.parseDouble(fields[4]))) {
        return Optional.of("score must be a finite number, got \"" + fields[4] + "\", beyond the range of a double");
      }
      Optional<String> problem = blank(fields, 5, "sentence1").or(() -> blank(fields, 6, "sentence2"));
      if (problem.isEmpty()) {
        out.add(new GoldPair(fields[5], fields[6], Double.parseDouble(fields[4])));
      }
      return problem;
    });
  }

  /**
   * Reads gold groups: {@code group, sentence} separated by a tab, no header. Each text's id is its
   * line number, zero-padded to the width of the last line's number, so ids sort in file order.
   *
   * @param source the file's name, for messages
   * @param text the file's text
   * @return the texts in file order
   */
  public static Parsed<GoldText> groups(String source, String text) {
    int width = Integer.toString(text.split("\n", -1).length).length();
    return read(source, text, "texts", (line, fields, out) -> {
      if (fields.length != 2) {
        return Optional.of("expected 2 tab-separated columns (group, sentence), got " + fields.length);
      }
      Optional<String> problem = blank(fields, 0, "group").or(() -> blank(fields, 1, "sentence"));
      if (problem.isEmpty()) {
        String id = String.format(Locale.ROOT, "%0" + width + "d", line.number());
        out.add(new GoldText(id, fields[1], fields[0]));
      }
      return problem;
    });
  }

  /**
   * Reads claims with gold labels as JSON Lines: one object per line with a non-blank string
   * {@code id} (unique), a non-blank string {@code text} and a {@code gold} label that is a non-blank
   * string or a number; other fields are ignored, but no number anywhere may be beyond the range of
   * a double ({@code 1e999} is a problem, not infinity). A number label is compared as written, so
   * {@code 3} and {@code 3.0} are different groups.
   *
   * @param source the file's name, for messages
   * @param text the file's text
   * @return the texts in file order
   */
  public static Parsed<GoldText> claims(String source, String text) {
    Map<String, Integer> ids = new HashMap<>();
    return read(source, text, "claims", (line, fields, out) -> {
      JsonNode json;
      try {
        json = MAPPER.readTree(line.text());
      } catch (JsonProcessingException e) {
        return Optional.of("invalid JSON: " + e.getOriginalMessage());
      }
      if (json == null || !json.isObject()) {
        return Optional.of("expected a JSON object, got " + describe(json));
      }
      Optional<String> problem = text(json, "id").or(() -> text(json, "text")).or(() -> label(json))
          .or(() -> nonFiniteNumber(json));
      if (problem.isPresent()) {
        return problem;
      }
      String id = json.get("id").asText();
      Integer first = ids.putIfAbsent(id, line.number());
      if (first != null) {
        return Optional.of("duplicate id \"" + id + "\" (first on line " + first + ")");
      }
      out.add(new GoldText(id, json.get("text").asText(), json.get("gold").asText()));
      return Optional.empty();
    });
  }

  /** One non-blank line of input. */
  record Line(int number, String text, boolean first) {}

  /** Parses one line's fields into zero or one record, or returns its problem. */
  interface LineParser<T> {
    Optional<String> parse(Line line, String[] fields, List<T> out);
  }

  /**
   * Parses every non-blank line with {@code parser}, collecting its records and its problems, each
   * prefixed with {@code source} and the line number; a file with neither says it has no {@code what}.
   */
  static <T> Parsed<T> read(String source, String text, String what, LineParser<T> parser) {
    checkNotNull(source, "source");
    checkNotNull(text, "text");
    List<T> values = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    boolean first = true;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
      line = n == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
      if (line.isBlank()) {
        continue;
      }
      int number = n + 1;
      parser.parse(new Line(number, line, first), line.split("\t", -1), values)
          .ifPresent(p -> problems.add(source + ": line " + number + ": " + p));
      first = false;
    }
    if (values.isEmpty() && problems.isEmpty()) {
      problems.add(source + ": no " + what);
    }
    return new Parsed<>(values, problems);
  }

  private static Optional<String> blank(String[] fields, int column, String name) {
    return fields[column].isBlank()
        ? Optional.of("column " + (column + 1) + " (" + name + ") is blank")
        : Optional.empty();
  }

  /** The problem with a field that must be a non-blank string, if any. */
  static Optional<String> text(JsonNode json, String field) {
    JsonNode v = json.get(field);
    if (v == null || v.isNull()) {
      return Optional.of("field \"" + field + "\" is missing");
    }
    if (!v.isTextual()) {
      return Optional.of("field \"" + field + "\" must be a string, got " + describe(v));
    }
    return v.asText().isBlank() ? Optional.of("field \"" + field + "\" must not be blank") : Optional.empty();
  }

  private static Optional<String> label(JsonNode json) {
    JsonNode v = json.get("gold");
    if (v != null && v.isNumber()) {
      return Optional.empty();
    }
    return v != null && v.isTextual() ? text(json, "gold")
        : Optional.of(v == null || v.isNull() ? "field \"gold\" is missing"
            : "field \"gold\" must be a string or a number, got " + describe(v));
  }

  /**
   * Returns the problem with the first number anywhere in a JSON value that is not finite, named by
   * its path ({@code field "m.w[1]" must be a finite number, ...}), or empty: a number such as
   * {@code 1e999} overflows a double to infinity, which no field may hold. The command line checks
   * its JSON Lines with it too.
   *
   * @param json a parsed JSON value
   * @return the problem, if any
   */
  public static Optional<String> nonFiniteNumber(JsonNode json) {
    return nonFinite(checkNotNull(json, "json"), "");
  }

  private static Optional<String> nonFinite(JsonNode node, String path) {
    if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
      return Optional.of("field \"" + path + "\" must be a finite number, got one beyond the range of a"
          + " double (±" + Double.MAX_VALUE + ")");
    }
    for (int i = 0; i < (node.isArray() ? node.size() : 0); i++) {
      Optional<String> p = nonFinite(node.get(i), path + "[" + i + "]");
      if (p.isPresent()) {
        return p;
      }
    }
    for (Map.Entry<String, JsonNode> f : node.properties()) {
      Optional<String> p = nonFinite(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey());
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /** A JSON value's type in words: {@code string}, {@code number}, {@code nothing}. */
  static String describe(JsonNode node) {
    return node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
