package org.claimcompare.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text for MinHash: lower-cased in {@link Locale#ROOT}, split at every character that
 * is neither a letter nor a digit; duplicates are kept (the term vectors are binary anyway).
 *
 * <pre>{@code
 * Tokens.of("“Take power into your own hands,” he said.")  // [take, power, into, your, own, hands, he, said]
 * }</pre>
 */
final class Tokens {
  private Tokens() {}

  static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      boolean word = Character.isLetterOrDigit(c);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        tokens.add(lower.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      tokens.add(lower.substring(start));
    }
    return tokens;
  }
}
