package org.claimcompare.semantic;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.claimcompare.Similarity;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;

/**
 * Scores two renderings by the library's explained word alignment fused with the cosine of their
 * sentence vectors: {@code s = w L + (1 - w) max(0, (c - f) / (1 - f))} (see {@link Fusion}).
 *
 * <p>Renderings that say the same thing in other words ("no US troops would enter Ukraine" / "he
 * will not deploy American forces in Ukraine") share few words and score low lexically; the sentence
 * vectors see them as close. The fused {@link Similarity} accounts for the whole score:
 *
 * <ul>
 *   <li>the lexical pairs, their contributions scaled by {@code w};
 *   <li>for content words the alignment left unmatched, the content word of the other rendering the
 *       model pairs each with ({@link org.claimcompare.MatchType#SEMANTIC}, with the cosine of the two
 *       words' vectors in context), matched greedily one to one, strongest first, from a rescaled
 *       cosine of {@value #WORD_MIN_COSINE} up. Each accounts for {@code (1 - w) ĉ · 2 r / N} of the
 *       score, {@code r} being its rescaled cosine, {@code ĉ} the rescaled sentence cosine and {@code
 *       N} the words of both renderings: its share of the sentence part;
 *   <li>the {@linkplain Similarity#sentence() sentence part}: the cosine of the whole renderings and
 *       what it adds beyond those pairs.
 * </ul>
 *
 * <p>The lexical pairs come first in the list, then the semantic ones, each in the order of the first
 * rendering.
 *
 * <p>Each text's sentence vector is computed once: the encoder is called with many texts at a time
 * by {@link #prepare}, and the vectors are kept in a cache of the last {@value #CACHE_SIZE} texts
 * used, shared by the scorer's methods and by the scorers derived from it. Token vectors are
 * computed only for explanations. Immutable and thread-safe.
 */
public final class SemanticScorer implements Scorer {
  /**
   * The lexical weight fitted on the development data for scoring pairs; the floor is the encoder's
   * {@link SentenceEncoder#unrelatedCosine()}. See {@code docs/evaluation.md}.
   */
  public static final double PAIR_LEXICAL_WEIGHT = 0.3;
  /**
   * The lexical weight for clustering, with the library's clustering scorer as the lexical part and
   * the encoder's unrelated cosine as the floor; see {@code docs/evaluation.md}.
   */
  public static final double CLUSTERING_LEXICAL_WEIGHT = 0.9;
  /** The clustering threshold for {@link #CLUSTERING_LEXICAL_WEIGHT}; see {@code docs/evaluation.md}. */
  public static final double CLUSTERING_THRESHOLD = 0.4;
  /**
   * The lowest cosine of two words' vectors in context that makes a semantic pair, rescaled from the
   * model's cosine of unrelated tokens ({@link SentenceEncoder#unrelatedTokenCosine()}) to 1.
   */
  public static final double WORD_MIN_COSINE = 0.5;
  /** How many texts' vectors the cache keeps. */
  static final int CACHE_SIZE = 65_536;

  private final Scorer lexical;
  private final SentenceEncoder encoder;
  private final Fusion fusion;
  private final Cache<String, float[]> cache;

  private SemanticScorer(Scorer lexical, SentenceEncoder encoder, Fusion fusion, Cache<String, float[]> cache) {
    this.lexical = lexical;
    this.encoder = encoder;
    this.fusion = fusion;
    this.cache = cache;
  }

  /**
   * Returns the semantic scorer for pairs: the library's standard scorer ({@link
   * AlignmentScorer#standard()}) fused with {@code encoder} at {@link #PAIR_LEXICAL_WEIGHT}, the floor
   * being the encoder's {@link SentenceEncoder#unrelatedCosine()}.
   *
   * @param encoder the sentence encoder, such as {@code OnnxEncoder.load(Model.DEFAULT)}
   * @return the scorer
   */
  public static SemanticScorer of(SentenceEncoder encoder) {
    requireNonNull(encoder, "encoder");
    return new SemanticScorer(AlignmentScorer.standard(), encoder, new Fusion(PAIR_LEXICAL_WEIGHT, encoder.unrelatedCosine()),
        CacheBuilder.newBuilder().maximumSize(CACHE_SIZE).build());
  }

  /**
   * Returns a scorer like this one with another lexical scorer, such as the clustering one ({@link
   * AlignmentScorer#clustering()}).
   *
   * @param lexical the lexical scorer
   * @return the scorer
   */
  public SemanticScorer withLexical(Scorer lexical) {
    return new SemanticScorer(requireNonNull(lexical, "lexical"), encoder, fusion, cache);
  }

  /**
   * Returns a scorer like this one with another fusion, such as one fitted on labelled data.
   *
   * @param fusion the fusion
   * @return the scorer
   */
  public SemanticScorer withFusion(Fusion fusion) {
    return new SemanticScorer(lexical, encoder, requireNonNull(fusion, "fusion"), cache);
  }

  /**
   * Returns the lexical scorer.
   *
   * @return the lexical scorer
   */
  public Scorer lexical() {
    return lexical;
  }

  /**
   * Returns the encoder.
   *
   * @return the encoder
   */
  public SentenceEncoder encoder() {
    return encoder;
  }

  /**
   * Returns the fusion.
   *
   * @return the fusion
   */
  public Fusion fusion() {
    return fusion;
  }

