package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.claimcompare.AlignedRenderings.Cell;
import org.claimcompare.AlignedRenderings.Cell.Kind;

/**
 * Invariants of {@link AlignedRenderings} over renderings generated from a small vocabulary, so that
 * words repeat, match in several ways (alias, stem, exact) and cross.
 */
@Tag("property")
@AddLifecycleHook(PropertyLedger.class)
class AlignedRenderingsPropertyTest {
  @Provide
  Arbitrary<List<String>> renderings() {
    Arbitrary<String> text = Arbitraries.of("to", "send", "the", "troops", "Kiev", "Kyiv", "will", "not", "sent", "army", "7", "forces")
        .list().ofMinSize(0).ofMaxSize(12).map(w -> String.join(" ", w));
    return text.list().ofMinSize(2).ofMaxSize(5);
  }

  /** Every word is in exactly one cell of its row, and a row read across its columns is the text's words in order. */
  @Property
  @TriesScale(0.05)
  void eachRowReadsAcrossAsItsRenderingsWords(@ForAll("renderings") List<String> texts) {
    AlignedRenderings t = Claims.align(texts.get(0), texts.subList(1, texts.size()));

    assertThat(AlignedRenderingsTest.words(t, 0)).containsExactlyElementsOf(t.similarities().get(0).leftWords());
    for (int r = 1; r < t.rows().size(); r++) {
      assertThat(AlignedRenderingsTest.words(t, r)).containsExactlyElementsOf(t.similarities().get(r - 1).rightWords());
    }
  }

  /** Matched cells hold a pair the scorer gave, in its representative word's column, and every pair is shown. */
  @Property
  @TriesScale(0.05)
  void matchedCellsAreTheScorersPairs(@ForAll("renderings") List<String> texts) {
    AlignedRenderings t = Claims.align(texts.get(0), texts.subList(1, texts.size()));

    for (int c = 0; c < t.columns().size(); c++) {
      int rep = t.columns().get(c);
      for (int r = 1; r < t.rows().size(); r++) {
        Cell cell = t.rows().get(r).get(c);
        if (rep < 0) {
          assertThat(cell.kind()).isIn(Kind.ADDED, Kind.MOVED, Kind.EMPTY);
        } else if (cell.kind() == Kind.MATCHED) {
          String repWord = t.rows().get(0).get(c).word();
          assertThat(t.similarities().get(r - 1).pairs()).anySatisfy(p -> {
            assertThat(p.left()).isEqualTo(repWord);
            assertThat(p.right()).isEqualTo(cell.word());
            assertThat(Optional.of(p.type())).isEqualTo(cell.match());
          });
        }
      }
    }
    long shown = IntStream.range(1, t.rows().size()).mapToLong(r -> t.rows().get(r).stream()
        .filter(c -> c.kind() == Kind.MATCHED || c.kind() == Kind.MOVED).count()).sum();
    assertThat(shown).isEqualTo(t.similarities().stream().mapToLong(s -> s.pairs().stream().filter(p -> p.leftIndex() >= 0).count()).sum());
  }
}
