package org.claimcompare.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The sentence vectors of a list of texts, compact: one float array for all distinct texts, and
 * for each text the index of its distinct text, so that copies share a vector and compare as the
 * same text.
 */
final class Vectors {
  /** Distinct texts encoded per call, so that progress can be reported on long inputs. */
  static final int CHUNK = 1_024;

  private final float[] data;
  private final int[] distinct;
  private final int dimension;

  private Vectors(float[] data, int[] distinct, int dimension) {
    this.data = data;
    this.distinct = distinct;
    this.dimension = dimension;
  }

  /**
   * Encodes the distinct texts of {@code texts} in chunks, in the order they first appear,
   * reporting the number of texts done after each chunk.
   */
  static Vectors of(List<String> texts, Function<List<String>, float[][]> encode, LongConsumer progress) {
    Map<String, Integer> index = new HashMap<>();
    List<String> unique = new ArrayList<>();
    int[] distinct = new int[texts.size()];
    for (int t = 0; t < distinct.length; t++) {
      String text = texts.get(t);
      Integer k = index.putIfAbsent(text, unique.size());
      if (k == null) {
        k = unique.size();
        unique.add(text);
      }
      distinct[t] = k;
    }
    float[] data = null;
    int dimension = 0;
    for (int from = 0; from < unique.size(); from += CHUNK) {
      int to = Math.min(unique.size(), from + CHUNK);
      float[][] v = encode.apply(unique.subList(from, to));
      if (data == null) {
        dimension = v.length == 0 ? 0 : v[0].length;
        data = new float[Math.multiplyExact(unique.size(), dimension)];
      }
      for (int k = from; k < to; k++) {
        float[] row = v[k - from];
        if (row.length != dimension) {
          throw new IllegalArgumentException("the encoder gave vectors of " + row.length + " and " + dimension + " dimensions");
        }
        System.arraycopy(row, 0, data, k * dimension, dimension);
      }
      progress.accept((long) to * texts.size() / Math.max(1, unique.size()));
    }
    progress.accept(texts.size());
    return new Vectors(data == null ? new float[0] : data, distinct, dimension);
  }

  /**
   * These vectors followed by those of {@code more}: a text of {@code more} that is one of {@code
   * texts} (these vectors' texts, in order) or comes earlier in {@code more} shares its vector, and
   * the others are encoded in chunks, in the order they first appear, as {@link #of} encodes. These
   * vectors are left as they are. Progress counts {@code texts} as done from the start.
   */
  Vectors extend(List<String> texts, List<String> more, Function<List<String>, float[][]> encode, LongConsumer progress) {
    if (distinct.length == 0) {
      return of(more, encode, progress);
    }
    Map<String, Integer> index = new HashMap<>();
    for (int t = 0; t < distinct.length; t++) {
      index.putIfAbsent(texts.get(t), distinct[t]);
    }
    int known = data.length / dimension;
    List<String> unique = new ArrayList<>();
    int[] all = Arrays.copyOf(distinct, distinct.length + more.size());
    for (int t = 0; t < more.size(); t++) {
      String text = more.get(t);
      Integer k = index.putIfAbsent(text, known + unique.size());
      if (k == null) {
        k = known + unique.size();
        unique.add(text);
      }
      all[distinct.length + t] = k;
    }
    float[] grown = Arrays.copyOf(data, Math.multiplyExact(known + unique.size(), dimension));
    for (int from = 0; from < unique.size(); from += CHUNK) {
      int to = Math.min(unique.size(), from + CHUNK);
      float[][] v = encode.apply(unique.subList(from, to));
      for (int k = from; k < to; k++) {
        float[] row = v[k - from];
        if (row.length != dimension) {
          throw new IllegalArgumentException("the encoder gave vectors of " + row.length + " and " + dimension + " dimensions");
        }
        System.arraycopy(row, 0, grown, (known + k) * dimension, dimension);
      }
      progress.accept(distinct.length + (long) to * more.size() / unique.size());
    }
    progress.accept(all.length);
    return new Vectors(grown, all, dimension);
  }

  /** The vectors of some of the texts: text {@code k} of the result is text {@code indices[k]}. */
  Vectors subset(int[] indices) {
    int[] d = new int[indices.length];
    for (int k = 0; k < d.length; k++) {
      d[k] = distinct[indices[k]];
    }
    return new Vectors(data, d, dimension);
  }

  /** The cosine of two texts' vectors: 1 for copies of one text. */
  double cosine(int i, int j) {
    int a = distinct[i];
    int b = distinct[j];
    return a == b ? 1 : cosine(data, a * dimension, data, b * dimension, dimension);
  }

  /** The vector of text {@code i}, copied. */
  float[] vector(int i) {
    float[] v = new float[dimension];
    System.arraycopy(data, distinct[i] * dimension, v, 0, dimension);
    return v;
  }

  int size() {
    return distinct.length;
  }

  int dimension() {
    return dimension;
  }

  /** The raw array and the distinct index of each text, for the nearest-neighbour search. */
  float[] data() {
    return data;
  }

  int distinct(int i) {
    return distinct[i];
  }

  /** The vector scaled to unit length, in floats; a zero vector stays zero. */
  static float[] unit(double[] v) {
    double norm = 0;
    for (double x : v) {
      norm += x * x;
    }
    float[] out = new float[v.length];
    if (norm > 0) {
      double s = 1 / Math.sqrt(norm);
      for (int d = 0; d < v.length; d++) {
        out[d] = (float) (v[d] * s);
      }
    }
    return out;
  }

  /** The vector scaled to unit length. */
  static float[] unit(float[] v) {
    double[] d = new double[v.length];
    for (int k = 0; k < v.length; k++) {
      d[k] = v[k];
    }
    return unit(d);
  }

  /**
   * The cosine of two unit vectors: their dot product, summed in double in index order (so the same
   * for (u, v) and (v, u)), clamped to [-1, 1]. A zero vector has cosine 0 with everything.
   */
  static double cosine(float[] u, int uFrom, float[] v, int vFrom, int dimension) {
    double dot = 0;
    for (int d = 0; d < dimension; d++) {
      dot += (double) u[uFrom + d] * v[vFrom + d];
    }
    return Math.max(-1, Math.min(1, dot));
  }
}
