package org.claimcompare.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.claimcompare.PropertyLedger;
import org.claimcompare.TriesScale;

/**
 * Compiled texts extended batch by batch ({@link AlignmentScorer#prepareAdapted(PreparedTexts, List,
 * java.util.function.LongConsumer)}) are the texts compiled at once: for a corpus split into a first
 * batch and one to four more, the last extension has the same size, texts, words and terms as
 * {@code prepareAdapted} on the whole corpus, every pair's score is the same double, the
 * explanations and subsets agree, and so do the compiled arrays themselves (vocabulary, weights,
 * WordNet neighbours, ranks, document frequencies); every object extended stays what compiling its
 * own texts gives.
 *
 * <p>The texts are made of a small vocabulary, so that batches share words and stems and a later
 * batch brings the WordNet synonyms and relatives of an earlier batch's words ("gang" then "bunch"),
 * and numbers in several writings ("3", "three", "1,000", "1000", adjacent "21 30"), names and
 * capitalised words, negations, function words, texts without words ({@code "!!"}, {@code ""}) and
 * copies of other texts of the corpus.
 */
@Tag("property")
@AddLifecycleHook(PropertyLedger.class)
class CompiledTextsExtensionPropertyTest {

  private static final List<String> WORDS = List.of(
      // WordNet synonyms and relatives, and inflections of one stem
      "gang", "bunch", "band", "murder", "kill", "killed", "big", "large", "buy", "purchase", "start",
      "begin", "car", "automobile", "help", "aid", "city", "town", "willing", "ready", "agreement",
      "agreements",
      // numbers in several writings
      "3", "three", "1,000", "1000", "21", "30", "21:30", "2022", "10%",
      // names, capitalised words, near spellings
      "Putin", "Macron", "Zelensky", "Zelenski", "Peskov", "Peskow", "Kiev", "Kyiv", "NATO", "City",
      "Gang",
      // negations and function words
      "not", "never", "won't", "no", "the", "a", "of", "and", "to", "in", "we", "your");

  private static final List<String> WORDLESS = List.of("", " ", "!!", "...", "…", "?");

  private static final AlignmentScorer SCORER = AlignmentScorer.clustering();

