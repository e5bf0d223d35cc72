package org.claimcompare.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.claimcompare.Article;
import org.claimcompare.Claim;
import org.claimcompare.ClaimKind;
import org.claimcompare.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented articles (no seed text) that show the rules are general. */
class ClaimExtractorTest {

  private static List<Claim> extract(String text) {
    return ClaimExtractor.standard().extract(new Article("t.txt", text));
  }

  private static String speakerOf(String text, String claimText) {
    return extract(text).stream()
        .filter(c -> c.text().equals(claimText))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim " + claimText + " in " + extract(text)))
        .speaker()
        .orElse("");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      # Attribution after the quote
      “Prices will fall next year,” Finance Minister Anna Berg said.            => Anna Berg
      “Prices will fall next year,” said central bank governor Tom Reyes.       => Tom Reyes
      “Prices will fall next year,” the spokeswoman told reporters.             => the spokeswoman
      “Prices will fall next year,” Italian Prime Minister Carla Russo wrote on X. => Carla Russo
      # Attribution before the quote
      Chancellor Olaf Weber said: “Prices will fall next year.”                 => Olaf Weber
      Weber told the parliament that prices would “fall sharply next year”.     => Weber
      The opposition leader described the budget as “a recipe for disaster”.   => the opposition leader
      # According to
      “Prices will fall next year,” according to Reuters.                       => Reuters
      # Nobody named
      “Prices will fall next year.”                                             => ``
      """)
  void findsTheSpeakerOfAQuote(String text, String speaker) {
    String claim = extract(text).get(0).text();
    assertThat(speakerOf(text, claim)).isEqualTo(speaker);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      # no verb of saying: the quoted words belong to the subject of their clause
      The council branded the new tower an “eyesore that nobody asked for”.         => the council
      Mayor Ines Falk has used the phrase “a city for everyone” since March.         => Ines Falk
      After the vote, the union likened the deal to “a slow surrender of our rights”. => the union
      Senator Omar Lund hailed the ruling as “a victory for common sense and decency”. => Omar Lund
      """)
  void attributesAQuoteEmbeddedInAClauseToItsSubject(String text, String speaker) {
    Claim quote = extract(text).stream().filter(c -> c.kind().orElseThrow() != ClaimKind.REPORTED)
        .findFirst().orElseThrow();
    assertThat(quote.speaker().orElse("")).isEqualTo(speaker);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      # party and state labels are not part of the name, nor its end
      “The bill is dead,” Rep. Ann Cole (D-Md.) said on Friday.                     => Ann Cole
      “The bill is dead,” said Sen. Ray Dunn (R), who chairs the panel.             => Ray Dunn
      “The bill is dead,” Senate Majority Leader Ray Dunn, R-Ky., said Tuesday.     => Ray Dunn
      # initials written together stay in the name
      “The bill is dead,” said Rep. J.T. Moss of Ohio.                              => J.T. Moss
      # a chain of appositions: the name that opens it
      “The bill is dead,” Ann Cole, 59, of Dover, Del., who watched the vote, said.  => Ann Cole
      “The bill is dead,” Ray Dunn, the attorney general of Iowa, one of the states suing, said. => Ray Dunn
      In a debate on Monday, Ann Cole, the head of the council, told voters that “the bill is dead”. => Ann Cole
      Ann Cole, director of the Center for Tax Studies and a professor at Dover College, said the bill “is dead and buried”. => Ann Cole
      # a person "of" a place or body is the person
      “The bill is dead,” Chancellor Anna Berg of Germany said on Friday.           => Anna Berg
      Ann Cole of Dover, Delaware, says the mayor is “doing what he promised”.      => Ann Cole
      # a verb of saying is never inside the speaker
      Mayor Ann Cole said she believed the tower was “an eyesore nobody asked for”. => Ann Cole
      Ann Cole met the press. Then she warned that the budget “will not survive the winter”. => Ann Cole
      """)
  void findsTheNameBeforeLabelsAndAppositions(String text, String speaker) {
    Claim quote = extract(text).stream().filter(c -> c.kind().orElseThrow() != ClaimKind.REPORTED)
        .findFirst().orElseThrow();
    assertThat(quote.speaker().orElse("")).isEqualTo(speaker);
  }

  @Test
  void attributesEachLineOfAQuotedTranscriptToItsLabel() {
    String text = "Lena Ortiz and Tom Reyes debated on the radio.\n"
        + "\"REYES: Will you raise taxes next year?\n"
        + "\"ORTIZ: No, we will not raise them at all.\n"
        + "\"And we will cut the fees for small shops.\n"
        + "\"REYES: Is that a promise to every voter?\"\n";
    assertThat(extract(text)).extracting(c -> c.speaker().orElse(""))
        .containsExactly("Tom Reyes", "Lena Ortiz", "Lena Ortiz", "Tom Reyes");
  }

  @Test
  void dropsASubheadInQuotationMarks() {
    String text = "“We will rebuild the mill,” the mayor said.\n"
        + "‘A Town That Refuses to Quit.’\n"
        + "The mill closed in May.";
    assertThat(extract(text)).extracting(Claim::text).containsExactly("We will rebuild the mill");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      “We will win this district,” Mayor Ann Cole said on Monday.¶“Nobody can stop us now.”  => Ann Cole
      Mayor Ann Cole praised the new budget on Monday.¶“It is the best budget in a decade.”   => Ann Cole
      Senator Ray Dunn, 70, told the radio station.¶“The bill will pass in the spring.”       => Ray Dunn
      The city council answered in writing:¶“The bridge will stay closed all year.”   => the city council
      """)
  void givesAQuoteParagraphTheSpeakerOfThePreviousParagraph(String input, String speaker) {
    String text = input.replace("¶", "\n");
    Claim last = extract(text).get(extract(text).size() - 1);
    assertThat(last.speaker().orElse("")).isEqualTo(speaker);
  }

