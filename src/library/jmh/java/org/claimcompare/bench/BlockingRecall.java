package org.claimcompare.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.Claims;
import org.claimcompare.cluster.CandidateGenerator;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.score.PreparedTexts;

/**
 * Measures what blocking loses against all pairs, and how long clustering a large file takes, on
 * a file of sentences in groups of renderings of one source sentence ({@code group_id<TAB>sentence}
 * per line, groups on consecutive lines, such as WMT reference and system translations). Not a JMH
 * benchmark and not a test: a program that reads data the repository does not contain, run as
 * {@code docs/benchmarks.md} shows.
 *
 * <p>A generator is named {@code standard} ({@code ClusterOptions.standard()}), {@code all} (all
 * pairs), {@code blocking} ({@code CandidateGenerator.sharedRareWords()}) or {@code K:CAP}
 * ({@code CandidateGenerator.sharedRareWords(K, CAP)}), each adapted to the standard threshold
 * ({@code CandidateGenerator.atThreshold}) as the clusterer adapts it. Three measurements:
 *
 * <ul>
 *   <li>{@code recall FILE GROUPS [GENERATOR ...]}: on the first GROUPS groups, scores every pair;
 *       for each generator (default {@code blocking}), the share of the pairs at or above the
 *       threshold (the edges of all-pairs clustering) that it proposes, the claims it clusters
 *       differently from all pairs, and the B-cubed F1 of its clusters against the groups.
 *   <li>{@code groups FILE [GENERATOR ...]}: on the whole file, the share of the edges within
 *       groups (pairs of renderings of one sentence scoring at or above the threshold) that each
 *       generator proposes; cheap, since only pairs within groups are scored.
 *   <li>{@code time FILE [GENERATOR]}: clusters the whole file with the standard options and the
 *       generator (default {@code blocking}); prints the pairs proposed, the time, the peak heap
 *       (the sum of each heap pool's peak, an upper bound) and the B-cubed F1 against the groups.
 * </ul>
 */
public final class BlockingRecall {
  private static final int MISSED_SHOWN = Integer.getInteger("missed", 5);

  private BlockingRecall() {}

