package org.claimcompare.benchmark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.claimcompare.benchmark.MinHashJoin.Edges;
import org.claimcompare.benchmark.MinHashJoin.Hashed;
import org.claimcompare.eval.ClusterMetrics;

/**
 * The Spark MLlib peer of {@code cluster}: MinHash self-join ({@link MinHashJoin}) in {@code
 * local[2]} mode, then connected components of the joined pairs on the driver ({@link Components}).
 *
 * <pre>{@code
 * SparkMinHash cluster SAMPLE.jsonl OUT.jsonl [--tables T] [--threshold D] [--stopwords english|none]
 * SparkMinHash sweep SAMPLE.jsonl GOLD [--tables T,T...] [--thresholds D,D...] [--stopwords english|none]
 * SparkMinHash candidates SAMPLE.jsonl [--tables T] [--stopwords english|none]
 * }</pre>
 *
 * <p>{@code cluster} writes clusters in the format of claimcompare's {@code cluster} command, one
 * {@code {"cluster": n, "size": k, "representative": id, "members": [{"id", "score"}]}} a line,
 * largest first (ties by first member in input order), every input id exactly once. The
 * representative is the member with the most joined pairs (ties: the first in input order); a
 * member's score is the Jaccard similarity (1 − distance) to its closest joined neighbour, 1 for an
 * item alone. On standard error it prints the time of each step, from the start of {@code main}:
 * starting the Spark session, reading and tokenising, hashing and joining (the pairs collected on the
 * driver), components and writing.
 *
 * <p>{@code sweep} joins once at the largest threshold for each number of tables and prints, for
 * every threshold, the clusters' B³ and pairwise precision/recall/F1 against {@code GOLD} (the join's
 * pairs below a smaller threshold are exactly those of a join at that threshold: the buckets do not
 * depend on it). {@code candidates} counts the pairs that share a bucket, whatever their distance:
 * the pairs whose distance Spark computes.
 *
 * <p>Defaults: Spark's English stop words removed, 5 hash tables, distance threshold 0.65 (chosen by
 * the sweep on another sample, see {@code docs/benchmarks.md}).
 */
public final class SparkMinHash {
  static final int DEFAULT_TABLES = 5;
  static final double DEFAULT_THRESHOLD = 0.65;
  static final String DEFAULT_STOP_WORDS = "english";

  private SparkMinHash() {}

  /**
   * Runs one of the modes above.
   *
   * @param args the mode, files and options
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    if (args.length < 2) {
      usage();
    }
    Map<String, String> options = options(args);
    switch (args[0]) {
      case "cluster" -> cluster(args, options, start);
      case "sweep" -> sweep(args, options);
      case "candidates" -> candidates(args, options);
      default -> usage();
    }
  }

  private static void usage() {
    System.err.println("usage: SparkMinHash cluster SAMPLE.jsonl OUT.jsonl [--tables T] [--threshold D] [--stopwords english|none]\n"
        + "       SparkMinHash sweep SAMPLE.jsonl GOLD [--tables T,T...] [--thresholds D,D...] [--stopwords english|none]\n"
        + "       SparkMinHash candidates SAMPLE.jsonl [--tables T] [--stopwords english|none]");
    System.exit(2);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        if (i + 1 == args.length) {
          usage();
        }
        options.put(args[i].substring(2), args[++i]);
      }
    }
    return options;
  }

  /** {@code --stopwords english} (the default) drops Spark's English stop words; {@code none} keeps all. */
  private static Set<String> stopWords(Map<String, String> options) {
    String list = options.getOrDefault("stopwords", DEFAULT_STOP_WORDS);
    return switch (list) {
      case "english" -> MinHashJoin.englishStopWords();
      case "none" -> Set.of();
      default -> throw new IllegalArgumentException("--stopwords must be english or none: " + list);
    };
  }

  private static SparkSession session() {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("claimcompare-minhash")
        .config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  private static void cluster(String[] args, Map<String, String> options, long start) throws IOException {
    int tables = Integer.parseInt(options.getOrDefault("tables", "" + DEFAULT_TABLES));
    double threshold = Double.parseDouble(options.getOrDefault("threshold", "" + DEFAULT_THRESHOLD));
    try (SparkSession spark = session()) {
      long session = System.nanoTime();
      ClaimsFile claims = ClaimsFile.read(Path.of(args[1]));
      long read = System.nanoTime();
      Edges edges = MinHashJoin.collect(MinHashJoin.pairs(MinHashJoin.hash(spark, claims.texts, stopWords(options), tables), threshold));
      long joined = System.nanoTime();
      write(claims.ids, edges, Path.of(args[2]));
      long written = System.nanoTime();
      System.err.printf(Locale.ROOT, "spark: %d tables, distance < %s: %,d pairs joined%n", tables, threshold,
          edges.size());
      System.err.printf(Locale.ROOT, "spark timings: session %.1f s, read %.1f s, hash and join %.1f s,"
          + " components and write %.1f s, total %.1f s%n", seconds(start, session), seconds(session, read),
          seconds(read, joined), seconds(joined, written), seconds(start, written));
    }
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }

  private static void write(List<String> ids, Edges edges, Path out) throws IOException {
    int n = ids.size();
    Components components = new Components(n);
    int[] degree = new int[n];
    double[] closest = new double[n];
    Arrays.fill(closest, 1);
    for (int e = 0; e < edges.size(); e++) {
      components.union(edges.a()[e], edges.b()[e]);
      for (int item : new int[] {edges.a()[e], edges.b()[e]}) {
        degree[item]++;
        closest[item] = degree[item] == 1 ? edges.distance()[e] : Math.min(closest[item], edges.distance()[e]);
      }
    }
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        JsonGenerator gen = json.getFactory().createGenerator(writer)) {
      gen.setRootValueSeparator(null);
      int number = 0;
      for (int[] cluster : components.components()) {
        writeCluster(gen, ++number, cluster, ids, degree, closest);
        gen.flush();
        writer.write('\n');
      }
    }
  }

