package org.claimcompare.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.claimcompare.Article;
import org.claimcompare.Claim;
import org.claimcompare.ClaimKind;
import org.claimcompare.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties and expectations over the real seed articles in {@code seeds/} (see the README in
 * the test resources). The expectations check general behaviour; no rule names a seed's words.
 */
class SeedClaimsTest {

  static Stream<Article> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      return files.filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .map(SeedClaimsTest::read)
          .collect(Collectors.toList())
          .stream();
    }
  }

  private static Article read(Path p) {
    try {
      return new Article(p.getFileName().toString(), Files.readString(p, UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Article seed(String prefix) throws IOException {
    return seeds().filter(a -> a.source().startsWith(prefix)).findFirst().orElseThrow();
  }

  private static List<Claim> claims(String prefix) throws IOException {
    return ClaimExtractor.standard().extract(seed(prefix));
  }

  private static String speaker(List<Claim> claims, String text) {
    return claims.stream().filter(c -> c.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("missing claim: " + text))
        .speaker().orElse("");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everySpanCoversExactlyTheClaimText(Article article) {
    for (Claim c : ClaimExtractor.standard().extract(article)) {
      Span s = c.span().orElseThrow();
      assertThat(article.text().substring(s.start(), s.end())).isEqualTo(c.text());
      assertThat(c.source()).hasValue(article.source());
      assertThat(c.kind()).isPresent();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void claimsAreInTextOrderOuterFirstWithUniqueSequentialIds(Article article) {
    List<Claim> claims = ClaimExtractor.standard().extract(article);
    for (int i = 0; i < claims.size(); i++) {
      assertThat(claims.get(i).id())
          .isEqualTo(article.source() + "#" + String.format(Locale.ROOT, "%03d", i + 1));
      if (i > 0) {
        Span previous = claims.get(i - 1).span().orElseThrow();
        Span span = claims.get(i).span().orElseThrow();
        assertThat(span.start()).isGreaterThanOrEqualTo(previous.start());
        if (span.start() == previous.start()) {
          assertThat(span.end()).isLessThanOrEqualTo(previous.end());
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void extractionDoesNotDependOnTheDefaultLocale(Article article) {
    List<Claim> root = withLocale(Locale.ROOT, article);
    assertThat(withLocale(Locale.forLanguageTag("tr-TR"), article)).isEqualTo(root);
    assertThat(withLocale(Locale.forLanguageTag("lt-LT"), article)).isEqualTo(root);
  }

  private static List<Claim> withLocale(Locale locale, Article article) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(locale);
      return ClaimExtractor.standard().extract(article);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void matchesTheGoldenFile() throws IOException {
    String actual = seeds()
        .flatMap(a -> ClaimExtractor.standard().extract(a).stream())
        .map(SeedClaimsTest::line)
        .collect(Collectors.joining("\n", "", "\n"));
    try (InputStream in = SeedClaimsTest.class.getResourceAsStream("seed-claims.txt")) {
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), UTF_8));
    }
  }

  /** One golden line: id, kind, speaker in brackets, text. */
  static String line(Claim c) {
    return c.id() + " " + c.kind().orElseThrow().label() + " [" + c.speaker().orElse("") + "] "
        + c.text();
  }

  @Test
  void seed000HasTheSplitAndFragmentQuotes() throws IOException {
    List<Claim> claims = claims("000_");
    assertThat(speaker(claims, "this gang of drug addicts and neo-Nazis")).isEqualTo("Vladimir Putin");
    assertThat(speaker(claims, "easier for us to make a deal with you")).isEqualTo("Vladimir Putin");
    assertThat(speaker(claims, "Take power into your own hands, it will be easier for us to reach"
        + " agreement.")).isEqualTo("Vladimir Putin");
    assertThat(speaker(claims, "We do assess that there is greater resistance by the Ukrainians"
        + " than the Russians expected")).isEqualTo("the official");
    assertThat(claims).filteredOn(c -> c.text().startsWith("Horrific Russian rocket strikes"))
        .extracting(c -> c.speaker().orElse("")).containsExactly("Dmytro Kuleba");
    assertThat(speaker(claims, "Moscow is willing to send a delegation to Minsk with Ukrainian"
        + " officials to discuss a peace agreement")).isEqualTo("Dmitry Peskov");
  }

  @Test
  void seed001SkipsFurnitureAndFindsPutinsQuotes() throws IOException {
    List<Claim> claims = claims("001_");
    assertThat(speaker(claims, "clique of drug addicts and neo-Nazis, who settled in Kiev and took"
        + " the entire Ukrainian people hostage")).isEqualTo("Vladimir Putin");
    assertThat(speaker(claims, "Take the power in your hands. It seems to me that it will be easier"
        + " to negotiate between you and me")).isEqualTo("Vladimir Putin");
    assertThat(claims).extracting(Claim::text).contains("to be ready to send a delegation to Minsk"
        + " for negotiations with representatives of Ukraine");
    assertThat(claims).extracting(Claim::text).noneMatch(t -> t.contains("Posted at")
        || t.contains("Updated at") || t.contains("source site") || t.contains(" | "));
    assertThat(claims.get(0).span().orElseThrow().start())
        .isGreaterThan(seed("001_").text().indexOf('\n'));
  }

  @Test
  void seed003CutsTheUnclosedQuoteAndFindsTheReportedAssurance() throws IOException {
    List<Claim> claims = claims("003_");
    assertThat(speaker(claims, "a bunch of drug addicts and neo-Nazis")).isEqualTo("Vladimir Putin");
    assertThat(claims).extracting(Claim::text, Claim::kind)
        .contains(Tuple.tuple("Take power into your own hands.",
            java.util.Optional.of(ClaimKind.QUOTE)));
    assertThat(claims).filteredOn(c -> c.kind().orElseThrow() == ClaimKind.REPORTED)
        .filteredOn(c -> c.text().contains("considering sending a diplomatic delegation to Belarus"))
        .extracting(c -> c.speaker().orElse(""))
        .containsExactly("Dmitry Peskov");
    assertThat(claims).extracting(Claim::text).noneMatch(t -> t.contains("Army Call to Action")
        || t.contains("Sanctions against Putin and Lavrov") || t.contains("DANIEL LEAL")
        || t.contains("entering its most critical hours"));
  }

  @Test
  void seed004KeepsTheReportInsideTheQuoteAndSkipsFurniture() throws IOException {
    List<Claim> claims = claims("004_");
    assertThat(claims).extracting(Claim::text)
        .anyMatch(t -> t.contains("ready to speak with the Ukrainian side for as long as it may"
            + " take to reach agreements"))
        .noneMatch(t -> t.contains("SEE ALL VIDEOS") || t.contains("* * *")
            || t.contains("Tyler Durden") || t.contains("BELARUS TROOPS"));
  }

  @Test
  void seed002SkipsNavigationAndTeasers() throws IOException {
    List<Claim> claims = claims("002_");
    assertThat(claims).extracting(Claim::text).noneMatch(t -> t.contains("Skip to content")
        || t.contains("READ MORE") || t.contains("[REVEALED]") || t.contains("[LATEST]")
        || t.contains("[LIVE]") || t.contains("ONLY IN") || t.contains("secret luxury")
        || t.contains("assassin squad") || t.contains("What are we facing"));
  }
}
