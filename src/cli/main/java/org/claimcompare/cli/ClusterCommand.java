package org.claimcompare.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.ClaimKind;
import org.claimcompare.Claims;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.cluster.ClusterState;
import org.claimcompare.cluster.ProgressListener;
import org.claimcompare.eval.JsonForms;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cluster}: claims in, one cluster per line out. The input is read line by line and the
 * output written cluster by cluster (on standard output, each line flushed as it is written), so
 * neither is ever held whole as text; progress and a closing summary go to standard error.
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Group claims into claim clusters.",
      "In: one claim per line, {\"id\": string, \"text\": string, \"source\": string?, \"speaker\": string?,"
          + " \"kind\": \"quote\"|\"reported\"|\"fragment\"?} (extract's output is valid input; other fields are ignored).",
      "Out: one cluster per line, {\"cluster\": int, \"size\": int, \"representative\": id,"
          + " \"members\": [{\"id\": string, \"score\": number}]}, largest first; every input id exactly once.",
      "Fragments (kind \"fragment\": scare quotes too short to be claims) are clusters of their own unless"
          + " --fragments is given.",
      "Standard error: progress, then one summary line (claims, clusters, time, CPU time, peak heap);"
          + " with --state, first a line of what the run changed (new clusters, changed, merges, claims moved)."
          + " Ctrl-C stops the run: exit status 130, an output file left as it was."
    })
