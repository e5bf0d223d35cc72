package org.claimcompare.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
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
import org.claimcompare.cluster.CandidateIndex;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.cluster.ClusterSteps;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.PreparedTexts;
import scala.Tuple2;

/**
 * The library's clustering on Apache Spark: a {@link Dataset} of claims in, a {@code Dataset} of
 * cluster assignments out, equal to {@link org.claimcompare.cluster.Clusterer#cluster} on the same
 * claims whatever the number of partitions.
 *
 * <pre>{@code
 * Dataset<Row> claims = spark.read().json("claims.jsonl");          // id, text, source?, speaker?, kind?
 * Dataset<Row> assigned = SparkClusterer.cluster(claims);           // id, cluster, representative, score
 * }</pre>
 *
 * <p>Algorithm: the steps of {@link ClusterSteps}, distributed. The distinct texts are compiled on
 * the executors for their words and terms; the stems' document frequencies are counted there and
 * broadcast, so every executor scores with the scorer adapted to the whole corpus. Texts with the
 * same words are one node; nodes are numbered by their first claim in id order (a sort and an
 * index, on the executors). The nodes' terms are gathered on the driver, which builds the
 * candidate generator's index once ({@link ClusterSteps#candidates}: for the standard generator,
 * the blocking index of shared rare words) and broadcasts it; each executor then finds the
 * candidate partners of its share of the nodes, where the generator spends its time. The pairs
 * are joined with their two texts and scored on the executors, by partition, each partition
 * compiling the texts it holds. The connected components of the edges (the pairs at or above the
 * threshold) are found on the driver by union-find over the edges' node numbers (8 bytes an edge),
 * and each component's claims and edges are brought to one executor, which links it with the
 * library's own linkage ({@link ClusterSteps#link}); components are independent, so they run in
 * any order on any executor. The clusters are numbered by a global sort (larger first, then by
 * smallest id). What crosses the network per claim is measured in {@code docs/benchmarks.md}.
 *
 * <p>Only the standard scorer ({@link AlignmentScorer}, as in {@link ClusterOptions#standard()})
 * is supported, and candidate generators that are not the library's own run whole on the driver.
 * Progress listeners are not called.
 *
 * <p>Stateless and thread-safe; Spark jobs run on the session's context.
 */
public final class SparkClusterer {
  private SparkClusterer() {}

  /** The schema of the result: one row per claim. */
  public static final StructType ASSIGNMENTS = new StructType(new StructField[] {
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("cluster", DataTypes.IntegerType, false),
      DataTypes.createStructField("representative", DataTypes.StringType, false),
      DataTypes.createStructField("score", DataTypes.DoubleType, false)});

  /**
   * Clusters claims with the standard options ({@link ClusterOptions#standard()}).
   *
   * @param claims the claims: string columns {@code id} and {@code text}, and optionally {@code
   *     kind} (a {@link ClaimKind} label); other columns ({@code source}, {@code speaker}) are ignored
   * @return one row per claim: its id, its cluster's number (from 1, largest first, then by
   *     smallest id), the cluster's representative's id and the claim's score against it
   * @throws IllegalArgumentException if a column is missing, an id or text is null or two claims
   *     share an id
   */
  public static Dataset<Row> cluster(Dataset<Row> claims) {
    return cluster(claims, ClusterOptions.standard());
  }

  /**
   * Clusters claims as {@link org.claimcompare.cluster.Clusterer#cluster} does with {@code
   * options}; see {@link #cluster(Dataset)}.
   *
   * @param claims the claims
   * @param options the threshold, fragments and minimum words; the scorer must be an {@link
   *     AlignmentScorer}
   * @return one row per claim
   * @throws IllegalArgumentException if the input is invalid or the scorer is not supported
   */
  public static Dataset<Row> cluster(Dataset<Row> claims, ClusterOptions options) {
    checkNotNull(claims, "claims");
    checkNotNull(options, "options");
    ScorerSettings.of(options.scorer());
    SparkSession spark = claims.sparkSession();
    JavaRDD<Row> rows = new Job(JavaSparkContext.fromSparkContext(spark.sparkContext()),
        claims, options).assignments();
    return spark.createDataFrame(rows, ASSIGNMENTS);
  }

