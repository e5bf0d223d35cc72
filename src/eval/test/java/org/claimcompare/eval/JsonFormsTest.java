package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.claimcompare.AlignedRenderings;
import org.claimcompare.ClaimCluster;
import org.claimcompare.Claims;
import org.junit.jupiter.api.Test;

/** {@link JsonForms}: the forms the README documents, on renderings written for these tests. */
class JsonFormsTest {

  @Test
  void writesASimilarityWithItsPairsUnmatchedWordsAndGuards() {
    ObjectNode o = JsonForms.similarity(Claims.similarity("Kiev did not fall", "Kyiv fell in 2022"));

    assertThat(o.get("score").decimalValue().scale()).isEqualTo(4);
    assertThat(o.get("pairs").get(0).get("a").asText()).isEqualTo("kiev");
    assertThat(o.get("pairs").get(0).get("b").asText()).isEqualTo("kyiv");
    assertThat(o.get("pairs").get(0).get("type").asText()).isEqualTo("alias");
    assertThat(o.get("pairs").get(0).has("cosine")).isFalse();
    assertThat(o.get("unmatched_a")).isNotEmpty();
    assertThat(o.get("guards").get(0).get("guard").asText()).isEqualTo("negation");
    assertThat(o.has("sentence")).isFalse();
  }

  @Test
  void writesAClusterAsTheCommandLineDoes() {
    List<ClaimCluster> clusters = Claims.cluster(List.of(Claims.claim("a", "Take power into your own hands"),
        Claims.claim("b", "Take the power in your hands")));

    ObjectNode o = JsonForms.cluster(clusters.get(0));

    assertThat(o.toString()).matches("\\{\"cluster\":1,\"size\":2,\"representative\":\"[ab]\",\"members\":"
        + "\\[\\{\"id\":\"[ab]\",\"score\":1\\.0000\\},\\{\"id\":\"[ab]\",\"score\":0\\.\\d{4}\\}\\]\\}");
  }

  @Test
  void writesAlignedRenderingsWithOneCellPerColumnAndNullForAddedColumns() {
    AlignedRenderings t = Claims.align("a bunch of drug addicts", List.of("clique of drug addicts, who settled"));

    ObjectNode o = JsonForms.alignment(t);

    assertThat(o.get("rows")).hasSize(2);
    assertThat(o.get("rows").get(1)).hasSize(o.get("columns").size());
    assertThat(o.get("columns").get(o.get("columns").size() - 1).isNull()).isTrue();
    assertThat(o.get("rows").get(1).get(1).toString()).isEqualTo("{\"kind\":\"replaced\",\"word\":\"clique\"}");
    assertThat(o.get("rows").get(0).get(2).toString()).isEqualTo("{\"kind\":\"representative\",\"word\":\"of\",\"function_word\":true}");
  }

  @Test
  void roundsScoresToFourDecimalsHalfToEven() {
    assertThat(JsonForms.rounded(0.12345).toPlainString()).isEqualTo("0.1234");
    assertThat(JsonForms.rounded(1).toPlainString()).isEqualTo("1.0000");
  }
}
