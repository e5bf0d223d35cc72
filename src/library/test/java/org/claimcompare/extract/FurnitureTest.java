package org.claimcompare.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FurnitureTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      # Navigation, labels and teasers
      Skip to content                                                 => true
      READ MORE: Minister's call log shows a long pause               => true
      ONLY IN: ‘Wild!’ Senators sparked ire after the vote            => true
      WATCH: Crowds gather in the square                              => true
      Reports claim the general is hiding in a bunker [REVEALED]      => true
      Ukraine LIVE: President deploys new units [LIVE]                => true
      SEE ALL VIDEOS                                                  => true
      * * *                                                           => true
      source site-63                                                  => true
      # Time stamps, captions, bylines, headlines and titles
      Posted at 10:33 a.m.                                            => true
      Updated at 4:16 p.m.                                            => true
      Published 12 March 2022, 09:15                                  => true
      AFP/DANIEL LEAL - A serviceman is seen at a window, 25 February => true
      REUTERS/JOHN SMITH - Firefighters work at the site.             => true
      Photo: A soldier at a checkpoint.                               => true
      Tyler Durden                                                    => true
      Army Call to Action                                             => true
      Mayor resigns after a week of protests                          => true
      Minister claims talks ‘went well’ | World | News                => true
      TROOPS HAVE RECEIVED ORDER TO CROSS THE BORDER                  => true
      Here's what he said according to local media:                   => true
      # Prose
      The minister said the talks went well.                          => false
      “We will not give up,” she said.                                => false
      "We are waiting for aid," the mayor said.                       => false
      Is this the end of the war?                                     => false
      And also underscoring that things look grim...                  => false
      """)
  void recognisesPageFurniture(String line, boolean furniture) {
    assertThat(Furniture.isFurniture(line)).isEqualTo(furniture);
  }

  @Test
  void readsAPhotoCreditOfFiftyThousandNames() {
    assertThat(Furniture.isFurniture("AFP/".repeat(50_000) + "DANIEL LEAL - A soldier.")).isTrue();
    assertThat(Furniture.isFurniture("A/".repeat(50_000) + "B is what she said.")).isFalse();
  }
}
