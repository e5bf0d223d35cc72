package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimcompare.cluster.ClusterOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every data line below is invented for these tests. */
class EvalCommandTest {
  private static final String MRPC_HEADER = "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String";
  private static final String MRPC = tsv(MRPC_HEADER,
      "1|1|2|The army will not stop|The army will not stop now",
      "1|3|4|Grain exports fell sharply|Grain exports fell",
      "1|5|6|The mayor urged residents to leave|Residents were told to leave by the mayor",
      "0|7|8|Talks resume on Monday|Bananas are rich in potassium",
      "0|9|10|The bridge reopens in spring|Exports of grain fell",
      "1|11|12|We are ready to talk|We are ready to talk again",
      "0|13|14|The old railway bridge|A new mayor was elected",
      "1|15|16|Prices rose in March|Prices rose in March again",
      "0|17|18|Snow is expected tonight|The minister resigned",
      "0|19|20|Rain fell all day|Ships left the harbour");
  private static final String STS = tsv(
      "main-news|headlines|2016|0001|0.0|Rain fell all day|Ships left the harbour",
      "main-news|headlines|2016|0002|1.5|The army will not stop|The army has stopped at the river",
      "main-news|headlines|2016|0003|3.8|Prices rose in March|Prices rose sharply in March|Source A|Source B",
      "main-news|headlines|2016|0004|5.0|We are ready to talk|We are ready to talk");
  private static final String GROUPS = tsv(
      "army|The army will not stop until the capital is taken",
      "army|the army will not stop until it takes the capital",
      "talks|We are ready to talk for as long as it takes",
      "army|The army won't stop until the capital has been taken.",
      "talks|we are ready to talk as long as it may take",
      "mayor|The mayor called on residents to leave the city",
      "mayor|the mayor urged the residents to leave the city at once");
  private static final String CLAIMS = Cli.lines(
      "{\"id\": \"a1\", \"text\": \"The army will not stop until the capital is taken\", \"gold\": 1}",
      "{\"id\": \"a2\", \"text\": \"the army will not stop until it takes the capital\", \"gold\": 1, \"source\": \"x\"}",
      "{\"id\": \"t1\", \"text\": \"We are ready to talk for as long as it takes\", \"gold\": \"talks\"}",
      "{\"id\": \"t2\", \"text\": \"we are ready to talk as long as it may take\", \"gold\": \"talks\"}");

  @TempDir Path dir;

  private static String tsv(String... lines) {
    return Cli.lines(lines).replace("|", "\t");
  }

  private Path file(String name, String text) {
    return Cli.write(dir.resolve(name), text);
  }

  private static List<String> column(String table, int column) {
    List<String> lines = Arrays.asList(table.split("\n"));
    List<String> out = new ArrayList<>();
    for (String line : lines.subList(4, lines.size())) {
      out.add(line.split(" {2,}")[column]);
    }
    return out;
  }

  @Test
  void printsOneMrpcTableWithARowPerScorer() {
    Cli.Result r = Cli.run("", "eval", "mrpc", file("pairs.tsv", MRPC).toString(), "--folds", "5");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("mrpc pairs.tsv: 10 pairs (50.0 % positive); 5-fold cross-validation");
    assertThat(r.out().split("\n")[2]).isEqualTo("scorer        accuracy     F1  precision  recall  threshold");
    assertThat(column(r.out(), 0))
        .containsExactly("claimcompare", "jaccard", "tfidf", "trigram", "jaro-winkler", "levenshtein");
  }

  @Test
  void measuresOnlyTheScorersAskedForInTheirOrder() {
    Cli.Result r = Cli.run("", "eval", "mrpc", file("pairs.tsv", MRPC).toString(), "--folds=2",
        "--scorer", "tfidf,jaccard", "--scorer", "tfidf");

    assertThat(r.status()).isZero();
    assertThat(column(r.out(), 0)).containsExactly("tfidf", "jaccard");
  }

