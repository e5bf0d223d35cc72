package org.claimcompare.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids and texts of a JSON Lines claims file, {@code {"id": ..., "text": ...}} a line, in order.
 * Public for the benchmarks of package-private library classes, which sit in the library's package.
 */
public final class ClaimsFile {
  final List<String> ids = new ArrayList<>();
  final List<String> texts = new ArrayList<>();

  private ClaimsFile() {}

  /**
   * Returns the texts, in the file's order.
   *
   * @return the texts
   */
  public List<String> texts() {
    return texts;
  }

  /**
   * Reads a claims file.
   *
   * @param file the JSON Lines file
   * @return its ids and texts
   * @throws IOException if it cannot be read, or a line is not {@code {"id": string, "text": string}}
   *     (the message names the line)
   */
  public static ClaimsFile read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ClaimsFile claims = new ClaimsFile();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode claim = json.readTree(line);
        if (!claim.path("id").isTextual() || !claim.path("text").isTextual()) {
          throw new IOException(String.format("%s line %d: expected {\"id\": string, \"text\": string}",
              file, claims.ids.size() + 1));
        }
        claims.ids.add(claim.get("id").asText());
        claims.texts.add(claim.get("text").asText());
      }
    }
    return claims;
  }
}
