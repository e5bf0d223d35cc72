package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in process with captured streams, as the tests of every command do. */
final class Cli {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What one run printed and returned. */
  record Result(int status, String out, String err) {
    /** Parses standard output as JSON Lines. */
    List<JsonNode> json() {
      return jsonLines(out);
    }
  }

  private Cli() {}

  static Result run(String stdin, String... args) {
    return run(stdin.getBytes(UTF_8), args);
  }

  static Result run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Result(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  /** Joins lines with {@code \n}, each line ending with one. */
  static String lines(String... lines) {
    StringBuilder s = new StringBuilder();
    for (String line : lines) {
      s.append(line).append('\n');
    }
    return s.toString();
  }

  static List<JsonNode> jsonLines(String text) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        nodes.add(parse(line));
      }
    }
    return nodes;
  }

  static List<JsonNode> jsonLines(Path file) {
    try {
      return jsonLines(Files.readString(file, UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }

  static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
