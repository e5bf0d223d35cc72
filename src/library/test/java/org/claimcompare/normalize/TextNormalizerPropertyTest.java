package org.claimcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of normalisation on random text mixing scripts, quotes, dashes, brackets, digits,
 * contractions and British spellings: {@code normalize} is idempotent, and the words of the
 * normalised text are the words of the original.
 */
class TextNormalizerPropertyTest {
  private static final String[] PIECES = {
    "Kiev", "Kyiv", "demilitarisation", "colour", "neighbours'", "won't", "Ukraine's", "U.S.", "1,000",
    "3.5", "“", "”", "«", "»", "‘", "’", "'", "\"", "—", "–", "…", "[", "]", "[...]", "(", ")", " ",
    "  ", "\n", "\t", "Zelenskyy", "Straße", "Ørsted", "İstanbul", "ﬁnal", "Ⅻ", "Київ", "Ελλάδα",
    "北京", "ｆｕｌｌ", "e\u0301", "co-operate", "neo-Nazis", "l'État", "O'Brien", "analysed", "centre", "travelled",
    // Pieces that once broke idempotence or crashed: a negation alone, Greek sigma with
    // apostrophes and marks, marks after spaces, invisible characters, lone surrogates, RTL text.
    "n't", "N'T", "n’t", "Σ", "ς", "σ", "\u0301", "\u0307", "\u0345", "ʼ", "´", "ͺ", "\u200D", "\u200C",
    "\u200B", "\u2060", "\u00AD", "\uFEFF", "\u200F", "\u202E", "\uD800", "\uDC00", "ı", "ẞ", "ŉ", "か",
    "\u3099", "שָׁלוֹם", "مُحَمَّد", "👩\u200D💻", "👍🏽", "Ａ"
  };
  private static final TextNormalizer STANDARD = TextNormalizer.standard();
  /** The standard normaliser's memo of forms, filled by every seed in turn. */
  private static final Map<String, String> SHARED_MEMO = new ConcurrentHashMap<>();

  static LongStream seeds() {
    return LongStream.range(0, 1000);
  }

  private static String randomText(long seed) {
    Random random = new Random(seed);
    StringBuilder s = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(25); i < n; i++) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextBoolean()) {
        s.append(' ');
      }
    }
    return s.toString();
  }

  /** Each step on or off at random. */
  private static EnumSet<NormalizationStep> randomSteps(Random random) {
    EnumSet<NormalizationStep> steps = EnumSet.noneOf(NormalizationStep.class);
    for (NormalizationStep step : NormalizationStep.values()) {
      if (random.nextBoolean()) {
        steps.add(step);
      }
    }
    return steps;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void isIdempotent(long seed) {
    String once = STANDARD.normalize(randomText(seed));
    assertThat(STANDARD.normalize(once)).isEqualTo(once);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void isIdempotentWithAnySetOfSteps(long seed) {
    EnumSet<NormalizationStep> steps = randomSteps(new Random(seed));
    TextNormalizer n = TextNormalizer.of(steps, Aliases.standard());
    String once = n.normalize(randomText(seed));

    assertThat(n.normalize(once)).as("%s", steps).isEqualTo(once);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void givesTheFormsOfItsWordsWithAMemoSharedAcrossTexts(long seed) {
    // One memo for every seed's texts and for a normaliser with other steps: a form remembered
    // from an earlier text must be the one this text's words have.
    EnumSet<NormalizationStep> steps = randomSteps(new Random(seed));
    TextNormalizer other = TextNormalizer.of(steps, Aliases.standard());
    for (int k = 0; k < 3; k++) {
      String text = randomText(31 * seed + k);
      assertThat(STANDARD.forms(text, SHARED_MEMO))
          .isEqualTo(STANDARD.words(text).stream().map(Word::form).toList());
      assertThat(other.forms(text, new HashMap<>()))
          .as("%s", steps)
          .isEqualTo(other.words(text).stream().map(Word::form).toList());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void findsTheSameWordsInTheNormalisedText(long seed) {
    String text = randomText(seed);
    List<String> forms = STANDARD.words(text).stream().map(Word::form).toList();
    assertThat(STANDARD.words(STANDARD.normalize(text)).stream().map(Word::form).toList()).isEqualTo(forms);
  }
}
