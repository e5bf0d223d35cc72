package org.claimcompare.semantic;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Approximate nearest neighbours for many vectors: an inverted file index (IVF), as in FAISS. The
 * vectors are grouped into {@code √n} clusters by spherical k-means; each text is then compared
 * with the members of the {@value #PROBES} clusters whose centres are nearest to it.
 *
 * <p>Deterministic: the first centres are the vectors at evenly spaced indices, k-means runs a fixed
 * {@value #ITERATIONS} rounds (a vector joins the nearest centre, ties to the lower centre), each
 * text's clusters are searched in the order of their centres' similarity, and its neighbours are
 * kept as the exact search keeps them (most similar first, ties to the lower index).
 */
final class Inverted {
  /** Rounds of k-means. */
  static final int ITERATIONS = 6;
  /** Clusters searched per text. */
  static final int PROBES = 10;

  private Inverted() {}

  /** Each vector's {@code k} nearest others found through the index: most similar first. */
  static int[][] nearest(Vectors v, int k) {
    int n = v.size();
    int dim = v.dimension();
    float[] data = v.data();
    int lists = Math.max(1, (int) Math.round(Math.sqrt(n)));
    float[] centres = new float[lists * dim];
    for (int c = 0; c < lists; c++) {
      System.arraycopy(data, v.distinct((int) ((long) c * n / lists)) * dim, centres, c * dim, dim);
    }
    int[] assigned = new int[n];
    for (int round = 0; round < ITERATIONS; round++) {
      float[] current = centres;
      IntStream.range(0, n).parallel().forEach(i -> assigned[i] = closest(current, lists, data, v.distinct(i) * dim, dim));
      centres = means(data, v, assigned, lists, dim, current);
    }
    float[] finalCentres = centres;
    IntStream.range(0, n).parallel().forEach(i -> assigned[i] = closest(finalCentres, lists, data, v.distinct(i) * dim, dim));
    // Members of each list, in index order.
    int[] start = new int[lists + 1];
    for (int a : assigned) {
      start[a + 1]++;
    }
    for (int c = 0; c < lists; c++) {
      start[c + 1] += start[c];
    }
    int[] members = new int[n];
    int[] fill = Arrays.copyOf(start, lists);
    for (int i = 0; i < n; i++) {
      members[fill[assigned[i]]++] = i;
    }
    int probes = Math.min(PROBES, lists);
    int width = Math.min(k, n - 1);
    int[][] out = new int[n][];
    Thread caller = Thread.currentThread();
    IntStream.range(0, n).parallel().forEach(i -> {
      if (caller.isInterrupted()) {
        return; // the caller throws below; an exception thrown here would reach it as a copy
      }
      int self = v.distinct(i);
      int[] order = nearestCentres(finalCentres, lists, data, self * dim, dim, probes);
      TopK best = new TopK(width);
      int[] candidates = new int[0];
      for (int c : order) {
        int from = candidates.length;
        candidates = Arrays.copyOf(candidates, from + start[c + 1] - start[c]);
        System.arraycopy(members, start[c], candidates, from, start[c + 1] - start[c]);
      }
      Arrays.sort(candidates); // index order, as the exact search meets them
      for (int j : candidates) {
        if (j != i) {
          int other = v.distinct(j);
          best.offer(j, other == self ? 1 : Vectors.cosine(data, self * dim, data, other * dim, dim));
        }
      }
      out[i] = best.indices();
    });
    NearestNeighbours.stopIfInterrupted(caller);
    return out;
  }

  /** The centre most similar to a vector; ties to the lower centre. */
  private static int closest(float[] centres, int lists, float[] data, int from, int dim) {
    int best = 0;
    double top = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < lists; c++) {
      double s = Vectors.cosine(centres, c * dim, data, from, dim);
      if (s > top) {
        top = s;
        best = c;
      }
    }
    return best;
  }

  /** The {@code probes} centres most similar to a vector, most similar first, ties to the lower. */
  private static int[] nearestCentres(float[] centres, int lists, float[] data, int from, int dim, int probes) {
    TopK best = new TopK(probes);
    for (int c = 0; c < lists; c++) {
      best.offer(c, Vectors.cosine(centres, c * dim, data, from, dim));
    }
    return best.indices();
  }

  /** The unit mean of each cluster's members; an empty cluster keeps its centre. */
  private static float[] means(float[] data, Vectors v, int[] assigned, int lists, int dim, float[] previous) {
    double[] sum = new double[lists * dim];
    int[] count = new int[lists];
    for (int i = 0; i < assigned.length; i++) {
      int c = assigned[i];
      int from = v.distinct(i) * dim;
      count[c]++;
      for (int d = 0; d < dim; d++) {
        sum[c * dim + d] += data[from + d];
      }
    }
    float[] out = new float[lists * dim];
    for (int c = 0; c < lists; c++) {
      if (count[c] == 0) {
        System.arraycopy(previous, c * dim, out, c * dim, dim);
      } else {
        float[] unit = Vectors.unit(Arrays.copyOfRange(sum, c * dim, (c + 1) * dim));
        System.arraycopy(unit, 0, out, c * dim, dim);
      }
    }
    return out;
  }
}
