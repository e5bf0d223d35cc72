package org.claimcompare.score;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.claimcompare.PropertyLedger;
import org.claimcompare.TriesScale;
import org.claimcompare.UnicodeText;

/**
 * The score-only path over {@link CompiledTexts} returns the explained path's score (Lucene's
 * {@code CheckHits} idea): {@code prepared.score(i, j)} equals {@code
 * scorer.similarity(texts.get(i), texts.get(j)).score()} and {@code scorer.score(...)} within
 * 1e-9, for every pair of every generated corpus, in both orders, for the standard scorer prepared,
 * the clustering scorer prepared adapted to the corpus, and scorers with other function-word
 * weights and rarity strengths.
 *
 * <p>Corpora are made so that every branch of the alignment is taken: families of claims that vary
 * a base claim word by word (the same form, another inflection of its stem, a near spelling, a
 * WordNet synonym or related word, a number in another format, other case so that a word becomes a
 * name, a negation added, words dropped or repeated), function-word-only texts, texts without
 * words ({@code "…"}, {@code "..."}), blank texts, {@linkplain UnicodeText generated Unicode text},
 * and sentences of the seed articles in {@code seeds/} (their origins are listed in {@code
 * src/library/test/resources/org/claimcompare/extract/README.md}).
 */
@Tag("property")
@AddLifecycleHook(PropertyLedger.class)
class CompiledTextsPropertyTest {
  private static final double TOLERANCE = 1e-9;

  /** One pair in this many is also scored on the strings by the scorer's public methods. */
  private static final int STRING_PATH_EVERY = 16;

  /** Words that align with each other by one reason each: stem, near spelling, meaning, digits. */
  private static final List<List<String>> GROUPS = List.of(
      // the same stem
      List.of("agreement", "agreements"), List.of("talk", "talks", "talked", "talking"),
      List.of("negotiate", "negotiated", "negotiating", "negotiation"), List.of("send", "sending", "sends"),
      List.of("attack", "attacks", "attacked"), List.of("civilian", "civilians"),
      // near spellings, in no list (and some that are aliases)
      List.of("Peskov", "Peskow"), List.of("Zelensky", "Zelenski", "Zelenskyy", "Selensky"),
      List.of("Lavrov", "Lawrow"), List.of("Mariupol", "Mariupal"), List.of("Kuleba", "Kouleba"),
      List.of("humanitarian", "humanitarain"), List.of("Shoigu", "Schoigu"), List.of("Kiev", "Kyiv"),
      List.of("demilitarisation", "demilitarization"),
      // WordNet synonyms and words one relation apart
      List.of("gang", "bunch", "clique", "band"), List.of("murder", "kill", "slay"),
      List.of("willing", "ready", "prepared"), List.of("big", "large", "huge"), List.of("buy", "purchase"),
      List.of("start", "begin", "commence"), List.of("help", "aid", "assist"), List.of("car", "automobile"),
      List.of("war", "conflict", "fighting"), List.of("city", "town", "capital"), List.of("Minsk", "Belarus"),
      // numbers in other formats, and adjacent numbers
      List.of("21:30", "21.30", "21 30", "2130"), List.of("24-year-old", "24", "24 year old"),
      List.of("1,000", "1000", "1 000"), List.of("3.5", "3,5", "3 5"), List.of("10%", "10 percent"),
      List.of("2022", "2023", "2022 2023"), List.of("5", "6", "five"));

  private static final List<String> FUNCTION_WORDS = List.of(
      "the", "a", "of", "and", "to", "in", "it", "we", "you", "your", "is", "be", "will", "that", "for",
      "with", "on", "they", "this", "us");

  private static final List<String> NEGATIONS = List.of(
      "not", "no", "never", "don't", "cannot", "nobody", "nothing", "neither", "nor", "won't");

  private static final List<String> CONTENT_WORDS = List.of(
      "power", "hands", "easier", "reach", "army", "residents", "leave", "resume", "grain", "exports",
      "fell", "sharply", "drug", "addicts", "neo-Nazis", "delegation", "officials", "peace", "troops",
      "tanks", "Putin", "Macron", "Geneva", "Biden", "Kremlin", "NATO", "Reuters");

  private static final List<String> WORDLESS = List.of(
      "", " ", "\n", "\t ", "…", "...", ". . .", "—", "!!!", "?", "« »", "ʼ", "“”", "*");

  private static final List<String> SEED_SENTENCES = seedFiles().stream()
      .flatMap(List::stream).toList();

