package org.claimcompare.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cosine of the two texts' character-trigram count vectors; see {@link
 * Baselines#charTrigramCosine()}.
 */
final class TrigramCosine extends BagScorer {
  static final TrigramCosine INSTANCE = new TrigramCosine();

  private TrigramCosine() {}

  /**
   * The trigrams of a text: lower-cased with {@link Locale#ROOT}, each run of white space ({@link
   * Character#isWhitespace(int)}) made one space, and one space at each end; then every window of
   * three code points.
   * {@code "Hi  there"} gives {@code " hi", "hi ", "i t", " th", "the", "her", "ere", "re "}.
   */
  static List<String> trigrams(String text) {
    StringBuilder padded = new StringBuilder(" ");
    text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
      boolean space = Character.isWhitespace(cp);
      if (!space) {
        padded.appendCodePoint(cp);
      } else if (padded.charAt(padded.length() - 1) != ' ') {
        padded.append(' ');
      }
    });
    if (padded.length() == 1) {
      return List.of();
    }
    if (padded.charAt(padded.length() - 1) != ' ') {
      padded.append(' ');
    }
    int[] cps = padded.codePoints().toArray();
    List<String> out = new ArrayList<>(cps.length - 2);
    for (int i = 0; i + 3 <= cps.length; i++) {
      out.add(new String(cps, i, 3));
    }
    return out;
  }

  @Override
  List<Bag> profiles(List<String> texts) {
    List<List<String>> words = texts.stream().map(Words::of).toList();
    List<List<String>> trigrams = texts.stream().map(TrigramCosine::trigrams).toList();
    return Bag.of(words, trigrams, t -> 1);
  }

  /** Returns {@code TrigramCosine}. */
  @Override
  public String toString() {
    return "TrigramCosine";
  }
}
