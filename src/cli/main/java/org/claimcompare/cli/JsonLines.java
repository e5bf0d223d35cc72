package org.claimcompare.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.claimcompare.eval.DataFormats;

/**
 * Reads and writes UTF-8 JSON Lines, collecting every problem with its line number instead of
 * stopping at the first.
 */
final class JsonLines {
  /**
   * Strict JSON: no trailing tokens, no duplicate keys. Strings may be as long as Java allows
   * (Jackson's default stops at 20,000,000 characters), so a line is limited only by the longest
   * array ({@link LineReader#MAX_LINE_BYTES}) and memory.
   */
  static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /**
   * What a valid record holds: required fields (non-blank strings) and optional ones (strings, or
   * null, or absent).
   */
  record Schema(List<String> required, List<String> optional) {
    /** The first problem with a record, or empty when it is valid. */
    Optional<String> problem(ObjectNode json) {
      for (String field : required) {
        Optional<String> p = requireText(json, field, false);
        if (p.isPresent()) {
          return p;
        }
      }
      for (String field : optional) {
        Optional<String> p = requireText(json, field, true);
        if (p.isPresent()) {
          return p;
        }
      }
      return Optional.empty();
    }
  }

  /** The valid records and a message for each invalid line. */
  record Result(List<InputLine> lines, List<String> problems) {}

  /** Where {@link #read(InputStream, String, Schema, Sink)} puts what it finds, line by line. */
  interface Sink {
    /** Takes a valid record. */
    void record(InputLine line);

    /** Takes the problem with one line: {@code line 7: field "id" is missing}. */
    void problem(String problem);
  }

  private JsonLines() {}

  /**
   * Parses the input; blank lines are skipped. Each invalid line gives one problem, named by its
   * line number. A repeated {@code id} is a problem on the later line.
   */
  static Result read(byte[] input, Schema schema) {
    List<InputLine> lines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      read(new ByteArrayInputStream(input), "input", schema, new Sink() {
        @Override
        public void record(InputLine line) {
          lines.add(line);
        }

        @Override
        public void problem(String problem) {
          problems.add(problem);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: an array cannot fail to be read", e);
    }
    return new Result(lines, problems);
  }

  /**
   * Parses {@code in} one line at a time, as {@link #read(byte[], Schema)} does, handing each valid
   * record and each problem to {@code sink} as soon as its line is read: the input is never held
   * whole, only its current line (see {@link LineReader}) and the ids seen so far.
   *
   * @param name names the input in the message about a line too long to hold
   * @throws IOException when {@code in} cannot be read
   * @throws CancellationException when the thread is interrupted, checked at every line
   */
  static void read(InputStream in, String name, Schema schema, Sink sink) throws IOException {
    Map<String, Long> ids = new HashMap<>();
    LineReader lines = new LineReader(in, name);
    while (lines.next()) {
      Interruption.check();
      long number = lines.number();
      String problem = parse(lines.bytes(), lines.start(), lines.end(), number, schema, sink, ids);
      if (problem != null) {
        sink.problem("line " + number + ": " + problem);
      }
    }
  }

  private static String parse(byte[] input, int start, int end, long number, Schema schema,
      Sink out, Map<String, Long> ids) {
    String text;
    try {
      text = decode(input, start, end, number == 1);
    } catch (CharacterCodingException e) {
      return "invalid UTF-8";
    }
    if (text.isBlank()) {
      return null;
    }
    ObjectNode json;
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || !node.isObject()) {
        return "expected a JSON object, got " + describe(node);
      }
      json = (ObjectNode) node;
    } catch (JsonProcessingException e) {
      return "invalid JSON: " + e.getOriginalMessage();
    }
    Optional<String> problem = schema.problem(json).or(() -> DataFormats.nonFiniteNumber(json));
    if (problem.isPresent()) {
      return problem.get();
    }
    JsonNode id = json.get("id");
    if (id != null && id.isTextual()) {
      Long first = ids.putIfAbsent(id.asText(), number);
      if (first != null) {
        return "duplicate id " + quoted(id.asText()) + " (first on line " + first + ")";
      }
    }
    out.record(new InputLine(number, json));
    return null;
  }

  private static String decode(byte[] input, int start, int end, boolean first)
      throws CharacterCodingException {
    String s = StrictUtf8.decode(input, start, end);
    if (first && s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  /** Checks that {@code field} is a non-blank string (or, when optional, absent or null). */
  private static Optional<String> requireText(ObjectNode json, String field, boolean optional) {
    JsonNode v = json.get(field);
    if (v == null || v.isNull()) {
      return optional ? Optional.empty() : Optional.of("field \"" + field + "\" is missing");
    }
    if (!v.isTextual()) {
      return Optional.of("field \"" + field + "\" must be a string, got " + describe(v));
    }
    if (!optional && v.asText().isBlank()) {
      return Optional.of("field \"" + field + "\" must not be blank");
    }
    return Optional.empty();
  }

  /** {@code s} as a JSON string, for messages: quoted, escaped, a lone surrogate shown as its escape. */
  static String quoted(String s) {
    try {
      return StrictUtf8.escapeLoneSurrogates(MAPPER.writeValueAsString(s));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a string as JSON", e);
    }
  }

  static Optional<String> optionalText(ObjectNode json, String field) {
    JsonNode v = json.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** A score rounded to four decimals, so output is stable and readable. */
  static BigDecimal rounded(double score) {
    return org.claimcompare.eval.JsonForms.rounded(score);
  }

  /** Writes one JSON object per line. */
  static String write(List<ObjectNode> records) {
    StringBuilder out = new StringBuilder();
    for (ObjectNode r : records) {
      out.append(json(r)).append('\n');
    }
    return out.toString();
  }

  /**
   * One record as a line of UTF-8 bytes ending with {@code \n}, a lone surrogate written as its
   * escape (see {@link StrictUtf8#encode}).
   */
  static byte[] line(ObjectNode record) {
    return StrictUtf8.encode(json(record) + "\n");
  }

  private static String json(ObjectNode record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
