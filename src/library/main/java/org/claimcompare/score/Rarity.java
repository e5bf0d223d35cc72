package org.claimcompare.score;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcompare.normalize.TextNormalizer;
import org.claimcompare.normalize.Word;

/**
 * How rare each word stem is in a corpus: its document frequency, turned into a weight.
 *
 * <p>With {@code N} texts and a stem in {@code df} of them, the inverse document frequency is
 * {@code idf = ln((N + 1) / (df + 1))}, between 0 (in every text) and {@code ln(N + 1)} (in none).
 * With the rarity {@code r = (idf / ln(N + 1))^}{@value #EXPONENT} (1 for the rarest words, 0 for a
 * word found in every text), a word's weight is its base weight (1 for a content word, the stop
 * word weight for a function word) times {@code (1 - sλ) + sλ r}, where {@code λ = N / (N + }{@value
 * #PRIOR_TEXTS}{@code )} says how far a corpus of {@code N} texts is trusted (two texts say nothing
 * about rarity, as the words they share would weigh nothing; thousands say a lot), and the strength
 * {@code s} in [0, 1] how far rarity may lower a weight: at 1 a word found in every text of a large
 * corpus weighs nothing, at 0.8 it keeps a fifth of its base weight. A rarity that knows no
 * corpus ({@link #none}) leaves the base weights as they are.
 */
final class Rarity {
  /** The exponent of the relative idf; above 1, common words lose weight faster. */
  static final double EXPONENT = 2;

  /** The corpus size at which rarity and base weight count equally. */
  static final int PRIOR_TEXTS = 50;

  private final ImmutableMap<String, Integer> documentFrequency;
  private final int texts;
  private final double strength;

  private Rarity(ImmutableMap<String, Integer> documentFrequency, int texts, double strength) {
    this.documentFrequency = documentFrequency;
    this.texts = texts;
    this.strength = strength;
  }

  /** A rarity that knows no corpus yet, with the strength it will have once it knows one. */
  static Rarity none(double strength) {
    return new Rarity(ImmutableMap.of(), 0, strength);
  }

  /** The same strength, counted in {@code corpus}. */
  Rarity of(List<String> corpus, TextNormalizer normalizer) {
    Map<String, Integer> df = new HashMap<>();
    Stems stems = new Stems();
    for (String text : corpus) {
      Set<String> seen = new HashSet<>();
      for (Word w : normalizer.words(text)) {
        String stem = stems.of(w.form());
        if (seen.add(stem)) {
          df.merge(stem, 1, Integer::sum);
        }
      }
    }
    return new Rarity(ImmutableMap.copyOf(df), corpus.size(), strength);
  }

  /** The same counts with another strength. */
  Rarity withStrength(double newStrength) {
    return new Rarity(documentFrequency, texts, newStrength);
  }

  double strength() {
    return strength;
  }

  int texts() {
    return texts;
  }

  /** The same strength, with document frequencies counted elsewhere in {@code texts} texts. */
  Rarity of(ImmutableMap<String, Integer> frequencies, int textCount) {
    return new Rarity(frequencies, textCount, strength);
  }

  double weight(String stem, double base) {
    return weight(documentFrequency.getOrDefault(stem, 0), base);
  }

  /** The weight of a word of base weight {@code base} whose stem is in {@code df} texts. */
  double weight(int df, double base) {
    if (texts == 0) {
      return base;
    }
    double idf = Math.log((texts + 1.0) / (df + 1.0));
    double rarity = Math.pow(idf / Math.log(texts + 1.0), EXPONENT);
    double trust = strength * texts / (texts + (double) PRIOR_TEXTS);
    return base * ((1 - trust) + trust * rarity);
  }
}