  private static void writeCluster(JsonGenerator gen, int number, int[] cluster, List<String> ids, int[] degree,
      double[] closest) throws IOException {
    int representative = cluster[0];
    for (int item : cluster) {
      if (degree[item] > degree[representative]) {
        representative = item;
      }
    }
    gen.writeStartObject();
    gen.writeNumberField("cluster", number);
    gen.writeNumberField("size", cluster.length);
    gen.writeStringField("representative", ids.get(representative));
    gen.writeArrayFieldStart("members");
    for (int item : cluster) {
      gen.writeStartObject();
      gen.writeStringField("id", ids.get(item));
      gen.writeNumberField("score", Math.round((1 - closest[item]) * 1e4) / 1e4);
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void sweep(String[] args, Map<String, String> options) throws IOException {
    ClaimsFile claims = ClaimsFile.read(Path.of(args[1]));
    int[] gold = goldLabels(Path.of(args[2]), claims.ids);
    double[] thresholds = Arrays.stream(options.getOrDefault("thresholds", "0.3,0.4,0.5,0.6,0.7,0.8").split(","))
        .mapToDouble(Double::parseDouble).sorted().toArray();
    System.out.println("| tables | distance < | pairs joined | clusters | B³ P | B³ R | B³ F1"
        + " | pair P | pair R | pair F1 | join s |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    try (SparkSession spark = session()) {
      for (String t : options.getOrDefault("tables", "" + DEFAULT_TABLES).split(",")) {
        int tables = Integer.parseInt(t);
        long before = System.nanoTime();
        Edges edges = MinHashJoin.collect(MinHashJoin.pairs(MinHashJoin.hash(spark, claims.texts, stopWords(options), tables),
            thresholds[thresholds.length - 1]));
        double joinSeconds = seconds(before, System.nanoTime());
        for (double threshold : thresholds) {
          printSweepRow(tables, threshold, edges, gold, joinSeconds);
        }
      }
    }
  }

  private static void printSweepRow(int tables, double threshold, Edges edges, int[] gold, double joinSeconds) {
    Components components = new Components(gold.length);
    int joined = 0;
    for (int e = 0; e < edges.size(); e++) {
      if (edges.distance()[e] < threshold) {
        components.union(edges.a()[e], edges.b()[e]);
        joined++;
      }
    }
    int[] predicted = new int[gold.length];
    for (int i = 0; i < gold.length; i++) {
      predicted[i] = components.find(i);
    }
    ClusterMetrics m = ClusterMetrics.of(predicted, gold);
    System.out.printf(Locale.ROOT, "| %d | %.2f | %,d | %,d | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.1f |%n",
        tables, threshold, joined, m.clusters(), m.bCubedPrecision(), m.bCubedRecall(), m.bCubedF1(),
        m.pairPrecision(), m.pairRecall(), m.pairF1(), joinSeconds);
  }

  private static int[] goldLabels(Path file, List<String> ids) throws IOException {
    Map<String, String> groupOf = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] fields = line.split("\t", 2);
        groupOf.put(fields[0], fields.length == 2 ? fields[1] : "");
      }
    }
    Map<String, Integer> label = new HashMap<>();
    List<Integer> labels = new ArrayList<>();
    for (String id : ids) {
      String group = groupOf.get(id);
      if (group == null) {
        throw new IOException(file + ": no group for id " + id);
      }
      labels.add(label.computeIfAbsent(group, g -> label.size()));
    }
    return labels.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void candidates(String[] args, Map<String, String> options) throws IOException {
    int tables = Integer.parseInt(options.getOrDefault("tables", "" + DEFAULT_TABLES));
    ClaimsFile claims = ClaimsFile.read(Path.of(args[1]));
    try (SparkSession spark = session()) {
      long count = MinHashJoin.candidates(MinHashJoin.hash(spark, claims.texts, stopWords(options), tables));
      System.out.printf(Locale.ROOT, "%d tables: %,d candidate pairs%n", tables, count);
    }
  }
}
