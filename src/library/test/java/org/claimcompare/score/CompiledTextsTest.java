package org.claimcompare.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.claimcompare.AlignedPair;
import org.claimcompare.normalize.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompiledTextsTest {
  private final AlignmentScorer scorer = AlignmentScorer.standard();

  private CompiledTexts compile(String... texts) {
    return CompiledTexts.compile(scorer, List.of(texts), false, done -> {});
  }

  /** Ranks give equal texts one rank, the place of the first of them in sorted order. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 101, 5000})
  void ranksTextsInSortedOrderInHalvesAtOnceOrNot(int n) {
    java.util.Random random = new java.util.Random(n);
    List<String> texts = IntStream.range(0, n).mapToObj(k -> "t" + random.nextInt(1 + n / 2)).toList();
    List<String> sorted = texts.stream().sorted().toList();

    for (boolean halves : new boolean[] {false, true}) {
      int[] rank = CompiledTexts.ranks(texts, halves);
      for (int k = 0; k < n; k++) {
        assertThat(rank[k]).as("text %s, halves %s", k, halves).isEqualTo(sorted.indexOf(texts.get(k)));
      }
    }
  }

  /** Ranks merged into earlier ranks are the ranks of all the texts sorted at once. */
  @ParameterizedTest(name = "{0} texts then {1}")
  @CsvSource(textBlock = """
      # no earlier or no more texts
      0, 0
      0, 7
      7, 0
      # fewer or more new texts than earlier ones, with copies among and across them
      1, 1
      3, 40
      40, 3
      2000, 300
      """)
  void ranksMoreTextsByMergingThemIntoEarlierRanks(int earlier, int more) {
    java.util.Random random = new java.util.Random(earlier * 31L + more);
    int n = earlier + more;
    List<String> texts = IntStream.range(0, n).mapToObj(k -> "t" + random.nextInt(1 + n / 2)).toList();

    int[] rank = CompiledTexts.ranks(texts, CompiledTexts.ranks(texts.subList(0, earlier), false));

    assertThat(rank).containsExactly(CompiledTexts.ranks(texts, false));
  }

  @Test
  void internsEachDistinctWordOnce() {
    CompiledTexts compiled = compile("the gang of the city", "The GANG", "a bunch of the city");

    // the, gang, of, city, bunch, a
    assertThat(compiled.vocabularySize()).isEqualTo(6);
    assertThat(compiled.words(1).get(1)).isSameAs(compiled.words(0).get(1));
  }

  @Test
  void wordsViewShowsNormalisedForms() {
    String text = "Kiev’s DEMILITARISATION won't start at 21:30.";
    CompiledTexts compiled = compile(text, "");

    assertThat(compiled.words(0))
        .containsExactlyElementsOf(scorer.normalizer().words(text).stream().map(Word::form).toList());
    assertThat(compiled.words(1)).isEmpty();
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # same form, stem, near spelling, synonym, related word
      Take power into your own hands  | take power into their own hands
      the agreement was signed        | the agreements were signed
      Peskov said so                  | Peskow said so
      this gang of drug addicts       | a bunch of drug addicts
      we are willing to talk          | we are ready to talk
      # guards: negation, numbers in other formats, names
      talks will resume               | talks will not resume
      the talks start at 21:30        | the talks start at 21.30
      a 24-year-old man was hurt      | a man aged 24 was hurt
      talks resume in Geneva today    | talks resume in Minsk today
      # texts without words and function words only
      …                               | ...
      …                               | the
      of the                          | the of
      """)
  void scoresAsTheExplainedPath(String a, String b) {
    CompiledTexts compiled = compile(a, b);

    assertThat(compiled.score(0, 1)).isEqualTo(scorer.similarity(a, b).score());
    assertThat(compiled.score(1, 0)).isEqualTo(scorer.similarity(b, a).score());
  }

  @Test
  void scoresTextsWithoutWordsByTheirNormalisedText() {
    CompiledTexts compiled = compile("…", "...", "", " ", "—", "word");

    assertThat(compiled.score(0, 1)).isEqualTo(1.0);
    assertThat(compiled.score(0, 0)).isEqualTo(1.0);
    assertThat(compiled.score(2, 2)).isZero();
    assertThat(compiled.score(2, 3)).isZero();
    assertThat(compiled.score(0, 4)).isZero();
    assertThat(compiled.score(0, 5)).isZero();
  }

  /** Beyond 256 near-spelling forms GreedyAlignment bounds the search; the explained path scores them. */
  @Test
  void scoresLongTextsThroughTheExplainedPath() {
    List<String> words = new ArrayList<>();
    List<String> misspelt = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      String word = "w" + letters(k) + "zation";
      words.add(word);
      misspelt.add(word.replace("zation", "sation"));
    }
    String a = String.join(" ", words);
    String b = String.join(" ", misspelt.subList(0, 280)) + " " + String.join(" ", words.subList(0, 20));
    CompiledTexts compiled = compile(a, b, "wabzation wacsation");

    assertThat(compiled.score(0, 1)).isEqualTo(scorer.score(a, b)).isPositive();
    assertThat(compiled.score(1, 0)).isEqualTo(scorer.score(a, b));
    assertThat(compiled.score(0, 2)).isEqualTo(scorer.score(a, "wabzation wacsation")).isPositive();
  }

  /**
   * Texts are laid out once and kept in a workspace's slots while scored with others; texts of
   * more than 256 words have sides of their own. Scoring every pair of short and long texts, in an
   * order that revisits each, gives the explained path's scores.
   */
  @Test
  void scoresEveryPairOfShortAndLongTextsAsTheExplainedPath() {
    String[] sentences = {
      "the army will stop the talks", "a gang of drug addicts and neo-Nazis", "Kyiv said the troops left",
      "no US troops would enter Ukraine", "the fall of Kiev could be a matter of hours",
    };
    List<String> texts = new ArrayList<>();
    for (int k = 0; k < 100; k++) {
      texts.add(sentences[k % sentences.length] + " " + (k % 7 == 0 ? "today" : "again") + " " + k);
    }
    for (int k = 0; k < 4; k++) {
      StringBuilder longText = new StringBuilder();
      for (int w = 0; w < 70 + k; w++) {
        longText.append(sentences[(w + k) % sentences.length]).append(' ');
      }
      texts.add(longText.toString().strip());
    }
    CompiledTexts compiled = CompiledTexts.compile(scorer, texts, false, done -> {});

    for (int i = 0; i < texts.size(); i += 3) {
      for (int j = 0; j < texts.size(); j++) {
        assertThat(compiled.score(i, j)).as("%s / %s", i, j).isEqualTo(scorer.score(texts.get(i), texts.get(j)));
      }
    }
  }

  /**
   * Compiles on a thread outside the common pool while every thread of the pool runs a task that
   * waits for the compiling to end, as a linkage's helpers wait on a thread that compiles texts on
   * demand when it first scores a pair (the Spark job's texts): the pool never starts on the
   * compiling, which must not wait for it. Enough texts for three rounds of chunks, so that the
   * compiling hands rounds to the pool.
   */
  @Test
  void compilesWhileEveryThreadOfThePoolWaitsForTheCompilingToEnd() throws InterruptedException {
    int rounds = 3 * 1024 * Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    List<String> texts = IntStream.range(0, rounds)
        .mapToObj(k -> "claim " + letters(k) + " said " + letters(k / 7) + " again").toList();
    int threads = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch started = new CountDownLatch(threads);
    CountDownLatch compiled = new CountDownLatch(1);
    for (int k = 0; k < threads; k++) {
      ForkJoinPool.commonPool().execute(() -> {
        started.countDown();
        try {
          compiled.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
    try {
      assertThat(started.await(30, TimeUnit.SECONDS)).as("every thread of the pool waits").isTrue();
      CompiledTexts result = assertTimeoutPreemptively(Duration.ofSeconds(60),
          () -> CompiledTexts.compile(scorer, texts, false, done -> {}));
      assertThat(result.size()).isEqualTo(texts.size());
      assertThat(result.score(0, 7)).isEqualTo(scorer.score(texts.get(0), texts.get(7)));
    } finally {
      compiled.countDown();
    }
  }

  private static String letters(int k) {
    return String.valueOf((char) ('a' + k / 26 % 26)) + (char) ('a' + k % 26) + (char) ('a' + k / 676);
  }

  @Test
  void scoresARepeatedWordWhateverItsRepetition() {
    String a = "gang ".repeat(5_000) + "of drug addicts";
    String b = "bunch ".repeat(3_000) + "of addicts";
    CompiledTexts compiled = compile(a, b);

    assertThat(compiled.score(0, 1)).isEqualTo(scorer.score(a, b));
  }

  /** With full rarity strength a word found in every text weighs nothing; such a text weighs its words 1 each. */
  @Test
  void weighsTextsWhoseWordsAllWeighNothingAlike() {
    List<String> corpus = List.of("talks resume", "talks resume", "talks resumed", "resume talks");
    PreparedTexts prepared = scorer.prepareAdapted(corpus, done -> {});
    AlignmentScorer adapted = scorer.adaptedTo(corpus);

    for (int i = 0; i < corpus.size(); i++) {
      for (int j = 0; j < corpus.size(); j++) {
        assertThat(prepared.score(i, j)).isEqualTo(adapted.score(corpus.get(i), corpus.get(j)));
      }
    }
  }

  @Test
  void relatesStemsThroughWordNetOncePerCorpus() {
    CompiledTexts compiled = compile("gang", "bunch", "willing", "ready", "Peskov");
    int gang = compiled.stemOf[compiled.words[0]];
    int bunch = compiled.stemOf[compiled.words[1]];
    int willing = compiled.stemOf[compiled.words[2]];
    int ready = compiled.stemOf[compiled.words[3]];

    assertThat(compiled.synonyms(gang)).contains(bunch).doesNotContain(willing, ready);
    assertThat(compiled.related(willing)).contains(ready);
    assertThat(compiled.synonyms(compiled.stemOf[compiled.words[4]])).isEmpty();
  }

  /**
   * In a corpus with twenty stems one WordNet relation away from "go", more than sixteen times the
   * other text's one lexical form, related words are found from that form's side (a binary search
   * among the partners) and synonyms from the partners' side.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      we go | we wander
      we go | they retire
      we go | we travel
      we go | we run
      """)
  void findsNeighboursAmongManyPartnerStems(String a, String b) {
    CompiledTexts compiled = compile(a, b, "go travel move locomote proceed depart pass die exit leave"
        + " spell start tour range conk perish expire decease croak ride journey wander roam return retire"
        + " advance fall float slide circulate elapse glide");
    int go = compiled.stemOf[compiled.words[compiled.wordStart[2]]];

    assertThat(compiled.related(go).length).isGreaterThan(16);
    assertThat(compiled.score(0, 1)).isEqualTo(scorer.score(a, b));
    assertThat(compiled.score(1, 0)).isEqualTo(scorer.score(b, a));
  }

  @Test
  void explainsWithTheScorerItWasCompiledFor() {
    List<String> corpus = List.of("the gang of drug addicts", "a bunch of drug addicts", "talks resume");
    PreparedTexts prepared = AlignmentScorer.clustering().prepareAdapted(corpus, done -> {});

    assertThat(prepared.similarity(0, 1).score()).isEqualTo(prepared.score(0, 1)).isPositive();
    assertThat(prepared.similarity(1, 0).pairs()).extracting(AlignedPair::left).contains("bunch");
  }

  @Test
  void scoresAlikeOnManyThreads() {
    List<String> corpus = IntStream.range(0, 200)
        .mapToObj(k -> String.format(Locale.ROOT, "the gang %d of drug addicts number %d agreed", k % 7, k % 13))
        .toList();
    PreparedTexts prepared = scorer.prepare(corpus);
    double[] sequential = IntStream.range(0, 200 * 200).mapToDouble(k -> prepared.score(k / 200, k % 200)).toArray();

    double[] parallel = IntStream.range(0, 200 * 200).parallel()
        .mapToDouble(k -> prepared.score(k / 200, k % 200)).toArray();

    assertThat(parallel).containsExactly(sequential);
  }

  @Test
  void rendersSizesInToString() {
    assertThat(compile("the gang", "the bunch")).hasToString("CompiledTexts[2 texts, 3 words, 3 stems]");
  }
}
