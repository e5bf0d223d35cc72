package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # punctuation and hyphens separate words
      Don't stop, 2-1!            | don t stop 2 1
      neo-Nazis                   | neo nazis
      # lower case is Locale.ROOT's, whatever the default locale (the suite also runs in Turkish)
      TITLE IN CAPITALS           | title in capitals
      Straße in KÖLN              | straße in köln
      Ελλάδα και Κύπρος           | ελλάδα και κύπρος
      # combining marks stay in their word: a decomposed é, and the dot that lower-casing leaves on İ
      'Cafe\u0301 au lait'        | 'cafe\u0301 au lait'
      İSTANBUL                    | 'i\u0307stanbul'
      # digits are words; nothing else is
      137 killed                  | 137 killed
      '... -- !'                  | ''
      ''                          | ''
      """)
  void cutsLowerCasedLetterAndDigitRuns(String text, String words) {
    List<String> expected = words.isEmpty() ? List.of() : Arrays.asList(unescape(words).split(" "));
    assertThat(Words.of(unescape(text))).containsExactlyElementsOf(expected);
  }

  /** CSV cannot hold a lone combining mark readably, so the table writes {@code \u0301}. */
  private static String unescape(String s) {
    return s.replace("\\u0301", "\u0301").replace("\\u0307", "\u0307");
  }
}
