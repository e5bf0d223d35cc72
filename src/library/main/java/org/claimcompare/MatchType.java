package org.claimcompare;

import java.util.Locale;

/** Why two words of two renderings were aligned, from the strongest reason to the weakest. */
public enum MatchType {
  /** The same word once case, Unicode form, punctuation and diacritics are normalised. */
  EXACT,
  /** British and American spellings of one word: "demilitarisation" / "demilitarization". */
  SPELLING,
  /** Transliterations or aliases of one name from the alias list: "Kiev" / "Kyiv". */
  ALIAS,
  /**
   * Words spelled almost alike but in no list, such as an unlisted transliteration ("Zelenskij" /
   * "Zelensky") or an inflection ("agreement" / "agreements").
   */
  NEAR_SPELLING,
  /** Inflections of one word: "agreement" / "agreements", "send" / "sending". */
  STEM,
  /** Synonyms in WordNet: "gang" / "bunch", "buy" / "purchase". */
  SYNONYM,
  /**
   * Near-synonyms one WordNet relation apart: "willing" / "ready" (similar), "murder" / "kill" (a
   * verb and its broader verb), "Ukraine" / "Ukrainian" (derivation), "Minsk" / "Belarus" (part).
   */
  RELATED,
  /**
   * Words a sentence-embedding model finds alike in their contexts, where no rule above matched:
   * "clique" / "bunch", "troops" / "forces". Given only by the semantic scorer (the {@code
   * claimcompare-semantic} module), with the cosine of the two words' vectors ({@link
   * AlignedPair#cosine()}).
   */
  SEMANTIC;

  /**
   * Returns the lower-case name used in explanations and JSON output.
   *
   * @return for example {@code "near_spelling"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
