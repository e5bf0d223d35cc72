package org.claimcompare.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimcompare.AlignedPair;
import org.claimcompare.MatchType;
import org.claimcompare.SentenceMatch;
import org.claimcompare.Similarity;
import org.claimcompare.score.AlignmentScorer;

/** Builds the fused similarity: see {@link SemanticScorer} for what it holds and how it adds up. */
final class Explanation {
  private Explanation() {}

  static Similarity of(Similarity lexical, String a, String b, double cosine, Fusion fusion, SentenceEncoder encoder) {
    double w = fusion.lexicalWeight();
    double sentence = (1 - w) * fusion.rescaled(cosine);
    double score = fusion.score(lexical.score(), cosine);
    List<AlignedPair> pairs = new ArrayList<>();
    for (AlignedPair p : lexical.pairs()) {
      pairs.add(new AlignedPair(p.left(), p.right(), p.type(), p.contribution() * w).at(p.leftIndex(), p.rightIndex()));
    }
    List<String> leftOver = new ArrayList<>(lexical.unmatchedLeft());
    List<String> rightOver = new ArrayList<>(lexical.unmatchedRight());
    int[] leftPlaces = places(lexical.leftWords(), lexical.pairs(), true, leftOver.size());
    int[] rightPlaces = places(lexical.rightWords(), lexical.pairs(), false, rightOver.size());
    int words = 2 * lexical.pairs().size() + leftOver.size() + rightOver.size();
    double rest = sentence;
    if (sentence > 0 && !leftOver.isEmpty() && !rightOver.isEmpty()) {
      float[][] va = wordVectors(a, leftOver, encoder);
      float[][] vb = wordVectors(b, rightOver, encoder);
      double floor = encoder.unrelatedTokenCosine();
      List<int[]> matched = match(va, vb, floor);
      boolean[] usedA = new boolean[va.length];
      boolean[] usedB = new boolean[vb.length];
      List<AlignedPair> semantic = new ArrayList<>();
      for (int[] m : matched) {
        double c = Vectors.cosine(va[m[0]], 0, vb[m[1]], 0, va[m[0]].length);
        double share = Math.min(rest, sentence * 2 * rescaled(c, floor) / words);
        rest -= share;
        usedA[m[0]] = true;
        usedB[m[1]] = true;
        semantic.add(new AlignedPair(leftOver.get(m[0]), rightOver.get(m[1]), MatchType.SEMANTIC, share, c,
            leftPlaces[m[0]], rightPlaces[m[1]]));
      }
      pairs.addAll(semantic);
      leftOver = remaining(leftOver, usedA);
      rightOver = remaining(rightOver, usedB);
    }
    // The score is computed by the fusion, not as this sum, so that it equals score(a, b) exactly;
    // the sum differs from it by rounding only.
    return new Similarity(score, pairs, leftOver, rightOver, lexical.penalties(),
        Optional.of(new SentenceMatch(encoder.name(), cosine, Math.max(0, rest))),
        lexical.leftWords(), lexical.rightWords());
  }

  /**
   * The positions among {@code words} of the words no pair holds, in text order (the unmatched
   * words, {@code count} of them); all -1 when the scorer did not list its words.
   */
  static int[] places(List<String> words, List<AlignedPair> pairs, boolean left, int count) {
    int[] out = new int[count];
    java.util.Arrays.fill(out, -1);
    if (words.isEmpty()) {
      return out;
    }
    boolean[] paired = new boolean[words.size()];
    for (AlignedPair p : pairs) {
      int k = left ? p.leftIndex() : p.rightIndex();
      if (k >= 0) {
        paired[k] = true;
      }
    }
    int n = 0;
    for (int k = 0; k < words.size() && n < count; k++) {
      if (!paired[k]) {
        out[n++] = k;
      }
    }
    return out;
  }

  private static List<String> remaining(List<String> words, boolean[] used) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < words.size(); k++) {
      if (!used[k]) {
        out.add(words.get(k));
      }
    }
    return out;
  }

  /** A cosine rescaled so that the model's cosine of unrelated tokens gives 0 and 1 gives 1. */
  static double rescaled(double cosine, double floor) {
    return Math.max(0, (cosine - floor) / (1 - floor));
  }

  /**
   * Greedy one-to-one matching, strongest cosine first (ties by the first side's word, then the
   * second's), down to a rescaled cosine of {@link SemanticScorer#WORD_MIN_COSINE}; in the order of
   * the first side. Words without a vector (null: function words, or not found) take no part.
   */
  static List<int[]> match(float[][] va, float[][] vb, double floor) {
    List<double[]> candidates = new ArrayList<>();
    for (int i = 0; i < va.length; i++) {
      for (int j = 0; j < vb.length; j++) {
        if (va[i] != null && vb[j] != null) {
          double c = Vectors.cosine(va[i], 0, vb[j], 0, va[i].length);
          if (rescaled(c, floor) >= SemanticScorer.WORD_MIN_COSINE) {
            candidates.add(new double[] {c, i, j});
          }
        }
      }
    }
    candidates.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
        : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
    boolean[] usedA = new boolean[va.length];
    boolean[] usedB = new boolean[vb.length];
    List<int[]> out = new ArrayList<>();
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (!usedA[i] && !usedB[j]) {
        usedA[i] = true;
        usedB[j] = true;
        out.add(new int[] {i, j});
      }
    }
    out.sort((x, y) -> Integer.compare(x[0], y[0]));
    return out;
  }

  /**
   * The vector in context of each of {@code words} (case-folded, in text order) of {@code text}:
   * the unit mean of the vectors of the model's tokens that overlap the word where it occurs, each
   * word looked for after the one before, as a whole word; null for a word not found and for a
   * function word ("in", "would"; but "US" written so is a name), which is not paired by meaning.
   */
  static float[][] wordVectors(String text, List<String> words, SentenceEncoder encoder) {
    TokenVectors tokens = encoder.tokens(text);
    float[][] out = new float[words.size()][];
    int cursor = 0;
    for (int k = 0; k < words.size(); k++) {
      String word = words.get(k);
      int at = find(text, word, cursor);
      if (at >= 0) {
        cursor = at + word.length();
      }
      if (at < 0 || AlignmentScorer.isFunctionWord(word) && !acronym(text, at, word.length())) {
        continue;
      }
      double[] sum = null;
      for (int t = 0; t < tokens.size(); t++) {
        if (tokens.starts()[t] < at + word.length() && tokens.ends()[t] > at) {
          float[] v = tokens.vectors()[t];
          if (sum == null) {
            sum = new double[v.length];
          }
          for (int d = 0; d < v.length; d++) {
            sum[d] += v[d];
          }
        }
      }
      out[k] = sum == null ? null : Vectors.unit(sum);
    }
    return out;
  }

  /** Whether the word as written has a capital after its first letter: "US" is not the pronoun "us". */
  private static boolean acronym(String text, int at, int length) {
    for (int k = at + 1; k < at + length; k++) {
      if (Character.isUpperCase(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** The first whole-word occurrence of {@code word} in {@code text} from {@code from}, ignoring case. */
  private static int find(String text, String word, int from) {
    if (word.isEmpty()) {
      return -1;
    }
    for (int at = from; at + word.length() <= text.length(); at++) {
      if (text.regionMatches(true, at, word, 0, word.length())
          && (at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at)))
          && (at + word.length() == text.length() || !Character.isLetterOrDigit(text.codePointAt(at + word.length())))) {
        return at;
      }
    }
    return from > 0 ? find(text, word, 0) : -1;
  }
}
