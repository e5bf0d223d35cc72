package org.claimcompare.semantic;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.claimcompare.cluster.CandidateGenerator;
import org.claimcompare.score.PreparedTexts;

/**
 * Candidates for semantic clustering: the pairs a lexical generator proposes, united with each
 * text's nearest neighbours by sentence vector, so that renderings sharing no rare word still meet.
 *
 * <p>Up to {@value #EXACT_UP_TO} texts the neighbours are exact: each text is compared with every
 * other (rows on all cores), and keeps its {@code k} most similar, ties to the lower index. That is
 * {@code n²} dot products: about 5 s for 10,000 texts and 22 s for 20,000 on two cores. Beyond, an
 * inverted index of {@code √n} clusters of vectors is searched in the nearest few clusters of each
 * text ({@link Inverted}), in time near {@code n^1.5}; see {@code docs/benchmarks.md} for its cost
 * and how many of the exact neighbours it finds. Texts
 * prepared by a {@link SemanticScorer} bring their vectors; for others (a wrapper's, say) the
 * vectors come from the generator's scorer, which encodes each text once.
 *
 * <p>Immutable and thread-safe.
 */
public final class NearestNeighbours implements CandidateGenerator {
  /**
   * Up to this many texts the neighbours are exact; beyond, they come from an inverted index of
   * clusters of vectors ({@link Inverted}), which finds most of them at a small part of the cost.
   */
  static final int EXACT_UP_TO = 20_000;
  /** How many neighbours each text proposes by default. */
  public static final int DEFAULT_NEIGHBOURS = 10;

  private final CandidateGenerator lexical;
  private final int neighbours;
  private final SemanticScorer scorer;
  /**
   * The neighbours of the last texts this generator and those derived from it were asked about,
   * with those texts: a clustering at several thresholds (an evaluation's sweep) finds them once.
   */
  private final AtomicReference<Memo> last;

  private record Memo(List<String> texts, int neighbours, int[][] near) {}

  private NearestNeighbours(CandidateGenerator lexical, int neighbours, SemanticScorer scorer) {
    this.lexical = lexical;
    this.neighbours = neighbours;
    this.scorer = scorer;
    this.last = new AtomicReference<>();
  }

  private NearestNeighbours(CandidateGenerator lexical, int neighbours, SemanticScorer scorer, AtomicReference<Memo> last) {
    this.lexical = lexical;
    this.neighbours = neighbours;
    this.scorer = scorer;
    this.last = last;
  }

  /**
   * Returns the lexical generator's candidates united with {@code neighbours} nearest neighbours by
   * sentence vector per text.
   *
   * @param lexical the lexical generator, such as {@link CandidateGenerator#standard()}
   * @param neighbours how many neighbours each text proposes, at least 0
   * @param scorer the scorer whose vectors to use for texts it did not prepare
   * @return the generator
   */
  public static NearestNeighbours of(CandidateGenerator lexical, int neighbours, SemanticScorer scorer) {
    checkArgument(neighbours >= 0, "neighbours must be at least 0: %s", neighbours);
    return new NearestNeighbours(requireNonNull(lexical, "lexical"), neighbours, requireNonNull(scorer, "scorer"));
  }

  /**
   * Returns the standard lexical candidates united with {@value #DEFAULT_NEIGHBOURS} nearest
   * neighbours per text.
   *
   * @param scorer the scorer whose vectors to use for texts it did not prepare
   * @return the generator
   */
  public static NearestNeighbours standard(SemanticScorer scorer) {
    return of(CandidateGenerator.standard(), DEFAULT_NEIGHBOURS, scorer);
  }

  @Override
  public NearestNeighbours atThreshold(double threshold) {
    return new NearestNeighbours(lexical.atThreshold(threshold), neighbours, scorer, last);
  }

  /** Without sentence vectors, the lexical candidates only. */
  @Override
  public void propose(List<List<String>> words, PairSink sink) {
    lexical.propose(words, sink);
  }

  @Override
  public void propose(PreparedTexts texts, PairSink sink) {
    lexical.propose(texts, sink);
    if (neighbours > 0 && texts.size() > 1) {
      List<String> strings = IntStream.range(0, texts.size()).mapToObj(texts::text).toList();
      Memo memo = last.get();
      int[][] near;
      if (memo != null && memo.neighbours == neighbours && memo.texts.equals(strings)) {
        near = memo.near;
      } else {
        Vectors vectors = texts instanceof SemanticTexts semantic ? semantic.vectors()
            : Vectors.of(strings, scorer::vectors, done -> {});
        near = vectors.size() <= EXACT_UP_TO ? nearest(vectors, neighbours) : Inverted.nearest(vectors, neighbours);
        last.set(new Memo(strings, neighbours, near));
      }
      for (int i = 0; i < near.length; i++) {
        for (int j : near[i]) {
          sink.accept(i, j);
        }
      }
    }
  }

  /** Each text's {@code k} nearest other texts by cosine, most similar first, ties to the lower index. */
  static int[][] nearest(Vectors v, int k) {
    int n = v.size();
    int dim = v.dimension();
    float[] data = v.data();
    int[][] out = new int[n][];
    Thread caller = Thread.currentThread();
    IntStream.range(0, n).parallel().forEach(i -> {
      if (caller.isInterrupted()) {
        return; // the caller throws below; an exception thrown here would reach it as a copy
      }
      TopK best = new TopK(Math.min(k, n - 1));
      int from = v.distinct(i) * dim;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          best.offer(j, v.distinct(j) == v.distinct(i) ? 1 : dot(data, from, v.distinct(j) * dim, dim));
        }
      }
      out[i] = best.indices();
    });
    stopIfInterrupted(caller);
    return out;
  }

  /**
   * Throws if the thread that asked for the neighbours was interrupted, as the clustering engine does
   * in its own steps: the search of a large input takes a minute or more.
   */
  static void stopIfInterrupted(Thread caller) {
    if (caller.isInterrupted()) {
      throw new CancellationException("interrupted while finding the nearest neighbours");
    }
  }

  /** A dot product with four running sums, so the processor overlaps the additions. */
  private static double dot(float[] data, int a, int b, int dim) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int d = 0;
    for (; d + 3 < dim; d += 4) {
      s0 += data[a + d] * data[b + d];
      s1 += data[a + d + 1] * data[b + d + 1];
      s2 += data[a + d + 2] * data[b + d + 2];
      s3 += data[a + d + 3] * data[b + d + 3];
    }
    for (; d < dim; d++) {
      s0 += data[a + d] * data[b + d];
    }
    return (double) s0 + s1 + s2 + s3;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "NearestNeighbours[%s, %d per text]", lexical, neighbours);
  }
}
