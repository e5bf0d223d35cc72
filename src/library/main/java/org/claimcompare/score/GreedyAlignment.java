package org.claimcompare.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.claimcompare.MatchType;
import org.jspecify.annotations.Nullable;

/**
 * The greedy one-to-one alignment of {@link Alignment}, computed on distinct forms so that its
 * cost does not grow with how often a form repeats.
 *
 * <p>The greedy takes candidate pairs of positions strongest first, then closest (the weights, or
 * the spelling similarity), then by position in the first text, then in the second, skipping
 * positions already aligned. Every reason to align two words depends on their forms only, so the
 * candidates come in classes: every position of form {@code x} in the first text with every
 * position of form {@code y} in the second, all equally strong and close. Taking them in that
 * order has two consequences this class relies on:
 *
 * <ul>
 *   <li>the positions of a form are always aligned in ascending order, so the aligned ones are a
 *       prefix and one counter per form says which are free;
 *   <li>among classes of equal strength and closeness (a <i>level</i>), the free positions of the
 *       first text are served in ascending order, each taking the first free position among the
 *       forms it may align with, and a form whose partners have no free position left is done
 *       for that level.
 * </ul>
 *
 * <p>Cost: the classes are found through indexes (form, stem, synset) in time linear in the
 * number of distinct forms, except near spellings, for which a form is compared with at most
 * {@value Alignment#NEAR_MAX_COMPARISONS} forms of the other text (those closest in length) and
 * only forms of at most {@value Alignment#NEAR_MAX_LENGTH} characters, so each comparison is
 * bounded too. A level costs O((p + c) log p) for {@code p} aligned positions and {@code c}
 * classes, so the whole alignment is O(n log n) in the number of words, whatever the repetition.
 */
final class GreedyAlignment {
  /** Jaro-Winkler similarity, thread-safe (it keeps no state). */
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /** Below this many pairs of lexical forms, synonyms are found by comparing every pair. */
  private static final int SYNONYM_INDEX_THRESHOLD = 4096;

  /** Closest first, then by form number in the first text, then in the second. */
  private static final Comparator<Edge> LEVEL_ORDER =
      Comparator.comparingDouble(Edge::closeness).reversed()
          .thenComparingInt(Edge::x)
          .thenComparingInt(Edge::y);

  /**
   * One class of candidate pairs: every position of form {@code x} of the first text with every
   * position of form {@code y} of the second.
   */
  private record Edge(int x, int y, double closeness) {}

  /** An aligned pair of positions. */
  record Pair(int i, int j, MatchType type, double strength) {}

  private final WordProfile a;
  private final WordProfile b;
  /** For each form of {@code a}: how many of its positions are aligned, always its first ones. */
  private final int[] usedA;
  private final int[] usedB;
  /** For each form of {@code b}: the last level in which it was seen as a partner. */
  private final int[] partnerLevel;
  private int level;
  private final List<Pair> pairs = new ArrayList<>();

  private GreedyAlignment(WordProfile a, WordProfile b) {
    this.a = a;
    this.b = b;
    this.usedA = new int[a.formCount()];
    this.usedB = new int[b.formCount()];
    this.partnerLevel = new int[b.formCount()];
  }

  /** Returns the aligned pairs of two profiles, ordered by position in the first. */
  static List<Pair> align(WordProfile a, WordProfile b) {
    GreedyAlignment g = new GreedyAlignment(a, b);
    g.tier(g.sameForms(), null, 1.0);
    g.tier(g.sameStems(), MatchType.STEM, Alignment.STEM_STRENGTH);
    g.tier(g.nearSpellings(), MatchType.NEAR_SPELLING, Alignment.NEAR_STRENGTH);
    List<Edge> synonyms = new ArrayList<>();
    List<Edge> related = new ArrayList<>();
    g.lexical(synonyms, related);
    g.tier(synonyms, MatchType.SYNONYM, Alignment.SYNONYM_STRENGTH);
    if (Alignment.RELATED_STRENGTH > 0) {
      g.tier(related, MatchType.RELATED, Alignment.RELATED_STRENGTH);
    }
    g.pairs.sort(Comparator.comparingInt(Pair::i));
    return g.pairs;
  }

