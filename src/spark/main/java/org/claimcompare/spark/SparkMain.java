package org.claimcompare.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.eval.JsonForms;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job's command line, for {@code spark-submit} and for {@code java -jar
 * target/claimcompare-spark.jar} (Spark inside, local mode):
 *
 * <pre>{@code
 * java -jar target/claimcompare-spark.jar cluster --master 'local[2]' --in claims.jsonl --out clusters.jsonl
 * spark-submit --class org.claimcompare.spark.SparkMain claimcompare-spark.jar cluster --in … --out …
 * }</pre>
 *
 * <p>{@code cluster} reads and writes the JSON Lines of the command line's {@code cluster}: one claim
 * a line in ({@code id}, {@code text}, optional {@code source}, {@code speaker}, {@code kind}), one
 * cluster a line out, largest first, byte for byte what the command line writes for the same
 * input. The input is read and checked on the driver (every bad line named), the clustering runs on
 * the executors, and the clusters come back to the driver to be written.
 */
@Command(name = "claimcompare-spark", mixinStandardHelpOptions = true,
    description = "claimcompare's clustering on Apache Spark.", subcommands = SparkMain.ClusterCommand.class)
public final class SparkMain implements Runnable {
  private SparkMain() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments, as {@code cluster --master local[2] --in FILE --out FILE}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  /** Runs the command line; returns its exit status (2 for bad input). */
  static int run(String[] args, PrintStream err) {
    CommandLine line = new CommandLine(new SparkMain());
    line.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException) {
        err.println("claimcompare-spark: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return line.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "a command is required: cluster");
  }

  /** {@code cluster}: claims in, one cluster per line out. */
  @Command(name = "cluster", mixinStandardHelpOptions = true,
      description = {"Group claims into claim clusters on Spark, as the command line's cluster does.",
          "In: one claim per line, {\"id\": string, \"text\": string, \"source\": string?, \"speaker\": string?,"
              + " \"kind\": string?}. Out: one cluster per line, {\"cluster\", \"size\", \"representative\","
              + " \"members\": [{\"id\", \"score\"}]}, largest first."})
  static final class ClusterCommand implements Callable<Integer> {
    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master, for example local[2]; by default the one spark-submit sets.")
    String master;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Claims, JSON Lines.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Clusters, JSON Lines.")
    Path out;

    @Option(names = "--threshold", paramLabel = "T",
        description = "Score threshold in [0, 1] (default: " + ClusterOptions.DEFAULT_THRESHOLD + ").")
    double threshold = ClusterOptions.DEFAULT_THRESHOLD;

    @Option(names = "--fragments", description = "Cluster fragments with the other claims.")
    boolean fragments;

    @Option(names = "--min-words", paramLabel = "N",
        description = "Claims of fewer words are clusters of their own (default: 1).")
    int minimumWords = 1;

    @Option(names = "--partitions", paramLabel = "N",
        description = "Partitions of the claims (default: the master's default parallelism); the result does not depend on it.")
    int partitions;

    @Override
    public Integer call() throws IOException {
      ClusterOptions options = ClusterOptions.standard().withThreshold(threshold).withFragments(fragments)
          .withMinimumWords(minimumWords);
      List<Row> claims = read(in);
      SparkSession.Builder builder = SparkSession.builder().appName("claimcompare cluster")
          .config("spark.ui.enabled", "false");
      if (master != null) {
        builder.master(master);
      }
      SparkSession spark = builder.getOrCreate();
      try {
        int slices = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(slices));
        Dataset<Row> input = spark.createDataFrame(claims, SCHEMA).repartition(slices);
        List<Row> assigned = SparkClusterer.cluster(input, options).collectAsList();
        write(out, lines(assigned));
      } finally {
        spark.stop();
      }
      return 0;
    }
  }

  private static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("source", DataTypes.StringType, true),
      DataTypes.createStructField("speaker", DataTypes.StringType, true),
      DataTypes.createStructField("kind", DataTypes.StringType, true)});

  /** Strict JSON, as the command line reads it: no trailing tokens, no duplicate keys. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** The claims of a JSON Lines file; every bad line is named in one message. */
  static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode json = MAPPER.readTree(line);
          String problem = !(json instanceof ObjectNode) ? "not a JSON object"
              : !text(json, "id", false) ? "field \"id\" must be a non-blank string"
              : !text(json, "text", false) ? "field \"text\" must be a non-blank string"
              : !text(json, "source", true) || !text(json, "speaker", true) || !text(json, "kind", true)
                  ? "fields \"source\", \"speaker\" and \"kind\" must be strings when present" : null;
          if (problem != null) {
            problems.add(String.format(Locale.ROOT, "line %d: %s", number, problem));
          } else {
            rows.add(RowFactory.create(json.get("id").asText(), json.get("text").asText(),
                optional(json, "source"), optional(json, "speaker"), optional(json, "kind")));
          }
        } catch (JsonProcessingException e) {
          problems.add(String.format(Locale.ROOT, "line %d: not valid JSON: %s", number, e.getOriginalMessage()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(file + ": " + String.join("; ",
          problems.subList(0, Math.min(10, problems.size())))
          + (problems.size() > 10 ? " (and " + (problems.size() - 10) + " more)" : ""));
    }
    return rows;
  }

  private static boolean text(JsonNode json, String field, boolean optional) {
    JsonNode v = json.get(field);
    if (v == null || v.isNull()) {
      return optional;
    }
    return v.isTextual() && (optional || !v.asText().isBlank());
  }

  private static String optional(JsonNode json, String field) {
    JsonNode v = json.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * The output lines: one per cluster in number order, members as the library orders them (the
   * representative first, then by score, highest first, then by id).
   */
  static List<String> lines(List<Row> assigned) {
    List<Row> rows = new ArrayList<>(assigned);
    rows.sort(Comparator.<Row>comparingInt(r -> r.getInt(1))
        .thenComparing(r -> r.getString(0).equals(r.getString(2)) ? 0 : 1)
        .thenComparing(Comparator.<Row>comparingDouble(r -> r.getDouble(3)).reversed())
        .thenComparing(r -> r.getString(0)));
    List<String> out = new ArrayList<>();
    for (int from = 0; from < rows.size(); ) {
      int to = from;
      while (to < rows.size() && rows.get(to).getInt(1) == rows.get(from).getInt(1)) {
        to++;
      }
      ObjectNode o = MAPPER.createObjectNode();
      o.put("cluster", rows.get(from).getInt(1));
      o.put("size", to - from);
      o.put("representative", rows.get(from).getString(2));
      ArrayNode members = o.putArray("members");
      for (Row r : rows.subList(from, to)) {
        members.addObject().put("id", r.getString(0)).put("score", JsonForms.rounded(r.getDouble(3)));
      }
      try {
        out.add(MAPPER.writeValueAsString(o));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      from = to;
    }
    return out;
  }

  /** Writes the lines to a temporary file beside {@code file}, then moves it over {@code file}. */
  private static void write(Path file, List<String> lines) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), ".claimcompare-spark-", ".tmp");
    try {
      try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        for (String line : lines) {
          writer.write(line);
          writer.write('\n');
        }
      }
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
