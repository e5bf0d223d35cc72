package org.claimcompare.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.eval.AttributionGold;
import org.claimcompare.eval.Baselines;
import org.claimcompare.eval.ClusteringMethod;
import org.claimcompare.eval.DataFormats;
import org.claimcompare.eval.Evaluation;
import org.claimcompare.eval.ExtractionTask;
import org.claimcompare.eval.GoldPair;
import org.claimcompare.eval.GoldText;
import org.claimcompare.eval.Parsed;
import org.claimcompare.eval.ResultTable;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eval}: measures the scorers on a labelled data set and prints one table. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Measure the standard scorer and plain baselines on a labelled data set; print one table, a row per"
          + " scorer (per clustering for groups and claims).",
      "mrpc: TSV with the header Quality, #1 ID, #2 ID, #1 String, #2 String; label 1 or 0. Accuracy and F1"
          + " of the positive class, threshold by K-fold cross-validation (pair i in fold i mod K) or chosen"
          + " on --train.",
      "sts: TSV genre, file, year, id, score, sentence1, sentence2 (more fields ignored). Pearson and"
          + " Spearman correlation with the score.",
      "groups: TSV group, sentence. claims: JSON Lines {\"id\", \"text\", \"gold\": string or number}."
          + " B³, pairwise and adjusted Rand measures of the clusters against the gold groups, at the"
          + " threshold and at the best threshold in hindsight (oracle).",
      "extract: FILE is a folder with articles/NAME.txt and attribution gold, PolNeAR's gold.jsonl or brat"
          + " files ann/NAME.ann. The library's extractor runs on every article; exact, overlap and token"
          + " precision/recall/F1 and speaker accuracy of quotes (3+ words too) and reported speech, as"
          + " tools/extract_score.py measures them."
    })
