package org.claimcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      kiev,           kyiv
      Kiev,           kyiv
      KIEV,           kyiv
      kyiv,           kyiv
      kharkov,        kharkiv
      lugansk,        luhansk
      odessa,         odesa
      zelenski,       zelensky
      zelenskiy,      zelensky
      zelenskyy,      zelensky
      zelenskyi,      zelensky
      zelenskii,      zelensky
      klichko,        klitschko
      klitchko,       klitschko
      volodimir,      volodymyr
      wolodymyr,      volodymyr
      nikolaev,       mykolaiv
      zaporozhye,     zaporizhzhia
      zaporizhia,     zaporizhzhia
      lvov,           lviv
      lwów,           lviv
      chernigov,      chernihiv
      chernobyl,      chornobyl
      donbass,        donbas
      zhitomir,       zhytomyr
      vinnitsa,       vinnytsia
      rovno,          rivne
      irpen,          irpin
      gostomel,       hostomel
      severodonetsk,  sievierodonetsk
      lisichansk,     lysychansk
      izyum,          izium
      kremenchug,     kremenchuk
      dnepr,          dnipro
      dmitri,         dmitry
      dmitriy,        dmitry
      sergey,         sergei
      medinskiy,      medinsky
      podoliak,       podolyak
      shoygu,         shoigu
      navalnyy,       navalny
      lukashenka,     lukashenko
      yanukovich,     yanukovych
      timoshenko,     tymoshenko
      vitaly,         vitali
      evgeny,         yevgeny
      yury,           yuri
      aleksei,        alexei
      andrii,         andriy
      oleksii,        oleksiy
      serhii,         serhiy
      zaluzhnyi,      zaluzhny
      arestovich,     arestovych
      qaddafi,        gaddafi
      kadhafi,        gaddafi
      mohammed,       muhammad
      qaida,          qaeda
      hizbollah,      hezbollah
      kirghizia,      kyrgyzstan
      """)
  void standardListMapsVariantsToTheirCanonicalWord(String word, String canonical) {
    assertThat(Aliases.standard().canonical(word)).contains(canonical);
  }

  @ParameterizedTest(name = "{0} and {1}")
  @CsvSource(textBlock = """
      vladimir,   volodymyr
      dmitry,     dmytro
      igor,       ihor
      alexander,  oleksandr
      """)
  void standardListKeepsDifferentNamesApart(String russian, String ukrainian) {
    Optional<String> a = Aliases.standard().canonical(russian);
    Optional<String> b = Aliases.standard().canonical(ukrainian);

    assertThat(a.orElse(russian)).isNotEqualTo(b.orElse(ukrainian));
  }

  @Test
  void standardListIsBroad() {
    long groups = Aliases.standard().asMap().values().stream().distinct().count();

    assertThat(groups).isGreaterThanOrEqualTo(80);
  }

  @Test
  void standardNormalizerTurnsEveryVariantIntoItsCanonicalWordAndKeepsCanonicalWords() {
    TextNormalizer n = TextNormalizer.standard();

    Aliases.standard().asMap().forEach((variant, canonical) -> {
      assertThat(n.normalize(variant)).as(variant).isEqualTo(canonical);
      assertThat(n.normalize(canonical)).as(canonical).isEqualTo(canonical);
    });
  }

  @Test
  void standardIsLoadedOnce() {
    assertThat(Aliases.standard()).isSameAs(Aliases.standard());
  }

  @Test
  void parsesGroupsCommentsAndBlankLines() {
    Aliases aliases = Aliases.parse("""
        # a comment

        Kyiv | Kiev | Kiew   # trailing comment
          Kharkiv|Kharkov
        """);

    assertThat(aliases.asMap()).containsExactly(
        entry("kharkov", "kharkiv"), entry("kiev", "kyiv"), entry("kiew", "kyiv"));
    assertThat(aliases.size()).isEqualTo(3);
  }

  @Test
  void foldsCaseAndDiacriticsOfEntriesAndLookups() {
    Aliases aliases = Aliases.parse("Zürich | ZUERICH\nŁódź | Lodsch");

    assertThat(aliases.canonical("zuerich")).contains("zurich");
    assertThat(aliases.canonical("ZÜRICH")).contains("zurich");
    assertThat(aliases.canonical("lodsch")).contains("lodz");
    assertThat(aliases.canonical("LÓDŹ")).contains("lodz");
    assertThat(aliases.asMap()).containsExactly(entry("lodsch", "lodz"), entry("zuerich", "zurich"));
  }

  @Test
  void answersEmptyForUnknownWords() {
    assertThat(Aliases.standard().canonical("said")).isEmpty();
    assertThat(Aliases.empty().canonical("kiev")).isEmpty();
    assertThat(Aliases.empty().size()).isZero();
    assertThat(Aliases.empty().asMap()).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', textBlock = """
      Kyiv | Kiev\\nKharkiv | | Kharkov          ; line 2: empty entry
      Kyiv | Kiev |                             ; line 1: empty entry
      | Kiev                                    ; line 1: empty entry
      Kyiv | Kiev\\n\\nNew York | Nueva York      ; line 3: "New York" is not a single word
      Qaeda | al-Qaeda                          ; line 1: "al-Qaeda" is not a single word
      Kyiv | Kiev\\nKiev | Kiyv                 ; line 2: "kiev" is already in the group of "kyiv" on line 1
      Kyiv | Kiev | KIEV                        ; line 1: "kiev" is already in the group of "kyiv" on line 1
      Kyiv                                      ; line 1: a group needs a canonical word and at least one variant
      """)
  void rejectsMalformedLinesNamingTheLineAndTheProblem(String text, String message) {
    assertThatThrownBy(() -> Aliases.parse(text.replace("\\n", "\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void plusUnitesAndLetsTheOtherWinConflicts() {
    Aliases ours = Aliases.parse("Kyiv | Kiev\nKharkiv | Kharkov");
    Aliases theirs = Aliases.parse("Kiev | Kyiv\nOdesa | Odessa");

    Map<String, String> union = ours.plus(theirs).asMap();

    assertThat(union).containsExactly(
        entry("kharkov", "kharkiv"), entry("kyiv", "kiev"), entry("odessa", "odesa"));
  }

  @Test
  void plusMovesOurVariantsAlongWhenTheOtherRenamesOurCanonicalWord() {
    Aliases ours = Aliases.parse("Kyiv | Kiev | Kijev");
    Aliases theirs = Aliases.parse("Kiev | Kyiv");

    Aliases union = ours.plus(theirs);

    assertThat(union.canonical("kijev")).contains("kiev");
    assertThat(union.asMap().values()).allSatisfy(c -> assertThat(union.canonical(c)).contains(c));
  }

  @Test
  void plusWithEmptyChangesNothing() {
    assertThat(Aliases.standard().plus(Aliases.empty())).isEqualTo(Aliases.standard());
    assertThat(Aliases.empty().plus(Aliases.standard())).isEqualTo(Aliases.standard());
  }

  @Test
  void asMapIsSortedAndImmutable() {
    Map<String, String> map = Aliases.standard().asMap();

    assertThat(List.copyOf(map.keySet())).isSorted();
    assertThatThrownBy(() -> map.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalsComparesTheMapping() {
    assertThat(Aliases.parse("Kyiv | Kiev")).isEqualTo(Aliases.parse("KYIV|kiev # same"))
        .hasSameHashCodeAs(Aliases.parse("kyiv | kiev"))
        .isNotEqualTo(Aliases.parse("Kiev | Kyiv"));
  }

  @Test
  void toStringShowsTheSizeAndTheFirstVariants() {
    assertThat(Aliases.parse("Kyiv | Kiev\nKharkiv | Kharkov"))
        .hasToString("Aliases[2 variants: kharkov=kharkiv, kiev=kyiv]");
    assertThat(Aliases.parse("A1 | A2 | A3 | A4 | A5"))
        .hasToString("Aliases[4 variants: a2=a1, a3=a1, a4=a1, …]");
    assertThat(Aliases.empty()).hasToString("Aliases[0 variants]");
  }

  @Test
  void rejectsNullArgumentsNamingThem() {
    assertThatThrownBy(() -> Aliases.parse(null)).hasMessage("text");
    assertThatThrownBy(() -> Aliases.empty().plus(null)).hasMessage("other");
    assertThatThrownBy(() -> Aliases.empty().canonical(null)).hasMessage("word");
  }
}
