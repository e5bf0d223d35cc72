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

  /** Scans one paragraph, resuming after every unclosed quote that was cut. */
  private void scanParagraph(int p, boolean continues) {
    Paragraph para = paragraphs.get(p);
    int from = para.start();
    while (from < para.end()) {
      from = scanFrom(p, from, continues);
    }
  }

  /**
   * The stack scan described in the class comment, from {@code from} to the paragraph's end;
   * returns where to resume.
   */
  private int scanFrom(int p, int from, boolean continues) {
    Paragraph para = paragraphs.get(p);
    List<Integer> stack = new ArrayList<>();
    for (int i = from; i < para.end(); i++) {
      if (!QuoteMarks.isMark(text.charAt(i))) {
        continue;
      }
      int depth = matchingDepth(stack, i, para);
      if (depth == 0) {
        add(new Span(stack.get(0), i + 1), stack.get(0) + 1, i, p, true, continues);
        stack.clear();
      } else if (depth > 0) {
        stack.subList(depth, stack.size()).clear();
      } else if (QuoteMarks.canOpen(text, i, para.start(), para.end(), stack.isEmpty())) {
        stack.add(i);
      }
    }
    return stack.isEmpty() ? para.end() : unclosed(p, stack.get(0), continues);
  }

  /**
   * Returns the stack index of the innermost open quotation the mark at {@code i} closes, or -1
   * when it closes none (a private search result, never exposed).
   */
  private int matchingDepth(List<Integer> stack, int i, Paragraph para) {
    if (stack.isEmpty() || !QuoteMarks.canClose(text, i, para.start(), para.end())) {
      return -1;
    }
    for (int d = stack.size() - 1; d >= 0; d--) {
      if (QuoteMarks.closersOf(text.charAt(stack.get(d))).indexOf(text.charAt(i)) >= 0) {
        return d;
      }
    }
    return -1;
  }

  /** Applies the unclosed-quote rules to the quote opened at {@code open}; returns where to resume. */
  private int unclosed(int p, int open, boolean continues) {
    Paragraph para = paragraphs.get(p);
    boolean opensParagraph = open == para.start();
    if (QuoteMarks.isSingle(text.charAt(open)) && !opensParagraph) {
      return open + 1;
    }
    if (nextParagraphOpensWithMark(p)) {
      add(new Span(open, para.end()), open + 1, para.end(), p, false, continues);
      continuing = true;
      return para.end();
    }
    int cut = Sentences.endOf(text, open + 1, para.end());
    add(new Span(open, cut), open + 1, cut, p, false, continues);
    return cut;
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
    Span words = trim(text, start, end);
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