  private List<Edge> sameForms() {
    List<Edge> out = new ArrayList<>();
    for (int x = 0; x < a.formCount(); x++) {
      Integer y = b.formIds.get(a.distinctForms.get(x));
      if (y != null) {
        out.add(new Edge(x, y, a.formWeight(x) + b.formWeight(y)));
      }
    }
    return out;
  }

  private List<Edge> sameStems() {
    List<Edge> out = new ArrayList<>();
    for (int x = 0; x < a.formCount(); x++) {
      for (int y : b.formsOfStem.get(a.formStem(x))) {
        if (!a.distinctForms.get(x).equals(b.distinctForms.get(y))) {
          out.add(new Edge(x, y, a.formWeight(x) + b.formWeight(y)));
        }
      }
    }
    return out;
  }

  /**
   * Content words with no same-form or same-stem partner that are spelled almost alike
   * (Jaro-Winkler), each compared with the other text's forms closest to it in length. Words whose
   * lengths differ too much cannot reach the bar: Jaro-Winkler is at most {@code 0.4 + 0.6 j} and
   * Jaro {@code j} at most {@code (2 + shorter / longer) / 3}, so below {@link
   * Alignment#NEAR_MIN_LENGTH_RATIO} the pair is skipped without computing it.
   */
  private List<Edge> nearSpellings() {
    List<Edge> out = new ArrayList<>();
    for (int x : a.nearForms) {
      String form = a.distinctForms.get(x);
      if (b.formIds.containsKey(form) || b.formsOfStem.containsKey(a.formStem(x))) {
        continue;
      }
      for (int y : closestInLength(form)) {
        String other = b.distinctForms.get(y);
        if (compatible(form.length(), other.length()) && enoughCommonLetters(x, y)
            && !a.formIds.containsKey(other)) {
          double jw = JARO_WINKLER.apply(form, other);
          if (jw >= Alignment.NEAR_MIN_SIMILARITY) {
            out.add(new Edge(x, y, jw));
          }
        }
      }
    }
    return out;
  }