  /** One word of a claim: its group of words, which member, and its case. */
  private record Slot(List<String> group, int member, int caseChoice) {
    String render(int shift) {
      return withCase(group.get(Math.floorMod(member + shift, group.size())), caseChoice);
    }
  }

  /** How one claim of a family varies the family's base claim. */
  private record Variant(List<Integer> shifts, int drop, int repeat, String negation, String end) {
    String render(List<Slot> base) {
      List<String> words = new ArrayList<>();
      for (int k = 0; k < base.size(); k++) {
        if (drop > 0 && k % drop == drop - 1) {
          continue; // every drop-th word dropped
        }
        String word = base.get(k).render(shifts.isEmpty() ? 0 : shifts.get(k % shifts.size()));
        words.add(word);
        if (repeat > 0 && k == repeat - 1) {
          words.add(word);
          words.add(word);
        }
      }
      if (!negation.isEmpty()) {
        words.add(Math.min(words.size(), 1), negation);
      }
      return String.join(" ", words) + end;
    }
  }

  private static String withCase(String word, int choice) {
    return switch (choice) {
      case 0 -> word.toUpperCase(Locale.ROOT);
      case 1, 2 -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
      case 3, 4 -> word.toLowerCase(Locale.ROOT);
      default -> word;
    };
  }

