package org.claimcompare.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * A sparse vector of term weights, with terms numbered in lexicographic order across the texts
 * prepared together. Because every pair is merged in term order, a dot product sums the same
 * products in the same order whichever vector comes first, so cosine and Jaccard are exactly
 * symmetric and do not depend on which other texts were prepared alongside.
 */
final class TermVector {
  private final int[] terms;
  private final double[] weights;
  private final double norm;

  private TermVector(int[] terms, double[] weights) {
    this.terms = terms;
    this.weights = weights;
    double sum = 0;
    for (double w : weights) {
      sum += w * w;
    }
    this.norm = Math.sqrt(sum);
  }

  /**
   * Builds one vector per text: each occurrence of a term adds {@code weight.applyAsDouble(term)}
   * to that term's weight.
   */
  static List<TermVector> of(List<List<String>> termsOfTexts, ToDoubleFunction<String> weight) {
    TreeSet<String> all = new TreeSet<>();
    termsOfTexts.forEach(all::addAll);
    Map<String, Integer> ids = new TreeMap<>();
    for (String t : all) {
      ids.put(t, ids.size());
    }
    List<TermVector> vectors = new ArrayList<>(termsOfTexts.size());
    for (List<String> terms : termsOfTexts) {
      TreeMap<Integer, Double> sums = new TreeMap<>();
      for (String t : terms) {
        sums.merge(ids.get(t), weight.applyAsDouble(t), Double::sum);
      }
      vectors.add(new TermVector(
          sums.keySet().stream().mapToInt(Integer::intValue).toArray(),
          sums.values().stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return vectors;
  }

  /** The cosine of the angle between the vectors in [0, 1]; 0 when either has no terms. */
  double cosine(TermVector other) {
    if (norm == 0 || other.norm == 0) {
      return 0;
    }
    double dot = 0;
    for (int i = 0, j = 0; i < terms.length && j < other.terms.length; ) {
      int c = Integer.compare(terms[i], other.terms[j]);
      if (c == 0) {
        dot += weights[i++] * other.weights[j++];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1, dot / (norm * other.norm));
  }

  /** The Jaccard index of the two term sets in [0, 1]; 0 when both are empty. */
  double jaccard(TermVector other) {
    int shared = 0;
    for (int i = 0, j = 0; i < terms.length && j < other.terms.length; ) {
      int c = Integer.compare(terms[i], other.terms[j]);
      shared += c == 0 ? 1 : 0;
      i += c <= 0 ? 1 : 0;
      j += c >= 0 ? 1 : 0;
    }
    int union = terms.length + other.terms.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }
}
