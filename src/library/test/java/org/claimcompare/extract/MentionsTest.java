package org.claimcompare.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {
  private static final String TEXT = "Putin met Zelensky. Putin's aides left. Putinism grew. Scholz";
  private static final Mentions MENTIONS =
      Mentions.of(TEXT, List.of("Vladimir Putin", "Volodymyr Zelensky", "Olaf Scholz"));

  private static int at(String word) {
    return TEXT.indexOf(word);
  }

  @Test
  void findsTheOnePersonNamedInARange() {
    assertThat(MENTIONS.single(at("Putin's"), at("Putinism"))).contains("Vladimir Putin");
    assertThat(MENTIONS.single(at("Scholz"), TEXT.length())).contains("Olaf Scholz");
  }

  @Test
  void findsNoSinglePersonWhenTwoOrNoneAreNamed() {
    assertThat(MENTIONS.single(0, at("aides"))).isEmpty();
    assertThat(MENTIONS.single(at("Putinism"), at("Scholz"))).isEmpty();
    assertThat(MENTIONS.any(at("Putinism"), at("Scholz"))).isFalse();
    assertThat(MENTIONS.any(0, at("met"))).isTrue();
  }

  @Test
  void countsOnlyWholeWordsInsideTheRange() {
    assertThat(MENTIONS.any(0, at("Putin") + 4)).isFalse();
    assertThat(MENTIONS.single(at("Putinism"), at("grew"))).isEmpty();
  }

  @Test
  void indexesThousandsOfPersonsInOnePass() {
    StringBuilder text = new StringBuilder();
    List<String> persons = new ArrayList<>();
    for (int k = 0; k < 5_000; k++) {
      String surname = "Name" + Integer.toString(k, 36).toUpperCase(java.util.Locale.ROOT);
      persons.add("First " + surname);
      text.append(surname).append(" spoke. ");
    }
    Mentions mentions = Mentions.of(text.toString(), persons);

    assertThat(mentions.single(0, text.indexOf(" spoke."))).contains("First Name0");
    assertThat(mentions.single(0, text.length())).isEmpty();
  }
}
