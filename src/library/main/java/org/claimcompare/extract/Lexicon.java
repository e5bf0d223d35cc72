package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;

/**
 * The closed word lists the extractor relies on: reporting verbs, titles, nationality adjectives,
 * determiners and the small function words that end a noun phrase.
 *
 * <p>All lists are general English vocabulary; none names a person, place or outlet. Lookups take
 * a bare word (see {@link #bare(String)}) and are case-insensitive unless stated.
 */
final class Lexicon {
  private Lexicon() {}

  /**
   * Verbs that introduce a reported statement (past, present and base forms). Matched only in
   * lower case, so a headline's "Urges" is not a verb here.
   */
  static final ImmutableSet<String> REPORTING_VERBS =
      ImmutableSet.of(
          "say", "says", "said", "tell", "tells", "told", "call on", "calls on", "called on",
          "describe", "describes", "described", "assure", "assures", "assured", "warn", "warns",
          "warned", "state", "states", "stated", "claim", "claims", "claimed", "announce",
          "announces", "announced", "add", "adds", "added", "stress", "stresses", "stressed",
          "insist", "insists", "insisted", "argue", "argues", "argued", "note", "notes", "noted",
          "confirm", "confirms", "confirmed", "deny", "denies", "denied", "accuse", "accuses",
          "accused", "urge", "urges", "urged", "vow", "vows", "vowed", "promise", "promises",
          "promised", "admit", "admits", "admitted", "acknowledge", "acknowledges", "acknowledged",
          "suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "declare",
          "declares", "declared", "explain", "explains", "explained", "reiterate", "reiterates",
          "reiterated", "believe", "believes", "believed", "maintain", "maintains", "maintained");

  /**
   * Verbs of speech and of its close kin (writing, asking, answering, praising, blaming,
   * endorsing, proposing, discussing): each attributes its complement to its subject ("Peskov said
   * that …", "Cruz criticized the Paris agreement", "Brown endorsed her"). Lemmas, inflected by
   * {@link #forms}. General English vocabulary, chosen on PolNeAR's train split: a lemma stays
   * when its cues were right at least two times in five there (or too rare to tell).
   */
  static final ImmutableSet<String> SPEECH_LEMMAS =
      ImmutableSet.of(
          "say", "tell", "add", "argue", "warn", "promise", "announce", "claim", "state", "note",
          "explain", "insist", "stress", "emphasize", "emphasise", "confirm", "deny", "admit",
          "acknowledge", "suggest", "declare", "reiterate", "assert", "contend", "write", "tweet",
          "report", "reply", "respond", "ask", "urge", "recall", "predict", "pledge", "vow",
          "threaten", "complain", "concede", "disclose", "reveal", "boast", "brag", "joke", "quip",
          "testify", "allege", "estimate", "describe", "criticize", "criticise", "praise", "blame",
          "accuse", "defend", "dismiss", "reject", "question", "mention", "propose", "recommend",
          "comment", "remark", "observe", "counter", "conclude", "lament", "indicate", "signal",
          "hint", "caution", "cite", "decline", "refuse", "endorse", "agree", "disagree", "blast",
          "slam", "mock", "condemn", "denounce", "assure", "inform", "remind", "call", "call on",
          "call for", "point out", "point to", "refer to", "speak of", "talk about", "welcome",
          "oppose", "tout", "answer", "demand", "applaud", "attack", "offer", "name", "express",
          "decide", "order", "discuss", "sign", "learn", "decry", "echo", "request", "highlight",
          "portray", "thank", "list", "favor", "favour", "quote", "imply", "invoke", "dispute",
          "lambaste", "chide", "rebuke", "fault", "hail", "laud", "embrace", "deride",
          "dub", "label", "brand", "characterize", "characterise", "liken", "compare", "commit",
          "guarantee", "forecast", "project", "calculate", "detail", "outline", "clarify",
          "require", "push for", "lobby", "confess", "refute", "rebut", "contradict", "retort",
          "proclaim", "affirm", "reaffirm", "repeat", "underscore", "concur");

