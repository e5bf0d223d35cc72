package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facade on random text mixing every script, quote style, contraction, combining mark,
 * invisible character, emoji sequence, lone surrogate and arbitrary code points: each method
 * returns, never throws, and keeps its contract. A small fixed-seed sample; the property suite
 * runs many more cases.
 */
class ClaimsPropertyTest {
  private static final String[] PIECES = {
    "a", "x", "Kiev", "n't", "N'T", "n’t", "can", "'s", "’re", "'", "’", "ʼ", "´", "`", "\"", "“", "”",
    "«", "»", "„", "‘", "‚", "‹", "›", "Σ", "σ", "ς", "ά", "\u0301", "\u0308", "\u0345", "\u0307",
    "\u20DD", "\u0E31", "\u200D", "\u200C", "\u200B", "\u2060", "\u00AD", "\uFEFF", "\u200E", "\u202E",
    "İ", "ı", "ǅ", "ﬁ", "ｆｕｌｌ", "１", "＂", "שָׁלוֹם", "مُحَمَّد", "हिंदी", "北京", "👩\u200D💻", "👍🏽",
    "\uD800", "\uDC00", " ", "  ", "\n", "\t", "\u00A0", ".", ",", ";", ":", "!", "?", "…", "-", "—",
    "[", "]", "[...]", "(", ")", "1", "1,000", "3.5", "U.S.", "Mr.", "said", "he said", "told",
    "that", "according to", "Putin", "Vladimir", "The", "x-", "\r", "\u2028", "\u0000", "ẞ", "ŉ"
  };

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder s = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(pieces); i < n; i++) {
      if (random.nextInt(10) == 0) {
        s.appendCodePoint(random.nextInt(random.nextBoolean() ? 0x3000 : 0x110000));
      } else {
        s.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return s.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void normalizeIsIdempotent(long seed) {
    String once = Claims.normalize(randomText(new Random(seed), 20));

    assertThat(Claims.normalize(once)).isEqualTo(once);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void similarityIsSymmetricInTheUnitIntervalAndOneForATextWithALetter(long seed) {
    Random random = new Random(seed);
    String a = randomText(random, 15);
    String b = randomText(random, 15);

    double score = Claims.similarity(a, b).score();
    assertThat(score).isBetween(0.0, 1.0).isEqualTo(Claims.similarity(b, a).score());
    if (a.codePoints().anyMatch(Character::isLetterOrDigit)) {
      assertThat(Claims.similarity(a, a).score()).isEqualTo(1.0);
    } else if (a.isBlank()) {
      assertThat(Claims.similarity(a, a).score()).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void extractedSpansIndexTheArticle(long seed) {
    String text = randomText(new Random(seed), 60);

    assertThat(Claims.extract(Claims.article("random.txt", text))).allSatisfy(c ->
        assertThat(text.substring(c.span().orElseThrow().start(), c.span().orElseThrow().end()))
            .isEqualTo(c.text()));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void clusteringPutsEveryClaimInExactlyOneCluster(long seed) {
    Random random = new Random(seed);
    List<Claim> claims = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
      String text = randomText(random, 12);
      if (!text.isBlank()) {
        claims.add(Claims.claim("c" + i, text));
      }
    }

    List<String> ids = Claims.cluster(claims).stream()
        .flatMap(c -> c.members().stream())
        .map(m -> m.claim().id())
        .toList();

    assertThat(ids).containsExactlyInAnyOrderElementsOf(claims.stream().map(Claim::id).toList());
  }
}
