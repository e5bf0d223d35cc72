package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictUtf8Test {
  /**
   * In both columns an escape with lower-case hex digits stands for the character, one with
   * upper-case digits for its six characters as written: {@code \}{@code ud800} is a lone
   * surrogate, {@code \}{@code uD800} the JSON escape that must come out for it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      ASCII;                      plain text;          plain text
      accents and emoji;          café \\ud83d\\ude00;  café \\ud83d\\ude00
      lone high surrogate;        a\\ud800b;           a\\uD800b
      lone low surrogate;         \\udc00;             \\uDC00
      high surrogate at the end;  ab\\udbff;           ab\\uDBFF
      low before high;            \\udc00\\ud800;      \\uDC00\\uD800
      two highs then a low;       \\ud800\\ud83d\\ude00; \\uD800\\ud83d\\ude00
      """)
  void encodesEveryLoneSurrogateAsItsJsonEscape(String why, String input, String expected) {
    assertThat(new String(StrictUtf8.encode(unescape(input)), UTF_8)).isEqualTo(unescape(expected));
  }

  /** Turns the escapes with lower-case hex digits into characters. */
  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i) && s.substring(i + 2, i + 6).chars().allMatch(c -> "0123456789abcdef".indexOf(c) >= 0)) {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
