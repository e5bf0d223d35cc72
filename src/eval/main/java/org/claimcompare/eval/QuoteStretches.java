package org.claimcompare.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.claimcompare.Span;

/**
 * The stretches of a text between quotation marks, as PolNeAR's {@code gold.jsonl} was derived:
 * rebuilt from its items, this rule gives every one of its 2,192 contents and 932 direct quotes on
 * dev, and all but one content (and its two quotes) of 19,790 on train.
 *
 * <p>One pass from left to right, {@code O(n)}:
 * <ul>
 *   <li>Double marks are {@code “} (opens), {@code ”} (closes) and the toggles {@code "} and
 *       {@code ''} (two apostrophes, as the New York Times writes them): a toggle opens outside a
 *       quote and closes inside one; any closing mark closes a quote opened by any double mark.
 *   <li>Single marks {@code ‘ ’} quote only outside a double quote (within one they are part of it):
 *       {@code ‘} opens unless it follows a letter or digit; {@code ’} closes unless a letter or
 *       digit follows (then it is an apostrophe: "Clinton’s"). The straight {@code '} is never a mark.
 *   <li>A line break ends any quote; so does an opening double mark, which opens a new one. A double
 *       quote so ended, or by the end of the text, is kept as <em>unclosed</em>; a single quote that is
 *       not closed is dropped ("in ‘08" is no quote).
 *   <li>A stretch is the text between its marks, white space trimmed, kept if it has a word.
 * </ul>
 *
 * <p>Thread-safe: it keeps no state.
 */
final class QuoteStretches {
  /** One stretch between quotation marks, marks and surrounding white space excluded. */
  record Stretch(Span span, boolean unclosed) {}

  private QuoteStretches() {}

  /** The stretches of {@code text}, in order. */
  static List<Stretch> of(String text) {
    Scanner s = new Scanner(text);
    int i = 0;
    while (i < text.length()) {
      i = s.step(i);
    }
    s.end();
    return s.found;
  }

  /** The offsets inside a stretch: a word is quoted when all its characters are. */
  static BitSet inside(List<Stretch> stretches) {
    BitSet inside = new BitSet();
    stretches.forEach(s -> inside.set(s.span().start(), s.span().end()));
    return inside;
  }

  /** The scan's state: where the open quote's text starts, if one is open, and its kind. */
  private static final class Scanner {
    private final String text;
    private final List<Stretch> found = new ArrayList<>();
    private int open = -1;
    private boolean single;

    Scanner(String text) {
      this.text = text;
    }

    /** Reads the character at {@code i} and returns the offset of the next one to read. */
    int step(int i) {
      char c = text.charAt(i);
      boolean twoApostrophes = text.startsWith("''", i);
      int width = twoApostrophes ? 2 : 1;
      if (c == '\n') {
        endUnclosed(i);
      } else if (c == '“' || (c == '"' || twoApostrophes) && (open < 0 || single)) {
        endUnclosed(i);
        open(i + width, false);
      } else if (open >= 0 && !single && (c == '”' || c == '"' || twoApostrophes)) {
        close(i);
      } else if (c == '‘' && open < 0 && !(i > 0 && PythonText.isAlnum(text.codePointBefore(i)))) {
        open(i + 1, true);
      } else if (c == '’' && open >= 0 && single && !(i + 1 < text.length() && PythonText.isAlnum(text.codePointAt(i + 1)))) {
        close(i);
      } else {
        return i + 1;
      }
      return i + width;
    }

    void end() {
      endUnclosed(text.length());
    }

    private void open(int start, boolean isSingle) {
      open = start;
      single = isSingle;
    }

    private void close(int end) {
      add(open, end, false);
      open = -1;
    }

    /** Ends an open quote at {@code end}: a double one is kept as unclosed, a single one dropped. */
    private void endUnclosed(int end) {
      if (open >= 0 && !single) {
        add(open, end, true);
      }
      open = -1;
    }

    private void add(int start, int end, boolean unclosed) {
      int s = start;
      int e = end;
      while (s < e && PythonText.isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && PythonText.isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (PythonText.WORD.matcher(text).region(s, e).find()) {
        found.add(new Stretch(new Span(s, e), unclosed));
      }
    }
  }
}
