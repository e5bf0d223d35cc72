package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.claimcompare.AlignedRenderings.Cell;
import org.claimcompare.AlignedRenderings.Cell.Kind;
import org.junit.jupiter.api.Test;

/**
 * {@link AlignedRenderings}: the side-by-side table of renderings. The three renderings of Putin's
 * words are cut from the seeds ({@code seeds/000}, {@code 001} and {@code 003}); the other texts are
 * written for these tests.
 */
class AlignedRenderingsTest {
  private static final String BUNCH = "a bunch of drug addicts and neo-Nazis";
  private static final String GANG = "this gang of drug addicts and neo-Nazis";
  private static final String CLIQUE = "clique of drug addicts and neo-Nazis, who settled in Kiev";

  @Test
  void putsSynonymsAndReplacedWordsInTheColumnOfTheWordTheyStandFor() {
    AlignedRenderings t = Claims.align(BUNCH, List.of(GANG, CLIQUE));

    int bunch = column(t, 0, "bunch");
    assertThat(t.rows().get(1).get(bunch)).isEqualTo(new Cell("gang", Kind.MATCHED, Optional.of(MatchType.SYNONYM), false));
    assertThat(t.rows().get(2).get(bunch)).isEqualTo(new Cell("clique", Kind.REPLACED, Optional.empty(), false));
    assertThat(t.rows().get(1).get(column(t, 0, "a"))).extracting(Cell::word, Cell::kind).containsExactly("this", Kind.REPLACED);
    assertThat(t.rows().get(2).get(column(t, 0, "a")).kind()).isEqualTo(Kind.MISSING);
  }

  @Test
  void addsColumnsForWordsOnlyOneRenderingHasAndLeavesThemEmptyElsewhere() {
    AlignedRenderings t = Claims.align(BUNCH, List.of(GANG, CLIQUE));

    List<String> added = t.rows().get(2).stream().filter(c -> c.kind() == Kind.ADDED).map(Cell::word).toList();
    assertThat(added).containsExactly("who", "settled", "in", "kiev");
    int who = IntStream.range(0, t.columns().size()).filter(c -> t.rows().get(2).get(c).word().equals("who")).findFirst().getAsInt();
    assertThat(t.columns().get(who)).isEqualTo(-1);
    assertThat(t.rows().get(0).get(who).kind()).isEqualTo(Kind.EMPTY);
    assertThat(t.rows().get(1).get(who).kind()).isEqualTo(Kind.EMPTY);
  }

  @Test
  void marksFunctionWordsSoThatAViewCanShowThemLess() {
    AlignedRenderings t = Claims.align(BUNCH, List.of(GANG));

    assertThat(t.rows().get(0).get(column(t, 0, "of")).functionWord()).isTrue();
    assertThat(t.rows().get(0).get(column(t, 0, "drug")).functionWord()).isFalse();
  }

  @Test
  void placesRepeatedWordsWhereTheirNeighboursAre() {
    // The scorer pairs the two "to" in text order; the table puts "to send" under "to send".
    AlignedRenderings t = Claims.align("to be ready to send troops", List.of("ready to send troops"));

    List<Cell> row = t.rows().get(1);
    int secondTo = IntStream.range(0, t.columns().size()).filter(c -> t.columns().get(c) == 3).findFirst().getAsInt();
    assertThat(row.get(secondTo)).extracting(Cell::word, Cell::kind).containsExactly("to", Kind.MATCHED);
    assertThat(row.get(column(t, 0, "to")).kind()).isEqualTo(Kind.MISSING);
  }

  @Test
  void keepsAWordThatMatchedOutOfOrderWhereItStandsAsMoved() {
    AlignedRenderings t = Claims.align("police arrested the protesters on Monday", List.of("on Monday the protesters were arrested by police"));

    List<Cell> moved = t.rows().get(1).stream().filter(c -> c.kind() == Kind.MOVED).toList();
    assertThat(moved).isNotEmpty().allSatisfy(c -> assertThat(c.match()).isPresent());
    assertThat(words(t, 1)).containsExactly("on", "monday", "the", "protesters", "were", "arrested", "by", "police");
  }

  @Test
  void printsOneLinePerRowWithMarksForEachKind() {
    assertThat(Claims.align(BUNCH, List.of(GANG, CLIQUE)).toString()).isEqualTo(String.join("\n",
        "a      bunch    of  drug  addicts  and  neo  nazis",
        "this*  gang~    of  drug  addicts  and  neo  nazis",
        "-      clique*  of  drug  addicts  and  neo  nazis  +who  +settled  +in  +kiev"));
  }

  @Test
  void breaksWideTablesIntoBlocksOfColumns() {
    List<List<String>> blocks = Claims.align(BUNCH, List.of(GANG)).textBlocks(20);

    assertThat(blocks).hasSizeGreaterThan(1).allSatisfy(b -> assertThat(b).hasSize(2));
    assertThat(blocks).flatMap(b -> b).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(20));
    assertThat(blocks.get(0)).containsExactly("a      bunch  of", "this*  gang~  of");
  }

  @Test
  void alignsTheMembersOfAClusterAgainstItsRepresentative() {
    List<ClaimCluster> clusters = Claims.cluster(List.of(Claims.claim("a", GANG), Claims.claim("b", BUNCH), Claims.claim("c", "grain exports fell")));

    AlignedRenderings t = Claims.align(clusters.get(0));

    assertThat(t.renderings()).isEqualTo(clusters.get(0).size() - 1);
    assertThat(words(t, 0)).containsExactlyElementsOf(clusters.get(0).representative().text().equals(GANG)
        ? List.of("this", "gang", "of", "drug", "addicts", "and", "neo", "nazis")
        : List.of("a", "bunch", "of", "drug", "addicts", "and", "neo", "nazis"));
  }

  @Test
  void handlesRenderingsWithoutWords() {
    AlignedRenderings t = Claims.align("…", List.of("!!", "word"));

    assertThat(t.rows()).hasSize(3);
    assertThat(words(t, 2)).containsExactly("word");
  }

  @Test
  void refusesSimilaritiesThatDoNotListTheirWords() {
    Similarity unplaced = new Similarity(0.5, List.of(new AlignedPair("a", "a", MatchType.EXACT, 0.5)), List.of(), List.of("b"));

    assertThatThrownBy(() -> AlignedRenderings.of(List.of(unplaced)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("did not list the words");
  }

  private static int column(AlignedRenderings t, int row, String word) {
    return IntStream.range(0, t.columns().size()).filter(c -> t.rows().get(row).get(c).word().equals(word)).findFirst().getAsInt();
  }

  static List<String> words(AlignedRenderings t, int row) {
    return t.rows().get(row).stream().filter(Cell::hasWord).map(Cell::word).toList();
  }
}
