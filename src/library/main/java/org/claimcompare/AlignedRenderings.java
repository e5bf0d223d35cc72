package org.claimcompare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.Scorer;

/**
 * Renderings of one statement set out word by word in columns against a representative, as a
 * side-by-side view shows them: the words a scorer aligned share a column, and each cell says why.
 *
 * <p>Row 0 is the representative; row {@code k} is the {@code k}-th rendering. The representative's
 * words are its columns, in text order. For each rendering:
 *
 * <ul>
 *   <li>a word the scorer aligned with a representative word sits in that word's column, as {@link
 *       Cell.Kind#MATCHED} with the pair's {@link MatchType};
 *   <li>a run of unaligned words between two aligned ones (or before the first, or after the last)
 *       takes the columns of the representative's unaligned words between the same two places, as
 *       {@link Cell.Kind#REPLACED}: "clique of" against "a bunch of" puts "clique" under "bunch".
 *       A run fills those columns from the right, so that it ends next to the aligned word after it;
 *       a run after the last aligned word fills them from the left. Words left over go into columns
 *       inserted between the representative's, as {@link Cell.Kind#ADDED};
 *   <li>a representative column that the rendering leaves empty is {@link Cell.Kind#MISSING}, and an
 *       inserted column it leaves empty is {@link Cell.Kind#EMPTY}.
 * </ul>
 *
 * <p>A rendering that says the same words in another order keeps its aligned words in the
 * representative's columns, so the row then reads in the representative's order; an unaligned word
 * is placed after the furthest column aligned before it. Every word of every rendering is in
 * exactly one cell, and each row lists its words in text order except where aligned words cross.
 *
 * <pre>{@code
 * Claims.align("a bunch of drug addicts", List.of("this gang of drug addicts", "clique of drug addicts"))
 *     .toString();
 * // a       bunch     of  drug  addicts
 * // this*   gang~     of  drug  addicts
 * // -       clique*   of  drug  addicts
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param columns for each column, the position of its representative word among the
 *     representative's words, or -1 for a column inserted for words only in some renderings
 * @param rows the representative's row, then one row per rendering, each with one cell per column
 * @param similarities the similarity of the representative (left) to each rendering (right), in row
 *     order from row 1
 */
public record AlignedRenderings(List<Integer> columns, List<List<Cell>> rows, List<Similarity> similarities) {

  /**
   * Validates the fields and copies the lists.
   *
   * @param columns see the record description
   * @param rows see the record description
   * @param similarities see the record description
   */
  public AlignedRenderings {
    columns = ImmutableList.copyOf(checkNotNull(columns, "columns"));
    checkNotNull(rows, "rows");
    ImmutableList.Builder<List<Cell>> copy = ImmutableList.builder();
    for (List<Cell> row : rows) {
      checkArgument(row.size() == columns.size(), "a row has %s cells for %s columns", row.size(), columns.size());
      copy.add(ImmutableList.copyOf(row));
    }
    rows = copy.build();
    similarities = ImmutableList.copyOf(checkNotNull(similarities, "similarities"));
    checkArgument(rows.size() == similarities.size() + 1,
        "%s rows for %s renderings and the representative", rows.size(), similarities.size());
  }

  /**
   * One cell of the table: a word with the reason it is in its column, or a place without a word.
   *
   * @param word the word as the scorer compared it (case-folded), or "" for {@link Kind#MISSING} and
   *     {@link Kind#EMPTY}
   * @param kind why the word is in this column
   * @param match for {@link Kind#MATCHED} and {@link Kind#MOVED}, why the scorer aligned it with a
   *     representative word; empty for every other kind
   * @param functionWord whether the word is a function word ("the", "of"), which a view may show
   *     less prominently because it weighs little in the score
   */
  public record Cell(String word, Kind kind, Optional<MatchType> match, boolean functionWord) {

