package org.claimcompare.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimcompare.AlignedPair;
import org.claimcompare.MatchType;
import org.claimcompare.Similarity;
import org.claimcompare.score.AlignmentScorer;
import org.claimcompare.score.PreparedTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SemanticScorerTest {
  private static final SemanticScorer SCORER = SemanticScorer.of(Models.DEFAULT);

  @Test
  void scoresParaphrasesSharingFewWordsAboveTheLexicalScore() {
    String a = "he will not deploy American forces in Ukraine";
    String b = "no US troops would enter Ukraine";
    assertThat(SCORER.score(a, b)).isGreaterThan(AlignmentScorer.standard().score(a, b) + 0.1);
  }

  @Test
  void pairsUnmatchedWordsByMeaningWithTheirCosine() {
    Similarity s = SCORER.similarity("he will not deploy American forces in Ukraine", "no US troops would enter Ukraine");

    assertThat(s.pairs()).filteredOn(p -> p.type() == MatchType.SEMANTIC)
        .extracting(p -> p.left() + "~" + p.right())
        .contains("forces~troops");
    AlignedPair forces = s.pairs().stream().filter(p -> p.left().equals("forces")).findFirst().orElseThrow();
    assertThat(forces.cosine()).isBetween(SemanticScorer.WORD_MIN_COSINE, 1.0);
    assertThat(forces.toString()).matches("forces~troops \\(semantic 0\\.\\d\\d, \\+0\\.\\d{3}\\)");
    assertThat(s.unmatchedLeft()).doesNotContain("forces");
    assertThat(s.unmatchedRight()).doesNotContain("troops");
    assertThat(s.sentence()).hasValueSatisfying(m -> assertThat(m.model()).isEqualTo("e5-small-v2-q"));
  }

  /** Function words are left to the lexical alignment; "US" written so is a name, not the pronoun. */
  @Test
  void pairsContentWordsOnlyByMeaning() {
    Similarity s = SCORER.similarity("he will not deploy American forces in Ukraine", "no US troops would enter Ukraine");

    assertThat(s.pairs()).filteredOn(p -> p.type() == MatchType.SEMANTIC)
        .extracting(p -> p.left() + "~" + p.right())
        .contains("american~us")
        .noneMatch(pair -> pair.startsWith("in~") || pair.endsWith("~would") || pair.startsWith("not~"));
    assertThat(s.unmatchedLeft()).contains("he", "will", "not", "in");
  }

  static Stream<String[]> seedPairs() throws IOException {
    // Sentences cut from the seed articles, paired with one another.
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.sorted().toList()) {
        for (String sentence : Files.readString(f).split("(?<=[.!?])\\s+")) {
          if (sentence.length() > 20 && lines.size() < 24) {
            lines.add(sentence);
          }
        }
      }
    }
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      pairs.add(new String[] {lines.get(i), lines.get(i + 1)});
      pairs.add(new String[] {lines.get(i), lines.get(lines.size() - 1 - i)});
    }
    pairs.add(new String[] {"this gang of drug addicts and neo-Nazis", "a bunch of drug addicts and neo-Nazis"});
    pairs.add(new String[] {"he will not deploy American forces in Ukraine", "no US troops would enter Ukraine"});
    return pairs.stream();
  }

  /** The pairs' contributions and the sentence part add up to the score. */
  @ParameterizedTest
  @MethodSource("seedPairs")
  void explanationAccountsForTheWholeScore(String a, String b) {
    Similarity s = SCORER.similarity(a, b);
    double sum = s.pairs().stream().mapToDouble(AlignedPair::contribution).sum()
        + s.sentence().orElseThrow().contribution();
    assertThat(sum).isCloseTo(s.score(), within(1e-9));
  }

  @ParameterizedTest
  @MethodSource("seedPairs")
  void preparedTextsScoreAndExplainLikeTheScorer(String a, String b) {
    PreparedTexts prepared = SCORER.prepare(List.of(a, b, a));
    assertThat(prepared.score(0, 1)).isEqualTo(SCORER.score(a, b));
    assertThat(prepared.similarity(1, 0)).isEqualTo(SCORER.similarity(b, a));
    assertThat(prepared.score(0, 2)).isEqualTo(1.0);
    PreparedTexts subset = prepared.subset(new int[] {1, 0});
    assertThat(subset.score(0, 1)).isEqualTo(SCORER.score(b, a));
    assertThat(subset.text(0)).isEqualTo(b);
  }

  /** The default model, counting the texts it is asked to encode. */
  private static final class CountingEncoder implements SentenceEncoder {
    final List<String> encoded = new ArrayList<>();

    @Override
    public int dimension() {
      return Models.DEFAULT.dimension();
    }

    @Override
    public float[][] encode(List<String> texts) {
      encoded.addAll(texts);
      return Models.DEFAULT.encode(texts);
    }

    @Override
    public double unrelatedCosine() {
      return Models.DEFAULT.unrelatedCosine();
    }

    @Override
    public String name() {
      return "counting " + Models.DEFAULT.name();
    }
  }

  @Test
  void extendsPreparedTextsEncodingOnlyTheNewTexts() {
    CountingEncoder encoder = new CountingEncoder();
    SemanticScorer scorer = SemanticScorer.of(encoder).withLexical(AlignmentScorer.clustering());
    List<String> earlierTexts = List.of("no US troops would enter Ukraine", "he will not deploy American forces");
    PreparedTexts earlier = scorer.prepareAdapted(earlierTexts, done -> {});
    // a scorer of its own cache, so that only what the extension encodes is counted
    SemanticScorer fresh = SemanticScorer.of(encoder).withLexical(AlignmentScorer.clustering());
    encoder.encoded.clear();

    PreparedTexts extended = fresh.prepareAdapted(earlier,
        List.of("American troops will not enter Ukraine", "no US troops would enter Ukraine"), done -> {});

    assertThat(encoder.encoded).containsExactly("American troops will not enter Ukraine");
    List<String> all = new ArrayList<>(earlierTexts);
    all.addAll(List.of("American troops will not enter Ukraine", "no US troops would enter Ukraine"));
    PreparedTexts atOnce = scorer.prepareAdapted(all, done -> {});
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < all.size(); j++) {
        assertThat(extended.score(i, j)).isEqualTo(atOnce.score(i, j));
      }
    }
    assertThat(extended.similarity(2, 1)).isEqualTo(atOnce.similarity(2, 1));
  }

  @Test
  void startsTheRescaledCosineAtTheModelsUnrelatedCosine() {
    assertThat(SCORER.fusion().floor()).isEqualTo(OnnxEncoder.Model.DEFAULT.unrelatedCosine());
    assertThat(SCORER.fusion().lexicalWeight()).isEqualTo(SemanticScorer.PAIR_LEXICAL_WEIGHT);
    assertThat(SCORER.clusterOptions().scorer()).isInstanceOfSatisfying(SemanticScorer.class, s -> {
      assertThat(s.fusion().floor()).isEqualTo(OnnxEncoder.Model.DEFAULT.unrelatedCosine());
      assertThat(s.fusion().lexicalWeight()).isEqualTo(SemanticScorer.CLUSTERING_LEXICAL_WEIGHT);
    });
  }

  @Test
  void keepsTheLexicalPairsScaledByTheLexicalWeight() {
    String a = "Kiev is the capital";
    String b = "Kyiv is the capital";
    Similarity lexical = AlignmentScorer.standard().similarity(a, b);
    Similarity fused = SCORER.similarity(a, b);
    double w = SCORER.fusion().lexicalWeight();
    assertThat(fused.pairs()).hasSize(lexical.pairs().size());
    for (int k = 0; k < lexical.pairs().size(); k++) {
      assertThat(fused.pairs().get(k).type()).isEqualTo(lexical.pairs().get(k).type());
      assertThat(fused.pairs().get(k).contribution()).isCloseTo(w * lexical.pairs().get(k).contribution(), within(1e-12));
    }
  }
}
