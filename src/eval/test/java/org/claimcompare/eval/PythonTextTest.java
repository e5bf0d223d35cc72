package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonTextTest {
  private static List<String> words(String text) {
    return Arrays.stream(PythonText.words(text, 0, text.length()))
        .mapToObj(k -> text.substring(PythonText.start(k), PythonText.end(k))).toList();
  }

  /** Expected values from Python 3.11: {@code re.findall(r"\w+(?:['’]\w+)*", text)}. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Don't stop, 2-1!           | Don't,stop,2,1
      O’Neill’s aides’ plan      | O’Neill’s,aides,plan
      snake_case and x2          | snake_case,and,x2
      Ⅳ ½ ٣                      | Ⅳ,½,٣
      """)
  void findsWordsAsPythonDoes(String text, String expected) {
    assertThat(words(text)).containsExactly(expected.split(","));
  }

  @Test
  void leavesCombiningMarksOutOfWordsAsPythonDoes() {
    // Python's \w takes no combining mark: a decomposed "é" splits the word.
    assertThat(words("cafe\u0301 au lait")).containsExactly("cafe", "au", "lait");
  }

  @Test
  void findsWordsBeyondTheBasicPlaneAndSkipsEmoji() {
    assertThat(words("𝐀𝐁 😀 ok")).containsExactly("𝐀𝐁", "ok");
  }

  @Test
  void cutsAWordAtTheEndsOfTheSlice() {
    String text = "abcdef ghi";

    long[] words = PythonText.words(text, 2, 8);

    assertThat(words).containsExactly(PythonText.key(2, 6), PythonText.key(7, 8));
    assertThat(PythonText.wordCount(text, 2, 8)).isEqualTo(2);
  }

  @Test
  void countsSpacesAsPythonDoes() {
    assertThat(PythonText.isSpace('\u001C')).isTrue();
    assertThat(PythonText.isSpace('\u00A0')).isTrue();
    assertThat(PythonText.isSpace('\u3000')).isTrue();
    assertThat(PythonText.isSpace('\u200B')).isFalse();
    assertThat(PythonText.isSpace('x')).isFalse();
    assertThat(PythonText.isSpace(0x1F600)).isFalse();
  }

  @Test
  void countsSharedKeysOfTwoIncreasingArrays() {
    assertThat(PythonText.shared(new long[] {1, 3, 5, 7}, new long[] {2, 3, 4, 7, 9})).isEqualTo(2);
    assertThat(PythonText.shared(new long[] {}, new long[] {1})).isZero();
  }
}
