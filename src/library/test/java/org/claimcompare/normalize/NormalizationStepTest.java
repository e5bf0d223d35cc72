package org.claimcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class NormalizationStepTest {

  private static String only(NormalizationStep step, String text) {
    return TextNormalizer.of(EnumSet.of(step), Aliases.standard()).normalize(text);
  }

  @Test
  void appliesTheDocumentedExamples() {
    assertThat(only(NormalizationStep.UNICODE, "ﬁnal ２０２２…")).isEqualTo("final 2022...");
    assertThat(only(NormalizationStep.PUNCTUATION, "“Kiev’s” — «ours»"))
        .isEqualTo("\"Kiev's\" - \"ours\"");
    assertThat(only(NormalizationStep.EDITORIAL_BRACKETS, "let [Ukrainian nationalists] […] use"))
        .isEqualTo("let Ukrainian nationalists use");
    assertThat(only(NormalizationStep.CASE_FOLD, "Straße ISTANBUL")).isEqualTo("strasse istanbul");
    assertThat(only(NormalizationStep.DIACRITICS, "Łódź Zürich Ærø")).isEqualTo("Lodz Zurich AEro");
    assertThat(only(NormalizationStep.WHITESPACE, " a \t\n b ")).isEqualTo("a b");
    assertThat(only(NormalizationStep.SPELLING, "the colour of demilitarisation"))
        .isEqualTo("the color of demilitarization");
    assertThat(only(NormalizationStep.ALIASES, "kiev and kharkov")).isEqualTo("kyiv and kharkiv");
  }

  static java.util.stream.LongStream seeds() {
    return java.util.stream.LongStream.range(0, 500);
  }

  /**
   * ASCII text (most English news) takes short paths that skip the Unicode passes; each must give
   * what the step's definition gives: random ASCII, control characters, runs of spaces and tabs at
   * either end and inside, and the backtick the punctuation step maps.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void asciiTextTakesShortPathsToTheDefinedResults(long seed) {
    java.util.Random random = new java.util.Random(seed);
    StringBuilder s = new StringBuilder();
    for (int i = 0, n = random.nextInt(30); i < n; i++) {
      s.append(random.nextInt(3) == 0 ? " \t\n`\u001Fa"
          .charAt(random.nextInt(6)) : (char) random.nextInt(0x80));
    }
    String text = s.toString();

    assertThat(CharacterSteps.apply(NormalizationStep.UNICODE, text))
        .isEqualTo(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
    assertThat(CharacterSteps.apply(NormalizationStep.PUNCTUATION, text)).isEqualTo(text.replace('`', '\''));
    assertThat(CharacterSteps.apply(NormalizationStep.CASE_FOLD, text))
        .isEqualTo(text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
    assertThat(CharacterSteps.apply(NormalizationStep.DIACRITICS, text))
        .isEqualTo(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD));
    assertThat(CharacterSteps.apply(NormalizationStep.WHITESPACE, text))
        .isEqualTo(text.replaceAll("(?U)\\s+", " ").strip());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      ﬁ ﬂ ﬀ                  | fi fl ff
      Ｋｙｉｖ ２０２２          | Kyiv 2022
      x² H₂O                 | x2 H2O
      …                      | ...
      ½                      | 1⁄2
      e\\u0301                | é
      it´s                   | it´s
      Ki\\u200Dev Ki\\u00ADev   | Kiev Kiev
      e\\u200D\\u0301          | é
      """)
  void unicodeFoldsCompatibilityForms(String input, String expected) {
    assertThat(only(NormalizationStep.UNICODE, unescape(input))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      “quoted”                 | "quoted"
      «guillemets»             | "guillemets"
      „low“                    | "low"
      ‟reversed”               | "reversed"
      ″inches″                 | "inches"
      ‘single’                 | 'single'
      ‹single›                 | 'single'
      ‚low‛                    | 'low'
      Kiev’s                   | Kiev's
      Obolonʼ                  | Obolon'
      `grave´                  | 'grave'
      7′                       | 7'
      war — peace              | war - peace
      war—peace                | war-peace
      1914–1918                | 1914-1918
      a ‒ b ― c                | a - b - c
      −5                       | -5
      non‐binary non‑stop      | non-binary non-stop
      wait…                    | wait...
      a\\u00A0b\\u2009c\\u3000d   | a b c d
      demili\\u00ADtarisation   | demilitarisation
      zero\\u200Bwidth          | zerowidth
      Ki\\u200Dev               | Kiev
      Ki\\u200Cev               | Kiev
      Ki\\u2060ev               | Kiev
      Ki\\uFEFFev               | Kiev
      Ki\\u200Eev Ki\\u202Bev   | Kiev Kiev
      \\u0600\\u0661            | \u0600\u0661
      ŉ                        | 'n
      """)
  void punctuationBecomesAscii(String input, String expected) {
    assertThat(only(NormalizationStep.PUNCTUATION, unescape(input))).isEqualTo(expected);
  }

  @Test
  void punctuationUnderstandsWhatUnicodeMadeOfPrimesAndAccents() {
    TextNormalizer n = TextNormalizer.of(
        EnumSet.of(NormalizationStep.UNICODE, NormalizationStep.PUNCTUATION), Aliases.empty());

    assertThat(n.normalize("″inches″ it´s")).isEqualTo("\"inches\" it's");
  }

  @Test
  void aCombiningMarkAfterASpaceIsNoApostrophe() {
    TextNormalizer n = TextNormalizer.of(
        EnumSet.of(NormalizationStep.UNICODE, NormalizationStep.PUNCTUATION), Aliases.empty());

    assertThat(n.normalize("a \u0301b")).isEqualTo("a \u0301b");
    assertThat(n.words("a \u0301b")).extracting(Word::surface).containsExactly("a", "b");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # found by NormalizationPropertyTest: a stray ypogegrammeni became the letter ι of the next word
      after a space                  | THE \\u0345THE         | the \\u0345the
      at the start                   | \\u0345THE             | \\u0345the
      after punctuation and a mark   | "\\u0301\\u0345A       | "\\u0301\\u0345a
      # on a letter it is iota, as in Unicode's full case folding
      on alpha                       | \\u1FB3                | \\u03B1\\u03B9
      on alpha with an accent        | \\u0391\\u0301\\u0345   | \\u03AC\\u03B9
      """)
  void caseFoldMakesAYpogegrammeniIotaOnlyOnALetter(String where, String input, String expected) {
    assertThat(only(NormalizationStep.CASE_FOLD, unescape(input))).isEqualTo(unescape(expected));
  }

  @Test
  void unicodeKeepsTheSpacingYpogegrammeniALetter() {
    // NFKC would make it a space and a stray mark, which the diacritics step removes: a text of it
    // would lose its only letter.
    assertThat(only(NormalizationStep.UNICODE, "\u037A")).isEqualTo("\u037A");
    assertThat(TextNormalizer.standard().words("\u037A")).extracting(Word::form).containsExactly("\u037A");
  }

  @Test
  void aStrayYpogegrammeniStartsNoWord() {
    assertThat(TextNormalizer.standard().words("THE \u0345THE")).extracting(Word::form)
        .containsExactly("the", "the");
  }

  @Test
  void editorialBracketsReadDeepNestingAndLongSpacesAtOnce() {
    String spaces = "a" + " ".repeat(100_000) + "b [...]";

    assertThat(only(NormalizationStep.EDITORIAL_BRACKETS, "[".repeat(100_000) + "a" + "]".repeat(100_000)))
        .isEqualTo("a");
    assertThat(only(NormalizationStep.EDITORIAL_BRACKETS, spaces)).isEqualTo(spaces.substring(0, 100_002));
  }

  @Test
  void editorialBracketsRecomposeWhatTheyJoin() {
    assertThat(only(NormalizationStep.EDITORIAL_BRACKETS, "e[\u0301] か[\u3099]")).isEqualTo("é が");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      do not allow neo-Nazis and [Ukrainian nationalists] to use | do not allow neo-Nazis and Ukrainian nationalists to use
      [The president] said                                       | The president said
      we will [...] win                                          | we will win
      we will […] win                                            | we will win
      we will [ . . . ] win                                      | we will win
      we will win [...].                                         | we will win.
      it was teh [sic] end                                       | it was teh end
      it was teh [SIC] end                                       | it was teh end
      one[...]two                                                | one two
      nested [a [b] c]                                           | nested a b c
      unmatched [ bracket                                        | unmatched [ bracket
      unmatched ] bracket                                        | unmatched ] bracket
      no brackets                                                | no brackets
      """)
  void editorialBracketsKeepWordsAndDropElisions(String input, String expected) {
    assertThat(only(NormalizationStep.EDITORIAL_BRACKETS, input)).isEqualTo(expected);
  }

  @Test
  void editorialElisionAtTheStartLeavesTheSpaceAfterIt() {
    assertThat(only(NormalizationStep.EDITORIAL_BRACKETS, "[...] we will win"))
        .isEqualTo(" we will win");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      Kyiv KYIV kyiv     | kyiv kyiv kyiv
      Straße             | strasse
      STRASSE            | strasse
      İstanbul           | i\\u0307stanbul
      ISTANBUL           | istanbul
      ıstanbul           | istanbul
      ΟΔΟΣ Οδός          | οδοσ οδόσ
      ПУТИН Путин        | путин путин
      ǅemal              | ǆemal
      """)
  void caseFoldIsFullAndLocaleIndependent(String input, String expected) {
    assertThat(only(NormalizationStep.CASE_FOLD, input)).isEqualTo(unescape(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      ẞ                   | ss
      ς σ Σ               | σ σ σ
      ΣΑΣ'\\u0301          | σασ'\u0301
      ı\\u0301             | í
      """)
  void caseFoldGivesEveryLetterItsFoldWhateverItsContext(String input, String expected) {
    String once = only(NormalizationStep.CASE_FOLD, unescape(input));

    assertThat(once).isEqualTo(unescape(expected));
    assertThat(only(NormalizationStep.CASE_FOLD, once)).isEqualTo(once);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      Zürich café naïve         | Zurich cafe naive
      Łódź Gdańsk               | Lodz Gdansk
      Ærø Øresund               | AEro Oresund
      Đakovo điện ðe            | Dakovo dien de
      Þingvellir þorn           | Thingvellir thorn
      œuvre Œdipus              | oeuvre OEdipus
      Straße ẞ                  | Strasse SS
      ı ĳ ħ                     | i ij h
      Erdoğan Kyïv Ukraïna      | Erdogan Kyiv Ukraina
      e\\u0301 o\\u0308           | e o
      İstanbul                  | Istanbul
      Ёлка Йошкар               | Елка Иошкар
      مُحَمَّد                     | مُحَمَّد
      हिंदी                       | हिंदी
      """)
  void diacriticsAreRemoved(String input, String expected) {
    assertThat(only(NormalizationStep.DIACRITICS, unescape(input))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      a  b               | a b
      \\u0020 a b \\u0020  | a b
      a\\tb\\nc\\r\\nd       | a b c d
      a\\u00A0\\u2003b     | a b
      ab                 | ab
      """)
  void whitespaceIsCollapsedAndStripped(String input, String expected) {
    assertThat(only(NormalizationStep.WHITESPACE, unescape(input))).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(NormalizationStep.class)
  void eachStepIsIdempotent(NormalizationStep step) {
    String text = "“Kiev’s» [...] [demilitarisation] of ＵＫＲＡＩＮＥ — Straße ı İ Ærø  colour's";
    String once = only(step, text);

    assertThat(only(step, once)).isEqualTo(once);
  }

  @ParameterizedTest
  @EnumSource(NormalizationStep.class)
  void eachStepIgnoresTheDefaultLocale(NormalizationStep step) {
    String text = "TITLE İstanbul ISPARTA ıi Kiev’s COLOUR";
    Locale before = Locale.getDefault();
    String root = only(step, text);
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(only(step, text)).isEqualTo(root);
      Locale.setDefault(Locale.forLanguageTag("az-AZ"));
      assertThat(only(step, text)).isEqualTo(root);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void onlyTheLastTwoStepsWorkOnWords() {
    assertThat(EnumSet.allOf(NormalizationStep.class))
        .filteredOn(step -> !step.characterLevel())
        .containsExactly(NormalizationStep.SPELLING, NormalizationStep.ALIASES);
  }

  /** Lets tables spell invisible characters as {@code \\uXXXX}, {@code \\t}, {@code \\n}. */
  private static String unescape(String text) {
    return org.apache.commons.text.StringEscapeUtils.unescapeJava(text);
  }
}
