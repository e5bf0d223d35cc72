package org.claimcompare.benchmark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark MLlib's MinHash self-join of texts, as its documentation shows it: binary term vectors
 * ({@code HashingTF}, 2<sup>20</sup> features, {@link Tokens}, optionally without Spark's English stop
 * words), {@code MinHashLSH} with a number of
 * hash tables, and {@code approxSimilarityJoin} of the hashed data with itself, which proposes the
 * pairs that share a bucket in at least one table and keeps those whose Jaccard distance is below
 * the threshold (strictly). Each unordered pair of distinct items comes back once.
 */
final class MinHashJoin {
  /** Sparse vectors of this many features: collisions between word hashes are negligible. */
  static final int FEATURES = 1 << 20;
  /** MinHashLSH's seed, fixed so that a run can be repeated. */
  static final long SEED = 1;

  private MinHashJoin() {}

  /** The pairs {@code a < b} joined, with their Jaccard distance. */
  record Edges(int[] a, int[] b, double[] distance) {
    int size() {
      return a.length;
    }
  }

  /** The texts' vectors with their hashes, cached, and the model that hashed them. */
  record Hashed(MinHashLSHModel model, Dataset<Row> data) {}

  /** Spark's English stop-word list ({@code StopWordsRemover}), lower-cased like the tokens. */
  static Set<String> englishStopWords() {
    Set<String> words = new HashSet<>();
    for (String word : StopWordsRemover.loadDefaultStopWords("english")) {
      words.add(word.toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /**
   * Hashes the texts' words less the stop words; a text of stop words only keeps them all, since
   * MinHash needs at least one word.
   */
  static Hashed hash(SparkSession spark, List<String> texts, Set<String> stopWords, int tables) {
    List<Row> rows = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      List<String> tokens = Tokens.of(texts.get(i));
      List<String> kept = new ArrayList<>(tokens);
      kept.removeAll(stopWords);
      rows.add(RowFactory.create(i, (kept.isEmpty() ? tokens : kept).toArray(new String[0])));
    }
    StructType schema = new StructType()
        .add("idx", DataTypes.IntegerType, false)
        .add("tokens", DataTypes.createArrayType(DataTypes.StringType, false), false);
    Dataset<Row> vectors = new HashingTF().setInputCol("tokens").setOutputCol("features")
        .setBinary(true).setNumFeatures(FEATURES)
        .transform(spark.createDataFrame(rows, schema));
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(tables).setSeed(SEED)
        .setInputCol("features").setOutputCol("hashes").fit(vectors);
    return new Hashed(model, model.transform(vectors).select("idx", "features", "hashes").cache());
  }

  /** The pairs {@code a < b} below the threshold, lazily: {@code a}, {@code b}, {@code distance}. */
  static Dataset<Row> pairs(Hashed hashed, double threshold) {
    return hashed.model().approxSimilarityJoin(hashed.data(), hashed.data(), threshold, "distance")
        .select(col("datasetA.idx").as("a"), col("datasetB.idx").as("b"), col("distance"))
        .where(col("a").lt(col("b")));
  }

  /**
   * Counts the pairs {@code a < b} that share a bucket in at least one table: the pairs whose
   * distance {@code approxSimilarityJoin} computes. The same explode-and-join as Spark's, without the
   * distances.
   */
  static long candidates(Hashed hashed) {
    Dataset<Row> buckets = hashed.data().select(col("idx"), posexplode(col("hashes")).as(new String[] {"entry", "hash"}));
    Dataset<Row> other = buckets.select(col("idx").as("b"), col("entry").as("entryB"), col("hash").as("hashB"));
    return buckets.join(other, col("entry").equalTo(col("entryB")).and(col("hash").equalTo(col("hashB"))))
        .where(col("idx").lt(col("b"))).select("idx", "b").distinct().count();
  }

  static Edges collect(Dataset<Row> pairs) {
    List<Row> rows = pairs.collectAsList();
    int[] a = new int[rows.size()];
    int[] b = new int[rows.size()];
    double[] distance = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      a[i] = row.getInt(0);
      b[i] = row.getInt(1);
      distance[i] = row.getDouble(2);
    }
    return new Edges(a, b, distance);
  }
}
