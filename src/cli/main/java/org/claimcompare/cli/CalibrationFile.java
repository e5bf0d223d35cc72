package org.claimcompare.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimcompare.eval.Calibration;
import org.jspecify.annotations.Nullable;

/**
 * The settings {@code calibrate} fits and {@code score}, {@code cluster} and {@code report} read with
 * {@code --calibration FILE}: a JSON object, version 1.
 *
 * <pre>{@code
 * {"calibration": 1, "task": "groups", "scorer": "semantic", "model": "e5-small-v2-q",
 *  "lexical_weight": 0.7, "floor": 0.1, "threshold": 0.45, "measure": "B3 F1", "mean": 0.962,
 *  "spread": 0.008, "folds": 5, "items": 1245, "data": "mine.tsv", "candidates": {"...": 0.95}}
 * }</pre>
 *
 * <p>{@code scorer} is {@code lexical} (then {@code model}, {@code lexical_weight} and {@code floor}
 * are absent) or {@code semantic}. The fields after {@code threshold} say what was measured and are
 * not read back.
 *
 * @param task {@code pairs} or {@code groups}
 * @param semantic whether the scorer is the semantic one
 * @param model the semantic model, or null
 * @param lexicalWeight the fusion's lexical weight (semantic only)
 * @param floor the fusion's floor (semantic only)
 * @param threshold the threshold: for pairs, a pair at or above it matches; for groups, the
 *     clustering threshold
 */
record CalibrationFile(String task, boolean semantic, @Nullable String model, double lexicalWeight, double floor,
    double threshold) {
  static final int VERSION = 1;

  /** The JSON text of a calibration and what it measured. */
  String write(Calibration.Result<?> result, String data) {
    ObjectNode o = JsonLines.MAPPER.createObjectNode();
    o.put("calibration", VERSION);
    o.put("task", task);
    o.put("scorer", semantic ? "semantic" : "lexical");
    if (semantic) {
      o.put("model", model);
      o.put("lexical_weight", lexicalWeight);
      o.put("floor", floor);
    }
    o.put("threshold", JsonLines.rounded(threshold));
    o.put("measure", result.measure());
    o.put("mean", JsonLines.rounded(result.mean()));
    o.put("spread", JsonLines.rounded(result.spread()));
    o.put("folds", result.folds());
    o.put("items", result.items());
    o.put("data", data);
    ObjectNode candidates = o.putObject("candidates");
    for (Map.Entry<String, Double> c : result.byCandidate().entrySet()) {
      candidates.put(c.getKey(), JsonLines.rounded(c.getValue()));
    }
    try {
      return JsonLines.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a calibration file; every problem is reported with the file's name and the field. */
  static CalibrationFile read(Main main, Path file) {
    byte[] bytes = main.read(file);
    JsonNode o;
    try {
      o = JsonLines.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new BadInputException(file + ": not a calibration file (invalid JSON: " + e.getOriginalMessage() + ")");
    }
    List<String> problems = new ArrayList<>();
    if (o == null || !o.isObject()) {
      throw new BadInputException(file + ": not a calibration file (expected a JSON object)");
    }
    if (!o.path("calibration").isInt() || o.get("calibration").asInt() != VERSION) {
      problems.add(file + ": \"calibration\" must be " + VERSION + " (the version this build reads)");
    }
    String task = o.path("task").asText("");
    if (!task.equals("pairs") && !task.equals("groups")) {
      problems.add(file + ": \"task\" must be \"pairs\" or \"groups\"");
    }
    String scorer = o.path("scorer").asText("");
    if (!scorer.equals("lexical") && !scorer.equals("semantic")) {
      problems.add(file + ": \"scorer\" must be \"lexical\" or \"semantic\"");
    }
    boolean semantic = scorer.equals("semantic");
    double threshold = number(o, "threshold", 0, 1, file, problems);
    double weight = semantic ? number(o, "lexical_weight", 0, 1, file, problems) : 1;
    double floor = semantic ? number(o, "floor", -1, 0.999999, file, problems) : 0;
    String model = semantic && o.path("model").isTextual() ? o.get("model").asText() : null;
    if (semantic && model == null) {
      problems.add(file + ": \"model\" must be a model's name");
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new CalibrationFile(task, semantic, model, weight, floor, threshold);
  }

  private static double number(JsonNode o, String field, double min, double max, Path file, List<String> problems) {
    JsonNode n = o.path(field);
    if (!n.isNumber() || !(n.asDouble() >= min && n.asDouble() <= max)) {
      problems.add(file + ": \"" + field + "\" must be a number in [" + min + ", " + max + "]");
      return min;
    }
    return n.asDouble();
  }
}
