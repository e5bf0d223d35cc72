package org.claimcompare.score;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CheckReturnValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.claimcompare.Similarity;
import org.claimcompare.normalize.TextNormalizer;
import org.claimcompare.normalize.Word;

/**
 * The standard scorer: aligns the normalised words of two renderings one to one and scores the
 * weighted share of each side that is aligned, with credit for a fragment contained in a longer
 * rendering, and with guards that keep contradicting renderings apart.
 *
 * <p>Words are normalised by a {@link TextNormalizer} (by default {@link
 * TextNormalizer#standard()}). Two words align, from the strongest reason to the weakest:
 *
 * <ul>
 *   <li>the same form: {@code EXACT}, or {@code SPELLING} and {@code ALIAS} when normalisation
 *       made them so (strength 1);
 *   <li>the same Snowball stem ({@code STEM}, 0.9: "agreement" / "agreements");
 *   <li>spelled almost alike ({@code NEAR_SPELLING}, 0.8: "Peskow" / "Peskov");
 *   <li>synonyms in WordNet 3.1 ({@code SYNONYM}, 0.7: "gang" / "bunch");
 *   <li>near-synonyms one WordNet relation apart ({@code RELATED}, 0.5: "willing" / "ready").
 * </ul>
 *
 * <p>A content word weighs 1 and a function word ("the", "of", "your") {@value
 * #DEFAULT_STOP_WORD_WEIGHT}; a scorer {@linkplain #adaptedTo(List) adapted} to a corpus also
 * weighs each word by how rare its stem is there, as far as its {@linkplain #rarityStrength()
 * rarity strength} allows. The score is the harmonic mean of the two sides'
 * aligned shares, raised towards the better covered side's share when that side has enough content
 * words to be a quoted fragment. It is then multiplied by the factor of each guard that fires: a
 * negation on one side only (0.7), a number on each side that the other lacks (0.7), a name on each
 * side that the other lacks (0.8). Every aligned pair's contribution and every guard are reported
 * in the explanation, and the contributions add up to the score.
 *
 * <p>A text without words (punctuation and symbols only, or a letter that normalisation makes
 * punctuation, such as a lone {@code ʼ}) has nothing to align: it scores 1 against a text that
 * normalises to the same text ({@code "…"} and {@code "..."}), with the two normalised texts as the
 * explanation's one pair, and 0 against any other. So every text that is not blank scores 1
 * against itself; a blank text (empty, or white space only) scores 0 against everything.
 *
 * <pre>{@code
 * AlignmentScorer.standard().similarity("a bunch of drug addicts and neo-Nazis",
 *     "this gang of drug addicts and neo-Nazis").score()   // 0.8769230769230769
 * }</pre>
 *
 * <p>Cost: O(n log n) in the length of the two texts, whatever the repetition: normalising and
 * weighing is linear, and the alignment works on distinct forms (see {@code GreedyAlignment}),
 * with near spelling limited to words of at most 64 characters, each compared with at most 256
 * words of the other text.
 *
 * <p>Immutable and thread-safe. The first use reads the compiled WordNet index from the jar
 * ({@link org.claimcompare.Claims#preload()} does it up front).
 */
public final class AlignmentScorer implements Scorer {
  /** The weight of a function word relative to a content word's 1. */
  public static final double DEFAULT_STOP_WORD_WEIGHT = 0.5;

  /**
   * How far rarity may lower a word's weight in the standard scorer: fully, so that a word found in
   * every text of a large corpus weighs nothing. Graded similarity is ranked best this way (STS-B).
   */
  public static final double DEFAULT_RARITY_STRENGTH = 1.0;

  /**
   * How far rarity may lower a word's weight in the {@linkplain #clustering() clustering} scorer:
   * every word keeps at least a fifth of its base weight. Among thousands of claims, full rarity
   * weighting reduces a short claim to its one or two rarest words; the renderings of one statement
   * also share its common words and are told apart better when those still count (measured on the
   * WMT development renderings, {@code docs/evaluation.md}).
   */
  public static final double CLUSTERING_RARITY_STRENGTH = 0.8;

  private static final AlignmentScorer STANDARD = new AlignmentScorer(
      TextNormalizer.standard(), DEFAULT_STOP_WORD_WEIGHT, Rarity.none(DEFAULT_RARITY_STRENGTH));

  private static final AlignmentScorer CLUSTERING = STANDARD.withRarityStrength(CLUSTERING_RARITY_STRENGTH);

  private final TextNormalizer normalizer;
  private final double stopWordWeight;
  /** The corpus counts, if adapted, and the rarity strength. */
  private final Rarity rarity;

