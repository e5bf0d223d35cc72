package org.claimcompare.normalize;

/**
 * One named normalisation of text; a {@link TextNormalizer} applies the steps it is given in this
 * declaration order.
 *
 * <p>The first six steps work on characters and produce the text that is then split into words;
 * {@link #SPELLING} and {@link #ALIASES} work on single words and replace each word in place. Every
 * step is idempotent, and so is any sequence of them.
 *
 * <table class="striped">
 *   <caption>Each step on its own</caption>
 *   <thead><tr><th>step</th><th>input</th><th>output</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@link #UNICODE}</td><td>{@code "ﬁnal ２０２２…"}</td>
 *         <td>{@code "final 2022..."}</td></tr>
 *     <tr><td>{@link #PUNCTUATION}</td><td>{@code "“Kiev’s” — «ours»"}</td>
 *         <td>{@code "\"Kiev's\" - \"ours\""}</td></tr>
 *     <tr><td>{@link #EDITORIAL_BRACKETS}</td><td>{@code "let [Ukrainian nationalists] […] use"}</td>
 *         <td>{@code "let Ukrainian nationalists use"}</td></tr>
 *     <tr><td>{@link #CASE_FOLD}</td><td>{@code "Straße ISTANBUL"}</td>
 *         <td>{@code "strasse istanbul"}</td></tr>
 *     <tr><td>{@link #DIACRITICS}</td><td>{@code "Łódź Zürich Ærø"}</td>
 *         <td>{@code "Lodz Zurich AEro"}</td></tr>
 *     <tr><td>{@link #WHITESPACE}</td><td>{@code " a \t\n b "}</td><td>{@code "a b"}</td></tr>
 *     <tr><td>{@link #SPELLING}</td><td>{@code "the colour of demilitarisation"}</td>
 *         <td>{@code "the color of demilitarization"}</td></tr>
 *     <tr><td>{@link #ALIASES}</td><td>{@code "kiev and kharkov"}</td>
 *         <td>{@code "kyiv and kharkiv"}</td></tr>
 *   </tbody>
 * </table>
 */
public enum NormalizationStep {
  /**
   * Unicode compatibility normalisation (NFKC): ligatures, full-width and superscript forms become
   * their plain equivalents and composed characters get one encoding. {@code "ﬁnal ２０２２…"} becomes
   * {@code "final 2022..."}. Invisible format characters are removed first, as Unicode's
   * NFKC_Casefold does (see {@link #PUNCTUATION}), so that the letters and marks they separated
   * compose. The spacing acute accent {@code ´}, which writers use as an apostrophe
   * ({@code it´s}), is kept for {@link #PUNCTUATION}: NFKC would make it a space followed by a
   * combining accent, and a combining mark after a space must not become an apostrophe that joins
   * two words. The spacing ypogegrammeni {@code ͺ}, a letter, is kept too: NFKC would make it a
   * space and a stray mark, which later steps remove, so a text of it would lose its only letter.
   */
  UNICODE,

  /**
   * Typographic punctuation to its ASCII form: the quotation marks {@code “ ” « » „ ‟ ″} become
   * {@code "} and {@code ‘ ’ ‹ › ‚ ‛ ′ ` ´ ʼ} (and the Greek oxia and varia) become {@code '};
   * {@code ŉ} becomes {@code 'n}; the dashes and minus {@code ‐ ‑ ‒ – — ― − ⁃} become {@code -},
   * keeping whatever spaces surround them; {@code …} becomes {@code ...}; other Unicode spaces
   * become {@code ' '}. Invisible format characters (Unicode category Cf: soft hyphen, zero-width
   * space, zero-width non-joiner and joiner, word joiner, byte order mark, direction marks,
   * embeddings and isolates) are removed, all alike and wherever they stand, since they change how
   * text is drawn or broken into lines and never which letters it has: {@code "Ki"}, a zero-width
   * joiner and {@code "ev"} read {@code "Kiev"}, as they do with a soft hyphen between them; only
   * the visible prepended concatenation marks (Arabic number signs) stay, and {@link #UNICODE}
   * removes the same characters. {@code "“Kiev’s” — «ours»"} becomes {@code "\"Kiev's\" -
   * \"ours\""}.
   */
  PUNCTUATION,

  /**
   * Square brackets that editors put into quotations: around words they supplied the brackets are
   * dropped and the words kept; an elided passage ({@code [...]}, {@code […]}) or {@code [sic]} is
   * dropped entirely, with the space before it. {@code "do not allow neo-Nazis and [Ukrainian
   * nationalists] to use [...] weapons"} becomes {@code "do not allow neo-Nazis and Ukrainian
   * nationalists to use weapons"}.
   */
  EDITORIAL_BRACKETS,

  /**
   * Full case folding independent of the default locale: upper case then lower case with {@link
   * java.util.Locale#ROOT}, so {@code ß} folds like {@code SS} and Turkish {@code ı} like {@code
   * I}; final sigma {@code ς} folds to {@code σ}, as in Unicode case folding, so that a word folds
   * alike wherever it stands. {@code "Straße ISTANBUL"} becomes {@code "strasse istanbul"}.
   */
  CASE_FOLD,

  /**
   * Diacritics removed: canonical decomposition (NFD), removal of the general-purpose combining
   * diacritical marks (U+0300–U+036F and the supplement and extension blocks), recomposition (NFC);
   * then letters that do not decompose are spelled out: {@code ø→o ł→l đ→d ð→d þ→th æ→ae œ→oe ß→ss
   * ı→i ĳ→ij ħ→h} (upper case alike). The marks go in every script that uses them, so Cyrillic
   * {@code ё} and {@code й} become {@code е} and {@code и} and Greek loses its accents; marks that
   * belong to one script (Arabic, Hebrew, Indic vowel signs) carry meaning and are kept. {@code
   * "Łódź Zürich Ærø"} becomes {@code "Lodz Zurich AEro"}.
   */
  DIACRITICS,

  /**
   * Whitespace collapsed: every run of Unicode white space becomes one space, and leading and
   * trailing white space is removed. {@code " a \t\n b "} becomes {@code "a b"}.
   */
  WHITESPACE,

  /**
   * British spelling to American, word by word, by general rules with exception lists: {@code
   * -ise/-isation → -ize/-ization} (not {@code advise, surprise, exercise, rise, promise}...),
   * {@code -yse → -yze}, {@code -our → -or} (not {@code hour, your, tour}...), British doubled
   * {@code l} before a suffix for a list of verbs ({@code travelled → traveled}, not {@code
   * controlled}), and listed pairs with their inflections ({@code centres → centers, defence →
   * defense, catalogue → catalog, programme → program, grey → gray, foetus → fetus}). {@code "the
   * colour of demilitarisation"} becomes {@code "the color of demilitarization"}.
   */
  SPELLING,

  /**
   * Transliteration and name variants replaced by one canonical spelling, word by word, from the
   * normalizer's {@link Aliases}. {@code "kiev and kharkov"} becomes {@code "kyiv and kharkiv"}.
   */
  ALIASES;

  /** Whether this step works on characters, before the text is split into words. */
  boolean characterLevel() {
    return this != SPELLING && this != ALIASES;
  }
}
