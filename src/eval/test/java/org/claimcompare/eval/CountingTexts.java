package org.claimcompare.eval;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimcompare.Similarity;
import org.claimcompare.score.PreparedTexts;

/** Prepared texts for tests: scores from a symmetric matrix, counting every score asked for. */
final class CountingTexts implements PreparedTexts {
  private final double[][] scores;
  final AtomicInteger scored = new AtomicInteger();

  CountingTexts(double[][] scores) {
    this.scores = scores;
  }

  /** Texts whose only given scores are {@code {i, j, score}} triples; every other pair scores 0. */
  static CountingTexts of(int n, double[]... pairs) {
    double[][] m = new double[n][n];
    for (double[] p : pairs) {
      m[(int) p[0]][(int) p[1]] = p[2];
      m[(int) p[1]][(int) p[0]] = p[2];
    }
    return new CountingTexts(m);
  }

  @Override
  public int size() {
    return scores.length;
  }

  @Override
  public String text(int i) {
    return "w" + i;
  }

  @Override
  public List<String> words(int i) {
    return List.of("w" + i);
  }

  @Override
  public double score(int i, int j) {
    scored.incrementAndGet();
    return scores[i][j];
  }

  @Override
  public Similarity similarity(int i, int j) {
    return Similarity.of(score(i, j));
  }
}
