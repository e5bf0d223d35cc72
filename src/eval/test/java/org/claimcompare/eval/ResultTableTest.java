package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {
  private static final ResultTable TABLE = new ResultTable("STS-B dev: 1500 pairs", 1,
      List.of("scorer", "Pearson", "Spearman"),
      List.of(List.of("claimcompare", "0.745", "0.743"), List.of("jaccard", "0.650", "0.653")));

  @Test
  void rendersAlignedTextWithLabelsLeftAndFiguresRight() {
    assertThat(TABLE.text()).isEqualTo("""
        STS-B dev: 1500 pairs

        scorer        Pearson  Spearman
        ------------  -------  --------
        claimcompare    0.745     0.743
        jaccard         0.650     0.653
        """);
  }

  @Test
  void rendersMarkdownWithFigureColumnsRightAligned() {
    assertThat(TABLE.markdown()).isEqualTo("""
        STS-B dev: 1500 pairs

        | scorer | Pearson | Spearman |
        |---|---:|---:|
        | claimcompare | 0.745 | 0.743 |
        | jaccard | 0.650 | 0.653 |
        """);
  }

  @Test
  void replacesTheCaptionOnly() {
    ResultTable t = TABLE.withCaption("sts sts-dev.csv: 1500 pairs");

    assertThat(t.caption()).isEqualTo("sts sts-dev.csv: 1500 pairs");
    assertThat(t.rows()).isEqualTo(TABLE.rows());
    assertThat(t).hasToString("ResultTable[\"sts sts-dev.csv: 1500 pairs\" 2 rows]");
  }

  @Test
  void rejectsRowsOfTheWrongWidth() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ResultTable("c", 1, List.of("a", "b"), List.of(List.of("x"))))
        .withMessage("a row has 1 cells, the header 2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ResultTable("c", 3, List.of("a", "b"), List.of()))
        .withMessage("labelColumns must be in [0, 2]: 3");
  }
}
