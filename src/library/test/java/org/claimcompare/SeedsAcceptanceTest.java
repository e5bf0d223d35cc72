package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The behaviour the seed articles must show end to end (extract, then cluster with the defaults).
 * These are examples of general behaviour: nothing in the library mentions them.
 */
class SeedsAcceptanceTest {
  private static List<ClaimCluster> clusters;

  @BeforeAll
  static void clusterTheSeeds() throws IOException {
    List<Claim> claims = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.sorted().toList()) {
        claims.addAll(Claims.extract(new Article(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8))));
      }
    }
    // As the report does: fragments (scare quotes) are not claims of their own.
    claims.removeIf(c -> c.kind().orElseThrow() == ClaimKind.FRAGMENT);
    clusters = Claims.cluster(claims);
  }

  private static Optional<ClaimCluster> clusterOf(String source, String textPart) {
    return clusters.stream()
        .filter(c -> c.claims().stream().anyMatch(k -> k.source().orElseThrow().startsWith(source) && k.text().contains(textPart)))
        .findFirst();
  }

  private static List<String> sourcesOf(ClaimCluster c) {
    return c.claims().stream().map(k -> k.source().orElseThrow().substring(0, 3)).distinct().sorted().toList();
  }

  @Test
  void groupsTheThreeRenderingsOfTheDrugAddictsInsult() {
    ClaimCluster c = clusterOf("000", "gang of drug addicts").orElseThrow();
    assertThat(sourcesOf(c)).containsExactly("000", "001", "003");
    assertThat(c.claims()).anyMatch(k -> k.text().contains("clique of drug addicts"));
    assertThat(c.claims()).anyMatch(k -> k.text().contains("bunch of drug addicts"));
  }

  @Test
  void groupsTheThreeRenderingsOfTakePowerIntoYourOwnHands() {
    ClaimCluster c = clusterOf("000", "Take power into your own hands").orElseThrow();
    assertThat(sourcesOf(c)).containsExactly("000", "001", "003");
    assertThat(c.claims()).anyMatch(k -> k.text().contains("Take the power in your hands"));
  }

  @Test
  void keepsMedinskyApartFromPutinsEasierToReachAgreement() {
    ClaimCluster medinsky = clusterOf("004", "for as long as it may take to reach agreements").orElseThrow();
    assertThat(medinsky.claims()).noneMatch(k -> k.text().contains("easier for us to reach agreement"));
  }

  @Test
  void groupsTheRenderingsOfTheDelegationToMinskOrBelarus() {
    ClaimCluster c = clusterOf("000", "send a delegation to Minsk").orElseThrow();
    assertThat(sourcesOf(c)).containsExactly("000", "001", "003");
    assertThat(c.claims()).anyMatch(k -> k.text().contains("send a delegation to Belarus"));
    assertThat(c.claims()).anyMatch(k -> k.text().contains("sending a diplomatic delegation to Belarus"));
  }

  @Test
  void keepsMedinskysDelegationApartFromTheDelegationOffer() {
    // 004's claim also speaks of a Russian delegation, but reports the talks, not the offer.
    ClaimCluster offer = clusterOf("000", "send a delegation to Minsk").orElseThrow();
    assertThat(offer.claims()).noneMatch(k -> k.text().contains("Medinsky"));
  }
}
