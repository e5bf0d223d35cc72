package org.claimcompare.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.claimcompare.cluster.CandidateGenerator;
import org.claimcompare.score.PreparedTexts;

/**
 * The scores of the candidate pairs of a set of texts, each computed once (in parallel, each into
 * its own slot, so the result does not depend on scheduling) and then looked up by every
 * clustering of a threshold sweep.
 */
final class CandidateScores {
  private final int size;
  /** The pairs as {@code i * size + j} with {@code i < j}, ascending. */
  private final long[] pairs;
  private final double[] scores;

  private CandidateScores(int size, long[] pairs, double[] scores) {
    this.size = size;
    this.pairs = pairs;
    this.scores = scores;
  }

  /** Scores the distinct pairs that {@code generator} proposes for the prepared texts. */
  static CandidateScores of(PreparedTexts texts, CandidateGenerator generator) {
    int n = texts.size();
    List<List<String>> words = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      words.add(texts.words(i));
    }
    LongList proposed = new LongList();
    generator.propose(words, (x, y) -> proposed.add((long) Math.min(x, y) * n + Math.max(x, y)));
    long[] pairs = proposed.sortedDistinct();
    double[] scores = new double[pairs.length];
    IntStream.range(0, pairs.length).parallel()
        .forEach(k -> scores[k] = texts.score((int) (pairs[k] / n), (int) (pairs[k] % n)));
    return new CandidateScores(n, pairs, scores);
  }

  int size() {
    return size;
  }

  int count() {
    return pairs.length;
  }

  int first(int k) {
    return (int) (pairs[k] / size);
  }

  int second(int k) {
    return (int) (pairs[k] % size);
  }

  double score(int k) {
    return scores[k];
  }

  /** The score of a candidate pair, in either order; empty for a pair that was not proposed. */
  OptionalDouble find(int i, int j) {
    int k = Arrays.binarySearch(pairs, (long) Math.min(i, j) * size + Math.max(i, j));
    return k >= 0 ? OptionalDouble.of(scores[k]) : OptionalDouble.empty();
  }

  /** A growable array of longs, to collect millions of pairs without boxing. */
  private static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] sortedDistinct() {
      long[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int k = 0; k < sorted.length; k++) {
        if (k == 0 || sorted[k] != sorted[k - 1]) {
          sorted[distinct++] = sorted[k];
        }
      }
      return Arrays.copyOf(sorted, distinct);
    }
  }
}
