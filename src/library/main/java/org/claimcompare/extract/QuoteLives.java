package org.claimcompare.extract;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Where each quotation opened in one paragraph closes, as {@link QuoteScanner}'s stack scan
 * decides it, found without scanning the paragraph again for every quotation left open.
 *
 * <p>The scan keeps a stack of open marks; a mark that can close closes the innermost open
 * quotation it matches, dropping those above it; otherwise a mark that can open is pushed. The
 * <i>life</i> of a mark opened on an empty stack is that scan started with only it on the stack,
 * up to the mark that closes it. Inside it, the life of a nested opener {@code c} goes as if
 * {@code c} were alone on the stack (its own life), until a mark that closes nothing from {@code
 * c} up closes something below {@code c}: a <i>fall-through</i>. Only the first fall-through of
 * each quotation-mark character matters (the stack below {@code c} does not change while {@code
 * c} lives, so a second one would have matched the same quotation), so a life is summed up by its
 * end and at most one fall-through per character; an opener's life is made of the marks at its
 * own level and the summaries of its nested openers.
 *
 * <p>Lives are computed on demand and each is advanced at most once over the marks, however many
 * quotations ask for it, with an explicit stack rather than recursion, so that nesting of any
 * depth is fine. A paragraph with {@code m} quotation marks costs O(m) in the cases news text
 * produces, including many quotations left open; the original scan, restarted after each of
 * them, was quadratic.
 */
final class QuoteLives {
  private static final String MARKS = "“”„«»‹›‘’‚\"'`";
  private static final int KINDS = MARKS.length();
  private static final int UNKNOWN = -2;
  private static final int NEVER = -1;
  private static final int NONE = -1;

  private final int[] position;
  private final int[] kind;
  private final int[] closerKinds;
  private final boolean[] closes;
  private final boolean[] opensInner;
  private final boolean[] opensOuter;

  /** For each opener: the next mark to look at on its own level. */
  private final int[] cursor;
  /** For each opener: the nested opener whose life it is inside, or {@link #NONE}. */
  private final int[] child;
  /** For each opener: which of its current child's events it has taken (bit KINDS: the end). */
  private final int[] taken;
  /** For each opener and mark kind: the first fall-through of that kind in its life, or NONE. */
  private final int[] firstFall;
  /** For each opener: the kinds it has a fall-through of. */
  private final int[] fallKinds;
  /** For each opener: the mark that closes it, {@link #NEVER}, or {@link #UNKNOWN} yet. */
  private final int[] closeAt;