final class ClusterCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Mixin IoOptions io;

  @Option(names = "--threshold", paramLabel = "T",
      description = "Score threshold in [0, 1] (default: " + ClusterOptions.DEFAULT_THRESHOLD
          + ", or the semantic scorer's with --semantic).")
  @Nullable Double threshold;

  @Mixin SemanticOptions semantic;

  @Option(names = "--fragments",
      description = "Cluster fragments (claims of kind \"fragment\") with the other claims; by default each is a cluster of its own.")
  boolean fragments;

  @Option(names = "--min-words", paramLabel = "N",
      description = "Claims of fewer words (runs of letters and digits) are clusters of their own, whatever their kind (default: 1).")
  int minimumWords = 1;

  @Option(names = "--progress", paramLabel = "MODE",
      description = "Progress on standard error: auto (the default: bar when standard error is a terminal,"
          + " lines otherwise), bar (one line per phase redrawn in place: percent, done/total, rate, time left),"
          + " lines (a line every 5 seconds and at the end of each phase), or none (no progress and no summary).")
  String progress = "auto";

  @Option(names = "--state", paramLabel = "FILE",
      description = "Cluster incrementally with stable ids: read the cluster state FILE if it exists, add the input"
          + " claims to it, write every live cluster, then replace FILE (atomically) with the new state."
          + " Each line then carries its stable id as \"cluster\" (clusters in id order), \"change\":"
          + " \"new\"|\"changed\"|\"unchanged\", \"absorbed\": the ids merged into it by this run, and"
          + " \"moved_in\": the claims a consolidation (when the claims have doubled) moved into it."
          + " The threshold, --fragments and --min-words must be those the state was made with.")
  @Nullable Path state;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    semantic.check(main);
    ClusterOptions chosen = semantic.clusterOptions(threshold).withFragments(fragments)
        .withMinimumWords(MinimumWords.checked(minimumWords));
    Optional<ProgressDisplay> display = display();
    // The scorer's resources (WordNet above all) load on the other core while the input is read.
    Thread warmUp = new Thread(() -> {
      try {
        Claims.similarity("Kiev's gang", "Kyiv's bunch");
      } catch (RuntimeException e) {
        // Clustering loads the same resources and reports the failure itself.
      }
    }, "claimcompare-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    List<Claim> claims = new ArrayList<>();
    main.readRecords("cluster", io, SCHEMA, false, line -> claims.add(toClaim(line.json())),
        (done, total) -> display.ifPresent(d -> d.reading(done, total)));
    Interruption.check();
    if (state != null) {
      return callWithState(state, claims, chosen, display, start);
    }
    List<ClaimCluster> clusters;
    AtomicLong candidatePairs = new AtomicLong();
    try {
      ClusterOptions options = chosen.withProgress(listener(display, candidatePairs));
      clusters = Claims.cluster(claims, options);
    } finally {
      display.ifPresent(ProgressDisplay::finish);
    }
    main.writeLines(io.out, out -> {
      // A few thousand clusters at a time are written as JSON on all cores, then in order.
      for (int from = 0; from < clusters.size(); from += OUTPUT_WINDOW) {
        Interruption.check();
        List<byte[]> lines = clusters.subList(from, Math.min(clusters.size(), from + OUTPUT_WINDOW))
            .parallelStream()
            .map(c -> JsonLines.line(JsonForms.cluster(c)))
            .toList();
        for (byte[] line : lines) {
          out.write(line);
        }
      }
    });
    if (display.isPresent()) {
      main.err().println(summary(claims.size(), clusters.size(), candidatePairs.get(),
          ResourceUse.since(start, System.nanoTime())));
    }
    return 0;
  }

  /**
   * {@code --state}: adds the claims to the state read from {@code file} (or to an empty one),
   * writes every live cluster with its change, then the new state. The state file is replaced only
   * once the clusters are written, so a failed run leaves it as it was.
   */
  private int callWithState(Path file, List<Claim> claims, ClusterOptions chosen,
      Optional<ProgressDisplay> display, long start) {
    ClusterState before = readState(file);
    ClusterState.Addition addition;
    AtomicLong candidatePairs = new AtomicLong();
    try {
      addition = before.add(claims, chosen.withProgress(listener(display, candidatePairs)));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("cannot add the claims to " + file + ": " + e.getMessage());
    } finally {
      display.ifPresent(ProgressDisplay::finish);
    }
    ClusterState after = addition.state();
    Map<Integer, String> change = new HashMap<>();
    addition.created().forEach(c -> change.put(c.number(), "new"));
    addition.changed().forEach(c -> change.put(c.number(), "changed"));
    Map<Integer, List<Integer>> absorbed = new HashMap<>();
    addition.merged().forEach(m -> absorbed.computeIfAbsent(m.into(), k -> new ArrayList<>()).add(m.absorbed()));
    Map<Integer, List<ClusterState.Move>> movedIn = new HashMap<>();
    addition.moved().forEach(m -> movedIn.computeIfAbsent(m.into(), k -> new ArrayList<>()).add(m));
    List<ClaimCluster> clusters = after.clusters();
    main.writeLines(io.out, out -> {
      for (int from = 0; from < clusters.size(); from += OUTPUT_WINDOW) {
        Interruption.check();
        List<byte[]> lines = clusters.subList(from, Math.min(clusters.size(), from + OUTPUT_WINDOW))
            .parallelStream()
            .map(c -> {
              ObjectNode json = JsonForms.cluster(c);
              json.put("change", change.getOrDefault(c.number(), "unchanged"));
              List<Integer> took = absorbed.getOrDefault(c.number(), List.of());
              if (!took.isEmpty()) {
                took.forEach(json.putArray("absorbed")::add);
              }
              List<ClusterState.Move> came = movedIn.getOrDefault(c.number(), List.of());
              if (!came.isEmpty()) {
                ArrayNode array = json.putArray("moved_in");
                came.forEach(m -> array.addObject().put("id", m.claim()).put("from", m.from()));
              }
              return JsonLines.line(json);
            })
            .toList();
        for (byte[] line : lines) {
          out.write(line);
        }
      }
    });
    AtomicFile.write(file, after::writeTo);
    if (display.isPresent()) {
      main.err().println(stateSummary(addition, claims.size(), file));
      main.err().println(summary(after.claims().size(), clusters.size(), candidatePairs.get(),
          ResourceUse.since(start, System.nanoTime())));
    }
    return 0;
  }

  /** The state in {@code file}, or the empty state if there is no such file. */
  private static ClusterState readState(Path file) {
    if (!Files.exists(file)) {
      return ClusterState.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException("cannot read the state " + file + ": " + Main.reason(e));
    }
    try {
      return ClusterState.fromBytes(bytes);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("cannot read the state " + file + ": " + e.getMessage()
          + "; the file was left as it was");
    }
  }

  /**
   * {@code state s.ccs: added 3 claims: 1 new cluster, 2 changed, 1 merge (#5→#2), 0 claims moved; 9 claims
   * in all}.
   */
  static String stateSummary(ClusterState.Addition addition, int added, Path file) {
    int all = addition.state().claims().size();
    int created = addition.created().size();
    int merges = addition.merged().size();
    String merged = addition.merged().stream().map(ClusterState.Merge::toString)
        .collect(Collectors.joining(", ", " (", ")"));
    return String.format(Locale.ROOT, "state %s: added %,d %s: %,d new %s, %,d changed, %,d %s%s, %,d %s; %,d claims in all",
        file, added, added == 1 ? "claim" : "claims", created, created == 1 ? "cluster" : "clusters",
        addition.changed().size(), merges, merges == 1 ? "merge" : "merges", merges == 0 ? "" : merged,
        addition.moved().size(), addition.moved().size() == 1 ? "claim moved" : "claims moved", all);
  }

  /** Clusters turned into JSON at once before they are written. */
  private static final int OUTPUT_WINDOW = 4096;

  /**
   * The closing line: {@code clustered 824,259 claims into 80,123 clusters, 17,782,120 candidate
   * pairs scored, in 41.2 s (CPU 1 min 15 s), peak heap 1,234 MiB}.
   */
  static String summary(long claims, long clusters, long pairs, ResourceUse use) {
    return String.format(Locale.ROOT, "clustered %,d %s into %,d %s, %,d candidate %s scored, %s",
        claims, claims == 1 ? "claim" : "claims", clusters, clusters == 1 ? "cluster" : "clusters",
        pairs, pairs == 1 ? "pair" : "pairs", use);
  }

  /** The display that {@code --progress} asks for, if any. */
  private Optional<ProgressDisplay> display() {
    Optional<ProgressDisplay.Style> style = switch (progress) {
      case "auto" -> switch (main.errorStream()) {
        case TERMINAL -> Optional.of(ProgressDisplay.Style.BAR);
        case FILE_OR_PIPE -> Optional.of(ProgressDisplay.Style.LINES);
        case CAPTURED -> Optional.empty();
      };
      case "bar" -> Optional.of(ProgressDisplay.Style.BAR);
      case "lines" -> Optional.of(ProgressDisplay.Style.LINES);
      case "none" -> Optional.empty();
      default -> throw new BadInputException(
          "unknown --progress \"" + progress + "\": expected auto, bar, lines or none");
    };
    return style.map(s -> new ProgressDisplay(main.err(), s, System::nanoTime));
  }

  /**
   * What hears the engine: the display, if any, and in any case a check for interruption of the
   * command's thread (reports may come on the engine's worker threads), so that Ctrl-C stops the
   * run at its next report even where the engine does not check by itself.
   */
  private static ProgressListener listener(Optional<ProgressDisplay> display, AtomicLong candidatePairs) {
    Thread command = Thread.currentThread();
    return (phase, done, total) -> {
      if (phase == ProgressListener.Phase.SCORING) {
        candidatePairs.set(total);
      }
      Interruption.check(command);
      display.ifPresent(d -> d.progress(phase, done, total));
    };
  }

  private static final JsonLines.Schema SCHEMA =
      new JsonLines.Schema(List.of("id", "text"), List.of("source", "speaker", "kind"));

  private static Claim toClaim(ObjectNode json) {
    Claim c = Claim.of(json.get("id").asText(), json.get("text").asText());
    Optional<String> source = JsonLines.optionalText(json, "source");
    Optional<String> speaker = JsonLines.optionalText(json, "speaker");
    c = source.isPresent() ? c.withSource(source.get()) : c;
    c = JsonLines.optionalText(json, "kind").flatMap(ClusterCommand::kind).map(c::withKind).orElse(c);
    return speaker.isPresent() ? c.withSpeaker(speaker.get()) : c;
  }

  /** The kind named by its label; another label is kept as no kind (a claim all the same). */
  private static Optional<ClaimKind> kind(String label) {
    return Arrays.stream(ClaimKind.values()).filter(k -> k.label().equals(label)).findFirst();
  }
}
