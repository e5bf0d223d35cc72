package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcompare.Span;

/**
 * Readers for attribution annotation, the gold of claim extraction. Offsets in both formats are
 * code points (Python string indices); they are converted to Java's UTF-16 offsets against each
 * article's text, and every item's text is checked against the article, so that a file measured in
 * other units is rejected rather than scored wrong.
 *
 * <ul>
 *   <li>{@link #goldLines}: PolNeAR's {@code gold.jsonl}, one item a line, already derived.
 *   <li>{@link #brat}: one brat standoff file per article, from which the items are derived as
 *       {@code gold.jsonl}'s were ({@link GoldDerivation}).
 * </ul>
 *
 * <p>Thread-safe: it keeps no state.
 */
public final class AttributionFormats {
  private static final Set<String> TYPES = Set.of("direct", "content");

  private AttributionFormats() {}

  /**
   * Reads PolNeAR's {@code gold.jsonl}: one JSON object a line, either a content
   * {@code {"doc", "type": "content", "class": "direct"|"mixed"|"indirect", "start", "end", "text",
   * "fragments"?, "speaker"?, "cue"?, "attr"?}} or a direct quote {@code {"doc", "type": "direct",
   * "start", "end", "text", "speaker"?, "attr"?, "attr_class"?, "unclosed"?}}. {@code doc} names an
   * article; {@code start} and {@code end} are code points into it, and {@code text} must be the
   * article's text between them; {@code fragments}, pairs of offsets within them, default to the
   * whole span. A {@code speaker} that is missing or null is empty. Other fields are ignored.
   *
   * @param source the file's name, for messages
   * @param text the file's text
   * @param articles the articles' texts by name; every article gets its gold, perhaps empty
   * @return one gold per article, in the order of {@code articles}
   */
  public static Parsed<AttributionGold> goldLines(String source, String text, Map<String, String> articles) {
    checkNotNull(articles, "articles");
    Map<String, CodePointOffsets> offsets = new HashMap<>();
    Map<String, List<GoldContent>> contents = new HashMap<>();
    Map<String, List<GoldQuote>> quotes = new HashMap<>();
    Parsed<String> items = DataFormats.read(source, text, "items", (line, fields, out) -> {
      JsonNode json;
      try {
        json = DataFormats.MAPPER.readTree(line.text());
      } catch (JsonProcessingException e) {
        return Optional.of("invalid JSON: " + e.getOriginalMessage());
      }
      if (json == null || !json.isObject()) {
        return Optional.of("expected a JSON object, got " + DataFormats.describe(json));
      }
      Optional<String> problem = DataFormats.text(json, "doc").or(() -> known(json, articles)).or(() -> type(json));
      if (problem.isPresent()) {
        return problem;
      }
      String doc = json.get("doc").asText();
      GoldLine g = new GoldLine(json, articles.get(doc), offsets.computeIfAbsent(doc, d -> CodePointOffsets.of(articles.get(d))));
      out.add(doc);
      return g.addTo(contents.computeIfAbsent(doc, d -> new ArrayList<>()), quotes.computeIfAbsent(doc, d -> new ArrayList<>()));
    });
    if (!items.valid()) {
      return new Parsed<>(List.of(), items.problems());
    }
    List<AttributionGold> gold = new ArrayList<>();
    articles.forEach((doc, article) -> gold.add(new AttributionGold(doc, article,
        contents.getOrDefault(doc, List.of()), quotes.getOrDefault(doc, List.of()))));
    return new Parsed<>(gold, List.of());
  }

  /**
   * Reads one article's brat standoff file and derives its gold as {@code gold.jsonl}'s was: see
   * {@code BratFile} for the lines read and {@code GoldDerivation} (both in this package's source)
   * for the derivation. Offsets are code points; each text-bound annotation's text must match the
   * article.
   *
   * @param source the file's name, for messages
   * @param ann the file's text
   * @param document the article's name
   * @param text the article's text
   * @return the article's gold, or the problems, each with its line
   */
  public static Parsed<AttributionGold> brat(String source, String ann, String document, String text) {
    checkNotNull(source, "source");
    checkNotNull(ann, "ann");
    checkNotNull(document, "document");
    checkNotNull(text, "text");
    Parsed<GoldDerivation.Attribution> attributions = BratFile.read(source, ann, text);
    if (!attributions.valid()) {
      return new Parsed<>(List.of(), attributions.problems());
    }
    return new Parsed<>(List.of(GoldDerivation.derive(document, text, attributions.values())), List.of());
  }

  private static Optional<String> known(JsonNode json, Map<String, String> articles) {
    String doc = json.get("doc").asText();
    return articles.containsKey(doc) ? Optional.empty()
        : Optional.of("field \"doc\" names no article: " + Quoted.of(doc));
  }

  private static Optional<String> type(JsonNode json) {
    JsonNode t = json.get("type");
    return t != null && t.isTextual() && TYPES.contains(t.asText()) ? Optional.empty()
        : Optional.of("field \"type\" must be \"direct\" or \"content\", got "
            + (t != null && t.isTextual() ? Quoted.of(t.asText()) : DataFormats.describe(t)));
  }

  /** One line of {@code gold.jsonl} for one article: its fields read, or its first problem. */
  private static final class GoldLine {
    private final JsonNode json;
    private final String article;
    private final CodePointOffsets offsets;
    private String problem = "";

    GoldLine(JsonNode json, String article, CodePointOffsets offsets) {
      this.json = json;
      this.article = article;
      this.offsets = offsets;
    }