  /**
   * The near-spelling forms of {@code b} whose length is compatible with {@code form}'s, at most
   * {@value Alignment#NEAR_MAX_COMPARISONS}: its neighbours in {@code b}'s forms ordered by length
   * then alphabetically, taking from below or above whichever is closer in length, then whichever
   * shares the longer prefix with it (Jaro-Winkler rewards a common prefix), then from below.
   */
  private int[] closestInLength(String form) {
    int[] forms = b.nearForms;
    if (forms.length <= Alignment.NEAR_MAX_COMPARISONS) {
      return forms; // all of them: which are compatible is checked with the spelling
    }
    int hi = insertionPoint(forms, form);
    int lo = hi - 1;
    int[] out = new int[Math.min(forms.length, Alignment.NEAR_MAX_COMPARISONS)];
    int n = 0;
    while (n < out.length) {
      boolean below = lo >= 0 && compatible(form.length(), formB(forms[lo]).length());
      boolean above = hi < forms.length && compatible(form.length(), formB(forms[hi]).length());
      if (!below && !above) {
        break;
      }
      out[n++] = below && (!above || closer(form, formB(forms[lo]), formB(forms[hi])))
          ? forms[lo--] : forms[hi++];
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** Whether {@code x} is closer to {@code form} than {@code y}, or as close. */
  private static boolean closer(String form, String x, String y) {
    int dx = Math.abs(form.length() - x.length());
    int dy = Math.abs(form.length() - y.length());
    if (dx != dy) {
      return dx < dy;
    }
    return commonPrefix(form, x) >= commonPrefix(form, y);
  }

  private static int commonPrefix(String x, String y) {
    int k = 0;
    while (k < x.length() && k < y.length() && x.charAt(k) == y.charAt(k)) {
      k++;
    }
    return k;
  }

  private String formB(int y) {
    return b.distinctForms.get(y);
  }

  /** The index at which {@code form} would stand among {@code forms} (by length, then alphabet). */
  private int insertionPoint(int[] forms, String form) {
    int lo = 0;
    int hi = forms.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (WordProfile.NEAR_ORDER.compare(formB(forms[mid]), form) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean compatible(int x, int y) {
    return Math.min(x, y) >= (Alignment.NEAR_MIN_LENGTH_RATIO - 1e-9) * Math.max(x, y);
  }

  /**
   * Jaro counts matching letters {@code m}, and {@code (m / |x| + m / |y| + 1) / 3} must reach
   * {@link Alignment#NEAR_MIN_JARO} for Jaro-Winkler to reach the bar; {@code m} is at most the
   * number of letters the two words have in common (as multisets), which the profiles have counted.
   */
  private boolean enoughCommonLetters(int x, int y) {
    byte[] p = a.letterCounts[x];
    byte[] q = b.letterCounts[y];
    if (p == null || q == null) {
      return true;
    }
    int common = 0;
    for (int k = 0; k < p.length; k++) {
      common += Math.min(p[k], q[k]);
    }
    double lx = a.distinctForms.get(x).length();
    double ly = b.distinctForms.get(y).length();
    return common / lx + common / ly + 1 >= 3 * Alignment.NEAR_MIN_JARO - 1e-9;
  }

  /**
   * Content words whose stems share a WordNet synset ({@code synonyms}) or are one relation apart
   * ({@code related}) and that have no same-stem partner on the other side.
   */
  private void lexical(List<Edge> synonyms, List<Edge> related) {
    @Nullable SynsetIndex index = (long) a.lexicalForms.length * b.lexicalForms.length > SYNONYM_INDEX_THRESHOLD
        ? new SynsetIndex(b) : null;
    for (int x : a.lexicalForms) {
      int pos = a.formPositions[x][0];
      int[] synsets = a.synsets[pos];
      int[] relatedSynsets = a.related[pos];
      if (b.formsOfStem.containsKey(a.formStem(x))
          || !Synonyms.share(synsets, b.allSynsets) && !Synonyms.share(synsets, b.allRelated)
              && !Synonyms.share(relatedSynsets, b.allSynsets)) {
        continue;
      }
      for (int y : index == null ? b.lexicalForms : index.partners(synsets, relatedSynsets)) {
        int[] other = b.synsets[b.formPositions[y][0]];
        int[] otherRelated = b.related[b.formPositions[y][0]];
        if (a.formsOfStem.containsKey(b.formStem(y))) {
          continue;
        }
        double closeness = a.formWeight(x) + b.formWeight(y);
        if (Synonyms.share(synsets, other)) {
          synonyms.add(new Edge(x, y, closeness));
        } else if (Synonyms.share(synsets, otherRelated) || Synonyms.share(relatedSynsets, other)) {
          related.add(new Edge(x, y, closeness));
        }
      }
    }
  }

  /** Takes one tier's classes level by level, closest first. */
  private void tier(List<Edge> edges, @Nullable MatchType type, double strength) {
    if (edges.size() > 1) {
      edges.sort(LEVEL_ORDER);
    }
    int from = 0;
    while (from < edges.size()) {
      int to = from + 1;
      while (to < edges.size()
          && Double.compare(edges.get(to).closeness(), edges.get(from).closeness()) == 0) {
        to++;
      }
      level(edges.subList(from, to), type, strength);
      from = to;
    }
  }

  /**
   * One level (see the class comment): the free positions of the level's forms of {@code a} in
   * ascending order, each taking the first free position among its partner forms in {@code b}.
   * The edges are ordered by {@code x}, so each form's partners are consecutive: a group.
   */
  private void level(List<Edge> edges, @Nullable MatchType type, double strength) {
    if (groupsShareNoPartner(edges)) {
      // The groups cannot take each other's positions, so their order does not matter.
      for (int from = 0; from < edges.size(); ) {
        int to = groupEnd(edges, from);
        int x = edges.get(from).x();
        while (usedA[x] < a.formPositions[x].length && take(edges, from, to, type, strength)) {
          // each turn aligns the form's next free position
        }
        from = to;
      }
      return;
    }
    PriorityQueue<int[]> queue =
        new PriorityQueue<>(Comparator.comparingInt(g -> a.formPositions[edges.get(g[0]).x()][
            usedA[edges.get(g[0]).x()]]));
    for (int from = 0; from < edges.size(); ) {
      int to = groupEnd(edges, from);
      if (usedA[edges.get(from).x()] < a.formPositions[edges.get(from).x()].length) {
        queue.add(new int[] {from, to});
      }
      from = to;
    }
    while (!queue.isEmpty()) {
      int[] g = queue.poll();
      int x = edges.get(g[0]).x();
      if (take(edges, g[0], g[1], type, strength) && usedA[x] < a.formPositions[x].length) {
        queue.add(g);
      }
    }
  }

  /** The end of the group of edges that starts at {@code from}: the edges of one form of a. */
  private static int groupEnd(List<Edge> edges, int from) {
    int to = from + 1;
    while (to < edges.size() && edges.get(to).x() == edges.get(from).x()) {
      to++;
    }
    return to;
  }

  /** Whether no form of b is a partner in two groups of the level. */
  private boolean groupsShareNoPartner(List<Edge> edges) {
    level++;
    for (Edge e : edges) {
      if (partnerLevel[e.y()] == level) {
        return false;
      }
      partnerLevel[e.y()] = level;
    }
    return true;
  }

  /**
   * Aligns the next free position of the group's form with the first free position among its
   * partners; returns false if the partners have none left.
   */
  private boolean take(List<Edge> edges, int from, int to, @Nullable MatchType type, double strength) {
    int partner = firstFreePartner(edges, from, to);
    if (partner < 0) {
      return false;
    }
    int x = edges.get(from).x();
    int i = a.formPositions[x][usedA[x]++];
    int j = b.formPositions[partner][usedB[partner]++];
    pairs.add(new Pair(i, j, type == null ? Alignment.reason(a, i, b, j) : type, strength));
    return true;
  }

  /** The form among {@code edges[from, to)}'s partners whose first free position comes first. */
  private int firstFreePartner(List<Edge> edges, int from, int to) {
    int best = -1;
    int bestPosition = Integer.MAX_VALUE;
    for (int k = from; k < to; k++) {
      int y = edges.get(k).y();
      if (usedB[y] < b.formPositions[y].length && b.formPositions[y][usedB[y]] < bestPosition) {
        best = y;
        bestPosition = b.formPositions[y][usedB[y]];
      }
    }
    return best;
  }

  /** The lexical forms of one profile by synset and by related synset, for long texts. */
  private static final class SynsetIndex {
    private final Map<Integer, List<Integer>> bySynset = new HashMap<>();
    private final Map<Integer, List<Integer>> byRelated = new HashMap<>();

    SynsetIndex(WordProfile p) {
      for (int y : p.lexicalForms) {
        int pos = p.formPositions[y][0];
        for (int key : p.synsets[pos]) {
          bySynset.computeIfAbsent(key, k -> new ArrayList<>()).add(y);
        }
        for (int key : p.related[pos]) {
          byRelated.computeIfAbsent(key, k -> new ArrayList<>()).add(y);
        }
      }
    }

    /**
     * The forms that share a synset with {@code synsets}, have one related to them, or have one
     * among {@code related}, ascending and each once.
     */
    int[] partners(int[] synsets, int[] related) {
      List<Integer> out = new ArrayList<>();
      for (int key : synsets) {
        out.addAll(bySynset.getOrDefault(key, List.of()));
        out.addAll(byRelated.getOrDefault(key, List.of()));
      }
      for (int key : related) {
        out.addAll(bySynset.getOrDefault(key, List.of()));
      }
      return out.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
  }
}