  /**
   * Verbs of belief, knowledge, wish, intention and evidence: PARC-style attribution counts
   * "Clinton strategists think …", "Sanders wants …" and "Polls show …" as attributions too.
   */
  static final ImmutableSet<String> BELIEF_LEMMAS =
      ImmutableSet.of(
          "believe", "think", "expect", "hope", "fear", "worry", "doubt", "suspect", "see",
          "understand", "realize", "realise", "wonder", "guess", "imagine", "reckon", "want",
          "wish", "prefer", "intend", "seek", "support", "show", "find", "demonstrate", "know",
          "feel", "consider", "view", "recognize", "recognise", "plan", "love", "hate", "dislike",
          "accept", "credit", "regret", "apologize", "apologise", "object", "alert", "advocate",
          "invite", "anticipate", "judge", "deem", "regard", "perceive", "remember", "forget",
          "notice", "discover");

  /**
   * Inflected forms that are also common nouns ("the show", "his support", "a call", "member
   * states"): as verbs they need a subject that ends in a capitalised word, a pronoun or a plural
   * noun ("Polls show", "Zelensky claims").
   */
  static final ImmutableSet<String> NOUN_FORMS =
      ImmutableSet.of(
          "say", "add", "call", "calls", "claim", "claims", "note", "notes", "state", "states",
          "promise", "promises", "vow", "vows", "stress", "report", "reports", "answer",
          "answers", "reply", "replies", "tweet", "tweets", "question", "questions", "comment",
          "comments", "remark", "remarks", "counter", "counters", "charge", "charges", "estimate",
          "estimates", "demand", "demands", "attack", "attacks", "blast", "blasts", "slam",
          "slams", "support", "supports", "plan", "plans", "hope", "hopes", "fear", "fears",
          "worry", "worries", "doubt", "doubts", "view", "views", "show", "shows", "find",
          "finds", "wish", "wishes", "guess", "welcome", "signal", "signals", "hint", "hints",
          "caution", "praise", "blame", "decline", "declines", "joke", "jokes", "quip", "quips",
          "mock", "tout", "counter", "point out", "point to", "vote for", "vote against",
          "talk about", "call on", "call for", "calls on", "calls for", "feel", "want", "wants",
          "need", "tell", "ask", "cite", "mention", "mentions", "observe", "brag", "boast",
          "boasts", "respond", "defend", "insist", "warn", "urge", "conclude", "reject", "advise",
          "name", "names", "list", "lists", "order", "orders", "request", "requests", "detail",
          "details", "outline", "outlines", "project", "projects", "quote", "quotes", "label",
          "labels", "brand", "brands", "credit", "credits", "judge", "judges", "object", "objects",
          "alert", "alerts", "favor", "favors", "favour", "favours", "echo", "echoes", "sign",
          "signs", "lobby", "lobbies", "repeat", "offer", "offers", "highlight", "highlights",
          "thanks", "dispute", "disputes", "fault", "faults", "rebuke", "embrace", "guarantee",
          "guarantees", "forecast", "forecasts", "hail", "love", "hate", "regret", "notice",
          "push for", "calculate");

  /** Verbs whose past tense and participle double the final consonant ("admitted", "quipping"). */
  private static final ImmutableSet<String> DOUBLING =
      ImmutableSet.of("admit", "plan", "refer", "prefer", "quip", "slam", "concur", "brag", "regret");

  /** Irregular verbs: base, past, past participle. */
  private static final ImmutableSet<String> IRREGULAR =
      ImmutableSet.of(
          "say said said", "tell told told", "write wrote written", "think thought thought",
          "know knew known", "see saw seen", "find found found", "feel felt felt",
          "show showed shown", "prove proved proven", "understand understood understood",
          "seek sought sought", "speak spoke spoken");

  /**
   * Returns the forms of a verb (a lemma with an optional particle, "call on"): the base, third
   * person singular, past, past participle and present participle, each with the particle.
   */
  static ImmutableList<String> forms(String lemma) {
    int space = lemma.indexOf(' ');
    String verb = space < 0 ? lemma : lemma.substring(0, space);
    String particle = space < 0 ? "" : lemma.substring(space);
    String past = null;
    String participle = null;
    for (String irregular : IRREGULAR) {
      String[] f = irregular.split(" ");
      if (f[0].equals(verb)) {
        past = f[1];
        participle = f[2];
      }
    }
    String stem = DOUBLING.contains(verb) ? verb + verb.charAt(verb.length() - 1) : verb;
    boolean consonantY = verb.endsWith("y") && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0;
    String third = verb.matches(".*(s|x|z|ch|sh)") ? verb + "es"
        : consonantY ? verb.substring(0, verb.length() - 1) + "ies" : verb + "s";
    String ed = verb.endsWith("e") ? verb + "d"
        : consonantY ? verb.substring(0, verb.length() - 1) + "ied" : stem + "ed";
    String ing = verb.endsWith("e") && !verb.endsWith("ee") ? verb.substring(0, verb.length() - 1) + "ing"
        : stem + "ing";
    return ImmutableList.of(verb + particle, third + particle, (past == null ? ed : past) + particle,
        (participle == null ? ed : participle) + particle, ing + particle);
  }