  /** A claim as the job carries it: its id, text and kind label (or null). */
  record Input(String id, String text, String kind) implements Serializable {
    Claim claim() {
      Claim c = Claim.of(id, text);
      Optional<ClaimKind> k = Arrays.stream(ClaimKind.values()).filter(x -> x.label().equals(kind)).findFirst();
      return k.isPresent() ? c.withKind(k.get()) : c;
    }
  }

  /** A linked claim with its index in id order and its node's number. */
  record Numbered(long number, String id, String text, int node) implements Serializable {}

  /** A distinct text: its first claim's index, words and terms. */
  record Text(String text, long first, List<String> words, List<String> terms) implements Serializable {}

  /** A node before numbering: its first claim's index, text and terms. */
  record Node(long first, String text, List<String> terms) implements Serializable {}

  /** A cluster's claims as the output needs them, with the keys it is numbered by. */
  record Found(int size, String smallestId, String representative, List<String> ids, double[] scores)
      implements Serializable {}

  /** The order of clusters: larger first, then by smallest id ({@link String#compareTo}). */
  record Rank(int size, String smallestId) implements Comparable<Rank>, Serializable {
    @Override
    public int compareTo(Rank o) {
      return size != o.size ? Integer.compare(o.size, size) : smallestId.compareTo(o.smallestId);
    }
  }

  /** One run: the steps of {@link ClusterSteps} as Spark jobs. */
  private static final class Job {
    private final JavaSparkContext sc;
    private final Dataset<Row> input;
    private final ClusterOptions options;
    private final double threshold;
    private final int partitions;

    Job(JavaSparkContext sc, Dataset<Row> input, ClusterOptions options) {
      this.sc = sc;
      this.input = input;
      this.options = options;
      this.threshold = options.threshold();
      this.partitions = Math.max(1, input.rdd().getNumPartitions());
    }

    JavaRDD<Row> assignments() {
      List<String> columns = Arrays.asList(input.columns());
      checkArgument(columns.contains("id") && columns.contains("text"),
          "claims need columns id and text, not %s", columns);
      boolean hasKind = columns.contains("kind");
      JavaRDD<Input> claims = input.toJavaRDD().map(r -> {
        Object id = r.getAs("id");
        Object text = r.getAs("text");
        checkArgument(id instanceof String, "claim without a string id: %s", r);
        checkArgument(text instanceof String, "claim %s without a string text", id);
        Object kind = hasKind ? r.getAs("kind") : null;
        return new Input((String) id, (String) text, kind instanceof String s ? s : null);
      });
      checkUniqueIds(claims);
      // The options' two settings that keep claims apart, rebuilt on the executors.
      boolean fragments = options.linksFragments();
      int minimumWords = options.minimumWords();
      JavaRDD<Input> apart = claims.filter(c -> keptApart(c, fragments, minimumWords));
      JavaRDD<Input> linked = claims.filter(c -> !keptApart(c, fragments, minimumWords));
      JavaRDD<Found> clusters = linkedClusters(linked).union(apart.map(
          c -> new Found(1, c.id(), c.id(), List.of(c.id()), new double[] {1.0})));
      return numbered(clusters);
    }

    private void checkUniqueIds(JavaRDD<Input> claims) {
      List<Tuple2<String, Integer>> twice = claims.mapToPair(c -> new Tuple2<>(c.id(), 1))
          .reduceByKey(Integer::sum).filter(t -> t._2() > 1).take(1);
      checkArgument(twice.isEmpty(), "duplicate claim id: %s", twice.isEmpty() ? "" : twice.get(0)._1());
    }

