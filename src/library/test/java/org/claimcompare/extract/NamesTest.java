package org.claimcompare.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  private static final String ARTICLE = "German Chancellor Olaf Scholz met French President"
      + " Emmanuel Macron. Mayor Vadym Boichenko spoke. Spokeswoman Maria Zakharova spoke.\n";

  private static Names names() {
    return Names.index(ARTICLE, Paragraph.split(ARTICLE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      # Titles and nationality adjectives go
      German Chancellor Olaf Scholz                   => Olaf Scholz
      Finance Minister Christian Lindner              => Christian Lindner
      Kremlin spokesman Dmitry Peskov                 => Dmitry Peskov
      Ukrainian Foreign Minister Dmytro Kuleba        => Dmytro Kuleba
      His Ukrainian counterpart Oleksandr Chaly       => Oleksandr Chaly
      Head of the Regional Administration Anna Kovalenko => Anna Kovalenko
      NATO Secretary General Jens Stoltenberg         => Jens Stoltenberg
      # Surnames expand to the article's full name
      Scholz                                          => Olaf Scholz
      Mr Macron                                       => Emmanuel Macron
      Mr. Macron                                      => Emmanuel Macron
      Boichenko                                       => Vadym Boichenko
      Zakharova                                       => Maria Zakharova
      Smith                                           => Smith
      # Descriptions keep their determiner; institutions keep the article
      The official                                    => the official
      a senior U.S. Defense Department official       => a senior U.S. Defense Department official
      the same sources                                => the same sources
      the Kremlin                                     => the Kremlin
      The Elysee Palace                               => the Elysee Palace
      the Ministry of Defence (MOD)                   => the MOD
      The MOD update                                  => the MOD
      state-run TASS                                  => TASS
      Reuters                                         => Reuters
      """)
  void makesSpeakersCanonical(String phrase, String speaker) {
    assertThat(names().canonical(phrase)).hasValue(speaker);
  }

  @org.junit.jupiter.api.Test
  void indexesFullNamesWithoutTitles() {
    assertThat(names().fullNames())
        .containsExactly("Olaf Scholz", "Emmanuel Macron", "Vadym Boichenko", "Maria Zakharova");
  }
}