    /** Why a cell holds what it holds. */
    public enum Kind {
      /** A word of the representative, in its own column. */
      REPRESENTATIVE,
      /** A word aligned with the representative's word of its column; see {@link Cell#match()}. */
      MATCHED,
      /**
       * A word the scorer aligned with a representative word, but in another order than the words
       * around it: it stays where it stands in its rendering, placed as an unaligned word would be,
       * and {@link Cell#match()} says how it matched.
       */
      MOVED,
      /** A word the scorer did not align, in the column of a representative word it did not align either. */
      REPLACED,
      /** A word the scorer did not align, in a column that only renderings have. */
      ADDED,
      /** No word, where the representative has one that this rendering does not have. */
      MISSING,
      /** No word, in a column inserted for another rendering's words. */
      EMPTY;

      /**
       * Returns the lower-case name used in JSON and HTML output.
       *
       * @return for example {@code "matched"}
       */
      public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
      }
    }

    /**
     * Validates the fields.
     *
     * @param word see the record description
     * @param kind see the record description
     * @param match see the record description
     * @param functionWord see the record description
     */
    public Cell {
      checkNotNull(word, "word");
      checkNotNull(kind, "kind");
      checkNotNull(match, "match");
      checkArgument(match.isPresent() == (kind == Kind.MATCHED || kind == Kind.MOVED), "a %s cell with match %s",
          kind, match);
      checkArgument(word.isEmpty() == (kind == Kind.MISSING || kind == Kind.EMPTY), "a %s cell with word '%s'", kind, word);
    }

    /**
     * Returns whether the cell holds a word.
     *
     * @return false for {@link Kind#MISSING} and {@link Kind#EMPTY}
     */
    public boolean hasWord() {
      return !word.isEmpty();
    }

    static Cell of(String word, Kind kind) {
      return new Cell(word, kind, Optional.empty(), AlignmentScorer.isFunctionWord(word));
    }

    static Cell matched(String word, MatchType type) {
      return new Cell(word, Kind.MATCHED, Optional.of(type), AlignmentScorer.isFunctionWord(word));
    }