    /** The clusters of the linked claims (steps 2 to 5 of {@link ClusterSteps}). */
    private JavaRDD<Found> linkedClusters(JavaRDD<Input> linked) {
      // Claims in id order, numbered.
      JavaPairRDD<Long, Input> byNumber = linked.sortBy(Input::id, true, partitions).zipWithIndex()
          .mapToPair(t -> new Tuple2<>(t._2(), t._1()));
      byNumber.cache();
      // The distinct texts, each with its first claim's number, compiled for words and terms.
      ScorerSettings scorer = ScorerSettings.of(options.scorer());
      JavaRDD<Text> texts = byNumber.mapToPair(t -> new Tuple2<>(t._2().text(), t._1()))
          .reduceByKey(Math::min, partitions)
          .mapPartitions(it -> compiled(scorer, it));
      texts.cache();
      long corpus = texts.count();
      Map<String, Integer> frequencies = new HashMap<>(texts
          .flatMapToPair(t -> t.terms().stream().distinct().map(s -> new Tuple2<>(s, 1)).iterator())
          .reduceByKey(Integer::sum, partitions).collectAsMap());
      Broadcast<AdaptedScorer> rarity =
          sc.broadcast(new AdaptedScorer(scorer, frequencies, Math.toIntExact(corpus)));
      // Nodes: texts with the same words (a text without words is a node alone), numbered by
      // their first claim.
      JavaPairRDD<List<String>, Text> byWords = texts.mapToPair(t -> new Tuple2<>(nodeKey(t), t));
      JavaRDD<Tuple2<List<String>, Node>> nodes = byWords
          .mapValues(t -> new Node(t.first(), t.text(), t.terms()))
          .reduceByKey((a, b) -> a.first() <= b.first() ? a : b, partitions)
          .map(t -> t);
      JavaPairRDD<Long, Tuple2<List<String>, Node>> nodeByNumber = nodes
          .sortBy(t -> t._2().first(), true, partitions).zipWithIndex()
          .mapToPair(t -> new Tuple2<>(t._2(), t._1()));
      nodeByNumber.cache();
      int n = Math.toIntExact(nodeByNumber.count());
      JavaPairRDD<String, Integer> nodeOfText = byWords.mapToPair(t -> new Tuple2<>(t._1(), t._2().text()))
          .join(nodeByNumber.mapToPair(t -> new Tuple2<>(t._2()._1(), Math.toIntExact(t._1()))), partitions)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
      JavaRDD<Numbered> numbered = byNumber.mapToPair(t -> new Tuple2<>(t._2().text(), t))
          .join(nodeOfText, partitions)
          .map(t -> new Numbered(t._2()._1()._1(), t._2()._1()._2().id(), t._1(), t._2()._2()));
      numbered.cache();
      // Candidates: the index on the driver, the partners on the executors.
      List<List<String>> terms = new ArrayList<>(nodeByNumber.sortByKey().values().map(t -> t._2().terms()).collect());
      CandidateIndex index = ClusterSteps.candidates(options, terms);
      Broadcast<CandidateIndex> shared = sc.broadcast(index);
      JavaRDD<Long> pairs = sc.parallelize(IntStream.range(0, index.parts()).boxed().toList(),
              Math.max(1, Math.min(index.parts(), 4 * partitions)))
          .flatMap(part -> {
            List<Long> out = new ArrayList<>();
            shared.value().propose(part, (i, j) -> out.add((long) i << 32 | j));
            return out.iterator();
          })
          .distinct(partitions);
      JavaPairRDD<Integer, String> nodeText = nodeByNumber
          .mapToPair(t -> new Tuple2<>(Math.toIntExact(t._1()), t._2()._2().text()));
      double t = threshold;
      JavaRDD<Edge> edges = scored(pairs, nodeText, rarity).filter(e -> e.score() >= t);
      edges.cache();
      // Components on the driver (union-find over the edges' nodes), then linked apart.
      int[] component = ClusterSteps.components(n, edges.map(Edge::key).collect().stream().mapToLong(Long::longValue).toArray());
      Broadcast<int[]> componentOf = sc.broadcast(component);
      JavaPairRDD<Integer, Numbered> claimsByComponent =
          numbered.mapToPair(c -> new Tuple2<>(componentOf.value()[c.node()], c));
      JavaPairRDD<Integer, Edge> edgesByComponent =
          edges.mapToPair(e -> new Tuple2<>(componentOf.value()[e.i()], e));
      return claimsByComponent.cogroup(edgesByComponent, new HashPartitioner(partitions))
          .mapPartitions(it -> linked(it, rarity.value(), t));
    }