  private AlignmentScorer(TextNormalizer normalizer, double stopWordWeight, Rarity rarity) {
    this.normalizer = normalizer;
    this.stopWordWeight = stopWordWeight;
    this.rarity = rarity;
  }

  /**
   * Returns a scorer that weighs each word by how rare its stem is in {@code corpus} (see the class
   * description). Adapting again replaces the corpus.
   *
   * @param corpus the texts to count stems in, for example all the claims being clustered
   * @return the adapted scorer
   */
  @Override
  @CheckReturnValue
  public AlignmentScorer adaptedTo(List<String> corpus) {
    checkNotNull(corpus, "corpus");
    return new AlignmentScorer(normalizer, stopWordWeight, rarity.of(corpus, normalizer));
  }

  /** This scorer adapted to document frequencies already counted in {@code texts} texts. */
  AlignmentScorer adaptedTo(ImmutableMap<String, Integer> frequencies, int texts) {
    return new AlignmentScorer(normalizer, stopWordWeight, rarity.of(frequencies, texts));
  }

  /**
   * Returns a scorer adapted to a corpus whose stems were counted elsewhere, for an engine that
   * counts them in parts (the Spark job counts them on its workers): with {@code frequencies} the
   * number of texts whose {@linkplain PreparedTexts#terms terms} (the stems of their words) include
   * each stem, and {@code texts} the number of texts, it scores exactly as {@link #adaptedTo(List)}
   * on those texts. A stem missing from the map counts as in no text.
   *
   * @param frequencies each stem's document frequency, at least 1 and at most {@code texts}
   * @param texts the number of texts in the corpus, at least 0
   * @return the adapted scorer
   * @throws IllegalArgumentException if a count is out of range
   */
  @CheckReturnValue
  public AlignmentScorer adaptedTo(Map<String, Integer> frequencies, int texts) {
    checkNotNull(frequencies, "frequencies");
    checkArgument(texts >= 0, "texts must be at least 0: %s", texts);
    frequencies.forEach((stem, df) -> checkArgument(df >= 1 && df <= texts,
        "document frequency of \"%s\" must be in [1, %s]: %s", stem, texts, df));
    return adaptedTo(ImmutableMap.copyOf(frequencies), texts);
  }

  Rarity rarity() {
    return rarity;
  }

  /**
   * Returns the standard scorer: standard normalisation, function words at weight {@value
   * #DEFAULT_STOP_WORD_WEIGHT}.
   *
   * @return the standard scorer
   */
  public static AlignmentScorer standard() {
    return STANDARD;
  }

  /**
   * Returns the scorer that {@code ClusterOptions.standard()} clusters with: the standard scorer with
   * rarity strength {@value #CLUSTERING_RARITY_STRENGTH} instead of {@value
   * #DEFAULT_RARITY_STRENGTH}. Before it is adapted to a corpus it scores exactly as {@link
   * #standard()}.
   *
   * @return the clustering scorer
   */
  public static AlignmentScorer clustering() {
    return CLUSTERING;
  }

  /**
   * Returns the normaliser applied to both renderings.
   *
   * @return the normaliser
   */
  public TextNormalizer normalizer() {
    return normalizer;
  }

  /**
   * Returns whether a word is a function word ("the", "in", "would"), which this scorer weighs at
   * {@link #stopWordWeight()}: one of the English function words of the library's list.
   *
   * @param word a normalised word form, such as an {@link org.claimcompare.AlignedPair}'s word
   * @return whether it is a function word
   */
  public static boolean isFunctionWord(String word) {
    return StopWords.contains(java.util.Objects.requireNonNull(word, "word"));
  }

  /**
   * Returns the weight of a function word relative to a content word.
   *
   * @return the weight in [0, 1]
   */
  public double stopWordWeight() {
    return stopWordWeight;
  }

  /**
   * Returns how far rarity may lower a word's weight once the scorer is adapted to a corpus: 0
   * ignores rarity, 1 lets a word found in every text of a large corpus weigh nothing.
   *
   * @return the strength in [0, 1]
   */
  public double rarityStrength() {
    return rarity.strength();
  }

  /**
   * Returns a scorer that normalises with {@code normalizer}.
   *
   * @param normalizer the normaliser, for example {@code TextNormalizer.standard().without(SPELLING)}
   * @return the new scorer
   */
  @CheckReturnValue
  public AlignmentScorer withNormalizer(TextNormalizer normalizer) {
    return new AlignmentScorer(checkNotNull(normalizer, "normalizer"), stopWordWeight, rarity);
  }

