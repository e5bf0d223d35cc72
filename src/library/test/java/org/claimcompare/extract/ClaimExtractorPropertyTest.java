package org.claimcompare.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.claimcompare.Article;
import org.claimcompare.Claim;
import org.claimcompare.ClaimKind;
import org.claimcompare.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of extraction on randomised article-like text: pieces of the seed articles cut at
 * random places and mixed with stray quote marks, brackets, line breaks and non-Latin text. Whatever
 * the input, extraction must not fail, every span must be exact, and claims must come in text order
 * with unique ids.
 */
class ClaimExtractorPropertyTest {
  private static final String[] NOISE = {
    "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‹", "›", "[", "]", "\n", "\n\n", ": ", " — ", "…",
    "He said: ", ", she said. ", " said Mr. Ivanov", "Київ — столиця", " 北京 ", "\t", "  ", "?", "!", "."
  };
  private static String corpus;

  @BeforeAll
  static void readSeeds() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.sorted().toList()) {
        all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
      }
    }
    corpus = all.toString();
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void extractsExactSpansInOrderFromAnyText(long seed) {
    String text = randomArticle(new Random(seed));

    List<Claim> claims = ClaimExtractor.standard().extract(new Article("random.txt", text));

    int previousStart = -1;
    List<String> ids = new ArrayList<>();
    for (Claim c : claims) {
      int start = c.span().orElseThrow().start();
      assertThat(text.substring(start, c.span().orElseThrow().end())).isEqualTo(c.text());
      assertThat(start).isGreaterThanOrEqualTo(previousStart);
      previousStart = start;
      ids.add(c.id());
    }
    assertThat(ids).doesNotHaveDuplicates();
  }

  /**
   * Cues and speakers' mentions are words of the article outside their claim, or around it for a
   * trailing attribution; fragments are the quotes of fewer words than the minimum, and reported
   * statements have at least the minimum.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void givesCuesMentionsAndKindsThatHoldWhateverTheText(long seed) {
    String text = randomArticle(new Random(seed));
    ClaimExtractor extractor = ClaimExtractor.standard();

    for (Claim c : extractor.extract(new Article("random.txt", text))) {
      Span span = c.span().orElseThrow();
      for (Span part : List.of(c.cue(), c.speakerMention()).stream().flatMap(Optional::stream).toList()) {
        assertThat(part.start()).isBetween(0, text.length());
        assertThat(part.end()).isBetween(part.start() + 1, text.length());
        assertThat(part.of(text)).as("a cue or mention of %s", c).isNotBlank();
      }
      c.cue().ifPresent(cue -> assertThat(cue.end() <= span.start() || cue.start() >= span.end()
          || c.kind().orElseThrow() == ClaimKind.REPORTED).as("cue outside %s", c).isTrue());
      int words = Token.count(c.text());
      switch (c.kind().orElseThrow()) {
        case FRAGMENT -> assertThat(words).isLessThan(extractor.minimumWords());
        case REPORTED -> assertThat(words).isGreaterThanOrEqualTo(extractor.minimumWords());
        case QUOTE -> assertThat(words).isGreaterThanOrEqualTo(extractor.minimumWords());
      }
    }
  }

  private static String randomArticle(Random random) {
    StringBuilder s = new StringBuilder();
    int pieces = 1 + random.nextInt(30);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(3) == 0) {
        s.append(NOISE[random.nextInt(NOISE.length)]);
      } else {
        int start = random.nextInt(corpus.length());
        int end = Math.min(corpus.length(), start + 1 + random.nextInt(400));
        s.append(corpus, start, end);
      }
    }
    return s.toString();
  }
}