  @Test
  void givesAQuoteAfterAnAttributionWithARelativeClauseTheQuotedSpeaker() {
    String text = "“The bill is dead,” said Ann Cole, a lawyer who argued that the mayor was wrong. "
        + "“We need a new plan for the bridge.”";
    assertThat(speakerOf(text, "We need a new plan for the bridge.")).isEqualTo("Ann Cole");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      # the agent of a passive verb of speech
      The warning was reiterated by Senator Ann Cole: “We cannot afford another shutdown.” => Ann Cole
      The plan was described as “a disaster for the whole city” by Mayor Ann Cole.      => Ann Cole
      # not a verb of speech: the agent is no speaker, the clause's subject is taken
      The bridge was damaged by the storm and is “closed until further notice”.         => the bridge
      # an attribution after a question or exclamation that ends the sentence
      “Why is the bridge still closed?” Mayor Ann Cole asked on Monday.              => Ann Cole
      “Not one more cent!” Senator Ray Dunn, R-Pa., said of the plan.               => Ray Dunn
      # an apposition after the quote, "according to", a description with its head noun
      “Markets will stay nervous all week,” Tom Reyes, chief strategist at Dover Bank, said. => Tom Reyes
      “The bridge will stay closed until spring,” according to Tom Reyes, a city engineer. => Tom Reyes
      “We will not support this bill in any form,” the influential US senator said.      => the influential US senator
      """)
  void findsPassiveAgentsAppositionsAndDescriptions(String text, String speaker) {
    Claim quote = extract(text).stream().filter(c -> c.kind().orElseThrow() != ClaimKind.REPORTED)
        .findFirst().orElseThrow();
    assertThat(quote.speaker().orElse("")).isEqualTo(speaker);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      Cole: New Budget Is ‘A Gift To Every Family In Town.’                       => Ann Cole
      Ann Cole Says Rival Is ‘Not Fit To Run The City.’                           => Ann Cole
      """)
  void findsTheSpeakerAHeadlineNames(String headline, String speaker) {
    String text = headline + "\nMayor Ann Cole spoke on Monday.";
    Claim quote = extract(text).stream().filter(c -> c.kind().orElseThrow() != ClaimKind.REPORTED)
        .findFirst().orElseThrow();
    assertThat(quote.speaker().orElse("")).isEqualTo(speaker);
  }

  @Test
  void expandsSurnamesToTheFullNameInTheArticle() {
    String text = "Chancellor Olaf Weber met union leaders on Monday.\n"
        + "“We will not raise taxes,” Mr Weber told them.";
    assertThat(speakerOf(text, "We will not raise taxes")).isEqualTo("Olaf Weber");
  }

  @Test
  void givesBothPartsOfASplitQuoteTheAttributionBetweenThem() {
    String text = "“We have done our part,” she said. “Now it is up to the other side.”";
    String named = "Health Minister Lena Ortiz spoke on Monday.\n" + text;
    assertThat(extract(named)).extracting(c -> c.speaker().orElse(""))
        .containsExactly("Lena Ortiz", "Lena Ortiz");
  }