  /**
   * Runs one measurement.
   *
   * @param args {@code recall FILE GROUPS [GENERATOR ...]}, {@code groups FILE [GENERATOR ...]} or
   *     {@code time FILE [GENERATOR]}
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("recall")) {
      Data data = Data.read(Path.of(args[1]), Integer.parseInt(args[2]));
      recall(data, args.length > 3 ? List.of(args).subList(3, args.length) : List.of("blocking"));
    } else if (args.length >= 2 && args[0].equals("groups")) {
      Data data = Data.read(Path.of(args[1]), Integer.MAX_VALUE);
      groupRecall(data, args.length > 2 ? List.of(args).subList(2, args.length) : List.of("blocking"));
    } else if (args.length >= 3 && args[0].equals("sample")) {
      Data data = Data.sample(Path.of(args[1]), Path.of(args[2]));
      groupRecall(data, args.length > 3 ? List.of(args).subList(3, args.length) : List.of("blocking"));
      int subset = Integer.getInteger("exhaustive", 0);
      if (subset > 0) {
        exhaustiveRecall(data, subset, args.length > 3 ? args[3] : "blocking");
      }
    } else if (args.length >= 2 && args[0].equals("time")) {
      Data data = Data.read(Path.of(args[1]), Integer.MAX_VALUE);
      time(data, args.length > 2 ? args[2] : "blocking");
    } else {
      System.err.println("usage: BlockingRecall recall FILE GROUPS [GENERATOR ...]"
          + " | groups FILE [GENERATOR ...] | sample DATA.tsv.gz GOLD [GENERATOR ...] | time FILE [GENERATOR]");
      System.exit(2);
    }
  }

  /** Sentences in file order with their group, as claims whose id order is the file order. */
  private record Data(List<Claim> claims, List<String> groups, int groupCount) {
    /**
     * A sample of the scale corpus as {@code scale.sh} writes it: the claims of a gold file ({@code
     * w<line number><TAB>group}) with their texts from the gzip-compressed corpus, each distinct
     * text once (the clusterer scores a text once), ordered by group so that groups are consecutive.
     */
    static Data sample(Path corpus, Path gold) throws IOException {
      Map<Integer, String> groupOfLine = new java.util.HashMap<>();
      for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        groupOfLine.put(Integer.parseInt(line.substring(1, tab)), line.substring(tab + 1));
      }
      java.util.TreeMap<String, List<String>> byGroup = new java.util.TreeMap<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
          new java.util.zip.GZIPInputStream(Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine(), number++) {
          String group = groupOfLine.get(number);
          String text = line.substring(line.indexOf('\t') + 1);
          if (group != null && seen.add(text)) {
            byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(text);
          }
        }
      }
      List<Claim> claims = new ArrayList<>();
      List<String> groups = new ArrayList<>();
      byGroup.forEach((group, texts) -> texts.forEach(text -> {
        claims.add(Claims.claim(String.format(Locale.ROOT, "s%07d", claims.size()), text));
        groups.add(group);
      }));
      return new Data(claims, groups, byGroup.size());
    }

    static Data read(Path file, int maxGroups) throws IOException {
      List<Claim> claims = new ArrayList<>();
      List<String> groups = new ArrayList<>();
      Map<String, Boolean> seen = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        String group = line.substring(0, tab);
        if (!seen.containsKey(group) && seen.size() == maxGroups) {
          break;
        }
        seen.put(group, true);
        claims.add(Claims.claim(String.format(Locale.ROOT, "s%06d", claims.size()), line.substring(tab + 1)));
        groups.add(group);
      }
      return new Data(claims, groups, seen.size());
    }
  }

  /** The generator named, adapted to the standard threshold as the clusterer adapts it. */
  private static CandidateGenerator generator(String spec) {
    return named(spec).atThreshold(ClusterOptions.DEFAULT_THRESHOLD);
  }

  private static CandidateGenerator named(String spec) {
    return switch (spec) {
      case "standard" -> ClusterOptions.standard().candidates();
      case "all" -> CandidateGenerator.allPairs();
      case "blocking" -> CandidateGenerator.sharedRareWords();
      default -> {
        String[] kc = spec.split(":");
        yield CandidateGenerator.sharedRareWords(Integer.parseInt(kc[0]), Integer.parseInt(kc[1]));
      }
    };
  }

  private static void recall(Data data, List<String> specs) {
    List<Claim> claims = data.claims();
    int n = claims.size();
    ClusterOptions standard = ClusterOptions.standard();
    PreparedTexts texts = prepared(standard, claims);
    long start = System.nanoTime();
    long[] edges = IntStream.range(0, n).parallel()
        .mapToObj(i -> IntStream.range(i + 1, n)
            .filter(j -> texts.score(i, j) >= standard.threshold())
            .mapToLong(j -> (long) i * n + j))
        .flatMapToLong(s -> s).sorted().toArray();
    System.out.printf(Locale.ROOT, "%d groups, %d claims, %d pairs, %d edges (all pairs scored in %.1f s)%n",
        data.groupCount(), n, (long) n * (n - 1) / 2, edges.length, (System.nanoTime() - start) / 1e9);

    List<ClaimCluster> exact = Claims.cluster(claims, standard.withCandidates(CandidateGenerator.allPairs()));
    System.out.printf(Locale.ROOT, "all pairs: %d clusters, B3 F1 %.4f%n", exact.size(), b3(exact, data));

    List<List<String>> words = IntStream.range(0, n).mapToObj(texts::terms).toList();
    for (String spec : specs) {
      CandidateGenerator generator = generator(spec);
      Recall r = Recall.of(generator, words, edges, n);
      List<ClaimCluster> blocked = Claims.cluster(claims, standard.withCandidates(generator));
      System.out.printf(Locale.ROOT,
          "%s: %s, %d clusters, %d claims clustered differently, B3 F1 %.4f%n",
          generator, r.summary(n), blocked.size(), differentlyClustered(exact, blocked, n), b3(blocked, data));
      r.printMissed(texts, claims, n);
    }
  }

  /**
   * Recall on the whole file of the edges within groups: the pairs of renderings of one sentence
   * that score at or above the threshold (cheap to find, since groups are small).
   */
  private static void groupRecall(Data data, List<String> specs) {
    List<Claim> claims = data.claims();
    int n = claims.size();
    ClusterOptions standard = ClusterOptions.standard();
    PreparedTexts texts = prepared(standard, claims);
    List<String> groups = data.groups();
    long[] edges = IntStream.range(0, n).parallel()
        .mapToObj(i -> IntStream.range(i + 1, n)
            .takeWhile(j -> groups.get(j).equals(groups.get(i)))
            .filter(j -> texts.score(i, j) >= standard.threshold())
            .mapToLong(j -> (long) i * n + j))
        .flatMapToLong(s -> s).sorted().toArray();
    System.out.printf(Locale.ROOT, "%d groups, %d claims, %d edges within groups%n",
        data.groupCount(), n, edges.length);
    // WMT group ids end in n (a news test set line) or t (a test suite line) and a number.
    long[] suiteEdges = Arrays.stream(edges).filter(e -> testSuite(groups.get((int) (e / n)))).toArray();
    List<List<String>> words = IntStream.range(0, n).mapToObj(texts::terms).toList();
    for (String spec : specs) {
      CandidateGenerator generator = generator(spec);
      long start = System.nanoTime();
      Recall r = Recall.of(generator, words, edges, n);
      System.out.printf(Locale.ROOT, "%s: %s, proposed in %.1f s%n",
          generator, r.summary(n), (System.nanoTime() - start) / 1e9);
      long suiteHits = IntStream.range(0, edges.length)
          .filter(k -> r.found()[k] && testSuite(groups.get((int) (edges[k] / n)))).count();
      long hits = IntStream.range(0, edges.length).filter(k -> r.found()[k]).count();
      if (suiteEdges.length > 0 && suiteEdges.length < edges.length) {
        System.out.printf(Locale.ROOT, "  news groups %.3f%% of %d, test-suite groups %.3f%% of %d%n",
            100.0 * (hits - suiteHits) / (edges.length - suiteEdges.length), edges.length - suiteEdges.length,
            100.0 * suiteHits / suiteEdges.length, suiteEdges.length);
      }
      r.printMissed(texts, claims, n);
    }
  }

  private static boolean testSuite(String group) {
    int dash = group.lastIndexOf('-');
    return dash >= 0 && group.startsWith("t", dash + 1);
  }

  /**
   * Recall against exhaustive scoring on {@code size} claims drawn at random (seed 7): of all the
   * pairs among them at or above the threshold, the share the generator, run on all the claims,
   * proposes.
   */
  private static void exhaustiveRecall(Data data, int size, String spec) {
    List<Claim> claims = data.claims();
    int n = claims.size();
    ClusterOptions standard = ClusterOptions.standard();
    PreparedTexts texts = prepared(standard, claims);
    long[] proposed = IntStream.range(0, 1).mapToObj(x -> {
      java.util.stream.LongStream.Builder b = java.util.stream.LongStream.builder();
      generator(spec).propose(IntStream.range(0, n).mapToObj(texts::terms).toList(),
          (i, j) -> b.add((long) Math.min(i, j) * n + Math.max(i, j)));
      return b.build().sorted().distinct().toArray();
    }).findFirst().orElseThrow();
    int[] subset = new java.util.Random(7).ints(0, n).distinct().limit(Math.min(size, n)).sorted().toArray();
    long[] counts = IntStream.range(0, subset.length).parallel().mapToObj(x -> {
      long above = 0;
      long found = 0;
      for (int y = x + 1; y < subset.length; y++) {
        if (texts.score(subset[x], subset[y]) >= standard.threshold()) {
          above++;
          found += Arrays.binarySearch(proposed, (long) subset[x] * n + subset[y]) >= 0 ? 1 : 0;
        }
      }
      return new long[] {above, found};
    }).reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    System.out.printf(Locale.ROOT, "exhaustive on %d of %d claims: %d pairs at the threshold, %.3f%% proposed%n",
        subset.length, n, counts[0], 100.0 * counts[1] / counts[0]);
  }

  /** How many pairs a generator proposes and which of the given edges are among them. */
  private record Recall(long proposed, long[] edges, boolean[] found) {
    static Recall of(CandidateGenerator generator, List<List<String>> words, long[] edges, int n) {
      long[] count = {0};
      boolean[] found = new boolean[edges.length];
      generator.propose(words, (i, j) -> {
        count[0]++;
        int k = Arrays.binarySearch(edges, (long) Math.min(i, j) * n + Math.max(i, j));
        if (k >= 0) {
          found[k] = true;
        }
      });
      return new Recall(count[0], edges, found);
    }

    String summary(int n) {
      long hits = IntStream.range(0, found.length).filter(k -> found[k]).count();
      return String.format(Locale.ROOT, "%d proposed (%.2f%% of pairs), edge recall %d/%d = %.3f%%",
          proposed, 100.0 * proposed / ((double) n * (n - 1) / 2), hits, edges.length, 100.0 * hits / edges.length);
    }

    void printMissed(PreparedTexts texts, List<Claim> claims, int n) {
      IntStream.range(0, edges.length).filter(k -> !found[k]).limit(MISSED_SHOWN).forEach(k -> {
        int i = (int) (edges[k] / n);
        int j = (int) (edges[k] % n);
        System.out.printf(Locale.ROOT, "  missed %.3f: \"%s\" ~ \"%s\"%n",
            texts.score(i, j), claims.get(i).text(), claims.get(j).text());
      });
    }
  }

  private static void time(Data data, String spec) {
    ClusterOptions options = ClusterOptions.standard().withCandidates(generator(spec));
    List<Claim> claims = data.claims();
    int n = claims.size();
    long proposed = proposals(options, claims);
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    List<ClaimCluster> clusters = Claims.cluster(claims, options);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(Locale.ROOT,
        "%d groups, %d claims, %s: %d pairs proposed (%.2f%% of all), %.1f s, peak heap %d MB,"
            + " %d clusters (%d of 2 or more), B3 F1 %.4f%n",
        data.groupCount(), n, options.candidates(), proposed, 100.0 * proposed / ((double) n * (n - 1) / 2),
        seconds, peak >> 20, clusters.size(), clusters.stream().filter(c -> c.size() > 1).count(), b3(clusters, data));
  }

  /** The number of pairs the options' generator proposes for the claims. */
  private static long proposals(ClusterOptions options, List<Claim> claims) {
    PreparedTexts texts = prepared(options, claims);
    long[] count = {0};
    options.candidates().propose(
        IntStream.range(0, claims.size()).mapToObj(texts::terms).toList(), (i, j) -> count[0]++);
    return count[0];
  }

  /** The texts as the clusterer prepares them: with the scorer adapted to the claims. */
  private static PreparedTexts prepared(ClusterOptions options, List<Claim> claims) {
    List<String> corpus = claims.stream().map(Claim::text).toList();
    return options.scorer().adaptedTo(corpus).prepare(corpus);
  }

  /** Claims whose cluster (as a set of claims) is not a cluster of the other partition. */
  private static int differentlyClustered(List<ClaimCluster> a, List<ClaimCluster> b, int n) {
    Map<List<String>, Integer> inB = new HashMap<>();
    b.forEach(c -> inB.put(ids(c), c.size()));
    return n - a.stream().filter(c -> inB.containsKey(ids(c))).mapToInt(ClaimCluster::size).sum();
  }

  private static List<String> ids(ClaimCluster c) {
    return c.claims().stream().map(Claim::id).sorted().toList();
  }

  /**
   * B-cubed F1 (Bagga and Baldwin 1998): per claim, precision is the share of its cluster in its
   * group and recall the share of its group in its cluster; both are averaged over claims.
   */
  private static double b3(List<ClaimCluster> clusters, Data data) {
    Map<String, Integer> groupSize = new HashMap<>();
    data.groups().forEach(g -> groupSize.merge(g, 1, Integer::sum));
    double precision = 0;
    double recall = 0;
    for (ClaimCluster c : clusters) {
      Map<String, Integer> inGroup = new HashMap<>();
      c.claims().forEach(x -> inGroup.merge(group(x, data), 1, Integer::sum));
      for (Claim x : c.claims()) {
        String g = group(x, data);
        precision += (double) inGroup.get(g) / c.size();
        recall += (double) inGroup.get(g) / groupSize.get(g);
      }
    }
    int n = data.claims().size();
    precision /= n;
    recall /= n;
    return 2 * precision * recall / (precision + recall);
  }

  private static String group(Claim claim, Data data) {
    return data.groups().get(Integer.parseInt(claim.id().substring(1)));
  }
}