  @Test
  void choosesThresholdsOnATrainingFile() {
    Path train = file("train.tsv", MRPC);
    Path test = file("test.tsv", MRPC);

    Cli.Result r = Cli.run("", "eval", "mrpc", test.toString(), "--train", train.toString(), "--scorer", "jaccard");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("mrpc test.tsv, thresholds on train.tsv: 10 test pairs (50.0 % positive)");
    assertThat(column(r.out(), 1)).containsExactly("100.0");
  }

  /** Jaccard 0, 2/9, 4/5, 1 against gold 0, 1.5, 3.8, 5: the same order, and Pearson 0.995. */
  @Test
  void writesMarkdownForTheDocs() {
    Cli.Result r = Cli.run("", "eval", "sts", file("sts.tsv", STS).toString(), "--scorer=jaccard", "--format",
        "markdown");

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("""
        sts sts.tsv: 4 pairs; correlation between score and gold

        | scorer | Pearson | Spearman |
        |---|---:|---:|
        | jaccard | 0.995 | 1.000 |
        """);
  }

  @Test
  void clustersGroupsAtTheDefaultAndTheOracleThresholds() {
    Cli.Result r = Cli.run("", "eval", "groups", file("groups.tsv", GROUPS).toString(), "--scorer",
        "claimcompare,jaccard");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("groups groups.tsv: 7 texts in 3 gold groups; candidate pairs: all pairs up to 1000 claims, then shared rare words[20 per claim, at most 1000 claims per word, 32 partners per claim];");
    assertThat(column(r.out(), 1)).containsExactly("clusterer", "clusterer", "components", "clusterer", "components");
    assertThat(column(r.out(), 2).get(0))
        .isEqualTo(String.format(Locale.ROOT, "%.2f (default)", ClusterOptions.DEFAULT_THRESHOLD));
    assertThat(column(r.out(), 5)).containsOnly("1.000");
  }

  @Test
  void keepsTheFirstGroupsAndAddsAGivenThresholdForEveryScorer() {
    Cli.Result r = Cli.run("", "eval", "groups", file("groups.tsv", GROUPS).toString(), "--scorer=jaccard",
        "--limit-groups", "2", "--threshold", "0.3", "--clustering", "clusterer");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("groups groups.tsv (first 2 groups): 5 texts in 2 gold groups;");
    assertThat(column(r.out(), 2).get(0)).isEqualTo("0.30 (given)");
    assertThat(column(r.out(), 1)).containsExactly("clusterer", "clusterer");
  }

  @Test
  void clustersClaimsWithGoldLabels() {
    Cli.Result r = Cli.run("", "eval", "claims", file("claims.jsonl", CLAIMS).toString(), "--scorer=jaccard",
        "--clustering=components");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("claims claims.jsonl: 4 texts in 2 gold groups;");
    assertThat(column(r.out(), 1)).containsExactly("components");
  }