  @Test
  void givesEveryPartOfAMultiParagraphQuoteTheSameSpeaker() {
    String text = "The agency said in its bulletin: “Prices rose again in March.\n\n"
        + "“Wages did not keep up with them.\n\n"
        + "“Rents doubled in the capital.”\n"
        + "Markets were calm.";
    assertThat(extract(text))
        .extracting(Claim::text, c -> c.speaker().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Prices rose again in March.", "the agency"),
            org.assertj.core.groups.Tuple.tuple("Wages did not keep up with them.", "the agency"),
            org.assertj.core.groups.Tuple.tuple("Rents doubled in the capital.", "the agency"));
  }

  @Test
  void resolvesHeToThePreviousSpeaker() {
    String text = "Defence Minister Piotr Nowak said the border was secure.\n"
        + "He said: “We have enough troops to hold every crossing.”";
    assertThat(speakerOf(text, "We have enough troops to hold every crossing."))
        .isEqualTo("Piotr Nowak");
  }

  @Test
  void resolvesHeToTheSinglePersonNamedEarlierInTheParagraph() {
    String text = "Governor Maria Lopez visited the flooded town on Sunday. "
        + "“We will rebuild every house,” she said.";
    assertThat(speakerOf(text, "We will rebuild every house")).isEqualTo("Maria Lopez");
  }

  @Test
  void leavesHeUnresolvedWhenTwoPeopleAreCandidates() {
    String text = "Governor Maria Lopez met Senator Paul Kim on Sunday. "
        + "“We will rebuild every house,” he said.";
    assertThat(speakerOf(text, "We will rebuild every house")).isEmpty();
  }

  @Test
  void takesTheContentClauseOfAReportedStatement() {
    String text = "Energy Minister Karl Ibsen said that the grid can cope with the winter demand.";
    Claim c = extract(text).get(0);
    assertThat(c.kind()).hasValue(ClaimKind.REPORTED);
    assertThat(c.text()).isEqualTo("the grid can cope with the winter demand");
    assertThat(c.speaker()).hasValue("Karl Ibsen");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      The ministry said the grid is ready for winter.                               => the grid is ready for winter  => the ministry
      Officials told reporters on Tuesday that the bridge would reopen in May.      => the bridge would reopen in May => officials
      The port will stay closed until June, the harbour master said on Friday.      => The port will stay closed until June => the harbour master
      The port will stay closed until June, according to local officials.           => The port will stay closed until June => local officials
      Senator Ruth Hale urged voters to register before the deadline.               => voters to register before the deadline => Ruth Hale
      Critics called the plan a “sham” and a “farce”.                               => the plan a “sham” and a “farce” => critics
      Polls show the senator is trailing in the state.                              => the senator is trailing in the state => Polls
      Most economists think the rate will rise, the bank's survey found.            => Most economists think the rate will rise => the bank's survey
      Newt Adams, a former mayor of the town, said the bridge would cost too much.  => the bridge would cost too much => Newt Adams
      The ferry company has denied the report, but says that fares will rise.        => fares will rise => the ferry company
      Prices will fall, according to a report by the consumer agency of the state.  => Prices will fall => a report by the consumer agency of the state
      The head of the agency, Omar Idris, has stated that the audit found no fraud. => the audit found no fraud => Omar Idris
      The plan was presented by aide Lina Park, who insisted that costs will fall.   => costs will fall => Lina Park
      """)
  void findsReportedStatements(String text, String claim, String speaker) {
    Claim c = extract(text).get(0);
    assertThat(c.kind()).hasValue(ClaimKind.REPORTED);
    assertThat(c.text()).isEqualTo(claim);
    assertThat(c.speaker().orElse("")).isEqualTo(speaker);
  }

  @Test
  void splitsTwoReportedStatementsJoinedByWhile() {
    String text = "The union said the strike will go on, while the company said that talks are planned.";
    assertThat(extract(text)).extracting(Claim::text, c -> c.speaker().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("the strike will go on", "the union"),
            org.assertj.core.groups.Tuple.tuple("talks are planned", "the company"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      The budget office said about half of the new spending went to roads.  => about half of the new spending went to roads => the budget office => said
      Sen. Ann Ortiz (D-NM) said the vote would be close.                    => the vote would be close => Ann Ortiz => said
      Some said they would stay home on election day.                        => they would stay home on election day => some => said
      Ruth Kemp — after a long pause — told the panel she had no regrets.    => she had no regrets => Ruth Kemp => told
      The harbour tour seemed to impress the visiting ministers.             => The harbour tour seemed to impress the visiting ministers => `` => seemed
      The new bridge is expected to open before the winter.                  => The new bridge is expected to open before the winter => `` => is expected
      When asked whether the tax would rise, the mayor smiled.               => whether the tax would rise => `` => asked
      In the latest city poll, most residents back the new stadium.          => most residents back the new stadium => the latest city poll => In
      A poll shows the mayor trailing her rival by six points.               => the mayor trailing her rival by six points => a poll => shows
      Mr. Berg was asked about the levy and said that it would stay here.    => it would stay here => Berg => said
      She described changes that were driving prices up in the valley.      => changes that were driving prices up => `` => described
      The deal is what one banker called a bargain for everyone.             => what one banker called a bargain for everyone => one banker => called
      Most farmers are worried about the price of diesel this winter.       => the price of diesel this winter => Most farmers => worried
      To chants of “Lina!,” the senator said her campaign was doing well.   => her campaign was doing well => the senator => said
      Then came Anna Berg's claim that the ferry had been sold.            => the ferry had been sold => Anna Berg => claim
      Donald Reed plans to cut taxes, his aide Jo Lind said on Friday at noon.  => Donald Reed plans to cut taxes => Jo Lind => said
      """)
  void findsTheContentOfEachKindOfFrame(String text, String content, String speaker, String cue) {
    Claim c = extract(text).stream().filter(k -> k.kind().orElseThrow() == ClaimKind.REPORTED)
        .findFirst().orElseThrow();
    assertThat(c.text()).isEqualTo(content);
    assertThat(c.speaker().orElse("")).isEqualTo(speaker);
    assertThat(c.cue().orElseThrow().of(text)).isEqualTo(cue);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      A company called Northwind Freight bought the depot for $2 million.
      The spring report exceeded the forecasts of most economists.
      On his campaign website, the senator promises lower fares.
      OSLO, Norway, May 3 (Reuters) - The port reopened on Tuesday.
      The minister was asked about the budget.
      """)
  void findsNoReportedStatementWhereACueWordIsNoCue(String text) {
    assertThat(extract(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      It is believed the plan would work.
      The main receiving states were Poland and Moldova.
      The committee met on Tuesday and adjourned.
      His support for the plan was never in doubt.
      The show opened on Friday to large crowds.
      """)
  void findsNoClaimInPlainNarration(String text) {
    assertThat(extract(text)).isEmpty();
  }

