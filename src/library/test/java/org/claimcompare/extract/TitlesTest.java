package org.claimcompare.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {

  /** Whether the first quotation of the text (its marks “ and ”) is taken for a title. */
  private static boolean firstIsTitle(String text) {
    int open = text.indexOf('“');
    int close = text.indexOf('”', open);
    return Titles.isTitle(text, open, close + 1, text.substring(open + 1, close));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      # a cue before: a preposition or role that introduces a title, a noun for a work
      The senator said on “Weekend Morning Report” that taxes would rise.     => true
      She is the host of “Politics Tonight with Ann Lee,” a weekly program.   => true
      He is the author of “The Long Road Home.”                               => true
      They watched “The River of Stars” twice.                                => true
      The campaign released an ad titled “A New Beginning.”                   => true
      The mayor praised the film “Winter in the Valley.”                      => true
      In her memoir, “Standing Tall,” she recalls the campaign.               => true
      He spoke to the station’s “Morning Edition” about the budget.           => true
      On Sunday’s broadcast of “Capital Week,” the senator said no.           => true
      In an episode of “The Night Desk” she spoke about taxes.                => true
      He called in to his “Straight Talk Hour” radio program.                 => true
      # a cue after: a noun for a programme or a role in it
      The “Sunday Roundtable” show asked him about the deficit.               => true
      The “City Lights” star said she would vote.                             => true
      # speech stays speech: no cue, or not title-like
      “Make Our Town Great Again,” the mayor said.                            => false
      He told reporters on Friday: “We will win this state.”                  => false
      The senator said on Monday that “nobody wants another shutdown.”        => false
      He was the author of “a plan that nobody read, and nobody wanted.”       => false
      """)
  void recognisesTitlesOfWorksAndProgrammes(String text, boolean title) {
    assertThat(firstIsTitle(text)).isEqualTo(title);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      The Long Road Home          => true
      Politics Tonight with Ann Lee. => true
      Face the Nation 2           => true
      we will win                 => false
      Let me talk.                => false
      Stop. Think again           => false
      Yes, We Can                 => false
      """)
  void readsTitleCase(String words, boolean titleLike) {
    assertThat(Titles.titleLike(words)).isEqualTo(titleLike);
  }
}