  /**
   * Returns the options for semantic clustering with this scorer's encoder: the library's clustering
   * scorer fused at {@link #CLUSTERING_LEXICAL_WEIGHT} (the floor being the encoder's unrelated
   * cosine), the standard candidates united with {@link
   * NearestNeighbours#DEFAULT_NEIGHBOURS} nearest neighbours by sentence vector, at {@link
   * #CLUSTERING_THRESHOLD}.
   *
   * @return the options
   */
  public ClusterOptions clusterOptions() {
    return clusterOptions(new Fusion(CLUSTERING_LEXICAL_WEIGHT, encoder.unrelatedCosine()));
  }

  /**
   * Returns the options for semantic clustering as {@link #clusterOptions()}, with another fusion
   * (such as one fitted on labelled groups).
   *
   * @param fusion the fusion
   * @return the options
   */
  public ClusterOptions clusterOptions(Fusion fusion) {
    SemanticScorer clustering = withLexical(ClusterOptions.standard().scorer()).withFusion(requireNonNull(fusion, "fusion"));
    return ClusterOptions.standard()
        .withScorer(clustering)
        .withCandidates(NearestNeighbours.standard(clustering))
        .withThreshold(CLUSTERING_THRESHOLD);
  }

  @Override
  public double score(String a, String b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    return fusion.score(lexical.score(a, b), cosine(a, b));
  }

  @Override
  public Similarity similarity(String a, String b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    return Explanation.of(lexical.similarity(a, b), a, b, cosine(a, b), fusion, encoder);
  }

  private double cosine(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    float[][] v = vectors(List.of(a, b));
    return Vectors.cosine(v[0], 0, v[1], 0, v[0].length);
  }

  /**
   * Returns the sentence vectors of texts, from the cache or encoded in one call for those not in it.
   *
   * @param texts the texts
   * @return one unit vector per text
   */
  float[][] vectors(List<String> texts) {
    float[][] out = new float[texts.size()][];
    Map<String, List<Integer>> missing = new HashMap<>();
    for (int t = 0; t < out.length; t++) {
      String text = requireNonNull(texts.get(t), "text");
      out[t] = cache.getIfPresent(text);
      if (out[t] == null) {
        missing.computeIfAbsent(text, k -> new ArrayList<>()).add(t);
      }
    }
    if (!missing.isEmpty()) {
      List<String> todo = new ArrayList<>(missing.keySet());
      todo.sort(null); // the encoder's output does not depend on order; this makes its calls repeatable
      float[][] encoded = encoder.encode(todo);
      checkArgument(encoded.length == todo.size(), "encoder %s gave %s vectors for %s texts", encoder.name(), encoded.length, todo.size());
      for (int k = 0; k < todo.size(); k++) {
        float[] v = encoded[k];
        checkArgument(v.length == encoder.dimension(), "encoder %s gave a vector of %s dimensions, not %s", encoder.name(), v.length, encoder.dimension());
        cache.put(todo.get(k), v);
        for (int t : missing.get(todo.get(k))) {
          out[t] = v;
        }
      }
    }
    return out;
  }

  @Override
  public PreparedTexts prepare(List<String> texts) {
    requireNonNull(texts, "texts");
    return new SemanticTexts(this, texts, lexical.prepare(texts), Vectors.of(texts, this::vectors, l -> {}));
  }

  @Override
  public PreparedTexts prepareAdapted(List<String> corpus, LongConsumer progress) {
    requireNonNull(corpus, "corpus");
    requireNonNull(progress, "progress");
    // The lexical scorer adapts and compiles in one pass; the fused texts need only this scorer's
    // fusion and encoder, which adapting does not change. Progress counts the encoding, the slow part.
    PreparedTexts words = lexical.prepareAdapted(corpus, done -> {});
    return new SemanticTexts(this, corpus, words, Vectors.of(corpus, this::vectors, progress));
  }

  /**
   * {@inheritDoc}
   *
   * <p>When {@code earlier} was prepared by a semantic scorer with this scorer's encoder, the
   * lexical scorer extends its lexical texts ({@link Scorer#prepareAdapted(PreparedTexts, List,
   * LongConsumer)}) and its sentence vectors are kept: only the texts of {@code more} that it does
   * not hold are encoded (or taken from the cache), as preparing all the texts at once would encode
   * them. Progress counts the encoding, {@code earlier}'s texts as done from the start. Otherwise
   * all the texts are prepared anew.
   */
  @Override
  public PreparedTexts prepareAdapted(PreparedTexts earlier, List<String> more, LongConsumer progress) {
    requireNonNull(earlier, "earlier");
    requireNonNull(more, "more");
    requireNonNull(progress, "progress");
    if (!(earlier instanceof SemanticTexts semantic && semantic.scorer().encoder() == encoder)) {
      return Scorer.super.prepareAdapted(earlier, more, progress);
    }
    List<String> all = new ArrayList<>(semantic.texts());
    all.addAll(more);
    PreparedTexts words = lexical.prepareAdapted(semantic.words(), more, done -> {});
    return new SemanticTexts(this, all, words, semantic.vectors().extend(semantic.texts(), more, this::vectors, progress));
  }

  @Override
  public SemanticScorer adaptedTo(List<String> corpus) {
    requireNonNull(corpus, "corpus");
    return new SemanticScorer(lexical.adaptedTo(corpus), encoder, fusion, cache);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SemanticScorer[%s, %s, %s]", lexical, encoder.name(), fusion);
  }
}