  @Test
  void marksShortQuotesAsFragmentsUnlessConfigured() {
    String text = "The minister called the rebels a “junta” and “terrorists” again.";
    assertThat(extract(text)).extracting(Claim::text, c -> c.kind().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("the rebels a “junta” and “terrorists” again", ClaimKind.REPORTED),
            org.assertj.core.groups.Tuple.tuple("junta", ClaimKind.FRAGMENT),
            org.assertj.core.groups.Tuple.tuple("terrorists", ClaimKind.FRAGMENT));
    assertThat(ClaimExtractor.standard().withMinimumWords(1).extract(new Article("t.txt", text)))
        .filteredOn(c -> c.text().equals("junta"))
        .extracting(c -> c.kind().orElseThrow())
        .containsExactly(ClaimKind.QUOTE);
  }

  @Test
  void givesTheCueAndTheSpeakersMentionAsSpans() {
    String text = "In Kyiv, Mayor Vitali Klitschko told reporters that the bridge will reopen. "
        + "“We will rebuild,” he said.";
    List<Claim> claims = extract(text);
    assertThat(claims).extracting(c -> c.cue().orElseThrow().of(text),
            c -> c.speakerMention().orElseThrow().of(text), c -> c.speaker().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("told", "Mayor Vitali Klitschko", "Vitali Klitschko"),
            org.assertj.core.groups.Tuple.tuple("said", "he", "Vitali Klitschko"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      Residents are “very, very angry,” the councillor said.                   => Residents are “very, very angry,”
      The plan, the minister said, “will not survive the winter.”               => The plan, the minister said, “will not survive the winter.”
      """)
  void takesAMixedStatementAsOneReportedClaim(String text, String claim) {
    assertThat(extract(text)).filteredOn(c -> c.kind().orElseThrow() == ClaimKind.REPORTED)
        .extracting(Claim::text)
        .containsExactly(claim);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      The mayor said the fire was out, adding that the school would open on Monday. => the fire was out | the school would open on Monday
      Smith said that the board believes the merger will fail.                     => the board believes the merger will fail
      The council said the budget was balanced, but it did not publish the figures. => the budget was balanced
      Officials said the road - closed since May - will reopen.                     => the road - closed since May - will reopen
      Officials said the road will reopen - a relief for the village.               => the road will reopen
      """)
  void bordersEachReportedContent(String text, String contents) {
    assertThat(extract(text)).extracting(Claim::text)
        .containsExactly(contents.split(" \\| "));
  }

  @Test
  void numbersClaimsInTextOrder() {
    String text = "“First we fix the roads,” the mayor said. “Then we fix the schools,” she added.";
    assertThat(extract(text)).extracting(Claim::id).containsExactly("t.txt#001", "t.txt#002");
    assertThat(extract(text)).allSatisfy(c -> {
      Span s = c.span().orElseThrow();
      assertThat(text.substring(s.start(), s.end())).isEqualTo(c.text());
      assertThat(c.source()).isEqualTo(Optional.of("t.txt"));
    });
  }

  @Test
  void readsArticlesWithWordsOfAHundredThousandCharacters() {
    for (String word : List.of("x".repeat(100_000), "x-".repeat(50_000), "A/".repeat(50_000))) {
      String text = word + " - the minister said that " + word + " was here.\n“" + word
          + " is what we want,” she said.";

      List<Claim> claims = extract(text);

      // The reported statement's sentence is cut at Sentences.MAX_LENGTH, inside the long word.
      assertThat(claims).allSatisfy(c ->
          assertThat(c.span().orElseThrow().of(text)).isEqualTo(c.text()));
      assertThat(claims).filteredOn(c -> c.kind().orElseThrow() == ClaimKind.QUOTE)
          .singleElement()
          .satisfies(c -> assertThat(c.text()).isEqualTo(word + " is what we want"));
    }
  }

  @Test
  void readsAParagraphOfThousandsOfQuotesAfterAHugeWord() {
    // Each quote's checks stop within its sentence or the paragraph's first words: linear cost.
    String text = "A/".repeat(50_000) + " " + "officials stated plans “we will win this” ".repeat(20_000)
        + ".\n" + "“We will win.”\n".repeat(2_000);

    List<Claim> claims = extract(text);

    assertThat(claims.stream().filter(c -> c.kind().orElseThrow() != ClaimKind.REPORTED))
        .hasSize(22_000);
  }

  @Test
  void readsAParagraphOfAMegabyteAsItsSentences() {
    String sentences = "“Prices will fall next year,” Finance Minister Anna Berg said. "
        + "Rock ‘n roll fans said the ’90s were better. ";
    String text = sentences.repeat(10_000).strip();

    List<Claim> claims = extract(text);

    assertThat(claims).hasSize(20_000).allSatisfy(c ->
        assertThat(c.span().orElseThrow().of(text)).isEqualTo(c.text()));
    assertThat(claims).filteredOn(c -> c.kind().orElseThrow() == ClaimKind.QUOTE)
        .hasSize(10_000).allSatisfy(c -> assertThat(c.speaker()).contains("Anna Berg"));
  }

  @Test
  void readsAParagraphOfOneEndlessSentence() {
    String text = "“We will win the war” Putin said, and Putin said we will win the war, ".repeat(10_000)
        + "he said.";

    List<Claim> claims = extract(text);

    assertThat(claims).isNotEmpty().allSatisfy(c ->
        assertThat(c.span().orElseThrow().of(text)).isEqualTo(c.text()));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> ClaimExtractor.standard().extract(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("article");
    assertThatThrownBy(() -> ClaimExtractor.standard().withMinimumWords(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumWords must be at least 1: 0");
  }

  @Test
  void hasAReadableForm() {
    assertThat(ClaimExtractor.standard()).hasToString("ClaimExtractor[minimumWords=3]");
    assertThat(ClaimExtractor.standard().minimumWords()).isEqualTo(3);
  }

  @Test
  void givesEveryPartOfAMultiParagraphQuoteItsSpeaker() {
    String text = "\"The water came in the night,\" said Maria Costa, a resident. \"We had ten minutes to leave.\n"
        + "\n"
        + "\"Now we have nothing.\"";
    assertThat(speakerOf(text, "We had ten minutes to leave.")).isEqualTo("Maria Costa");
    assertThat(speakerOf(text, "Now we have nothing.")).isEqualTo("Maria Costa");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      Officials said at least 14 people had died.            => officials | at least 14 people had died
      Witnesses said at most ten shots were fired.           => witnesses | at most ten shots were fired
      Police said the driver had fled the scene.             => police    | the driver had fled the scene
      """)
  void readsRoleNounsAsDescriptionsAndQuantitiesAsClauses(String text, String expected) {
    String[] speakerAndText = expected.split("\\s*\\|\\s*");
    Claim c = extract(text).get(0);
    assertThat(c.kind()).contains(ClaimKind.REPORTED);
    assertThat(c.speaker()).contains(speakerAndText[0]);
    assertThat(c.text()).isEqualTo(speakerAndText[1]);
  }
}
