package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.claimcompare.normalize.TextNormalizer;
import org.claimcompare.normalize.Word;

/**
 * Properties of {@link Claims#normalize} over {@linkplain UnicodeText generated text}: it accepts
 * every string, normalising twice changes nothing, the words survive normalisation, zero-width
 * characters inside a word do not change it, and a combining mark after a space joins no words.
 */
@Tag("property")
@AddLifecycleHook(PropertyLedger.class)
class NormalizationPropertyTest {

  @Provide
  Arbitrary<String> texts() {
    return UnicodeText.texts();
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.oneOf(
        UnicodeText.words(), UnicodeText.greek(), UnicodeText.turkish(), UnicodeText.rightToLeft(),
        UnicodeText.fullWidth(), UnicodeText.ligatures());
  }

  @Provide
  Arbitrary<String> zeroWidth() {
    return UnicodeText.zeroWidthCharacters();
  }

  @Provide
  Arbitrary<String> marks() {
    return UnicodeText.combiningMarks();
  }

  @Property
  void normalizesAnyText(@ForAll("texts") String text) {
    assertThat(Claims.normalize(text)).isNotNull();
  }

  @Property
  void normalizingTwiceChangesNothing(@ForAll("texts") String text) {
    String once = Claims.normalize(text);
    assertThat(Claims.normalize(once)).isEqualTo(once);
  }

  @Property
  void findsTheSameWordsInTheNormalisedText(@ForAll("texts") String text) {
    assertThat(forms(Claims.normalize(text))).isEqualTo(forms(text));
  }

  @Property
  void ignoresZeroWidthCharactersInsideAWord(
      @ForAll("words") String before, @ForAll("zeroWidth") String zeroWidth, @ForAll("words") String after) {
    assertThat(Claims.normalize(before + zeroWidth + after)).isEqualTo(Claims.normalize(before + after));
  }

  /** A combining mark with no letter before it has nothing to attach to, least of all two words. */
  @Property
  void joinsNoWordsWithAMarkAfterASpace(
      @ForAll("words") String before, @ForAll("marks") String marks, @ForAll("words") String after) {
    assertThat(forms(before + " " + marks + after)).isEqualTo(forms(before + " " + after));
  }

  private static List<String> forms(String text) {
    return TextNormalizer.standard().words(text).stream().map(Word::form).toList();
  }

  @Example
  void normalizesAContractionWithoutAStem() {
    assertThat(List.of("n't", "N'T", "n’t", "we can n't stop")).allSatisfy(t -> assertThat(Claims.normalize(t)).isNotNull());
  }

  @Example
  void normalizesAFinalSigmaBeforeAnApostropheAndAMarkOnce() {
    String once = Claims.normalize("ΟΔΟΣ'\u0301x");
    assertThat(Claims.normalize(once)).isEqualTo(once);
  }

  @Example
  void joinsNoWordsWithAMarkAfterASpaceInAnExample() {
    assertThat(forms("can \u0301t")).containsExactly("can", "t");
  }

  @Example
  void ignoresAJoinerInsideAWord() {
    assertThat(Claims.normalize("Ki\u200dev")).isEqualTo(Claims.normalize("Kiev")).isEqualTo("kyiv");
  }
}
