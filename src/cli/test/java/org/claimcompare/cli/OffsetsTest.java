package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.claimcompare.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OffsetsTest {
  private static final String MAYOR = "😀 “We will not give up,” the mayor said.";

  @Test
  void countsAnEmojiAsOneCodePointAndTwoUtf16Units() {
    Span quote = new Span(4, 23);

    assertThat(quote.of(MAYOR)).isEqualTo("We will not give up");
    assertThat(Offsets.UTF16.in(MAYOR).span(quote)).isEqualTo(new Span(4, 23));
    assertThat(Offsets.CODEPOINTS.in(MAYOR).span(quote)).isEqualTo(new Span(3, 22));
  }

  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # no character outside the Basic Multilingual Plane: the same offsets
      Kyiv “ok” é          | 0  | 0
      Kyiv “ok” é          | 11 | 11
      # after one pair, one less; after two, two less
      a😀b                 | 1  | 1
      a😀b                 | 3  | 2
      a😀b                 | 4  | 3
      😀😀x                | 4  | 2
      😀😀x                | 5  | 3
      # between the halves of a pair the first half counts as a character, as String.codePointCount has it
      a😀b                 | 2  | 2
      # ideographs of the supplementary planes and mathematical letters are pairs too
      𠀀𝒳 z               | 4  | 2
      𠀀𝒳 z               | 6  | 4
      """)
  void convertsUtf16OffsetsToCodePoints(String text, int utf16, int codePoints) {
    assertThat(Offsets.CODEPOINTS.in(text).offset(utf16)).isEqualTo(codePoints);
    assertThat(Offsets.UTF16.in(text).offset(utf16)).isEqualTo(utf16);
  }

  /** Every offset of texts mixing pairs, lone halves of pairs and ordinary characters, against the JDK. */
  @Test
  void agreesWithStringCodePointCountAtEveryOffset() {
    char[] alphabet = {'a', ' ', '“', '\uD83D', '\uDE00', '\uD800', '\uDC00', '\uDBFF', '\uDFFF', 'é'};
    Random random = new Random(12);
    for (int n = 0; n < 2_000; n++) {
      char[] chars = new char[random.nextInt(40)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(chars);
      Offsets.Converter at = Offsets.CODEPOINTS.in(text);
      for (int i = 0; i <= text.length(); i++) {
        assertThat(at.offset(i)).as("%s at %d", text, i).isEqualTo(text.codePointCount(0, i));
      }
    }
  }

  /** What a Python user does with the offsets: slice the text's code points. */
  @Test
  void slicesTheSameTextFromTheCodePointsAsTheSpanFromTheChars() {
    String text = "🇺🇦 Kyiv 👍🏽: “𝒲e will not give up 💪,” the mayor 🏛 said.";
    int[] codePoints = text.codePoints().toArray();
    Offsets.Converter at = Offsets.CODEPOINTS.in(text);
    for (int start = 0; start <= text.length(); start++) {
      for (int end = start; end <= text.length(); end++) {
        Span span = new Span(start, end);
        if (Character.isLowSurrogate(charAt(text, start)) || Character.isLowSurrogate(charAt(text, end))) {
          continue; // inside a pair: no span of the extractor's
        }
        Span converted = at.span(span);
        assertThat(new String(codePoints, converted.start(), converted.length())).isEqualTo(span.of(text));
      }
    }
  }

  private static char charAt(String text, int i) {
    return i < text.length() ? text.charAt(i) : ' ';
  }

  @Test
  void convertsTheEndsOfAnEmptyText() {
    assertThat(Offsets.CODEPOINTS.in("").offset(0)).isZero();
  }

  @Test
  void rejectsAnOffsetOutsideTheText() {
    assertThatThrownBy(() -> Offsets.CODEPOINTS.in(MAYOR).offset(MAYOR.length() + 1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("offset 42 is outside the text of 41 chars");
    assertThatThrownBy(() -> Offsets.UTF16.in(MAYOR).offset(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void isLabelledAsTheOptionTakesIt() {
    assertThat(Offsets.UTF16.label()).isEqualTo("utf16");
    assertThat(Offsets.CODEPOINTS.label()).isEqualTo("codepoints");
  }

  @Test
  void convertsOneSpanAsItsTextsConverterDoes() {
    assertThat(Offsets.CODEPOINTS.convert(MAYOR, new Span(4, 23))).isEqualTo(new Span(3, 22));
    assertThat(Offsets.UTF16.convert(MAYOR, new Span(4, 23))).isEqualTo(new Span(4, 23));
  }
}