  /** The finite forms (all but the present participle) of the lemmas. */
  static ImmutableSet<String> finiteForms(Set<String> lemmas) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String lemma : lemmas) {
      out.addAll(forms(lemma).subList(0, 4));
    }
    return out.build();
  }

  /** The present participles of the lemmas ("saying", "calling on"). */
  static ImmutableSet<String> presentParticiples(Set<String> lemmas) {
    return lemmas.stream().map(l -> forms(l).get(4))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Forms far more often nouns than verbs in news ("the state", "member states"): never cues,
   * unlike their past tense ("stated").
   */
  private static final ImmutableSet<String> NOUNS_FIRST = ImmutableSet.of("state", "states");

  /** The finite forms of every cue of a reported statement. */
  static final ImmutableSet<String> CUES =
      ImmutableSet.<String>builder()
          .addAll(finiteForms(SPEECH_LEMMAS))
          .addAll(finiteForms(BELIEF_LEMMAS))
          .build()
          .stream()
          .filter(f -> !NOUNS_FIRST.contains(f))
          .collect(ImmutableSet.toImmutableSet());

  /**
   * Lemmas of cues whose content is a noun phrase, not a clause ("endorsed Mr. Trump", "criticized
   * the agreement"): what follows a preposition after it is an adverbial.
   */
  static final ImmutableSet<String> OBJECT_LEMMAS =
      ImmutableSet.of(
          "endorse", "criticize", "criticise", "praise", "blame", "defend", "dismiss", "reject",
          "oppose", "support", "attack", "blast", "slam", "mock", "condemn", "denounce", "welcome",
          "applaud", "tout", "answer", "cite", "describe", "question", "mention", "recommend",
          "accuse", "call", "call for");

  /** The finite forms of {@link #OBJECT_LEMMAS}. */
  static final ImmutableSet<String> OBJECT_CUES = finiteForms(OBJECT_LEMMAS);

  /**
   * Verbs that attribute a direct quote: every reporting verb plus verbs of writing and manner
   * ("wrote", "tweeted", "quipped", "continued") that only make sense next to quoted words.
   */
  static final ImmutableSet<String> QUOTE_VERBS =
      ImmutableSet.<String>builder()
          .addAll(REPORTING_VERBS)
          .add("wrote", "writes", "tweeted", "posted", "remarked", "quipped", "continued")
          .add("continues", "replied", "asked", "asks", "answered", "called", "recalled")
          .add("recalls", "concluded", "concludes", "joked", "commented", "responded", "repeated")
          .add("reaffirmed", "exclaimed", "shouted", "cited", "reported")
          .build();

  /**
   * Verb forms that are also common nouns ("the main claim", "member states"): as verbs they
   * need a subject that ends in a capitalised word or a pronoun ("Zelensky claims").
   */
  static final ImmutableSet<String> NOUN_LIKE_VERBS =
      ImmutableSet.of(
          "state", "states", "claim", "claims", "note", "notes", "promise", "promises", "vow",
          "vows", "stress", "stresses", "add", "call on", "calls on", "tell", "say");

  /** Present participles of reporting verbs ("…, saying that …"); their subject is elsewhere. */
  static final ImmutableSet<String> PARTICIPLES =
      ImmutableSet.of(
          "saying", "telling", "calling on", "describing", "assuring", "warning", "stating",
          "claiming", "announcing", "adding", "stressing", "insisting", "arguing", "noting",
          "confirming", "denying", "accusing", "urging", "vowing", "promising", "admitting",
          "acknowledging", "suggesting", "declaring", "explaining", "reiterating", "writing");

  /** Base forms usable after "to" ("prompted X to say that …"). */
  static final ImmutableSet<String> INFINITIVES =
      ImmutableSet.of(
          "say", "tell", "warn", "claim", "insist", "argue", "announce", "declare", "state",
          "confirm", "deny", "admit", "acknowledge", "stress", "explain");

  /**
   * Words that mark a finite clause ("said Moscow is willing", a clause, against "acknowledged the
   * situation", an object).
   */
  static final ImmutableSet<String> AUXILIARIES =
      ImmutableSet.of(
          "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
          "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
          "won't", "can't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "weren't", "hasn't",
          "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't", "he's", "she's", "it's",
          "they're", "we're", "i'm", "they've", "we've");

  /** Words that cannot appear inside a subject noun phrase: verbs, auxiliaries, infinitive "to". */
  static final ImmutableSet<String> NOT_IN_SUBJECT =
      ImmutableSet.<String>builder()
          .addAll(AUXILIARIES)
          .add("become", "became", "becomes", "to", "not", "there", "here", "what", "how")
          .build();

  /** Words and adverbs that may stand between a subject and its verb and are dropped. */
  static final ImmutableSet<String> SKIPPABLE =
      ImmutableSet.of(
          "has", "have", "had", "also", "even", "later", "further", "again", "already", "then",
          "now", "still", "just", "once", "earlier", "yesterday", "today", "tonight", "would",
          "will", "could", "can", "may", "might", "did", "does", "do", "himself", "herself",
          "themselves", "itself", "last", "night", "late", "early", "morning", "evening", "week",
          "this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Words that open a subordinate or coordinate clause; a subject never reaches past one. */
  static final ImmutableSet<String> CLAUSE_OPENERS =
      ImmutableSet.of(
          "while", "but", "whereas", "although", "though", "because", "since", "as", "after",
          "before", "when", "if", "that", "which", "where", "so", "until", "unless", "whether",
          "however", "meanwhile", "what");

  /** Prepositions: a phrase starting with one is an adverbial, not a subject. */
  static final ImmutableSet<String> PREPOSITIONS =
      ImmutableSet.of(
          "on", "in", "at", "for", "with", "from", "by", "after", "before", "during", "under",
          "over", "about", "to", "into", "of", "since", "amid", "despite", "through", "via",
          "against", "among", "around", "across", "near", "without", "within", "per");

  /**
   * Common nouns for people who speak in news ("Officials said …", "Witnesses told …"): at the
   * start of a sentence they are capitalised, but they describe a speaker rather than name one.
   */
  static final ImmutableSet<String> ROLE_NOUNS =
      ImmutableSet.of(
          "official", "officials", "source", "sources", "witness", "witnesses", "resident",
          "residents", "analyst", "analysts", "expert", "experts", "police", "authorities",
          "critics", "officers", "diplomat", "diplomats", "lawmakers", "investigators",
          "researchers", "scientists", "doctors", "protesters", "prosecutors", "observers",
          "activists", "citizens", "soldiers", "troops", "rescuers", "medics", "survivors",
          "locals", "neighbours", "neighbors", "organisers", "organizers", "ministers", "aides",
          "spokesman", "spokeswoman", "spokesperson", "reports", "media");

  /**
   * Two-word openers of a quantity ("said at least 14 people had died"): after a reporting verb
   * they start the reported clause, not a prepositional phrase.
   */
  static final ImmutableSet<String> QUANTITY_OPENERS = ImmutableSet.of("at least", "at most");

  /** Prepositions that start a trailing adverbial after a subject ("Putin on Friday said"). */
  static final ImmutableSet<String> ADVERBIAL_PREPOSITIONS =
      ImmutableSet.of("on", "in", "at", "during", "after", "before", "through", "via", "over");

  /** Determiners and possessives that open a description ("the official", "his counterpart"). */
  static final ImmutableSet<String> DETERMINERS =
      ImmutableSet.of(
          "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
          "my", "your", "some", "one", "another", "several", "many", "two", "three");

  /** Personal pronouns that can be resolved to a named person. */
  static final ImmutableSet<String> RESOLVABLE_PRONOUNS = ImmutableSet.of("he", "she");

  /** Pronouns accepted as subjects; those other than he/she leave the speaker unknown. */
  static final ImmutableSet<String> PRONOUNS =
      ImmutableSet.of("he", "she", "they", "we", "i", "you", "it", "who");

  /**
   * Titles, offices and role words. In a name they are stripped ("Russian President Vladimir
   * Putin" becomes "Vladimir Putin"); between a determiner and a name they mark an apposition.
   */
  static final ImmutableSet<String> TITLES =
      ImmutableSet.of(
          "president", "vice", "minister", "prime", "foreign", "deputy", "defense", "defence",
          "interior", "finance", "spokesman", "spokeswoman", "spokesperson", "secretary",
          "general", "mayor", "governor", "mr", "mrs", "ms", "miss", "dr", "prof", "professor",
          "sir", "dame", "lord", "lady", "chancellor", "aide", "adviser", "advisor", "head",
          "chief", "chairman", "chairwoman", "chair", "director", "ambassador", "envoy",
          "commander", "colonel", "col", "lt", "gen", "lieutenant", "major", "captain", "capt",
          "sgt", "sergeant", "admiral", "senator", "sen", "rep", "representative", "gov",
          "congressman", "congresswoman", "king", "queen", "prince", "princess", "pope",
          "bishop", "father", "rev", "speaker", "leader", "official", "officer", "counterpart",
          "presidential", "ministry", "department", "agency", "service", "office", "council",
          "committee", "administration", "commission", "state", "regional", "national",
          "senior", "former", "current", "acting", "incumbent", "top", "press",
          "intelligence", "security", "military", "army", "navy", "correspondent", "analyst",
          "expert", "mp", "mep", "ceo", "founder", "executive", "justice", "judge", "attorney",
          "councillor", "councilor", "premier", "emir", "sheikh", "crown", "opposition", "party");

  /**
   * Role words that end an organisation's name inside a longer run of capitals ("Regional State
   * Administration Hennadii Lahuta"): the person's name starts after the last one.
   */
  static final ImmutableSet<String> ORGANISATION_WORDS =
      ImmutableSet.of(
          "ministry", "department", "agency", "service", "office", "council", "committee",
          "administration", "commission", "government", "federation", "union", "bureau",
          "institute", "parliament", "assembly", "court", "police", "forces", "staff");

  /** Nationality and regional adjectives that are not caught by the suffix rule. */
  static final ImmutableSet<String> NATIONALITIES =
      ImmutableSet.of(
          "american", "british", "chinese", "french", "german", "russian", "ukrainian",
          "belarusian", "polish", "turkish", "spanish", "dutch", "greek", "swiss", "swedish",
          "danish", "finnish", "irish", "welsh", "scottish", "english", "israeli", "iraqi",
          "iranian", "pakistani", "saudi", "afghan", "thai", "japanese", "korean", "indian",
          "italian", "canadian", "australian", "mexican", "brazilian", "syrian", "egyptian",
          "european", "western", "eastern", "northern", "southern", "us", "u.s", "uk", "eu",
          "soviet");

  /** Abbreviations after which a full stop does not end a sentence. */
  static final ImmutableSet<String> ABBREVIATIONS =
      ImmutableSet.of(
          "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "jan", "feb",
          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
          "prof", "sgt", "capt", "cmdr", "adm", "maj", "jr", "sr", "inc", "corp", "co", "ltd",
          "approx", "etc", "fig", "vol", "rev", "hon", "ft", "mt");

  /** Nouns for a body's publications ("the MOD update"): dropped so the body is the speaker. */
  static final ImmutableSet<String> PUBLICATION_NOUNS =
      ImmutableSet.of("update", "statement", "release", "report", "bulletin", "communique");

  /**
   * Returns the word in lower case ({@link Locale#ROOT}) without a trailing full stop or
   * possessive "'s".
   */
  static String bare(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    while (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Returns whether the word starts with an upper-case letter. */
  static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /**
   * Returns whether the word is a nationality adjective: listed, or a long capitalised word with a
   * typical suffix (-ian, -ean, -ese, -ish, -ican) when it stands before a title.
   */
  static boolean isNationality(String word, boolean beforeTitle) {
    String b = bare(word);
    if (NATIONALITIES.contains(b)) {
      return true;
    }
    boolean suffix =
        b.length() >= 6
            && (b.endsWith("ian") || b.endsWith("ean") || b.endsWith("ese") || b.endsWith("ish")
                || b.endsWith("ican"));
    return beforeTitle && isCapitalised(word) && suffix;
  }

  /** Returns whether the word is a title or role word. */
  static boolean isTitle(String word) {
    return TITLES.contains(bare(word));
  }
}
