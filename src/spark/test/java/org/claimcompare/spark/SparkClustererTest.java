package org.claimcompare.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.ClaimKind;
import org.claimcompare.Claims;
import org.claimcompare.cluster.ClusterOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkClustererTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("SparkClustererTest")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static final StructType CLAIMS = new StructType(new StructField[] {
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("source", DataTypes.StringType, true),
      DataTypes.createStructField("speaker", DataTypes.StringType, true),
      DataTypes.createStructField("kind", DataTypes.StringType, true)});

  private static Dataset<Row> dataset(List<Claim> claims, int partitions) {
    List<Row> rows = claims.stream().map(c -> RowFactory.create(c.id(), c.text(), c.source().orElse(null),
        c.speaker().orElse(null), c.kind().map(ClaimKind::label).orElse(null))).toList();
    return spark.createDataFrame(rows, CLAIMS).repartition(partitions);
  }

  /** The library's clusters as the Spark job's rows: id, cluster, representative, score. */
  private static List<String> expected(List<Claim> claims, ClusterOptions options) {
    List<String> out = new ArrayList<>();
    for (ClaimCluster c : Claims.cluster(claims, options)) {
      for (ClaimCluster.Member m : c.members()) {
        out.add(row(m.claim().id(), c.number(), c.representative().id(), m.score()));
      }
    }
    return out;
  }

  private static List<String> actual(List<Claim> claims, ClusterOptions options, int partitions) {
    return SparkClusterer.cluster(dataset(claims, partitions), options).collectAsList().stream()
        .map(r -> row(r.getString(0), r.getInt(1), r.getString(2), r.getDouble(3))).toList();
  }

  /** A row as text, the score exact (its bits). */
  private static String row(String id, int cluster, String representative, double score) {
    return id + " " + cluster + " " + representative + " " + Double.toHexString(score);
  }

  @Test
  void equalsTheLibraryOnTheSeeds() {
    List<Claim> claims = SampleClaims.seeds();
    assertThat(claims).hasSizeGreaterThan(50);
    List<String> expected = expected(claims, ClusterOptions.standard());
    assertThat(actual(claims, ClusterOptions.standard(), 3)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void equalsTheLibraryOnTheSeedsWithFragmentsLinkedAndAThreshold() {
    List<Claim> claims = SampleClaims.seeds();
    ClusterOptions options = ClusterOptions.standard().withFragments(true).withThreshold(0.3);
    assertThat(actual(claims, options, 2)).containsExactlyInAnyOrderElementsOf(expected(claims, options));
  }

  @Test
  void equalsTheLibraryOnTenThousandClaimsWhateverThePartitions() {
    List<Claim> claims = SampleClaims.synthetic(10_000, 13);
    List<String> expected = expected(claims, ClusterOptions.standard());
    assertThat(expected.stream().map(r -> r.split(" ")[1]).distinct().count())
        .as("clusters").isBetween(1000L, 9000L);
    assertThat(Claims.cluster(claims).get(0).size()).as("largest cluster, beyond the linkage's samples").isGreaterThan(64);
    assertThat(actual(claims, ClusterOptions.standard(), 2)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(actual(claims, ClusterOptions.standard(), 7)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void rejectsDuplicateIds() {
    List<Claim> claims = List.of(Claims.claim("a", "one text"), Claims.claim("a", "another text"));
    assertThatThrownBy(() -> SparkClusterer.cluster(dataset(claims, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate claim id: a");
  }

  @Test
  void rejectsInputWithoutText() {
    Dataset<Row> ids = dataset(List.of(Claims.claim("a", "one text")), 1).select("id");
    assertThatThrownBy(() -> SparkClusterer.cluster(ids))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("claims need columns id and text, not [id]");
  }

  @Test
  void clustersNothing() {
    assertThat(SparkClusterer.cluster(dataset(List.of(), 1)).count()).isZero();
  }

}