    /** Adds the line's item to its list, or returns the line's first problem. */
    Optional<String> addTo(List<GoldContent> contents, List<GoldQuote> quotes) {
      if (json.get("type").asText().equals("direct")) {
        quote().ifPresent(quotes::add);
      } else {
        content().ifPresent(contents::add);
      }
      return problem.isEmpty() ? Optional.empty() : Optional.of(problem);
    }

    private Optional<GoldQuote> quote() {
      Optional<Span> span = span();
      Optional<String> speaker = optionalText("speaker");
      Optional<String> attr = optionalText("attr");
      Optional<Optional<Quoting>> quoting = quoting("attr_class", false);
      JsonNode unclosed = json.get("unclosed");
      if (unclosed != null && !unclosed.isNull() && !unclosed.isBoolean()) {
        return fail("field \"unclosed\" must be true or false, got " + DataFormats.describe(unclosed));
      }
      if (span.isEmpty() || speaker.isEmpty() || attr.isEmpty() || quoting.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new GoldQuote(span.get(), speaker.get(), attr.get(), quoting.get(),
          unclosed != null && unclosed.asBoolean()));
    }

    private Optional<GoldContent> content() {
      Optional<Span> span = span();
      Optional<Optional<Quoting>> quoting = quoting("class", true);
      Optional<String> speaker = optionalText("speaker");
      Optional<String> cue = optionalText("cue");
      Optional<String> attr = optionalText("attr");
      if (span.isEmpty() || quoting.isEmpty() || speaker.isEmpty() || cue.isEmpty() || attr.isEmpty()) {
        return Optional.empty();
      }
      Optional<List<Span>> fragments = fragments(span.get());
      return fragments.map(f -> new GoldContent(span.get(), f, quoting.get().orElseThrow(), speaker.get(),
          cue.get(), attr.get()));
    }

    /** The span, checked against the article; empty (with the problem kept) if it is bad. */
    private Optional<Span> span() {
      Optional<Span> span = offsets("start", "end", json.get("start"), json.get("end"));
      if (span.isEmpty()) {
        return span;
      }
      JsonNode text = json.get("text");
      if (text == null || !text.isTextual()) {
        return fail("field \"text\" must be a string, got " + DataFormats.describe(text));
      }
      String expected = span.get().of(article);
      if (!expected.equals(text.asText())) {
        return fail("field \"text\" does not match the article at code points " + json.get("start") + "-"
            + json.get("end") + ", which reads " + Quoted.of(expected));
      }
      return span;
    }

    private Optional<Span> offsets(String startName, String endName, JsonNode start, JsonNode end) {
      for (JsonNode n : new JsonNode[] {start, end}) {
        if (n == null || !n.isIntegralNumber()) {
          return fail("fields \"" + startName + "\" and \"" + endName + "\" must be whole numbers, got "
              + DataFormats.describe(start) + " and " + DataFormats.describe(end));
        }
      }
      if (!offsets.contains(start.asLong()) || !offsets.contains(end.asLong()) || start.asLong() > end.asLong()) {
        return fail("\"" + startName + "\" " + start + " and \"" + endName + "\" " + end + " must be offsets within the"
            + " article (0 to " + offsets.length() + " code points), the start not after the end");
      }
      return Optional.of(new Span(offsets.utf16(start.asInt()), offsets.utf16(end.asInt())));
    }

    private Optional<List<Span>> fragments(Span span) {
      JsonNode f = json.get("fragments");
      if (f == null || f.isNull()) {
        return Optional.of(List.of(span));
      }
      List<Span> pieces = new ArrayList<>();
      for (int i = 0; f.isArray() && i < f.size(); i++) {
        JsonNode p = f.get(i);
        if (!p.isArray() || p.size() != 2) {
          return fail("field \"fragments\" must be a list of [start, end] pairs; item " + i + " is not");
        }
        Optional<Span> piece = offsets("fragments[" + i + "][0]", "fragments[" + i + "][1]", p.get(0), p.get(1));
        if (piece.isEmpty()) {
          return Optional.empty();
        }
        if (piece.get().start() < span.start() || piece.get().end() > span.end()) {
          return fail("fragment " + i + " " + p + " is outside the content's start and end");
        }
        pieces.add(piece.get());
      }
      return pieces.isEmpty() ? fail("field \"fragments\" must be a non-empty list of [start, end] pairs")
          : Optional.of(pieces);
    }

    /** A quoting label, required or optional; empty (with the problem kept) if it is bad. */
    private Optional<Optional<Quoting>> quoting(String field, boolean required) {
      JsonNode v = json.get(field);
      if (v == null || v.isNull()) {
        return required ? fail("field \"" + field + "\" is missing: expected direct, mixed or indirect")
            : Optional.of(Optional.empty());
      }
      for (Quoting q : Quoting.values()) {
        if (v.isTextual() && v.asText().equals(q.label())) {
          return Optional.of(Optional.of(q));
        }
      }
      return fail("field \"" + field + "\" must be direct, mixed or indirect, got "
          + (v.isTextual() ? Quoted.of(v.asText()) : DataFormats.describe(v)));
    }

    /** A string field that may be missing or null (then empty); empty (with the problem kept) if not a string. */
    private Optional<String> optionalText(String field) {
      JsonNode v = json.get(field);
      if (v == null || v.isNull()) {
        return Optional.of("");
      }
      return v.isTextual() ? Optional.of(v.asText())
          : fail("field \"" + field + "\" must be a string, got " + DataFormats.describe(v));
    }

    private <T> Optional<T> fail(String message) {
      if (problem.isEmpty()) {
        problem = message;
      }
      return Optional.empty();
    }
  }
}
