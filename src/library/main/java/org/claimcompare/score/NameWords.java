package org.claimcompare.score;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.claimcompare.normalize.TextNormalizer;

/**
 * Finds the words a text writes as names: capitalised, and not the first word of a sentence or of
 * a quotation. A text with no word in lower case (a headline in capitals) has no names, since its
 * capitals say nothing.
 */
final class NameWords {
  private NameWords() {}

  /** Returns the normalised forms of the name words of {@code text}. */
  static Set<String> of(String text, TextNormalizer normalizer) {
    return of(text, normalizer, new HashMap<>());
  }

  /** As {@link #of(String, TextNormalizer)}, with the normaliser's memo of forms ({@link TextNormalizer#forms}). */
  static Set<String> of(String text, TextNormalizer normalizer, Map<String, String> memo) {
    StringBuilder names = new StringBuilder();
    boolean lowerSeen = false;
    boolean sentenceStart = true;
    int k = 0;
    int n = text.length();
    while (k < n) {
      int c = text.codePointAt(k);
      if (Character.isLetter(c)) {
        int start = k;
        while (k < n && isWordPart(text.codePointAt(k))) {
          k += Character.charCount(text.codePointAt(k));
        }
        if (Character.isUpperCase(c)) {
          if (!sentenceStart) {
            names.append(text, start, k).append('\n');
          }
        } else {
          lowerSeen = true;
        }
        sentenceStart = false;
      } else {
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || isQuote(c) || c == '(' || c == '\n') {
          sentenceStart = true;
        }
        k += Character.charCount(c);
      }
    }
    if (!lowerSeen || names.length() == 0) {
      return Set.of();
    }
    // One pass of the normaliser over all the names, one per line, instead of one pass per name.
    Set<String> forms = new HashSet<>();
    forms.addAll(normalizer.forms(names.toString(), memo));
    return forms;
  }

  /**
   * Letters, digits, marks and the invisible format characters that normalisation removes from
   * inside a word (a zero-width joiner between {@code Ki} and {@code ev}), so that a name is the
   * same word here as in the normalised text.
   */
  private static boolean isWordPart(int c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.FORMAT;
  }

  /** Quotation marks open a quotation whose first word is capitalised as a sentence's. */
  private static boolean isQuote(int c) {
    int type = Character.getType(c);
    return c == '"' || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || c == '«' || c == '»' || c == '„';
  }
}