  /**
   * Returns a scorer that gives function words the weight {@code weight}.
   *
   * @param weight the weight in [0, 1]
   * @return the new scorer
   */
  @CheckReturnValue
  public AlignmentScorer withStopWordWeight(double weight) {
    checkArgument(weight >= 0 && weight <= 1, "stop word weight must be in [0, 1]: %s", weight);
    return new AlignmentScorer(normalizer, weight, rarity);
  }

  /**
   * Returns a scorer whose rarity weights have strength {@code strength} (see {@link
   * #rarityStrength()}); an adapted scorer keeps its corpus.
   *
   * @param strength the strength in [0, 1]
   * @return the new scorer
   */
  @CheckReturnValue
  public AlignmentScorer withRarityStrength(double strength) {
    checkArgument(strength >= 0 && strength <= 1, "rarity strength must be in [0, 1]: %s", strength);
    return new AlignmentScorer(normalizer, stopWordWeight, rarity.withStrength(strength));
  }

  @Override
  public Similarity similarity(String a, String b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    boolean swap = a.compareTo(b) > 0;
    WordProfile first = profile(swap ? b : a);
    WordProfile second = profile(swap ? a : b);
    return Alignment.of(first, second).explain(swap);
  }

  @Override
  public double score(String a, String b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    boolean swap = a.compareTo(b) > 0;
    return Alignment.of(profile(swap ? b : a), profile(swap ? a : b)).score();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The texts are compiled (see the class description of {@code CompiledTexts}): every distinct
   * word is interned and looked up in the lexical resources once, and a pair is then scored on
   * integers without allocating, to exactly the score of {@link #score(String, String)}.
   */
  @Override
  public PreparedTexts prepare(List<String> texts) {
    checkNotNull(texts, "texts");
    return CompiledTexts.compile(this, texts, false, done -> {});
  }

  /**
   * {@inheritDoc}
   *
   * <p>One normalisation per text serves both the rarity counts and the compiled texts.
   */
  @Override
  public PreparedTexts prepareAdapted(List<String> corpus, LongConsumer progress) {
    checkNotNull(corpus, "corpus");
    checkNotNull(progress, "progress");
    return CompiledTexts.compile(this, corpus, true, progress);
  }

  /**
   * {@inheritDoc}
   *
   * <p>When {@code earlier} is what this scorer's {@code prepareAdapted} returned (or an equivalent
   * scorer's: the same normaliser, function-word weight and rarity strength), only the texts of
   * {@code more} are normalised: the
   * vocabulary and the compiled texts are extended, and the rarity weights, each text's total weight,
   * the WordNet neighbours of the stems and the sort order are brought up to date over all the texts.
   * Extending 742 k texts by 82 k took 0.10 to 0.15 of the processor time of compiling all 824 k
   * ({@code docs/benchmarks.md}, "Extending compiled texts"). Otherwise the texts are compiled anew.
   */
  @Override
  public PreparedTexts prepareAdapted(PreparedTexts earlier, List<String> more, LongConsumer progress) {
    checkNotNull(earlier, "earlier");
    checkNotNull(more, "more");
    checkNotNull(progress, "progress");
    if (earlier instanceof CompiledTexts compiled && compiled.adapted && compilesAs(compiled.scorer)) {
      return CompiledTexts.extend(compiled, this, more, progress);
    }
    return Scorer.super.prepareAdapted(earlier, more, progress);
  }

  /**
   * Whether this scorer, adapted to a corpus, scores as {@code other} adapted to it: the same
   * normaliser, function-word weight and rarity strength (the corpus either was adapted to before
   * does not matter, as adapting replaces it).
   */
  boolean compilesAs(AlignmentScorer other) {
    return normalizer.equals(other.normalizer)
        && Double.compare(stopWordWeight, other.stopWordWeight) == 0
        && Double.compare(rarity.strength(), other.rarity.strength()) == 0;
  }

  /** The profile of {@code text} that {@link #similarity} and {@link #score} align (tests build it once per text). */
  WordProfile profile(String text) {
    Stems stems = new Stems();
    List<Word> words = normalizer.words(text);
    String wordless = words.isEmpty() ? normalizer.normalize(text) : "";
    return new WordProfile(
        words, wordless, NameWords.of(text, normalizer), stopWordWeight, rarity, stems,
        Synonyms.wordNet());
  }

  /**
   * Returns the scorer's settings, as {@code AlignmentScorer[stopWordWeight=0.5, rarityStrength=1.0,
   * TextNormalizer[...]]}.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "AlignmentScorer[stopWordWeight=%s, rarityStrength=%s, %s]",
        stopWordWeight, rarity.strength(), normalizer);
  }
}