    static final Cell MISSING = new Cell("", Kind.MISSING, Optional.empty(), false);
    static final Cell EMPTY = new Cell("", Kind.EMPTY, Optional.empty(), false);
  }

  /**
   * Aligns renderings against a representative with a scorer.
   *
   * @param scorer the scorer whose alignments place the words; it must list the words it aligns
   *     ({@link Similarity#leftWords()}), as the standard and semantic scorers do
   * @param representative the rendering the others are set against
   * @param renderings the other renderings, in the order of their rows
   * @return the table
   * @throws IllegalArgumentException if the scorer does not list its words for a rendering
   */
  public static AlignedRenderings of(Scorer scorer, String representative, List<String> renderings) {
    checkNotNull(scorer, "scorer");
    checkNotNull(representative, "representative");
    List<Similarity> sims = new ArrayList<>(renderings.size());
    for (String r : renderings) {
      sims.add(scorer.similarity(representative, checkNotNull(r, "rendering")));
    }
    // With no rendering, the representative's words come from its similarity to itself.
    return of(sims.isEmpty() ? scorer.similarity(representative, representative).leftWords() : sims.get(0).leftWords(), sims);
  }

  /**
   * Sets out renderings from the similarities of the representative to each of them.
   *
   * @param similarities for each rendering, the similarity of the representative (left) to it
   *     (right), all with the same {@link Similarity#leftWords()} and with placed pairs
   * @return the table
   * @throws IllegalArgumentException if the similarities disagree on the representative's words, or
   *     a similarity with words has a pair without positions
   */
  public static AlignedRenderings of(List<Similarity> similarities) {
    checkNotNull(similarities, "similarities");
    return of(similarities.isEmpty() ? List.of() : similarities.get(0).leftWords(), similarities);
  }

  private static AlignedRenderings of(List<String> rep, List<Similarity> similarities) {
    int n = rep.size();
    List<Placement> placements = new ArrayList<>(similarities.size());
    for (Similarity s : similarities) {
      checkArgument(s.leftWords().equals(rep), "the similarities have different representatives: %s and %s",
          rep, s.leftWords());
      placements.add(Placement.of(s, n));
    }
    // Inserted columns: gap g (after representative column g, g = -1 before the first) is as wide
    // as the most words any rendering puts there.
    int[] gapWidth = new int[n + 1];
    for (Placement p : placements) {
      for (int g = 0; g <= n; g++) {
        gapWidth[g] = Math.max(gapWidth[g], p.gaps.get(g).size());
      }
    }
    List<Integer> columns = new ArrayList<>();
    int[] gapStart = new int[n + 1];
    int[] repColumn = new int[n];
    for (int g = 0; g <= n; g++) {
      gapStart[g] = columns.size();
      for (int k = 0; k < gapWidth[g]; k++) {
        columns.add(-1);
      }
      if (g < n) {
        repColumn[g] = columns.size();
        columns.add(g);
      }
    }
    List<List<Cell>> rows = new ArrayList<>(similarities.size() + 1);
    Cell[] first = new Cell[columns.size()];
    Arrays.fill(first, Cell.EMPTY);
    for (int p = 0; p < n; p++) {
      first[repColumn[p]] = Cell.of(rep.get(p), Cell.Kind.REPRESENTATIVE);
    }
    rows.add(Arrays.asList(first));
    for (Placement pl : placements) {
      Cell[] row = new Cell[columns.size()];
      Arrays.fill(row, Cell.EMPTY);
      for (int p = 0; p < n; p++) {
        row[repColumn[p]] = pl.atRepresentative[p] == null ? Cell.MISSING : pl.atRepresentative[p];
      }
      for (int g = 0; g <= n; g++) {
        List<Cell> words = pl.gaps.get(g);
        for (int k = 0; k < words.size(); k++) {
          row[gapStart[g] + k] = words.get(k);
        }
      }
      rows.add(Arrays.asList(row));
    }
    return new AlignedRenderings(columns, rows, similarities);
  }

  /** Where one rendering's words go: the cell of each representative column, and the words of each gap. */
  private static final class Placement {
    final Cell[] atRepresentative;
    /** Gap g + 1 holds the words inserted after representative column g. */
    final List<List<Cell>> gaps;

    private Placement(int n) {
      atRepresentative = new Cell[n];
      gaps = new ArrayList<>(n + 1);
      for (int g = 0; g <= n; g++) {
        gaps.add(new ArrayList<>(0));
      }
    }

    static Placement of(Similarity s, int n) {
      Placement out = new Placement(n);
      List<String> words = s.rightWords();
      int m = words.size();
      checkArgument(m > 0 || s.unmatchedRight().isEmpty() && s.pairs().stream().allMatch(p -> p.rightIndex() == -1),
          "the scorer did not list the words it aligned: %s", s);
      int[] column = new int[m];
      Arrays.fill(column, -1);
      List<AlignedPair> pairs = new ArrayList<>(s.pairs().size());
      for (AlignedPair p : s.pairs()) {
        if (p.leftIndex() == -1 && p.rightIndex() == -1 && n == 0 && m == 0) {
          continue; // two texts without words: nothing to set out
        }
        checkArgument(p.leftIndex() >= 0 && p.rightIndex() >= 0, "the pair %s has no positions", p);
        pairs.add(p);
      }
      List<AlignedPair> repaired = uncrossed(pairs, s.leftWords(), words);
      boolean[] inChain = chain(repaired);
      MatchType[] moved = new MatchType[m];
      for (int i = 0; i < repaired.size(); i++) {
        AlignedPair p = repaired.get(i);
        if (inChain[i]) {
          column[p.rightIndex()] = p.leftIndex();
          out.atRepresentative[p.leftIndex()] = Cell.matched(p.right(), p.type());
        } else {
          moved[p.rightIndex()] = p.type();
        }
      }
      int j = 0;
      int before = -1; // the furthest representative column aligned so far
      while (j < m) {
        if (column[j] >= 0) {
          before = Math.max(before, column[j]);
          j++;
          continue;
        }
        int runEnd = j;
        while (runEnd < m && column[runEnd] < 0) {
          runEnd++;
        }
        int after = n;
        for (int k = runEnd; k < m; k++) {
          if (column[k] >= 0) {
            after = column[k];
            break;
          }
        }
        List<Integer> free = new ArrayList<>();
        for (int p = before + 1; p < after; p++) {
          if (out.atRepresentative[p] == null) {
            free.add(p);
          }
        }
        int run = runEnd - j;
        int placed = Math.min(run, free.size());
        boolean fromLeft = runEnd == m;
        if (fromLeft) {
          // After the last aligned word: the first words take the free columns, the rest follow them.
          for (int k = 0; k < placed; k++) {
            out.atRepresentative[free.get(k)] = unaligned(words, moved, j + k, Cell.Kind.REPLACED);
          }
          int gap = placed == 0 ? before + 1 : free.get(placed - 1) + 1;
          for (int k = placed; k < run; k++) {
            out.gaps.get(gap).add(unaligned(words, moved, j + k, Cell.Kind.ADDED));
          }
        } else {
          // The last words take the free columns next to the aligned word after the run.
          int extra = run - placed;
          for (int k = 0; k < extra; k++) {
            out.gaps.get(before + 1).add(unaligned(words, moved, j + k, Cell.Kind.ADDED));
          }
          for (int k = 0; k < placed; k++) {
            out.atRepresentative[free.get(free.size() - placed + k)] =
                unaligned(words, moved, j + extra + k, Cell.Kind.REPLACED);
          }
        }
        j = runEnd;
      }
      return out;
    }

    /** The cell of a word outside the chain: moved if the scorer aligned it, else of {@code kind}. */
    private static Cell unaligned(List<String> words, MatchType[] moved, int j, Cell.Kind kind) {
      return moved[j] != null ? new Cell(words.get(j), Cell.Kind.MOVED, Optional.of(moved[j]),
          AlignmentScorer.isFunctionWord(words.get(j))) : Cell.of(words.get(j), kind);
    }
  }

  /** Repeated words are re-placed only where a side has at most this many free occurrences. */
  private static final int MOST_REPAIRED = 6;

  /**
   * The pairs, with the occurrences of a repeated pair of words re-placed so that the most pairs keep
   * the order of both renderings (then so that they cross the fewest other pairs): a scorer pairs
   * the "to" of two renderings in text order, which gives the same score whichever occurrences it
   * pairs, but a view wants "willing to send" under "ready to send". The pairs of words and their
   * types stay the same; which occurrences of each word they take, among those no other pair
   * holds, may change. Where each side has at most {@value #MOST_REPAIRED} such occurrences, every
   * choice is tried (the first best, in lexicographic order, wins); more keep the scorer's.
   */
  static List<AlignedPair> uncrossed(List<AlignedPair> pairs, List<String> leftWords, List<String> rightWords) {
    java.util.Map<List<Object>, List<AlignedPair>> groups = new java.util.LinkedHashMap<>();
    for (AlignedPair p : pairs) {
      groups.computeIfAbsent(List.of(p.left(), p.right(), p.type()), k -> new ArrayList<>()).add(p);
    }
    List<AlignedPair> out = new ArrayList<>(pairs);
    for (List<AlignedPair> group : groups.values()) {
      List<AlignedPair> others = new ArrayList<>(out);
      others.removeAll(group);
      int[] lefts = free(leftWords, group.get(0).left(), others, true);
      int[] rights = free(rightWords, group.get(0).right(), others, false);
      int k = group.size();
      if (lefts.length > MOST_REPAIRED || rights.length > MOST_REPAIRED || lefts.length == 1 && rights.length == 1) {
        continue;
      }
      int[][] placed = new int[others.size() + k][];
      for (int i = 0; i < others.size(); i++) {
        placed[i] = new int[] {others.get(i).leftIndex(), others.get(i).rightIndex()};
      }
      int[][] best = null;
      long bestChain = -1;
      long fewest = Long.MAX_VALUE;
      for (int[] ls : subsets(lefts, k)) {
        for (int[] rs : subsets(rights, k)) {
          int[] order = new int[k];
          for (int i = 0; i < k; i++) {
            order[i] = i;
          }
          do {
            long crossings = 0;
            for (int i = 0; i < k; i++) {
              int l = ls[i];
              int r = rs[order[i]];
              placed[others.size() + i] = new int[] {l, r};
              for (AlignedPair o : others) {
                crossings += Long.signum(o.leftIndex() - l) * Long.signum(o.rightIndex() - r) < 0 ? 1 : 0;
              }
              for (int j = i + 1; j < k; j++) {
                crossings += rs[order[j]] < r ? 1 : 0;
              }
            }
            int chain = longestChain(placed);
            if (chain > bestChain || chain == bestChain && crossings < fewest) {
              bestChain = chain;
              fewest = crossings;
              best = new int[k][];
              for (int i = 0; i < k; i++) {
                best[i] = new int[] {ls[i], rs[order[i]]};
              }
            }
          } while (nextPermutation(order));
        }
      }
      AlignedPair shape = group.get(0);
      out.removeAll(group);
      for (int[] b : best) {
        out.add(new AlignedPair(shape.left(), shape.right(), shape.type(), shape.contribution(), shape.cosine(), b[0], b[1]));
      }
    }
    return out;
  }

  /** The positions of {@code word} among {@code words} that no pair of {@code others} holds. */
  private static int[] free(List<String> words, String word, List<AlignedPair> others, boolean left) {
    boolean[] held = new boolean[words.size()];
    for (AlignedPair o : others) {
      held[left ? o.leftIndex() : o.rightIndex()] = true;
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < words.size() && out.size() <= MOST_REPAIRED; i++) {
      if (!held[i] && words.get(i).equals(word)) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The {@code k}-element subsets of {@code from} (at most {@value #MOST_REPAIRED} long), each sorted, in lexicographic order. */
  private static List<int[]> subsets(int[] from, int k) {
    List<int[]> out = new ArrayList<>();
    for (int mask = 0; mask < 1 << from.length; mask++) {
      if (Integer.bitCount(mask) == k) {
        int[] s = new int[k];
        int n = 0;
        for (int i = 0; i < from.length; i++) {
          if ((mask & 1 << i) != 0) {
            s[n++] = from[i];
          }
        }
        out.add(s);
      }
    }
    out.sort(Arrays::compare);
    return out;
  }

  /**
   * Which pairs form the longest chain that keeps the order of both sides (the first such chain in
   * the order of the representative's words); the others cross it.
   */
  static boolean[] chain(List<AlignedPair> pairs) {
    int[][] places = new int[pairs.size()][];
    for (int i = 0; i < places.length; i++) {
      places[i] = new int[] {pairs.get(i).leftIndex(), pairs.get(i).rightIndex()};
    }
    return chain(places);
  }

  /**
   * Which of the pairs of positions {@code {left, right}} form the longest chain increasing on both
   * sides: a longest increasing subsequence of the right positions, the pairs in order of their
   * left positions (ties: the greater right first, so that one left position is taken once), in
   * O(p log p).
   */
  private static boolean[] chain(int[][] pairs) {
    Integer[] order = new Integer[pairs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> pairs[x][0] != pairs[y][0] ? Integer.compare(pairs[x][0], pairs[y][0])
        : Integer.compare(pairs[y][1], pairs[x][1]));
    int[] tails = new int[order.length]; // index into order of the chain's last pair, per length
    int[] previous = new int[order.length];
    int size = 0;
    for (int k = 0; k < order.length; k++) {
      int r = pairs[order[k]][1];
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs[order[tails[mid]]][1] < r) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      tails[lo] = k;
      previous[k] = lo > 0 ? tails[lo - 1] : -1;
      size = Math.max(size, lo + 1);
    }
    boolean[] out = new boolean[pairs.length];
    for (int k = size > 0 ? tails[size - 1] : -1; k >= 0; k = previous[k]) {
      out[order[k]] = true;
    }
    return out;
  }

  /** The number of pairs in the longest chain of {@link #chain(int[][])}. */
  private static int longestChain(int[][] pairs) {
    int n = 0;
    for (boolean in : chain(pairs)) {
      n += in ? 1 : 0;
    }
    return n;
  }

  /** Steps {@code a} to the next permutation in lexicographic order; false after the last. */
  private static boolean nextPermutation(int[] a) {
    int i = a.length - 2;
    while (i >= 0 && a[i] >= a[i + 1]) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int j = a.length - 1;
    while (a[j] <= a[i]) {
      j--;
    }
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
    for (int x = i + 1, y = a.length - 1; x < y; x++, y--) {
      t = a[x];
      a[x] = a[y];
      a[y] = t;
    }
    return true;
  }

  /**
   * Returns the number of renderings set against the representative.
   *
   * @return the number of rows less one
   */
  public int renderings() {
    return similarities.size();
  }

  /**
   * Returns the table as plain text: one line per row, the columns padded to their widest word, a
   * word that matched in another way than exactly followed by {@code ~}, a moved word by {@code ^},
   * a replaced word by {@code *}, an added word preceded by {@code +}, and a missing word shown as
   * {@code -}.
   */
  @Override
  public String toString() {
    return String.join("\n", textBlocks(Integer.MAX_VALUE).get(0));
  }

  /**
   * Returns the table as plain text, as {@link #toString()} does, with its columns broken into
   * blocks no wider than {@code width} characters (a block holds at least one column, however wide).
   *
   * @param width the widest line wanted
   * @return the blocks, each with one line per row (without line breaks or trailing spaces); one
   *     empty block for a table without columns
   */
  public List<List<String>> textBlocks(int width) {
    checkArgument(width > 0, "width must be positive: %s", width);
    int[] colWidth = new int[columns.size()];
    for (List<Cell> row : rows) {
      for (int c = 0; c < colWidth.length; c++) {
        colWidth[c] = Math.max(colWidth[c], text(row.get(c)).length());
      }
    }
    List<List<String>> out = new ArrayList<>();
    int from = 0;
    do {
      int to = from;
      int used = colWidth.length == 0 ? 0 : colWidth[from];
      while (to + 1 < colWidth.length && used + 2 + colWidth[to + 1] <= width) {
        used += 2 + colWidth[++to];
      }
      List<String> block = new ArrayList<>(rows.size());
      for (List<Cell> row : rows) {
        StringBuilder line = new StringBuilder();
        for (int c = from; c <= to && c < colWidth.length; c++) {
          String t = text(row.get(c));
          line.append(t);
          if (c < to) {
            line.append(" ".repeat(colWidth[c] - t.length() + 2));
          }
        }
        block.add(line.toString().stripTrailing());
      }
      out.add(block);
      from = to + 1;
    } while (from < colWidth.length);
    return out;
  }

  private static String text(Cell c) {
    return switch (c.kind()) {
      case REPRESENTATIVE -> c.word();
      case MATCHED -> c.match().orElseThrow() == MatchType.EXACT ? c.word() : c.word() + "~";
      case MOVED -> c.word() + "^";
      case REPLACED -> c.word() + "*";
      case ADDED -> "+" + c.word();
      case MISSING -> "-";
      case EMPTY -> "";
    };
  }
}
