package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import org.claimcompare.Span;

/**
 * A small rule-based sentence splitter.
 *
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or {@code …} (repeated marks count as
 * one), optionally followed by closing quotes or brackets, when white space follows and the next
 * character is an upper-case letter, a digit, an opening quote or an opening bracket. A full stop
 * does not end a sentence after a listed abbreviation ("Mr.", "Gen.", "Jan.", "No.", "vs."), after
 * a single-letter initial ("J. Smith"), or after a dotted abbreviation ("U.S.", "a.m.", "e.g.").
 * The end of the range always ends a sentence. A known limit: a sentence that really ends with
 * "U.S." is joined to the next one.
 *
 * <p>A sentence is at most {@value #MAX_LENGTH} characters long: a longer one ends at the last
 * white space within its first {@value #MAX_LENGTH} characters (or after them, if there is none).
 * No sentence of news prose is that long, and the extractor's work on a sentence (finding the
 * speaker of each quote and verb within it) grows faster than the sentence's length, so the bound
 * keeps extraction linear in the length of any text, one unpunctuated paragraph included.
 */
final class Sentences {
  private Sentences() {}

  /** The most characters a sentence may have. */
  static final int MAX_LENGTH = 1_000;

  private static final String TERMINALS = ".!?…";
  private static final String CLOSERS = "\"'”’»«)]";
  private static final String OPENERS = "\"'“‘„«»‹(['";

  /** Returns the sentences of {@code text[start, end)}, each without surrounding white space. */
  static ImmutableList<Span> split(String text, int start, int end) {
    ImmutableList.Builder<Span> out = ImmutableList.builder();
    int from = start;
    while (from < end) {
      int stop = endOf(text, from, end);
      Span s = Paragraph.strip(text, from, stop);
      if (s.length() > 0) {
        out.add(s);
      }
      from = stop;
    }
    return out.build();
  }

  /**
   * Returns the offset just past the sentence that contains {@code from}: past its final mark and
   * closing quotes, or {@code end} when the sentence runs to the end of the range.
   */
  static int endOf(String text, int from, int end) {
    int limit = end - from > MAX_LENGTH ? from + MAX_LENGTH : end;
    for (int i = from; i < limit; i++) {
      if (TERMINALS.indexOf(text.charAt(i)) >= 0) {
        OptionalInt after = boundaryAfter(text, i, end);
        if (after.isPresent()) {
          return after.getAsInt();
        }
      }
    }
    return limit == end ? end : cut(text, from, limit);
  }

  /** Where a sentence too long to end by its punctuation ends: at its last white space. */
  private static int cut(String text, int from, int limit) {
    for (int i = limit; i > from; i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit + 1 : limit;
  }

  /**
   * Returns the offset just past the closing quotes after the terminal mark at {@code i} when the
   * mark ends a sentence, else empty.
   */
  private static OptionalInt boundaryAfter(String text, int i, int end) {
    int j = i + 1;
    while (j < end && TERMINALS.indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    while (j < end && CLOSERS.indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j >= end) {
      return OptionalInt.of(end);
    }
    if (!Paragraph.isSpace(text.charAt(j))) {
      return OptionalInt.empty();
    }
    int k = j;
    while (k < end && Paragraph.isSpace(text.charAt(k))) {
      k++;
    }
    if (k >= end) {
      return OptionalInt.of(end);
    }
    boolean boundary =
        startsSentence(text.charAt(k)) && !(text.charAt(i) == '.' && isAbbreviation(text, i));
    return boundary ? OptionalInt.of(j) : OptionalInt.empty();
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
  }

  /** Returns whether the full stop at {@code dot} ends an abbreviation or an initial. */
  static boolean isAbbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    String word = text.substring(s, dot);
    if (word.isEmpty()) {
      return false;
    }
    return word.length() == 1 && Character.isLetter(word.charAt(0))
        || word.contains(".")
        || Lexicon.ABBREVIATIONS.contains(Lexicon.bare(word));
  }
}