final class EvalCommand implements Callable<Integer> {
  private static final Map<String, Supplier<Scorer>> SCORERS = scorers();
  private static final int DEFAULT_FOLDS = 10;

  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "FORMAT", description = "The data format: mrpc, sts, groups, claims or extract.")
  String format;

  @Parameters(index = "1", paramLabel = "FILE", description = "The data file (UTF-8); for extract, the data folder.")
  Path file;

  @Option(names = "--scorer", paramLabel = "NAME", split = ",",
      description = "Scorers to measure, in row order (default: all): claimcompare (the library's:"
          + " Claims.similarity's scorer for mrpc and sts, Claims.cluster's for groups and claims),"
          + " jaccard, tfidf, trigram, jaro-winkler, levenshtein. With --semantic, the semantic scorer is"
          + " measured alone, with its own clustering options.")
  List<String> scorerNames;

  @Option(names = "--folds", paramLabel = "K", description = "mrpc: number of cross-validation folds (default: 10).")
  Integer folds;

  @Option(names = "--train", paramLabel = "FILE",
      description = "mrpc: choose each threshold on this MRPC file and measure FILE, instead of cross-validating.")
  Path train;

  @Option(names = "--threshold", paramLabel = "T",
      description = "groups, claims: the clusterer's threshold in [0, 1] (default: the library's, "
          + ClusterOptions.DEFAULT_THRESHOLD + "); given, it also adds a row at T for every baseline.")
  Double threshold;

  @Option(names = "--limit-groups", paramLabel = "N",
      description = "groups, claims: keep only the texts of the first N gold groups, in file order.")
  Integer limitGroups;

  @Option(names = "--clustering", paramLabel = "METHOD", split = ",",
      description = "groups, claims: clusterer (the library's), components (connected components), or both"
          + " (default).")
  List<String> clustering;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "extract: quote (claims of kind quote or fragment against direct quotes), reported (claims"
          + " of kind reported against indirect and mixed contents) or all (default).")
  String kind;

  @Option(names = "--min-words", paramLabel = "N",
      description = "extract: count only gold and predicted spans of at least N words (default: 0, all).")
  Integer minWords;

  @Option(names = "--examples", paramLabel = "N",
      description = "extract: after the table, the first N false positives, false negatives, boundary errors"
          + " and wrong speakers of each task.")
  Integer examples;

  @Option(names = "--gold", paramLabel = "FORM",
      description = "extract: the gold to read, jsonl (FILE/gold.jsonl) or brat (FILE/ann/NAME.ann); default:"
          + " gold.jsonl if present, else brat.")
  String gold;

  @Option(names = "--format", paramLabel = "TABLE", description = "The table's form: text (default) or markdown.")
  String table = "text";

  @Option(names = "--out", paramLabel = "FILE", description = "Write the table to FILE (default: standard output).")
  Path out;

  @Mixin SemanticOptions semantic;

  /** The row of the semantic scorer, measured alone when --semantic is given. */
  static final String SEMANTIC_ROW = "claimcompare --semantic";

  @Override
  public Integer call() {
    checkOptions();
    if (format.equals("extract")) {
      main.write(out, extraction());
      return 0;
    }
    semantic.check(main);
    Map<String, Scorer> scorers = chosenScorers();
    ResultTable result = switch (format) {
      case "mrpc" -> classify(scorers);
      case "sts" -> Evaluation.correlation(scorers, pairs(file, DataFormats::sts));
      default -> cluster(scorers);
    };
    ResultTable captioned = result.withCaption(source() + ": " + result.caption());
    main.write(out, table.equals("markdown") ? captioned.markdown() : captioned.text());
    return 0;
  }

  /** The table of {@code eval extract} and, with {@code --examples}, the errors after it. */
  private String extraction() {
    ExtractionFolder.GoldForm form = gold == null ? null
        : ExtractionFolder.GoldForm.valueOf(gold.toUpperCase(Locale.ROOT));
    List<AttributionGold> data = ExtractionFolder.read(main, file, form);
    ExtractionReport report = new ExtractionReport(data);
    List<ExtractionTask> tasks = kind == null || kind.equals("all") ? List.of(ExtractionTask.values())
        : List.of(ExtractionTask.valueOf(kind.toUpperCase(Locale.ROOT)));
    int words = minWords == null ? 0 : minWords;
    ResultTable result = report.table(tasks, words);
    ResultTable captioned = result.withCaption(source() + ": " + result.caption());
    boolean markdown = table.equals("markdown");
    return (markdown ? captioned.markdown() : captioned.text())
        + (examples == null ? "" : report.examples(tasks, words, examples, markdown));
  }

  /** What was measured: {@code groups wmt.tsv (first 100 groups)}, {@code mrpc test.tsv, thresholds on train.tsv}. */
  private String source() {
    String limit = limitGroups == null ? "" : " (first " + limitGroups + " groups)";
    String thresholds = train == null ? "" : ", thresholds on " + train.getFileName();
    return format + " " + file.getFileName() + limit + thresholds;
  }

  private ResultTable cluster(Map<String, Scorer> scorers) {
    Parsed<GoldText> parsed = format.equals("groups")
        ? DataFormats.groups(file.toString(), decode(file))
        : DataFormats.claims(file.toString(), decode(file));
    List<GoldText> texts = DataFiles.valid(parsed);
    ClusterOptions options = semantic.clusterOptions(threshold);
    Set<String> atThreshold = threshold == null ? Set.of("claimcompare", SEMANTIC_ROW) : scorers.keySet();
    Set<ClusteringMethod> methods = EnumSet.allOf(ClusteringMethod.class);
    if (clustering != null) {
      methods.clear();
      clustering.forEach(m -> methods.add(ClusteringMethod.valueOf(m.toUpperCase(Locale.ROOT))));
    }
    return Evaluation.clustering(scorers, limitGroups == null ? texts : firstGroups(texts, limitGroups),
        options, atThreshold, methods);
  }

  /** The texts of the first {@code n} groups, in order of first appearance. */
  private static List<GoldText> firstGroups(List<GoldText> texts, int n) {
    Set<String> kept = new HashSet<>();
    List<GoldText> out = new ArrayList<>();
    for (GoldText t : texts) {
      if (kept.contains(t.group()) || (kept.size() < n && kept.add(t.group()))) {
        out.add(t);
      }
    }
    return out;
  }

  /** Rejects options that do not apply to the format or have bad values, naming the option. */
  private void checkOptions() {
    if (!List.of("mrpc", "sts", "groups", "claims", "extract").contains(format)) {
      throw new BadInputException("unknown format \"" + format + "\": expected mrpc, sts, groups, claims or extract");
    }
    boolean clusters = format.equals("groups") || format.equals("claims");
    checkExtractionOptions();
    onlyFor(folds != null || train != null, format.equals("mrpc"), folds != null ? "--folds" : "--train", "mrpc");
    if (folds != null && train != null) {
      throw new BadInputException("--folds and --train exclude each other: folds cross-validate, --train does not");
    }
    onlyFor(threshold != null, clusters, "--threshold", "groups and claims");
    onlyFor(limitGroups != null, clusters, "--limit-groups", "groups and claims");
    onlyFor(clustering != null, clusters, "--clustering", "groups and claims");
    if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
      throw new BadInputException("--threshold must be in [0, 1]: " + threshold);
    }
    if (limitGroups != null && limitGroups < 1) {
      throw new BadInputException("--limit-groups must be at least 1: " + limitGroups);
    }
    for (String m : clustering == null ? List.<String>of() : clustering) {
      if (!m.equals("clusterer") && !m.equals("components")) {
        throw new BadInputException("unknown --clustering \"" + m + "\": expected clusterer or components");
      }
    }
    if (!table.equals("text") && !table.equals("markdown")) {
      throw new BadInputException("unknown --format \"" + table + "\": expected text or markdown");
    }
  }

  /** Rejects the options of extract for other formats, and the scorers' options for extract. */
  private void checkExtractionOptions() {
    boolean extract = format.equals("extract");
    onlyFor(kind != null, extract, "--kind", "extract");
    onlyFor(minWords != null, extract, "--min-words", "extract");
    onlyFor(examples != null, extract, "--examples", "extract");
    onlyFor(gold != null, extract, "--gold", "extract");
    if (extract && (scorerNames != null || semantic.semantic || semantic.model != null
        || semantic.calibrationPath != null)) {
      throw new BadInputException("--scorer, --semantic, --model and --calibration do not apply to extract,"
          + " which measures Claims.extract");
    }
    if (kind != null && !List.of("quote", "reported", "all").contains(kind)) {
      throw new BadInputException("unknown --kind \"" + kind + "\": expected quote, reported or all");
    }
    if (gold != null && !gold.equals("jsonl") && !gold.equals("brat")) {
      throw new BadInputException("unknown --gold \"" + gold + "\": expected jsonl or brat");
    }
    if (minWords != null && minWords < 0) {
      throw new BadInputException("--min-words must not be negative: " + minWords);
    }
    if (examples != null && examples < 1) {
      throw new BadInputException("--examples must be at least 1: " + examples);
    }
  }

  private static void onlyFor(boolean given, boolean applies, String option, String formats) {
    if (given && !applies) {
      throw new BadInputException(option + " applies to " + formats + " only");
    }
  }

  private ResultTable classify(Map<String, Scorer> scorers) {
    List<GoldPair> pairs = pairs(file, DataFormats::mrpc);
    if (train != null) {
      return Evaluation.classification(scorers, pairs(train, DataFormats::mrpc), pairs);
    }
    int k = folds == null ? DEFAULT_FOLDS : folds;
    if (k < 2 || k > pairs.size()) {
      throw new BadInputException("--folds must be between 2 and the number of pairs (" + pairs.size() + "): " + k);
    }
    return Evaluation.classification(scorers, pairs, k);
  }

  /** The scorers by name, in the order asked for; each name once. */
  private Map<String, Scorer> chosenScorers() {
    Map<String, Scorer> chosen = new LinkedHashMap<>();
    // Pairs are scored as Claims.similarity scores them; groups clustered as Claims.cluster does.
    boolean pairs = format.equals("mrpc") || format.equals("sts");
    if (semantic.semantic) {
      chosen.put(SEMANTIC_ROW, pairs ? semantic.pairScorer() : semantic.clusterOptions(threshold).scorer());
      return chosen;
    }
    for (String name : scorerNames == null ? SCORERS.keySet() : scorerNames) {
      Supplier<Scorer> scorer = SCORERS.get(name);
      if (scorer == null) {
        throw new BadInputException(
            "unknown scorer \"" + name + "\": expected one of " + String.join(", ", SCORERS.keySet()));
      }
      chosen.putIfAbsent(name, pairs && name.equals("claimcompare") ? AlignmentScorer.standard() : scorer.get());
    }
    return chosen;
  }

  private static Map<String, Supplier<Scorer>> scorers() {
    Map<String, Supplier<Scorer>> scorers = new LinkedHashMap<>();
    scorers.put("claimcompare", () -> ClusterOptions.standard().scorer());
    scorers.put("jaccard", Baselines::wordJaccard);
    scorers.put("tfidf", Baselines::tfIdfCosine);
    scorers.put("trigram", Baselines::charTrigramCosine);
    scorers.put("jaro-winkler", Baselines::jaroWinkler);
    scorers.put("levenshtein", Baselines::levenshtein);
    return scorers;
  }

  /** Reads the pairs of one file; every problem rejects the input. */
  private List<GoldPair> pairs(Path path, Reader<GoldPair> reader) {
    return DataFiles.valid(reader.read(path.toString(), decode(path)));
  }

  /** A data format reader: source name and text in, records and problems out. */
  @FunctionalInterface
  private interface Reader<T> {
    Parsed<T> read(String source, String text);
  }

  private String decode(Path path) {
    return DataFiles.decode(main, path);
  }
}
