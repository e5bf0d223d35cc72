package org.claimcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpellingTest {
  private static final Spelling SPELLING = Spelling.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      demilitarisation,  demilitarization
      demilitarisations, demilitarizations
      organised,         organized
      organisational,    organizational
      recognising,       recognizing
      recognise,         recognize
      recognises,        recognizes
      recognisable,      recognizable
      realiser,          realizer
      realisers,         realizers
      minimise,          minimize
      optimised,         optimized
      authorisation,     authorization
      categorise,        categorize
      theorising,        theorizing
      summarised,        summarized
      prioritise,        prioritize
      baptised,          baptized
      legitimise,        legitimize
      economise,         economize
      anglicise,         anglicize
      appetising,        appetizing
      criticised,        criticized
      publicising,       publicizing
      politicise,        politicize
      ostracised,        ostracized
      """)
  void turnsIseIntoIze(String british, String american) {
    assertThat(SPELLING.americanize(british)).isEqualTo(american);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      analyse,      analyze
      analysed,     analyzed
      analysing,    analyzing
      analyser,     analyzer
      paralyse,     paralyze
      paralysed,    paralyzed
      catalyses,    catalyzes
      dialysing,    dialyzing
      """)
  void turnsYseIntoYze(String british, String american) {
    assertThat(SPELLING.americanize(british)).isEqualTo(american);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      colour,          color
      colours,         colors
      coloured,        colored
      colourful,       colorful
      discoloured,     discolored
      honoured,        honored
      honourable,      honorable
      honourably,      honorably
      neighbours,      neighbors
      neighbourhood,   neighborhood
      neighbourhoods,  neighborhoods
      neighbourly,     neighborly
      favourite,       favorite
      favourites,      favorites
      favouritism,     favoritism
      behaviours,      behaviors
      behavioural,     behavioral
      labour,          labor
      labourers,       laborers
      rumour,          rumor
      rumoured,        rumored
      armour,          armor
      armoured,        armored
      armoury,         armory
      odour,           odor
      odourless,       odorless
      endeavour,       endeavor
      endeavouring,    endeavoring
      saviour,         savior
      humourless,      humorless
      vapour,          vapor
      vapourised,      vaporized
      colourisation,   colorization
      harbour,         harbor
      """)
  void turnsOurIntoOr(String british, String american) {
    assertThat(SPELLING.americanize(british)).isEqualTo(american);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      centre,        center
      centres,       centers
      centred,       centered
      centring,      centering
      epicentre,     epicenter
      theatre,       theater
      theatres,      theaters
      metre,         meter
      kilometres,    kilometers
      litre,         liter
      fibre,         fiber
      calibre,       caliber
      sombre,        somber
      sombrely,      somberly
      spectre,       specter
      lustre,        luster
      meagre,        meager
      sabres,        sabers
      manoeuvre,     maneuver
      manoeuvres,    maneuvers
      manoeuvred,    maneuvered
      manoeuvring,   maneuvering
      """)
  void turnsListedReIntoEr(String british, String american) {
    assertThat(SPELLING.americanize(british)).isEqualTo(american);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      defence,       defense
      defences,      defenses
      defenceless,   defenseless
      offence,       offense
      offences,      offenses
      licence,       license
      licences,      licenses
      licenced,      licensed
      pretence,      pretense
      practised,     practiced
      practising,    practicing
      catalogue,     catalog
      catalogued,    cataloged
      cataloguing,   cataloging
      dialogue,      dialog
      dialogues,     dialogs
      analogue,      analog
      """)
  void turnsListedEnceAndOgue(String british, String american) {
    assertThat(SPELLING.americanize(british)).isEqualTo(american);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      travelled,     traveled
      travelling,    traveling
      traveller,     traveler
      travellers,    travelers
      cancelling,    canceling
      cancelled,     canceled
      labelled,      labeled
      modelled,      modeled
      modelling,     modeling
      fuelled,       fueled
      refuelling,    refueling
      signalled,     signaled
      counselled,    counseled
      counsellor,    counselor
      channelled,    channeled
      levelled,      leveled
      totalled,      totaled
      marshalled,    marshaled
      quarrelled,    quarreled
      rivalled,      rivaled
      tunnelling,    tunneling
      marvellous,    marvelous
      jeweller,      jeweler
      medallist,     medalist
      duellists,     duelists
      """)
  void undoublesLOfListedVerbs(String british, String american) {
    assertThat(SPELLING.americanize(british)).isEqualTo(american);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      anaesthesia,     anesthesia
      paediatric,      pediatric
      paediatrician,   pediatrician
      haemorrhage,     hemorrhage
      haemorrhaging,   hemorrhaging
      oestrogen,       estrogen
      encyclopaedia,   encyclopedia
      foetus,          fetus
      foetuses,        fetuses
      diarrhoea,       diarrhea
      leukaemia,       leukemia
      orthopaedic,     orthopedic
      """)
  void turnsAeAndOeIntoE(String british, String american) {
    assertThat(SPELLING.americanize(british)).isEqualTo(american);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      programme,        program
      programmes,       programs
      grey,             gray
      greyish,          grayish
      plough,           plow
      ploughed,         plowed
      mould,            mold
      mouldy,           moldy
      moustache,        mustache
      pyjamas,          pajamas
      sceptic,          skeptic
      sceptical,        skeptical
      sceptically,      skeptically
      scepticism,       skepticism
      judgement,        judgment
      judgements,       judgments
      judgemental,      judgmental
      acknowledgement,  acknowledgment
      ageing,           aging
      aluminium,        aluminum
      jewellery,        jewelry
      enrol,            enroll
      enrols,           enrolls
      enrolment,        enrollment
      fulfil,           fulfill
      fulfilment,       fulfillment
      skilful,          skillful
      skilfully,        skillfully
      wilful,           willful
      kerb,             curb
      cosy,             cozy
      draught,          draft
      draughts,         drafts
      tyre,             tire
      tyres,            tires
      """)
  void replacesListedPairsAndTheirInflections(String british, String american) {
    assertThat(SPELLING.americanize(british)).isEqualTo(american);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // -ise kept in American English, by ending or by list
    "rise", "rises", "arise", "arising", "sunrise", "uprising", "wise", "otherwise", "likewise",
    "advise", "advised", "adviser", "advisable", "devise", "revise", "revised", "supervise",
    "televised", "improvise", "surprise", "surprising", "enterprise", "comprise", "reprise",
    "apprise", "exercise", "exercised", "excise", "incise", "concise", "precise", "circumcise",
    "disguise", "guise", "raise", "raised", "praise", "appraise", "fundraisers", "noise", "poise",
    "turquoise", "cruise", "cruisers", "bruised", "despise", "franchise", "enfranchise",
    "chastise", "expertise", "merchandise", "merchandising", "paradise", "treatise", "anise",
    "valise", "mortise", "compromise", "compromising", "promise", "promised", "premise",
    "premises", "demise", "surmise", "chemise", "advertise", "advertising", "crises",
    // -our that is not the British -our
    "hour", "hours", "hourly", "your", "yours", "our", "ours", "four", "fours", "tour", "tours",
    "touring", "tourism", "tourist", "pour", "pouring", "flour", "sour", "dour", "devour",
    "devoured", "detour", "contour", "scour", "velour", "troubadour", "amour", "paramour",
    "yourself", "fourteen", "flourish", "journey", "courage", "source",
    // -re and -ence not on the lists, and their neighbours
    "acre", "massacre", "genre", "ogre", "mediocre", "central", "theatrical", "spectral",
    "metric", "centrist", "fibrous", "offensive", "defensive",
    // -ll- of verbs stressed on the last syllable, and other double l
    "controlled", "called", "compelled", "patrolled", "propelled", "expelled", "installed",
    "fulfilled", "enrolled", "distilled", "spelled", "killed", "skilled", "rolled", "totally",
    "initially", "cancellation",
    // British and American alike
    "programmed", "programming", "programmer", "greyhound", "analysis", "isis", "realism",
    "kyiv", "kharkiv", "said", "the", "1000"
  })
  void leavesOtherWordsAlone(String word) {
    assertThat(SPELLING.americanize(word)).isEqualTo(word);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "demilitarization", "organized", "color", "neighbors", "center", "centers", "centered",
    "defense", "catalog", "cataloged", "traveled", "canceling", "anesthesia", "program",
    "programs", "gray", "mold", "skeptic", "judgment", "aging", "enroll", "enrollment",
    "fulfill", "skillful", "curb", "cozy", "draft", "tire", "analyze", "maneuvering", "licensed"
  })
  void leavesAmericanSpellingAlone(String american) {
    assertThat(SPELLING.americanize(american)).isEqualTo(american);
  }

  @Test
  void parsesSectionsOfTheListFormat() {
    Spelling spelling = Spelling.parse("""
        # comment
        [pairs]
        colour hue   # a made-up pair wins over the rule
        [keep-our]
        armour
        [double-l]
        jewel
        [keep-ise]
        organise
        """);

    assertThat(spelling.americanize("colours")).isEqualTo("hues");
    assertThat(spelling.americanize("armour")).isEqualTo("armour");
    assertThat(spelling.americanize("jewellers")).isEqualTo("jewelers");
    assertThat(spelling.americanize("organised")).isEqualTo("organised");
    assertThat(spelling.americanize("realised")).isEqualTo("realized");
  }

  @Test
  void rejectsAPairWithOneWordNamingTheLine() {
    assertThatThrownBy(() -> Spelling.parse("[pairs]\n\ncolour\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 3:");
  }

  @Test
  void rejectsAnUnknownSectionNamingTheLine() {
    assertThatThrownBy(() -> Spelling.parse("[pairs]\n[spellings]\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2: unknown section [spellings]");
  }

  @Test
  void rejectsAnEntryBeforeTheFirstSection() {
    assertThatThrownBy(() -> Spelling.parse("colour color\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1: entry before the first [section]");
  }

  @Test
  void findsADoubledLVerbAtTheEndOfAVeryLongWord() {
    String start = "x".repeat(100_000);

    assertThat(SPELLING.americanize(start + "travelling")).isEqualTo(start + "traveling");
    assertThat(SPELLING.americanize("trave" + "l".repeat(100_000) + "ing"))
        .isEqualTo("trave" + "l".repeat(100_000) + "ing");
  }
}
