package org.claimcompare.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.claimcompare.eval.ClusterMetrics;

/**
 * Prints how well a clustering matches the gold groups: B³ and pairwise precision, recall and F1,
 * as the evaluation harness defines them ({@link ClusterMetrics}).
 *
 * <pre>{@code
 * java -cp ... org.claimcompare.benchmark.Metrics cc-10000.jsonl sample-10000.gold
 * items=10002 clusters=1103 groups=905 b3_precision=0.9774 b3_recall=0.9459 b3_f1=0.9614 pair_precision=0.9597 pair_recall=0.9464 pair_f1=0.9530
 * }</pre>
 *
 * <p>{@code CLUSTERS.jsonl} is the output of {@code cluster} (one {@code {"cluster", "size",
 * "representative", "members": [{"id", "score"}]}} a line); {@code GOLD} has {@code id<TAB>group}
 * lines ({@link Sample} writes it). Every gold id must be in exactly one cluster and every clustered
 * id in the gold file; anything else is an error that names the id.
 */
public final class Metrics {
  private Metrics() {}

  /**
   * Prints the measures on one line, {@code key=value} separated by spaces.
   *
   * @param args {@code CLUSTERS.jsonl GOLD}
   * @throws IOException if a file cannot be read or does not match the other
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Metrics CLUSTERS.jsonl GOLD");
      System.exit(2);
    }
    Map<String, Integer> gold = readGold(Path.of(args[1]));
    Map<String, Integer> predicted = readClusters(Path.of(args[0]), gold);
    int[] predictedLabels = new int[gold.size()];
    int[] goldLabels = new int[gold.size()];
    int i = 0;
    for (Map.Entry<String, Integer> item : gold.entrySet()) {
      Integer cluster = predicted.get(item.getKey());
      if (cluster == null) {
        throw new IOException(args[0] + ": id " + item.getKey() + " is in no cluster");
      }
      predictedLabels[i] = cluster;
      goldLabels[i++] = item.getValue();
    }
    ClusterMetrics m = ClusterMetrics.of(predictedLabels, goldLabels);
    System.out.println(String.format(Locale.ROOT,
        "items=%d clusters=%d groups=%d b3_precision=%.4f b3_recall=%.4f b3_f1=%.4f"
            + " pair_precision=%.4f pair_recall=%.4f pair_f1=%.4f",
        m.items(), m.clusters(), m.groups(), m.bCubedPrecision(), m.bCubedRecall(), m.bCubedF1(),
        m.pairPrecision(), m.pairRecall(), m.pairF1()));
  }

  static Map<String, Integer> readGold(Path file) throws IOException {
    Map<String, Integer> groupIndex = new HashMap<>();
    Map<String, Integer> gold = new HashMap<>();
    int lineNumber = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IOException(file + " line " + lineNumber + ": expected id<TAB>group");
        }
        Integer group = groupIndex.computeIfAbsent(line.substring(tab + 1), g -> groupIndex.size());
        if (gold.put(line.substring(0, tab), group) != null) {
          throw new IOException(file + " line " + lineNumber + ": duplicate id " + line.substring(0, tab));
        }
      }
    }
    return gold;
  }

  private static Map<String, Integer> readClusters(Path file, Map<String, Integer> gold) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> clusterOf = new HashMap<>();
    int lineNumber = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        for (JsonNode member : json.readTree(line).path("members")) {
          String id = member.path("id").asText();
          if (!gold.containsKey(id)) {
            throw new IOException(file + " line " + lineNumber + ": id " + id + " is not in the gold file");
          }
          if (clusterOf.put(id, lineNumber) != null) {
            throw new IOException(file + " line " + lineNumber + ": id " + id + " is in two clusters");
          }
        }
      }
    }
    return clusterOf;
  }
}
