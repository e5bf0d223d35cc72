package org.claimcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {
  private static final TextNormalizer STANDARD = TextNormalizer.standard();

  private static final String PUTIN =
      "“Take power into your own hands,” he said of Kiev’s demilitarisation [of Ukraine]…";

  /** Varied inputs for the properties: news sentences, edge cases and every rule's triggers. */
  private static final List<String> SAMPLES = List.of(
      PUTIN,
      "«Мы не позволим неонацистам и [украинским националистам] использовать…»",
      "We will not allow neo-Nazis and [Ukrainian nationalists] to use heavy weapons [...].",
      "President Zelenskiy’s office said the U.S. had sent 1,000 Javelins to Kharkov and Odessa.",
      "Volodymyr Zelenskyy, Vladimir Putin, Dmitry Peskov and Dmytro Kuleba — in Kyiv.",
      "The organisation’s neighbours can’t, won’t and shan’t; they’re travelling to the centre.",
      "Colour, FAVOURITE, Honoured; the programmes’ defences were catalogued in 3.5 days.",
      "ΟΔΟΣ Οδός Straße İstanbul ISTANBUL ıi Łódź Ærø þorn œuvre ĳs",
      "ﬁnal ２０２２ x² ½ ″inches″ it´s `quoted´ a\u00A0b\u2003c zero\u200Bwidth soft\u00ADhyphen",
      "nested [a [b] c] and unmatched [ or ] brackets [sic] [ … ] e\u0301 o\u0308",
      "O'Brien's rock'n'roll coup d'état; the soldiers' guns; Qur'an; Sana'a",
      "   \t\n  ",
      "",
      "--- ... '' \"\" ---",
      "مُحَمَّد हिंदी 北京 東京 Путин",
      "KIEV's KHARKOV, Kiev’s Kharkov, kiev kharkov",
      "1,000,000 1,5 22.02.2022 7,000km covid19 f-16",
      "Gaddafi Qaddafi Kadhafi al-Qaeda Hizbollah Mohammed Muhammad",
      // Inputs that once broke normalisation (a crash, or a second pass that changed the text).
      "we can n't stop; N'T; n’t",
      "ΣΑΣ' \u0301 ς'\u0301 Σ’\u0307x σ'\u0345",
      "a \u0301b \u00B4 it´s ͺ",
      "Ki\u200Dev Ki\u200Cev Ki\u00ADev Ki\uFEFFev Ki\u2060ev 👩\u200D💻 👍🏽 🇺🇦",
      "\uD800 lone \uDC00 surrogates \uD83D",
      "İı ＡＢＣ ẞ ŉ ı\u0301 e[\u0301] か\u200D\u3099",
      "שָׁלוֹם עולם \u200F مُحَمَّد \u202Bنص\u202C");

  @Test
  void normalizesTheExampleSentence() {
    assertThat(STANDARD.normalize(PUTIN)).isEqualTo(
        "\"take power into your own hands,\" he said of kyiv's demilitarization of ukraine...");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      Kiev’s demilitarisation                     | kyiv's demilitarization
      President Zelenskiy met Klichko in Kharkov  | president zelensky met klitschko in kharkiv
      The U.S. sent 1,000 shells                  | the u.s. sent 1,000 shells
      The organisation can't travel—won't         | the organization can't travel-won't
      the soldiers' colours                       | the soldiers' colors
      O'Brien in Kiev                             | o'brien in kyiv
      Donbass [and] «Lugansk»                     | donbas and "luhansk"
      “Zelenski” – said [...] Odessa              | "zelensky" - said odesa
      """)
  void replacesWordsInPlaceKeepingPunctuation(String text, String expected) {
    assertThat(STANDARD.normalize(text)).isEqualTo(expected);
  }

  @Test
  void spellsOutAContractionOnlyWhenOneOfItsWordsChanges() {
    TextNormalizer n = STANDARD.withAliases(Aliases.parse("Can | Cannot # a made-up group"));

    assertThat(n.normalize("can't stop")).isEqualTo("can't stop");
    assertThat(n.withAliases(Aliases.parse("Cannot | Can")).normalize("can't stop"))
        .isEqualTo("cannot not stop");
  }

  @Test
  void listsTheWordsOfTheNormalisedText() {
    assertThat(STANDARD.words("Kiev’s neo-Nazis can't demilitarise the U.S.")).containsExactly(
        new Word("kiev", "kyiv", Optional.of(NormalizationStep.ALIASES)),
        new Word("neo", "neo", Optional.empty()),
        new Word("nazis", "nazis", Optional.empty()),
        new Word("can", "can", Optional.empty()),
        new Word("not", "not", Optional.empty()),
        new Word("demilitarise", "demilitarize", Optional.of(NormalizationStep.SPELLING)),
        new Word("the", "the", Optional.empty()),
        new Word("us", "us", Optional.empty()));
  }

  @Test
  void givesTheFormsOfTheWordsRememberingEachWordOnce() {
    Map<String, String> memo = new HashMap<>();

    assertThat(STANDARD.forms("Kiev’s neo-Nazis can't demilitarise the U.S.", memo))
        .containsExactly("kyiv", "neo", "nazis", "can", "not", "demilitarize", "the", "us");
    assertThat(memo).containsEntry("kiev", "kyiv").containsEntry("demilitarise", "demilitarize")
        .hasSize(8);
    List<String> again = STANDARD.forms("Kiev demilitarise", memo);
    assertThat(again).containsExactly("kyiv", "demilitarize");
    assertThat(again.get(0)).isSameAs(memo.get("kiev"));
    assertThat(memo).hasSize(8);
    assertThatThrownBy(() -> again.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(STANDARD.forms(" ... ", memo)).isEmpty();
  }

  @Test
  void expandsANegationStandingAlone() {
    assertThat(STANDARD.normalize("we can n't stop")).isEqualTo("we can n't stop");
    assertThat(STANDARD.words("we can n't stop")).extracting(Word::form)
        .containsExactly("we", "can", "not", "stop");
    assertThat(STANDARD.words("N'T n’t")).extracting(Word::form).containsExactly("not", "not");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      zero-width joiner       | Ki\\u200Dev
      zero-width non-joiner   | Ki\\u200Cev
      zero-width space        | Ki\\u200Bev
      word joiner             | Ki\\u2060ev
      soft hyphen             | Ki\\u00ADev
      byte order mark         | Ki\\uFEFFev
      left-to-right mark      | Ki\\u200Eev
      right-to-left isolate   | \\u2067Kiev\\u2069
      """)
  void removesEveryInvisibleCharacterAlike(String name, String text) {
    assertThat(STANDARD.normalize(unescape(text))).isEqualTo("kyiv");
    assertThat(STANDARD.words(unescape(text))).extracting(Word::form).containsExactly("kyiv");
  }

  @Test
  void doesNotJoinWordsAcrossACombiningMarkAfterASpace() {
    assertThat(STANDARD.normalize("a \u0301b")).isEqualTo("a b");
    assertThat(STANDARD.normalize("it´s")).isEqualTo("it's");
  }

  @Test
  void foldsGreekSigmaAlikeWhereverItStands() {
    assertThat(STANDARD.normalize("ΟΔΟΣ Οδός σ'\u0301 ς'\u0301")).isEqualTo("οδοσ οδοσ σ' σ'");
  }

  @Test
  void creditsAliasesWhenBothWordStepsChangeAWord() {
    TextNormalizer n = STANDARD.withAliases(Aliases.parse("Hue | Color"));

    assertThat(n.words("colour")).containsExactly(
        new Word("colour", "hue", Optional.of(NormalizationStep.ALIASES)));
  }

  @Test
  void keepsTheCaseOfWordsWhenCaseFoldingIsOff() {
    TextNormalizer n = STANDARD.without(NormalizationStep.CASE_FOLD);

    assertThat(n.normalize("The Organisation in KIEV and Kiev said ZELENSKIY: Can't"))
        .isEqualTo("The Organization in KYIV and Kyiv said ZELENSKY: Can't");
    assertThat(n.words("WON'T")).extracting(Word::form).containsExactly("WILL", "NOT");
  }

  @ParameterizedTest(name = "without {0}: {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      UNICODE            | ２０２２ demilitarisation   | ２０２２ demilitarization
      PUNCTUATION        | Kiev’s “colour”           | kyiv’s “color”
      EDITORIAL_BRACKETS | [Kiev's] colour           | [kyiv's] color
      CASE_FOLD          | Kiev's Colour             | Kyiv's Color
      DIACRITICS         | Kyïv’s Zürich colour      | kyiv's zürich color
      WHITESPACE         | \\u0020Kiev  colour\\u0020 | \\u0020kyiv  color\\u0020
      SPELLING           | Kiev's demilitarisation   | kyiv's demilitarisation
      ALIASES            | Kiev's demilitarisation   | kiev's demilitarization
      """)
  void turnsEachStepOff(NormalizationStep step, String text, String expected) {
    TextNormalizer n = STANDARD.without(step);

    assertThat(n.steps()).doesNotContain(step).hasSize(NormalizationStep.values().length - 1);
    assertThat(n.normalize(unescape(text))).isEqualTo(unescape(expected));
  }

  @Test
  void stillSplitsIntoWordsWithEveryStepOff() {
    TextNormalizer none = TextNormalizer.of(Set.of(), Aliases.standard());

    assertThat(none.normalize("“Kiev’s” DEMILITARISATION")).isEqualTo("“Kiev’s” DEMILITARISATION");
    assertThat(none.words("“Kiev’s” neo-Nazis can’t"))
        .extracting(Word::surface)
        .containsExactly("Kiev", "neo", "Nazis", "can", "not");
  }

  @ParameterizedTest
  @MethodSource("normalizersAndSamples")
  void isIdempotent(TextNormalizer normalizer, String text) {
    String once = normalizer.normalize(text);

    assertThat(normalizer.normalize(once)).isEqualTo(once);
  }

  static Stream<Arguments> normalizersAndSamples() {
    Stream<TextNormalizer> normalizers = Stream.concat(
        Stream.of(STANDARD, TextNormalizer.of(Set.of(), Aliases.standard())),
        Stream.of(NormalizationStep.values()).map(STANDARD::without));
    return normalizers.flatMap(n -> SAMPLES.stream().map(text -> Arguments.of(n, text)));
  }

  @Test
  void wordsOfTheNormalisedTextAreTheirOwnForms() {
    for (String text : SAMPLES) {
      String normalized = STANDARD.normalize(text);

      assertThat(STANDARD.words(normalized))
          .as(text)
          .allSatisfy(w -> assertThat(w.changedBy()).isEmpty())
          .extracting(Word::form)
          .isEqualTo(STANDARD.words(text).stream().map(Word::form).toList());
    }
  }

  @ParameterizedTest
  @CsvSource({"tr-TR", "az-AZ", "lt-LT", "de-DE", "el-GR", "ar-EG"})
  void ignoresTheDefaultLocale(String tag) {
    List<String> expected = SAMPLES.stream().map(STANDARD::normalize).toList();
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertThat(SAMPLES.stream().map(STANDARD::normalize).toList()).isEqualTo(expected);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void foldsTurkishDottedAndDotlessIWhateverTheLocale() {
    assertThat(STANDARD.normalize("İSTANBUL Istanbul ıstanbul istanbul"))
        .isEqualTo("istanbul istanbul istanbul istanbul");
  }

  @Test
  void standardHasEveryStepInDeclarationOrderAndTheStandardAliases() {
    assertThat(STANDARD.steps()).containsExactly(NormalizationStep.values());
    assertThat(STANDARD.aliases()).isSameAs(Aliases.standard());
    assertThat(TextNormalizer.standard()).isSameAs(STANDARD);
  }

  @Test
  void keepsStepsInDeclarationOrderWhateverTheOrderGiven() {
    TextNormalizer n = TextNormalizer.of(
        Set.of(NormalizationStep.ALIASES, NormalizationStep.UNICODE, NormalizationStep.CASE_FOLD),
        Aliases.empty());

    assertThat(n.steps()).containsExactly(
        NormalizationStep.UNICODE, NormalizationStep.CASE_FOLD, NormalizationStep.ALIASES);
    assertThatThrownBy(() -> n.steps().add(NormalizationStep.SPELLING))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @EnumSource(NormalizationStep.class)
  void withAndWithoutAreInverses(NormalizationStep step) {
    assertThat(STANDARD.without(step).with(step)).isEqualTo(STANDARD);
    assertThat(STANDARD.with(step)).isEqualTo(STANDARD);
    assertThat(STANDARD.without(step).without(step)).isEqualTo(STANDARD.without(step));
  }

  @Test
  void withAliasesReplacesTheAliases() {
    TextNormalizer n = STANDARD.withAliases(Aliases.empty());

    assertThat(n.aliases()).isEqualTo(Aliases.empty());
    assertThat(n.steps()).isEqualTo(STANDARD.steps());
    assertThat(n.normalize("Kiev")).isEqualTo("kiev");
    assertThat(STANDARD.withAliases(Aliases.standard().plus(Aliases.parse("Kyiv | Kyyiv")))
        .normalize("Kyyiv and Kiev")).isEqualTo("kyiv and kyiv");
  }

  @Test
  void equalsComparesStepsAndAliases() {
    TextNormalizer n = TextNormalizer.of(EnumSet.allOf(NormalizationStep.class), Aliases.standard());

    assertThat(n).isEqualTo(STANDARD).hasSameHashCodeAs(STANDARD);
    assertThat(n.without(NormalizationStep.UNICODE)).isNotEqualTo(STANDARD);
    assertThat(n.withAliases(Aliases.empty())).isNotEqualTo(STANDARD);
  }

  @Test
  void toStringListsStepsAndTheNumberOfAliases() {
    int size = Aliases.standard().size();

    assertThat(STANDARD).hasToString("TextNormalizer[UNICODE, PUNCTUATION, EDITORIAL_BRACKETS, "
        + "CASE_FOLD, DIACRITICS, WHITESPACE, SPELLING, ALIASES, aliases=" + size + "]");
    assertThat(TextNormalizer.of(Set.of(), Aliases.empty()))
        .hasToString("TextNormalizer[aliases=0]");
  }

  @Test
  void handlesEmptyText() {
    assertThat(STANDARD.normalize("")).isEmpty();
    assertThat(STANDARD.words("")).isEmpty();
    assertThat(STANDARD.words(" ... ")).isEmpty();
  }

  @Test
  void rejectsNullArgumentsNamingThem() {
    assertThatThrownBy(() -> STANDARD.normalize(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> STANDARD.words(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> STANDARD.forms(null, new HashMap<>()))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> STANDARD.forms("a", null))
        .isInstanceOf(NullPointerException.class).hasMessage("memo");
    assertThatThrownBy(() -> STANDARD.with(null))
        .isInstanceOf(NullPointerException.class).hasMessage("step");
    assertThatThrownBy(() -> STANDARD.without(null))
        .isInstanceOf(NullPointerException.class).hasMessage("step");
    assertThatThrownBy(() -> STANDARD.withAliases(null))
        .isInstanceOf(NullPointerException.class).hasMessage("aliases");
    assertThatThrownBy(() -> TextNormalizer.of(null, Aliases.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("steps");
    assertThatThrownBy(() -> TextNormalizer.of(Set.of(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("aliases");
  }

  private static String unescape(String text) {
    return org.apache.commons.text.StringEscapeUtils.unescapeJava(text);
  }
}