  private static Arbitrary<Slot> slots() {
    Arbitrary<List<String>> group = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(GROUPS)),
        Tuple.of(4, Arbitraries.of(FUNCTION_WORDS).map(List::of)),
        Tuple.of(1, Arbitraries.of(NEGATIONS).map(List::of)),
        Tuple.of(4, Arbitraries.of(CONTENT_WORDS).map(List::of)));
    return Combinators.combine(group, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 9))
        .as(Slot::new);
  }

  private static Arbitrary<Variant> variants() {
    Arbitrary<List<Integer>> shifts = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 3))).list().ofMaxSize(6);
    Arbitrary<Integer> drop = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 6)));
    Arbitrary<Integer> repeat = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 8)));
    Arbitrary<String> negation = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.just("")), Tuple.of(1, Arbitraries.of(NEGATIONS)));
    Arbitrary<String> end = Arbitraries.of("", ".", "?", "!", "…", ".\"", ". And");
    return Combinators.combine(shifts, drop, repeat, negation, end).as(Variant::new);
  }

  /** A family: a base claim of up to 24 words and the variants of it. */
  private static Arbitrary<List<String>> families() {
    return Combinators.combine(slots().list().ofMaxSize(24), variants().list().ofMinSize(1).ofMaxSize(10))
        .as((base, variants) -> variants.stream().map(v -> v.render(base)).toList());
  }

  /** Texts that are no family's: without words, function words only, Unicode, seed sentences. */
  private static Arbitrary<String> strays() {
    Arbitrary<String> functionWords = Arbitraries.of(FUNCTION_WORDS).list().ofMinSize(1).ofMaxSize(8)
        .map(w -> String.join(" ", w));
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(WORDLESS)),
        Tuple.of(2, functionWords),
        Tuple.of(2, UnicodeText.texts()),
        Tuple.of(1, UnicodeText.repeatedWords()),
        Tuple.of(3, Arbitraries.of(SEED_SENTENCES)));
  }

  /** Corpora of up to 92 texts, 45 on average: families of claims and strays, in any order. */
  @Provide
  Arbitrary<List<String>> corpora() {
    return Combinators.combine(families().list().ofMinSize(1).ofMaxSize(8), strays().list().ofMaxSize(12))
        .as((families, strays) -> {
          List<String> texts = new ArrayList<>();
          families.forEach(texts::addAll);
          texts.addAll(strays);
          return texts;
        })
        .flatMap(texts -> Arbitraries.shuffle(texts));
  }

  /** Corpora of generated Unicode text only, half of them with seed sentences among them. */
  @Provide
  Arbitrary<List<String>> unicodeCorpora() {
    return Arbitraries.frequencyOf(
            Tuple.of(3, UnicodeText.texts()), Tuple.of(1, Arbitraries.of(SEED_SENTENCES)))
        .list().ofMinSize(1).ofMaxSize(40);
  }

  @Provide
  Arbitrary<Double> weights() {
    return Arbitraries.of(0.0, 0.25, 0.5, 1.0);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @TriesScale(0.02)
  void standardScorerPreparedScoresAsExplained(@ForAll("corpora") List<String> texts) {
    AlignmentScorer scorer = AlignmentScorer.standard();

    assertScoresAsExplained(scorer, scorer.prepare(texts), texts);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @TriesScale(0.02)
  void clusteringScorerPreparedAdaptedScoresAsExplained(@ForAll("corpora") List<String> texts) {
    AlignmentScorer scorer = AlignmentScorer.clustering();

    assertScoresAsExplained(scorer.adaptedTo(texts), scorer.prepareAdapted(texts, done -> {}), texts);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @TriesScale(0.02)
  void scorersWithOtherWeightsScoreAsExplained(
      @ForAll("corpora") List<String> texts,
      @ForAll("weights") double stopWordWeight,
      @ForAll("weights") double rarityStrength,
      @ForAll boolean adapted) {
    AlignmentScorer scorer = AlignmentScorer.standard()
        .withStopWordWeight(stopWordWeight).withRarityStrength(rarityStrength);
    PreparedTexts prepared = adapted ? scorer.prepareAdapted(texts, done -> {}) : scorer.prepare(texts);

    assertScoresAsExplained(adapted ? scorer.adaptedTo(texts) : scorer, prepared, texts);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @TriesScale(0.02)
  void unicodeTextsScoreAsExplained(@ForAll("unicodeCorpora") List<String> texts, @ForAll boolean adapted) {
    AlignmentScorer scorer = AlignmentScorer.clustering();
    PreparedTexts prepared = adapted ? scorer.prepareAdapted(texts, done -> {}) : scorer.prepare(texts);

    assertScoresAsExplained(adapted ? scorer.adaptedTo(texts) : scorer, prepared, texts);
  }

  /** Every pair of sentences of each seed article, prepared as the clusterer and as the standard scorer. */
  @Example
  void scoresEveryPairOfEachSeedFileAsExplained() {
    List<List<String>> files = seedFiles();
    assertThat(files).hasSize(5);
    for (List<String> sentences : files) {
      AlignmentScorer standard = AlignmentScorer.standard();
      assertScoresAsExplained(standard, standard.prepare(sentences), sentences);
      AlignmentScorer clustering = AlignmentScorer.clustering();
      assertScoresAsExplained(
          clustering.adaptedTo(sentences), clustering.prepareAdapted(sentences, done -> {}), sentences);
    }
  }

  /**
   * Checks every pair {@code i <= j}, in both orders, against the explained score, and reports the
   * first pair that differs with both texts. The explained path is what {@link
   * AlignmentScorer#similarity} runs, {@code Alignment.of(...).explain(swap)}, on profiles built once
   * per text rather than once per pair (the profile is a function of the text); every
   * {@value #STRING_PATH_EVERY}th pair also goes through {@code similarity} and {@code score} on
   * the strings themselves.
   */
  private static void assertScoresAsExplained(AlignmentScorer scorer, PreparedTexts prepared, List<String> texts) {
    assertThat(prepared.size()).isEqualTo(texts.size());
    List<WordProfile> profiles = texts.stream().map(scorer::profile).toList();
    int pairs = 0;
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i; j < texts.size(); j++) {
        String a = texts.get(i);
        String b = texts.get(j);
        boolean swap = a.compareTo(b) > 0;
        double explained = Alignment.of(profiles.get(swap ? j : i), profiles.get(swap ? i : j)).explain(swap).score();
        boolean strings = pairs++ % STRING_PATH_EVERY == 0;
        double[] scores = strings
            ? new double[] {prepared.score(i, j), prepared.score(j, i), scorer.similarity(a, b).score(), scorer.score(a, b)}
            : new double[] {prepared.score(i, j), prepared.score(j, i)};
        for (double score : scores) {
          if (!(Math.abs(score - explained) <= TOLERANCE)) {
            throw new AssertionError(String.format(Locale.ROOT,
                "explained %s, but %s (prepared (i, j), (j, i)[, similarity, score]) for%n  %s%n  %s",
                explained, Arrays.toString(scores), literal(a), literal(b)));
          }
        }
      }
    }
  }

  private static String literal(String text) {
    StringBuilder s = new StringBuilder("\"");
    text.chars().forEach(c -> s.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
        ? String.valueOf((char) c) : String.format(Locale.ROOT, "\\u%04x", c)));
    return s.append('"').toString();
  }

  /** The sentences of each seed article, split after a full stop, question or exclamation mark, or line break. */
  static List<List<String>> seedFiles() {
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted()
          .map(CompiledTextsPropertyTest::sentences).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> sentences(Path file) {
    try {
      return Arrays.stream(Files.readString(file, UTF_8).split("(?<=[.!?”\"])\\s+|\\R"))
          .map(String::strip).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