  private QuoteLives(String text, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      n += QuoteMarks.isMark(text.charAt(i)) ? 1 : 0;
    }
    position = new int[n];
    kind = new int[n];
    closerKinds = new int[n];
    closes = new boolean[n];
    opensInner = new boolean[n];
    opensOuter = new boolean[n];
    int k = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (QuoteMarks.isMark(c)) {
        position[k] = i;
        kind[k] = MARKS.indexOf(c);
        closerKinds[k] = kinds(QuoteMarks.closersOf(c));
        closes[k] = QuoteMarks.canClose(text, i, start, end);
        opensInner[k] = QuoteMarks.canOpen(text, i, start, end, false);
        opensOuter[k] = QuoteMarks.canOpen(text, i, start, end, true);
        k++;
      }
    }
    cursor = new int[n];
    child = new int[n];
    taken = new int[n];
    firstFall = new int[n * KINDS];
    fallKinds = new int[n];
    closeAt = new int[n];
    for (int m = 0; m < n; m++) {
      cursor[m] = m + 1;
    }
    Arrays.fill(child, NONE);
    Arrays.fill(firstFall, NONE);
    Arrays.fill(closeAt, UNKNOWN);
  }

  /** Returns the quotation marks of {@code text[start, end)} with their lives. */
  static QuoteLives of(String text, int start, int end) {
    return new QuoteLives(text, start, end);
  }

  private static int kinds(String marks) {
    int bits = 0;
    for (int i = 0; i < marks.length(); i++) {
      bits |= 1 << MARKS.indexOf(marks.charAt(i));
    }
    return bits;
  }

  /** Returns the number of quotation marks. */
  int size() {
    return position.length;
  }

  /** Returns the offset of mark {@code k}. */
  int position(int k) {
    return position[k];
  }

  /**
   * Returns the first mark from {@code k} on that opens a quotation when none is open, or {@link
   * #size()} if there is none.
   */
  int nextOuterOpener(int k) {
    int m = k;
    while (m < position.length && !opensOuter[m]) {
      m++;
    }
    return m;
  }

  /** Returns the first mark at or after offset {@code offset}. */
  int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = position.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (position[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Returns the mark that closes the quotation opened by mark {@code k} on an empty stack, or -1 if
   * it stays open to the end of the paragraph.
   */
  int closeOf(int k) {
    // Each entry waits for its opener to have more fall-through kinds than it had, or to end;
    // the bottom one waits for the end.
    Deque<int[]> waiting = new ArrayDeque<>();
    waiting.push(new int[] {k, Integer.MAX_VALUE});
    while (!waiting.isEmpty()) {
      int[] w = waiting.peek();
      int m = w[0];
      if (closeAt[m] != UNKNOWN || Integer.bitCount(fallKinds[m]) > w[1]) {
        waiting.pop();
        continue;
      }
      int needed = step(m);
      if (needed != NONE) {
        waiting.push(new int[] {needed, Integer.bitCount(fallKinds[needed])});
      }
    }
    return closeAt[k];
  }

  /**
   * Advances the life of opener {@code m} by one mark or one event of its child; returns the child
   * whose life must advance first, or {@link #NONE}.
   */
  private int step(int m) {
    int c = child[m];
    if (c != NONE) {
      return takeChildEvent(m, c) ? NONE : c;
    }
    int j = cursor[m];
    if (j >= position.length) {
      closeAt[m] = NEVER;
      return NONE;
    }
    if (closes[j] && (closerKinds[m] & 1 << kind[j]) != 0) {
      closeAt[m] = j;
      return NONE;
    }
    if (closes[j]) {
      fall(m, kind[j], j);
    }
    if (opensInner[j]) {
      child[m] = j;
      taken[m] = 0;
    } else {
      cursor[m] = j + 1;
    }
    return NONE;
  }

  /**
   * Takes the next event of child {@code c} in the life of {@code m}: its earliest fall-through
   * that {@code m} has not taken, or its end; returns false if {@code c} has none recorded yet.
   */
  private boolean takeChildEvent(int m, int c) {
    int next = NONE;
    int nextKind = KINDS;
    for (int t = 0; t < KINDS; t++) {
      int f = firstFall[c * KINDS + t];
      if (f != NONE && (taken[m] & 1 << t) == 0 && (next == NONE || f < next)) {
        next = f;
        nextKind = t;
      }
    }
    boolean ended = closeAt[c] != UNKNOWN;
    if (next == NONE && !ended) {
      return false;
    }
    if (next != NONE && (closeAt[c] < 0 || next < closeAt[c])) {
      taken[m] |= 1 << nextKind;
      if ((closerKinds[m] & 1 << nextKind) != 0) {
        closeAt[m] = next; // the mark falls through the child and closes m
      } else {
        fall(m, nextKind, next);
      }
      return true;
    }
    if (closeAt[c] == NEVER) {
      closeAt[m] = NEVER; // the child stays open, and m with it
    } else {
      child[m] = NONE;
      cursor[m] = closeAt[c] + 1;
    }
    return true;
  }

  private void fall(int m, int markKind, int j) {
    if ((fallKinds[m] & 1 << markKind) == 0) {
      fallKinds[m] |= 1 << markKind;
      firstFall[m * KINDS + markKind] = j;
    }
  }
}