  /** A text of up to 9 words of the vocabulary, or one without words. */
  private static Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(9)
        .map(w -> String.join(" ", w))
        .flatMap(t -> Arbitraries.of("", ".", "!", "?").map(end -> t + end));
    return Arbitraries.frequencyOf(Tuple.of(8, words), Tuple.of(1, Arbitraries.of(WORDLESS)));
  }

  /** A corpus of up to 40 texts, some of them copies of others, and 1 to 4 cuts: 2 to 5 batches. */
  @Provide
  Arbitrary<Tuple.Tuple2<List<String>, int[]>> batches() {
    Arbitrary<List<String>> corpus = texts().list().ofMaxSize(32)
        .flatMap(ts -> ts.isEmpty() ? Arbitraries.just(ts)
            : Arbitraries.of(ts).list().ofMaxSize(8).map(copies -> {
              List<String> all = new ArrayList<>(ts);
              all.addAll(copies);
              return all;
            }))
        .flatMap(Arbitraries::shuffle);
    return corpus.flatMap(c -> Combinators.combine(
        Arbitraries.just(c),
        Arbitraries.integers().between(0, c.size()).list().ofMinSize(1).ofMaxSize(4)
            .map(cuts -> cuts.stream().mapToInt(Integer::intValue).sorted().toArray()))
        .as(Tuple::of));
  }

  @Property
  @TriesScale(0.04)
  void extendingBatchByBatchGivesTheTextsCompiledAtOnce(@ForAll("batches") Tuple.Tuple2<List<String>, int[]> batches) {
    List<String> corpus = batches.get1();
    int[] cuts = batches.get2();
    PreparedTexts extended = SCORER.prepareAdapted(corpus.subList(0, cuts[0]), done -> {});
    List<PreparedTexts> steps = new ArrayList<>(List.of(extended));
    for (int k = 0; k < cuts.length; k++) {
      int to = k + 1 < cuts.length ? cuts[k + 1] : corpus.size();
      extended = SCORER.prepareAdapted(extended, corpus.subList(cuts[k], to), done -> {});
      steps.add(extended);
    }

    assertCompiledAlike(extended, SCORER.prepareAdapted(corpus, done -> {}));
    for (PreparedTexts step : steps) {
      // each step is left as compiling its own texts gives, whatever was extended from it
      List<String> own = corpus.subList(0, step.size());
      assertCompiledAlike(step, SCORER.prepareAdapted(own, done -> {}));
    }
  }

  /** Checks that {@code actual} is what {@code expected}, compiled at once, is, down to its arrays. */
  private static void assertCompiledAlike(PreparedTexts actual, PreparedTexts expected) {
    assertThat(actual).isInstanceOf(CompiledTexts.class);
    CompiledTexts a = (CompiledTexts) actual;
    CompiledTexts e = (CompiledTexts) expected;
    int n = e.size();
    assertThat(a.size()).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      assertThat(a.text(i)).isEqualTo(e.text(i));
      assertThat(a.words(i)).as("words of %s", i).containsExactlyElementsOf(e.words(i));
      assertThat(a.terms(i)).as("terms of %s", i).containsExactlyElementsOf(e.terms(i));
      assertThat(digitsOf(a, i)).as("digit keys of %s", i).isEqualTo(digitsOf(e, i));
    }
    assertSameScores(a, e, n);
    for (int i = 0; i + 1 < n; i += 3) {
      assertThat(a.similarity(i, i + 1)).isEqualTo(e.similarity(i, i + 1));
    }
    int[] everyOther = java.util.stream.IntStream.range(0, n).filter(i -> i % 2 == 0).toArray();
    assertSameScores(a.subset(everyOther), e.subset(everyOther), everyOther.length);
    assertThat(a.forms).containsExactly(e.forms);
    assertThat(a.stems).containsExactly(e.stems);
    assertThat(a.weights).containsExactly(e.weights);
    assertThat(a.totalWeight).containsExactly(e.totalWeight);
    assertThat(a.uniform).containsExactly(e.uniform);
    assertThat(a.documentFrequency).containsExactly(e.documentFrequency);
    assertThat(a.wordInfo).containsExactly(e.wordInfo);
    assertThat(a.synonymStems).containsExactly(e.synonymStems);
    assertThat(a.relatedStems).containsExactly(e.relatedStems);
    assertThat(a.rank).containsExactly(e.rank);
    assertThat(a.words).containsExactly(e.words);
    assertThat(a.names).containsExactly(e.names);
    assertThat(a.wordlessForms).containsExactly(e.wordlessForms);
    assertThat(a.reference.rarity().texts()).isEqualTo(e.reference.rarity().texts());
    for (int i = 0; i < n; i++) {
      assertThat(a.reference.score(a.text(i), a.text(0))).isEqualTo(e.reference.score(e.text(i), e.text(0)));
    }
  }

  /** Every pair's score in both orders, compared as bits. */
  private static void assertSameScores(PreparedTexts a, PreparedTexts e, int n) {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double x = a.score(i, j);
        double y = e.score(i, j);
        if (Double.doubleToRawLongBits(x) != Double.doubleToRawLongBits(y)) {
          throw new AssertionError(String.format(Locale.ROOT, "score(%d, %d) is %s extended, %s at once: \"%s\", \"%s\"",
              i, j, x, y, a.text(i), a.text(j)));
        }
      }
    }
  }

  /**
   * The digits of a text's digit keys and of the keys of its adjacent numbers: keys are numbered
   * in the order first met, which batches may change, and compared only for equality.
   */
  private static List<Set<String>> digitsOf(CompiledTexts c, int text) {
    Set<String> keys = new TreeSet<>();
    Arrays.stream(c.digitKeys, c.digitStart[text], c.digitStart[text + 1]).forEach(k -> keys.add(c.digits[k]));
    Set<String> adjacent = new TreeSet<>();
    for (int k = c.adjacentStart[text]; k < c.adjacentStart[text + 1]; k += 2) {
      adjacent.add(c.adjacentKeys[k] + "=" + c.digits[c.adjacentKeys[k + 1]]);
    }
    return List.of(keys, adjacent);
  }
}