    /** The result's rows: clusters numbered larger first, then by smallest id. */
    private JavaRDD<Row> numbered(JavaRDD<Found> clusters) {
      // Sorting samples its input and then reads it again: link once.
      clusters.cache();
      return clusters.sortBy(f -> new Rank(f.size(), f.smallestId()), true, partitions).zipWithIndex()
          .flatMap(t -> {
            Found f = t._1();
            int number = Math.toIntExact(t._2() + 1);
            List<Row> out = new ArrayList<>(f.ids().size());
            for (int k = 0; k < f.ids().size(); k++) {
              out.add(RowFactory.create(f.ids().get(k), number, f.representative(), f.scores()[k]));
            }
            return out.iterator();
          });
    }
  }

  private static boolean keptApart(Input c, boolean fragments, int minimumWords) {
    return ClusterSteps.keptApart(c.claim(),
        ClusterOptions.standard().withFragments(fragments).withMinimumWords(minimumWords));
  }

  /** The key of a text's node: its words, or for a text without words, the text itself. */
  private static List<String> nodeKey(Text t) {
    return t.words().isEmpty() ? List.of("", t.text()) : t.words();
  }

  /** A partition's distinct texts compiled once, for their words and terms. */
  private static Iterator<Text> compiled(ScorerSettings settings, Iterator<Tuple2<String, Long>> it) {
    List<Tuple2<String, Long>> part = new ArrayList<>();
    it.forEachRemaining(part::add);
    if (part.isEmpty()) {
      return List.<Text>of().iterator();
    }
    PreparedTexts prepared = settings.scorer().prepare(part.stream().map(Tuple2::_1).toList());
    List<Text> out = new ArrayList<>(part.size());
    for (int k = 0; k < part.size(); k++) {
      out.add(new Text(part.get(k)._1(), part.get(k)._2(), List.copyOf(prepared.words(k)),
          List.copyOf(prepared.terms(k))));
    }
    return out.iterator();
  }

  /** A pair of nodes at or above the threshold, {@code i < j}. */
  record Edge(int i, int j, double score) implements Serializable {
    long key() {
      return (long) i << 32 | j;
    }
  }

