package org.claimcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.claimcompare.normalize.Tokenizer.RawWord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  private static List<String> surfaces(String text) {
    return Tokenizer.scan(text).stream().flatMap(w -> w.surfaces().stream()).toList();
  }

  private static List<String> split(String words) {
    return Arrays.asList(words.split(" "));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      take power into your own hands   | take power into your own hands
      neo-nazis                        | neo nazis
      "quoted", (bracketed); end.      | quoted bracketed end
      covid19 f16 x2                   | covid19 f16 x2
      путин сказал                     | путин сказал
      जनता बोली                         | जनता बोली
      e\u0301te\u0301                  | e\u0301te\u0301
      """)
  void splitsOnEverythingButLettersAndDigits(String text, String words) {
    assertThat(surfaces(text)).isEqualTo(split(words));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      kyiv's forces          | kyiv forces
      Kyiv’s forces          | Kyiv forces
      the soldiers' guns     | the soldiers guns
      'kyiv' he said         | kyiv he said
      o'brien's              | obrien
      it's                   | it
      """)
  void dropsPossessivesAndTrailingApostrophes(String text, String words) {
    assertThat(surfaces(text)).isEqualTo(split(words));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      can't          | can not
      won't          | will not
      shan't         | shall not
      ain't          | is not
      don't          | do not
      doesn't        | does not
      isn't          | is not
      couldn't       | could not
      haven't        | have not
      they're        | they are
      we've          | we have
      it'll          | it will
      i'm            | i am
      he'd           | he would
      can’t          | can not
      Can't          | Can not
      WON'T          | WILL NOT
      I'M            | I AM
      """)
  void expandsContractions(String text, String words) {
    assertThat(surfaces(text)).isEqualTo(split(words));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      n't               | not
      N'T               | NOT
      n’t               | not
      we can n't stop   | we can not stop
      ca n't            | ca not
      do n’t            | do not
      """)
  void expandsANegationStandingAlone(String text, String words) {
    assertThat(surfaces(text)).isEqualTo(split(words));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      o'brien            | obrien
      coup d'etat        | coup detat
      qur'an             | quran
      rock'n'roll        | rocknroll
      sana'a             | sanaa
      """)
  void joinsOtherApostrophes(String text, String words) {
    assertThat(surfaces(text)).isEqualTo(split(words));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      the u.s. said          | the us said
      the u.s said           | the us said
      u.k. and e.u.          | uk and eu
      U.S.A.                 | USA
      j.r.r. tolkien         | jrr tolkien
      end.a new              | end a new
      mr. b. smith           | mr b smith
      george w.bush          | george w bush
      """)
  void joinsDottedAbbreviationsOfSingleLetters(String text, String words) {
    assertThat(surfaces(text)).isEqualTo(split(words));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      1,000 troops           | 1000 troops
      1,000,000              | 1000000
      3.5 km                 | 3.5 km
      1,234.56               | 1234.56
      22.02.2022             | 22.02.2022
      1,5                    | 1 5
      1,0000                 | 1 0000
      in 2022, 300 died      | in 2022 300 died
      7,000km                | 7 000km
      3. next                | 3 next
      """)
  void joinsNumberSeparators(String text, String words) {
    assertThat(surfaces(text)).isEqualTo(split(words));
  }

  @Test
  void recordsWhereEachWordIsAndWhatOfItIsKept() {
    String text = "of kyiv's (can't)";
    List<RawWord> words = Tokenizer.scan(text);

    assertThat(words).extracting(w -> text.substring(w.start(), w.end()))
        .containsExactly("of", "kyiv's", "can't");
    assertThat(text.substring(words.get(1).keptFrom(), words.get(1).end())).isEqualTo("'s");
    assertThat(words.get(2).keptFrom()).isEqualTo(words.get(2).end());
  }

  @Test
  void findsNoWordsInPunctuation() {
    assertThat(Tokenizer.scan(" -- ... '' \"\" ")).isEmpty();
    assertThat(Tokenizer.scan("")).isEmpty();
  }

  @Test
  void recognisesSingleRuns() {
    assertThat(Tokenizer.isSingleRun("kyiv")).isTrue();
    assertThat(Tokenizer.isSingleRun("covid19")).isTrue();
    assertThat(Tokenizer.isSingleRun("new york")).isFalse();
    assertThat(Tokenizer.isSingleRun("al-qaeda")).isFalse();
    assertThat(Tokenizer.isSingleRun("o'brien")).isFalse();
    assertThat(Tokenizer.isSingleRun("")).isFalse();
  }
}
