package org.claimcompare.eval;

import java.util.List;

/** Small invented data sets for the protocol tests. */
final class Fixtures {
  private Fixtures() {}

  /** Three statements, each in several renderings, and one loner. */
  static final List<GoldText> GROUPS = List.of(
      new GoldText("01", "The army will not stop until the capital is taken", "army"),
      new GoldText("02", "the army will not stop until it takes the capital", "army"),
      new GoldText("03", "The army won't stop until the capital has been taken.", "army"),
      new GoldText("04", "We are ready to talk for as long as it takes", "talks"),
      new GoldText("05", "we are ready to talk as long as it may take", "talks"),
      new GoldText("06", "The mayor called on residents to leave the city", "mayor"),
      new GoldText("07", "the mayor urged the residents to leave the city at once", "mayor"),
      new GoldText("08", "Grain exports fell sharply in March", "grain"));

  /** Paraphrases (gold 1) that share most words, and non-paraphrases (gold 0) that share none. */
  static final List<GoldPair> PARAPHRASES = List.of(
      new GoldPair("The army will not stop", "The army will not stop now", 1),
      new GoldPair("Grain exports fell sharply", "Grain exports fell", 1),
      new GoldPair("The mayor urged residents to leave", "Residents were told to leave by the mayor", 1),
      new GoldPair("Talks resume on Monday", "Bananas are rich in potassium", 0),
      new GoldPair("The bridge reopens in spring", "Exports of grain fell", 0),
      new GoldPair("We are ready to talk", "We are ready to talk again", 1),
      new GoldPair("The old railway bridge", "A new mayor was elected", 0),
      new GoldPair("Prices rose in March", "Prices rose in March again", 1),
      new GoldPair("Snow is expected tonight", "The minister resigned", 0),
      new GoldPair("Rain fell all day", "Ships left the harbour", 0));

  /** Pairs whose word Jaccard index rises with the gold score: 0, 1/7, 2/6, 3/5, 1. */
  static final List<GoldPair> GRADED = List.of(
      new GoldPair("a b c d", "e f g h", 0),
      new GoldPair("a b c d", "a e f g", 1),
      new GoldPair("a b c d", "a b e f", 2),
      new GoldPair("a b c d", "a b c e", 4),
      new GoldPair("a b c d", "d c b a", 5));
}