  /**
   * The pairs scored: each joined with its two nodes' texts, and each partition's texts compiled
   * once by the adapted scorer.
   */
  private static JavaRDD<Edge> scored(JavaRDD<Long> pairs, JavaPairRDD<Integer, String> nodeText,
      Broadcast<AdaptedScorer> rarity) {
    JavaPairRDD<Integer, Tuple2<Integer, String>> withFirst = pairs
        .mapToPair(p -> new Tuple2<>((int) (p >>> 32), (int) (long) p))
        .join(nodeText)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())));
    return withFirst.join(nodeText).mapPartitions(it -> {
      List<Tuple2<Integer, Tuple2<Tuple2<Integer, String>, String>>> part = new ArrayList<>();
      it.forEachRemaining(part::add);
      Map<Integer, Integer> slot = new HashMap<>();
      List<String> texts = new ArrayList<>();
      for (var t : part) {
        slot.computeIfAbsent(t._2()._1()._1(), k -> { texts.add(t._2()._1()._2()); return texts.size() - 1; });
        slot.computeIfAbsent(t._1(), k -> { texts.add(t._2()._2()); return texts.size() - 1; });
      }
      if (part.isEmpty()) {
        return List.<Edge>of().iterator();
      }
      PreparedTexts prepared = rarity.value().scorer().prepare(texts);
      List<Edge> out = new ArrayList<>(part.size());
      for (var t : part) {
        int i = t._2()._1()._1();
        int j = t._1();
        out.add(new Edge(i, j, prepared.score(slot.get(i), slot.get(j))));
      }
      return out.iterator();
    });
  }

  /** The clusters of a partition's components, each linked by the library. */
  private static Iterator<Found> linked(
      Iterator<Tuple2<Integer, Tuple2<Iterable<Numbered>, Iterable<Edge>>>> it, AdaptedScorer rarity, double threshold) {
    List<Found> out = new ArrayList<>();
    while (it.hasNext()) {
      Tuple2<Iterable<Numbered>, Iterable<Edge>> component = it.next()._2();
      List<Numbered> claims = new ArrayList<>();
      component._1().forEach(claims::add);
      List<Edge> edges = new ArrayList<>();
      component._2().forEach(edges::add);
      out.addAll(link(claims, edges, rarity, threshold));
    }
    return out.iterator();
  }

  /** One component's clusters: its claims in id order, its nodes in number order. */
  private static List<Found> link(List<Numbered> claims, List<Edge> edges, AdaptedScorer rarity, double threshold) {
    claims.sort(Comparator.comparingLong(Numbered::number));
    int[] nodeNumbers = claims.stream().mapToInt(Numbered::node).distinct().sorted().toArray();
    String[] nodeTexts = new String[nodeNumbers.length];
    int[] nodeOf = new int[claims.size()];
    int[] claimNumbers = new int[claims.size()];
    List<Claim> asClaims = new ArrayList<>(claims.size());
    for (int k = 0; k < claims.size(); k++) {
      Numbered c = claims.get(k);
      nodeOf[k] = Arrays.binarySearch(nodeNumbers, c.node());
      if (nodeTexts[nodeOf[k]] == null) {
        nodeTexts[nodeOf[k]] = c.text();
      }
      claimNumbers[k] = Math.toIntExact(c.number());
      asClaims.add(Claim.of(c.id(), c.text()));
    }
    long[] keys = new long[edges.size()];
    Map<Long, Double> scoreOf = new HashMap<>();
    for (int k = 0; k < edges.size(); k++) {
      Edge e = edges.get(k);
      long key = (long) Arrays.binarySearch(nodeNumbers, e.i()) << 32 | Arrays.binarySearch(nodeNumbers, e.j());
      keys[k] = key;
      scoreOf.put(key, e.score());
    }
    Arrays.sort(keys);
    double[] scores = Arrays.stream(keys).mapToDouble(scoreOf::get).toArray();
    PreparedTexts texts = new LazyTexts(Arrays.asList(nodeTexts), rarity.scorer());
    List<Found> out = new ArrayList<>();
    for (ClaimCluster c : ClusterSteps.link(asClaims, nodeOf, texts, keys, scores, nodeNumbers,
        claimNumbers, threshold)) {
      List<String> ids = c.members().stream().map(m -> m.claim().id()).toList();
      double[] memberScores = c.members().stream().mapToDouble(ClaimCluster.Member::score).toArray();
      String smallest = ids.stream().min(Comparator.naturalOrder()).orElseThrow();
      out.add(new Found(ids.size(), smallest, c.representative().id(), ids, memberScores));
    }
    return out;
  }

  /**
   * What the executors need of the options' scorer to build it again: the standard scorer's
   * settings (an {@link AlignmentScorer} is not serializable).
   */
  record ScorerSettings(double stopWordWeight, double rarityStrength) implements Serializable {
    /** The settings of {@code scorer}, which must be the standard scorer but for them. */
    static ScorerSettings of(org.claimcompare.score.Scorer scorer) {
      checkArgument(scorer instanceof AlignmentScorer,
          "the Spark job clusters with an AlignmentScorer, not %s", scorer);
      AlignmentScorer s = (AlignmentScorer) scorer;
      ScorerSettings settings = new ScorerSettings(s.stopWordWeight(), s.rarityStrength());
      checkArgument(settings.scorer().toString().equals(s.toString()),
          "the Spark job clusters with the standard normaliser, not %s", s);
      return settings;
    }

    AlignmentScorer scorer() {
      return AlignmentScorer.standard().withStopWordWeight(stopWordWeight).withRarityStrength(rarityStrength);
    }
  }

  /** The scorer adapted to the whole corpus, built once per executor from the counts. */
  static final class AdaptedScorer implements Serializable {
    private static final long serialVersionUID = 1;

    private final ScorerSettings settings;
    private final HashMap<String, Integer> frequencies;
    private final int texts;
    private transient volatile AlignmentScorer adapted;

    AdaptedScorer(ScorerSettings settings, Map<String, Integer> frequencies, int texts) {
      this.settings = settings;
      this.frequencies = new HashMap<>(frequencies);
      this.texts = texts;
    }

    AlignmentScorer scorer() {
      AlignmentScorer s = adapted;
      if (s == null) {
        synchronized (this) {
          if (adapted == null) {
            adapted = settings.scorer().adaptedTo(frequencies, texts);
          }
          s = adapted;
        }
      }
      return s;
    }
  }
}
