package org.claimcompare.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenTest {

  private static List<String> texts(String text) {
    return Token.words(text).stream().map(Token::text).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', textBlock = """
      Kremlin spokesman said           | Kremlin spokesman said
      neo-Nazis Ukraine's Ukraine’s    | neo-Nazis Ukraine's Ukraine’s
      the U.S. and Mr. Putin           | the U.S and Mr Putin
      3.5 km, 1,000 troops             | 3.5 km 1 000 troops
      -start 'quoted' end-             | start quoted' end-
      x² Ⅻ ½                           | x² Ⅻ ½
      Київ 北京                        | Київ 北京
      """)
  void findsWordsWithInnerHyphensApostrophesAndDots(String text, String words) {
    assertThat(texts(text)).isEqualTo(Arrays.asList(words.split(" ")));
  }

  @Test
  void recordsOffsetsAndStaysInsideTheRange() {
    String text = "one two.three four";

    assertThat(Token.words(text, 4, 13)).containsExactly(
        new Token("two.three", 4, 13));
    assertThat(Token.words(text, 4, 8)).containsExactly(new Token("two", 4, 7));
    assertThat(Token.words("\uD835\uDC00b", 0, 1)).isEmpty();
  }

  @Test
  void readsAWordOfAHundredThousandCharacters() {
    String letters = "x".repeat(100_000);
    String hyphens = "x-".repeat(50_000);
    String dots = "a.".repeat(50_000);

    assertThat(texts("a " + letters + " b")).containsExactly("a", letters, "b");
    assertThat(texts(hyphens)).containsExactly(hyphens);
    assertThat(texts(dots)).containsExactly(dots.substring(0, dots.length() - 1));
  }
}
