package org.claimcompare.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A character measure applied to the whole lower-cased texts; see {@link Baselines#jaroWinkler()}
 * and {@link Baselines#levenshtein()}. The measure always sees the lexicographically smaller text
 * first, so the score is exactly symmetric. An empty text scores 0 against every text.
 */
final class WholeString extends ProfileScorer<WholeString.Text> {
  static final WholeString JARO_WINKLER =
      new WholeString("JaroWinkler", new JaroWinklerSimilarity()::apply);
  static final WholeString LEVENSHTEIN = new WholeString("Levenshtein", WholeString::levenshtein);

  private final String name;
  private final ToDoubleBiFunction<String, String> measure;

  private WholeString(String name, ToDoubleBiFunction<String, String> measure) {
    this.name = name;
    this.measure = measure;
  }

  /** A text lower-cased with {@link Locale#ROOT}, and its words for blocking. */
  record Text(String lower, List<String> words) {}

  /** {@code 1 - distance / max(length)}, lengths in UTF-16 units as Commons Text counts them. */
  static double levenshtein(String a, String b) {
    int distance = LevenshteinDistance.getDefaultInstance().apply(a, b);
    return 1 - (double) distance / Math.max(a.length(), b.length());
  }

  @Override
  List<Text> profiles(List<String> texts) {
    return texts.stream().map(t -> new Text(t.toLowerCase(Locale.ROOT), Words.of(t))).toList();
  }

  @Override
  double compare(Text a, Text b) {
    if (a.lower().isEmpty() || b.lower().isEmpty()) {
      return 0;
    }
    boolean swap = a.lower().compareTo(b.lower()) > 0;
    double score = swap ? measure.applyAsDouble(b.lower(), a.lower()) : measure.applyAsDouble(a.lower(), b.lower());
    return Math.max(0, Math.min(1, score));
  }

  @Override
  List<String> words(Text profile) {
    return profile.words();
  }

  /** Returns {@code JaroWinkler} or {@code Levenshtein}. */
  @Override
  public String toString() {
    return name;
  }
}
