package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.claimcompare.Span;

/**
 * Finds the outermost quotations of an article, paragraph by paragraph.
 *
 * <p>Within a paragraph the scanner keeps a stack of open marks (see {@link QuoteMarks}): a mark
 * that can close an open quotation closes the innermost one it matches (dropping any unclosed
 * quotation nested inside it); otherwise a mark that can open pushes a new quotation. Only
 * outermost quotations are reported, so nested quotes belong to the quote around them.
 *
 * <p>A quotation still open at the end of its paragraph is handled by the multi-paragraph
 * convention of news writing:
 *
 * <ul>
 *   <li>if the next paragraph opens with a quotation mark, the quote continues there: this part
 *       runs to the end of its paragraph, and the next paragraph's first quote is marked {@link
 *       Quote#continuesPrevious()};
 *   <li>otherwise the closing mark is missing: the quote is cut at the end of the sentence in
 *       which it opened, so the narrator's following sentences are not attributed to the speaker,
 *       and scanning resumes after the cut;
 *   <li>an unclosed single mark that does not open its paragraph is taken for an apostrophe and
 *       ignored.
 * </ul>
 */
final class QuoteScanner {
  private final String text;
  private final ImmutableList<Paragraph> paragraphs;
  private final List<Quote> found = new ArrayList<>();
  private boolean continuing;

  private QuoteScanner(String text, ImmutableList<Paragraph> paragraphs) {
    this.text = text;
    this.paragraphs = paragraphs;
  }

  /**
   * Returns the outermost quotations in the non-furniture paragraphs, in text order.
   *
   * @param text the article's text
   * @param paragraphs its paragraphs
   */
  static ImmutableList<Quote> scan(String text, ImmutableList<Paragraph> paragraphs) {
    QuoteScanner scanner = new QuoteScanner(text, paragraphs);
    for (int p = 0; p < paragraphs.size(); p++) {
      boolean continues = scanner.continuing;
      scanner.continuing = false;
      if (!paragraphs.get(p).furniture()) {
        scanner.scanParagraph(p, continues);
      }
    }
    return ImmutableList.copyOf(scanner.found);
  }

  /**
   * Scans one paragraph: each quotation opened on an empty stack is reported when it closes;
   * one left open is handled by the unclosed-quote rules, after which the scan resumes with an
   * empty stack (after the ignored mark, or at the cut). Where each quotation closes comes from
   * {@link QuoteLives}, so the paragraph is not scanned again after every unclosed quotation.
   */
  private void scanParagraph(int p, boolean continues) {
    Paragraph para = paragraphs.get(p);
    QuoteLives lives = QuoteLives.of(text, para.start(), para.end());
    int k = lives.nextOuterOpener(0);
    while (k < lives.size()) {
      int open = lives.position(k);
      int close = lives.closeOf(k);
      if (close >= 0) {
        int at = lives.position(close);
        add(new Span(open, at + 1), open + 1 + doubled(open, 1), at - doubled(at, -1), p, true,
            continues);
        k = lives.nextOuterOpener(close + 1);
      } else if (QuoteMarks.isSingle(text.charAt(open)) && open != para.start()) {
        k = lives.nextOuterOpener(k + 1); // taken for an apostrophe
      } else if (nextParagraphOpensWithMark(p)) {
        add(new Span(open, para.end()), open + 1 + doubled(open, 1), para.end(), p, false,
            continues);
        continuing = true;
        return;
      } else {
        int cut = Sentences.endOf(text, open + 1, para.end());
        add(new Span(open, cut), open + 1 + doubled(open, 1), cut, p, false, continues);
        k = lives.nextOuterOpener(lives.firstAtOrAfter(cut));
      }
    }
  }

  /**
   * Returns 1 if the single mark at {@code at} is doubled on the side {@code direction} (+1 after,
   * -1 before): the typewriter style ``…'' or ''…'', whose second mark is not a quoted word.
   */
  private int doubled(int at, int direction) {
    char c = text.charAt(at);
    int other = at + direction;
    boolean typewriter = c == '\'' || c == '`';
    return typewriter && other >= 0 && other < text.length() && text.charAt(other) == c ? 1 : 0;
  }

  private boolean nextParagraphOpensWithMark(int p) {
    if (p + 1 >= paragraphs.size()) {
      return false;
    }
    Paragraph next = paragraphs.get(p + 1);
    return QuoteMarks.isMark(text.charAt(next.start()))
        && QuoteMarks.canOpen(text, next.start(), next.start(), next.end(), true);
  }

  /** Records a quote; only a quote that opens its paragraph can continue the previous one. */
  private void add(Span region, int start, int end, int p, boolean closed, boolean continues) {
    Span words = trim(text, Math.min(start, end), end);
    Paragraph para = paragraphs.get(p);
    boolean continuation = continues && region.start() == para.start();
    if (words.length() > 0) {
      found.add(new Quote(region, words, para.index(), closed, continuation));
    }
  }

  /**
   * Returns {@code [start, end)} without leading white space and without trailing white space,
   * {@code , ; :} and dashes; sentence-final {@code . ? !} stay.
   */
  static Span trim(String text, int start, int end) {
    Span s = Paragraph.strip(text, start, end);
    int e = s.end();
    while (e > s.start() && (",;:-–—".indexOf(text.charAt(e - 1)) >= 0
        || Character.isWhitespace(text.charAt(e - 1)))) {
      e--;
    }
    return new Span(s.start(), e);
  }
}
