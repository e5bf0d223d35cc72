package org.claimcompare.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class JaroWinklerTest {
  private static final JaroWinklerSimilarity COMMONS = new JaroWinklerSimilarity();

  /** Random pairs per alphabet; four alphabets make 200,000. */
  private static final int PAIRS_PER_ALPHABET = 50_000;

  private static final int MAX_RANDOM_LENGTH = 70;

  /** The expected values are Commons Text 1.12.0's, printed in full (Double.toString). */
  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # equal and empty strings
      ''        | ''        | 1.0
      foo       | foo       | 1.0
      ''        | abc       | 0.0
      abc       | ''        | 0.0
      # textbook pairs (Winkler 1990; Commons Text's tests)
      MARTHA    | MARHTA    | 0.9611111111111111
      DWAYNE    | DUANE     | 0.8400000000000001
      DIXON     | DICKSONX  | 0.8133333333333332
      peskow    | peskov    | 0.9333333333333333
      frog      | fog       | 0.9249999999999999
      PENNSYLVANIA | PENNCISYLVNIA | 0.8980186480186481
      John Horn | John Hopkins | 0.9111111111111111
      aaabcd    | aaacdb    | 0.9416666666666667
      'foo'     | 'foo '    | 0.9416666666666667
      # below 0.7 there is no prefix bonus
      elephant  | hippo     | 0.44166666666666665
      'foo'     | '  foo'   | 0.5111111111111111
      abcd      | dcba      | 0.5
      # the match window: two letters can only match in place
      ab        | ba        | 0.0
      fly       | ant       | 0.0
      # words of the kind the scorer compares
      kyiv      | kiev      | 0.8500000000000001
      zelensky  | zelenskyy | 0.9777777777777777
      crate     | trace     | 0.7333333333333334
      # chars, not code points: the two emoji share their high surrogate
      \uD83D\uDE00a | \uD83D\uDE01a | 0.7999999999999999
      """)
  void returnsCommonsTextValues(String x, String y, double expected) {
    assertThat(JaroWinkler.similarity(x, y)).isEqualTo(expected).isEqualTo(COMMONS.apply(x, y));
    assertThat(JaroWinkler.similarity(y, x)).isEqualTo(COMMONS.apply(y, x));
  }

  /** Either side of 64 chars, where the bit sets give way to arrays, and far beyond. */
  @ParameterizedTest(name = "length {0}")
  @ValueSource(ints = {63, 64, 65, 128, 1000})
  void agreesWithCommonsTextAroundTheBitSetLength(int length) {
    String repeated = "a".repeat(length);
    String cycled = "abcdefghij".repeat(length / 10 + 1).substring(0, length);
    List<String> words = List.of(
        repeated,
        repeated.substring(1) + "b",
        "b" + repeated.substring(1),
        cycled,
        cycled.substring(0, length - 1),
        new StringBuilder(cycled).reverse().toString(),
        cycled.substring(length / 2) + cycled.substring(0, length / 2));
    for (String x : words) {
      for (String y : words) {
        assertThat(JaroWinkler.similarity(x, y)).as("%s | %s", x, y).isEqualTo(COMMONS.apply(x, y));
      }
    }
  }

  /**
   * 50,000 random pairs per alphabet, a fixed seed each, equal bit for bit to Commons Text: two
   * unrelated words, two of the same length, a word and a copy, or a word and itself with one
   * character swapped with the next, dropped, inserted or replaced.
   */
  @ParameterizedTest
  @EnumSource(Alphabet.class)
  void agreesWithCommonsTextOnRandomPairs(Alphabet alphabet) {
    Random random = new Random(20_240_601L + alphabet.ordinal());
    List<String> mismatches = new ArrayList<>();
    for (int n = 0; n < PAIRS_PER_ALPHABET; n++) {
      String x = alphabet.word(random, random.nextInt(MAX_RANDOM_LENGTH + 1));
      String y = Perturbation.values()[random.nextInt(Perturbation.values().length)].apply(x, alphabet, random);
      double ours = JaroWinkler.similarity(x, y);
      double theirs = COMMONS.apply(x, y);
      if (Double.doubleToRawLongBits(ours) != Double.doubleToRawLongBits(theirs) && mismatches.size() < 10) {
        mismatches.add(escaped(x) + " | " + escaped(y) + ": " + ours + " != " + theirs);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.chars().forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return out.append('"').toString();
  }

  /** Where the random words' characters come from. */
  enum Alphabet {
    /** Four letters, so that most characters find a match. */
    SMALL(r -> "abcd".charAt(r.nextInt(4))),
    LOWERCASE(r -> 'a' + r.nextInt(26)),
    /** Accented and other scripts, a combining mark, supplementary characters and lone surrogates. */
    UNICODE(r -> UNICODE_POOL[r.nextInt(UNICODE_POOL.length)]),
    /** Mostly Latin with a few others, so that words share characters and perturbations matter. */
    MIXED(r -> r.nextInt(4) == 0 ? UNICODE_POOL[r.nextInt(UNICODE_POOL.length)] : 'a' + r.nextInt(6));

    private final ToIntFunction<Random> codePoint;

    Alphabet(ToIntFunction<Random> codePoint) {
      this.codePoint = codePoint;
    }

    /** A word of {@code length} chars, or one more when it ends with a surrogate pair. */
    String word(Random random, int length) {
      StringBuilder out = new StringBuilder(length + 1);
      while (out.length() < length) {
        out.appendCodePoint(codePoint(random));
      }
      return out.toString();
    }

    int codePoint(Random random) {
      return codePoint.applyAsInt(random);
    }
  }

  private static final int[] UNICODE_POOL = {
    'a', 'e', 'é', 'ß', 'ø', 'α', 'ω', 'ж', 'ї', '中', '文', 0x0301, 0x200D,
    0x1F600, 0x1F601, 0x1D400, 0x1D401, 0x20000, 0xD83D, 0xDE00,
  };

  /** How the second word of a pair is made from the first. */
  enum Perturbation {
    UNRELATED((x, a, r) -> a.word(r, r.nextInt(MAX_RANDOM_LENGTH + 1))),
    SAME_LENGTH((x, a, r) -> a.word(r, x.length())),
    COPY((x, a, r) -> new String(x.toCharArray())),
    SWAP((x, a, r) -> {
      if (x.length() < 2) {
        return x;
      }
      int i = r.nextInt(x.length() - 1);
      return x.substring(0, i) + x.charAt(i + 1) + x.charAt(i) + x.substring(i + 2);
    }),
    DROP((x, a, r) -> {
      if (x.isEmpty()) {
        return x;
      }
      int i = r.nextInt(x.length());
      return x.substring(0, i) + x.substring(i + 1);
    }),
    INSERT((x, a, r) -> {
      int i = r.nextInt(x.length() + 1);
      return x.substring(0, i) + Character.toString(a.codePoint(r)) + x.substring(i);
    }),
    REPLACE((x, a, r) -> {
      if (x.isEmpty()) {
        return x;
      }
      int i = r.nextInt(x.length());
      return x.substring(0, i) + Character.toString(a.codePoint(r)) + x.substring(i + 1);
    });

    private final Maker maker;

    Perturbation(Maker maker) {
      this.maker = maker;
    }

    String apply(String x, Alphabet alphabet, Random random) {
      return maker.make(x, alphabet, random);
    }

    private interface Maker {
      String make(String x, Alphabet alphabet, Random random);
    }
  }
}