  @Test
  void writesTheTableToAFile() {
    Path out = dir.resolve("table.md");

    Cli.Result r = Cli.run("", "eval", "sts", file("sts.tsv", STS).toString(), "--scorer=jaccard", "--out",
        out.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(read(out)).startsWith("sts sts.tsv: 4 pairs");
  }

  @Test
  void measuresExtractionWithARowPerTaskAndOneOfLongQuotes() {
    Path data = ExtractionFixture.folder(dir.resolve("news"), true, false);

    Cli.Result r = Cli.run("", "eval", "extract", data.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("extract news: 1 article; quotes: claims of kind quote or fragment");
    assertThat(r.out().split("\n")[2]).isEqualTo("items             gold  predicted       exact P/R/F1     overlap P/R/F1"
        + "      tokens P/R/F1  speaker  of  speaker given");
    assertThat(column(r.out(), 0)).containsExactly("quotes", "quotes, 3+ words", "reported");
    assertThat(column(r.out(), 1)).containsExactly("3", "3", "2");
  }

  @Test
  void measuresOneKindAtAWordMinimum() {
    Path data = ExtractionFixture.folder(dir.resolve("news"), true, false);

    Cli.Result r = Cli.run("", "eval", "extract", data.toString(), "--kind", "quote", "--min-words", "4");

    assertThat(r.status()).isZero();
    // "Nobody 😀 should panic." has three words.
    assertThat(column(r.out(), 0)).containsExactly("quotes, 4+ words");
    assertThat(column(r.out(), 1)).containsExactly("2");
  }

  @Test
  void printsTheFirstErrorsOfEachKindAfterTheTable() {
    Path data = ExtractionFixture.folder(dir.resolve("news"), true, false);

    Cli.Result r = Cli.run("", "eval", "extract", data.toString(), "--kind", "reported", "--examples", "1");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\nreported: boundaries (overlap but no exact match), 1 of 1\n"
        + "  a.txt: predicted \"revenue could fall sharply next year\"; gold \"that revenue could fall sharply next"
        + " year\"\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown kind        | extract | --kind=quotes      | unknown --kind "quotes": expected quote, reported or all
      negative min-words  | extract | --min-words=-1     | --min-words must not be negative: -1
      no examples         | extract | --examples=0       | --examples must be at least 1: 0
      unknown gold        | extract | --gold=xml         | unknown --gold "xml": expected jsonl or brat
      scorer for extract  | extract | --scorer=jaccard   | --scorer, --semantic, --model and --calibration do not apply to extract, which measures Claims.extract
      kind for sts        | sts     | --kind=quote       | --kind applies to extract only
      """)
  void rejectsOptionsThatDoNotFitTheFormat(String why, String format, String option, String problem) {
    Path data = ExtractionFixture.folder(dir.resolve("news"), true, false);

    Cli.Result r = Cli.run("", "eval", format, data.toString(), option);

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("claimcompare eval: " + problem + System.lineSeparator());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = ';', textBlock = """
      mrpc;   1|1|2|A|B\\n0|3|4|C|D\\nx|5|6|E|F;   line 4: quality must be 0 or 1, got "x"
      mrpc;   1|1|2|A|B\\n1|3|4|C;                 line 3: expected 5 tab-separated columns, got 4
      sts;    g|f|y|1|2.5|A|B\\ng|f|y|2|high|C|D;  line 2: score must be a number, got "high"
      sts;    g|f|y|1|2.5|A;                       line 1: expected at least 7 tab-separated columns, got 6
      groups; g1|A text\\ng1|Another|text;         line 2: expected 2 tab-separated columns (group, sentence), got 3
      claims; {"id": "a", "text": "x", "gold": 1}\\n{"id": "a", "text": "y", "gold": 1};  line 2: duplicate id "a" (first on line 1)
      claims; {"id": "a", "text": "x"};            line 1: field "gold" is missing
      """)
  void rejectsABadLineNamingTheFileAndTheLine(String format, String lines, String problem) {
    String text = (format.equals("mrpc") ? MRPC_HEADER + "\n" : "") + lines.replace("\\n", "\n").replace("|", "\t");
    Path data = file("data", text);

    Cli.Result r = Cli.run("", "eval", format, data.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("claimcompare eval: " + data + ": " + problem + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void rejectsInvalidUtf8NamingTheLine() {
    Path data = dir.resolve("bad.tsv");
    write(data, new byte[] {'g', '\t', 'a', '\n', 'g', '\t', (byte) 0xC3, '(', '\n'});

    Cli.Result r = Cli.run("", "eval", "groups", data.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(data + ": line 2: invalid UTF-8");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void rejectsEveryStsLineWhoseScoreIsBeyondADouble() {
    Path data = file("sts.tsv", STS + tsv("g|f|2016|0005|1e999|A text|B text", "g|f|2016|0006|-1e400|C text|D text"));

    Cli.Result r = Cli.run("", "eval", "sts", data.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly(
        "claimcompare eval: " + data + ": line 5: score must be a finite number, got \"1e999\", beyond the range of a double",
        "claimcompare eval: " + data + ": line 6: score must be a finite number, got \"-1e400\", beyond the range of a double");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void rejectsEveryClaimsLineWithANumberBeyondADouble() {
    Path data = file("claims.jsonl", CLAIMS + Cli.lines(
        "{\"id\": \"x1\", \"text\": \"Some text\", \"gold\": 1e999}",
        "{\"id\": \"x2\", \"text\": \"Some text\", \"gold\": 1, \"weight\": -1e999}"));

    Cli.Result r = Cli.run("", "eval", "claims", data.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines()).satisfiesExactly(
        l -> assertThat(l).startsWith("claimcompare eval: " + data + ": line 5: field \"gold\" must be a finite number"),
        l -> assertThat(l).startsWith("claimcompare eval: " + data + ": line 6: field \"weight\" must be a finite number"));
    assertThat(r.out()).isEmpty();
  }

  @Test
  void rejectsAFolderAsDataFile() {
    Cli.Result r = Cli.run("", "eval", "sts", dir.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("claimcompare eval: cannot read " + dir + ": it is a folder, not a file" + System.lineSeparator());
  }

  @Test
  void rejectsAMissingFile() {
    Cli.Result r = Cli.run("", "eval", "sts", dir.resolve("absent.tsv").toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("cannot read " + dir.resolve("absent.tsv"));
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      unknown format;         html, pairs.tsv;                               unknown format "html": expected mrpc, sts, groups, claims or extract
      unknown scorer;         mrpc, pairs.tsv, --scorer, jaccard,bm25;        unknown scorer "bm25": expected one of claimcompare, jaccard, tfidf, trigram, jaro-winkler, levenshtein
      threshold for mrpc;     mrpc, pairs.tsv, --threshold, 0.5;              --threshold applies to groups and claims only
      folds for sts;          sts, pairs.tsv, --folds, 3;                     --folds applies to mrpc only
      train for sts;          sts, pairs.tsv, --train, pairs.tsv;             --train applies to mrpc only
      limit for sts;          sts, pairs.tsv, --limit-groups, 3;              --limit-groups applies to groups and claims only
      clustering for mrpc;    mrpc, pairs.tsv, --clustering, components;      --clustering applies to groups and claims only
      folds with train;       mrpc, pairs.tsv, --folds, 3, --train, pairs.tsv; --folds and --train exclude each other: folds cross-validate, --train does not
      one fold;               mrpc, pairs.tsv, --folds, 1;                    --folds must be between 2 and the number of pairs (10): 1
      more folds than pairs;  mrpc, pairs.tsv, --folds, 11;                   --folds must be between 2 and the number of pairs (10): 11
      threshold above one;    groups, pairs.tsv, --threshold, 1.5;            --threshold must be in [0, 1]: 1.5
      threshold NaN;          groups, pairs.tsv, --threshold, NaN;            --threshold must be in [0, 1]: NaN
      threshold infinite;     claims, pairs.tsv, --threshold, Infinity;       --threshold must be in [0, 1]: Infinity
      threshold overflowing;  groups, pairs.tsv, --threshold, 1e999;          --threshold must be in [0, 1]: Infinity
      no groups;              groups, pairs.tsv, --limit-groups, 0;           --limit-groups must be at least 1: 0
      unknown clustering;     groups, pairs.tsv, --clustering, kmeans;        unknown --clustering "kmeans": expected clusterer or components
      unknown table format;   mrpc, pairs.tsv, --format, html;                unknown --format "html": expected text or markdown
      """)
  void rejectsAnOptionThatDoesNotApplyOrHasABadValue(String why, String arguments, String problem) {
    file("pairs.tsv", MRPC);
    List<String> args = new ArrayList<>(List.of("eval"));
    for (String a : arguments.split(", ")) {
      args.add(a.equals("pairs.tsv") ? dir.resolve(a).toString() : a);
    }

    Cli.Result r = Cli.run("", args.toArray(String[]::new));

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("claimcompare eval: " + problem + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void rejectsAMissingFileArgument() {
    Cli.Result r = Cli.run("", "eval", "mrpc");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter: 'FILE'").contains("Usage: claimcompare eval");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void printsUsageOnHelpAndIsListedByTheMainCommand() {
    Cli.Result r = Cli.run("", "eval", "--help");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: claimcompare eval").contains("--scorer", "--folds", "--train",
        "--threshold", "--limit-groups", "--clustering", "--format");
    assertThat(Cli.run("", "--help").out()).contains("eval");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
