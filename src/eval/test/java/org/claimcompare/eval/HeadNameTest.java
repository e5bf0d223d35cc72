package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every expected value here is what {@code extract_score.py}'s {@code head_name} returns (Python 3.11). */
class HeadNameTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # a run of two or more capitalised words: its last word; titles do not count and end the run
      Sen. Elizabeth Warren (D-Mass.)            | warren
      longtime Democratic pollster Pat Caddell   | caddell
      the Rev. Al Sharpton                       | sharpton
      U.S. Rep. Tom Reyes                        | reyes
      Homeland Security Secretary Jeh Johnson    | security
      The New York Post                          | post
      Trump and Clinton                          | trump
      # suffixes are dropped from a run
      Donald Trump Jr.                           | trump
      Martin Luther King III                     | king
      # punctuation other than a title's dot ends a run
      spokeswoman Jane Doe-Smith                 | doe
      # one capitalised word before any comma or parenthesis
      Mr. Obama                                  | obama
      President Obama                            | obama
      'Clinton, who spoke in Ohio'               | clinton
      the mayor of Springfield                   | springfield
      'Bernie Sanders,'                          | sanders
      # else the last word before any comma or parenthesis, possessive dropped
      the campaign's spokesman                   | spokesman
      a source                                   | source
      GOP leaders                                | leaders
      U.S. officials                             | officials
      (Reuters) officials                        | officials
      Trump's campaign                           | trump
      Ms. Costa's office                         | costa
      O’Neill’s aides                            | o’neill
      # Python's isupper: Other_Uppercase counts (Ⅳ), titlecase does not (ǅ); case folds beyond ASCII
      Ⅳ Legion                                   | legion
      ǅemal Bey                                  | bey
      Ärzte ohne Grenzen                         | ärzte
      """)
  void findsTheHeadNameAsTheScriptDoes(String source, String head) {
    assertThat(HeadName.of(source)).contains(head);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      he
      His
      said
      ''
      ' — '
      """)
  void hasNoHeadNameForAnEmptyOrPronounSource(String source) {
    assertThat(HeadName.of(source)).isEmpty();
  }

  /** The script fails here (IndexError); the Source's last word stands in. */
  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      '— , aides'  | aides
      """)
  void takesTheLastWordWhereTheScriptWouldFail(String source, String head) {
    assertThat(HeadName.of(source)).contains(head);
  }

  @ParameterizedTest(name = "{0} in \"{1}\": {2}")
  @CsvSource(delimiter = '|', textBlock = """
      costa    | Ana Costa        | true
      costa    | ANA COSTA        | true
      costa    | Ana Costa-Reyes  | true
      costa    | the Costas       | false
      costa    | Acosta           | false
      costa    | ''               | false
      o’neill  | Tip O’Neill      | true
      ärzte    | ÄRZTE            | true
      """)
  void namesTheHeadWhenItIsAWholeWordOfTheSpeaker(String head, String speaker, boolean named) {
    assertThat(HeadName.named(head, speaker)).isEqualTo(named);
  }
}
