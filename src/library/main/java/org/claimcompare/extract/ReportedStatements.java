package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcompare.Span;

/**
 * Finds the reported statements of one clause: what a source is said to have said, believed,
 * wanted or shown, without quotation marks around all of it ("Peskov said that Moscow is willing
 * …", "Clinton strategists think women are likely …", "Polls show Trump is trailing …").
 *
 * <p>Each statement has three parts, as in PARC-style attribution: the <i>source</i> (who), the
 * <i>cue</i> (the reporting verb or phrase) and the <i>content</i>. The cues:
 *
 * <ul>
 *   <li>a verb of speech or of belief, wish and evidence of {@link Lexicon} in a finite form, with
 *       a plausible subject (see {@link Subjects}; a passive such as "was asked" has none). Forms
 *       that are also common nouns ("show", "support", "calls") need a subject that ends in a
 *       name, a pronoun, a plural or a document ("a poll shows"), and no verb right after them
 *       ("the October report exceeded …" is a noun); "called" after an indefinite subject names
 *       ("a company called Northwind");
 *   <li>a participle of a verb of speech ("…, adding that …", "a statement saying …");
 *   <li>"according to X", "In the latest poll, …", "to say" after the person who says it;
 *   <li>an adjective of attitude after a copula: "voters are worried about …", "she is sure
 *       that …";
 *   <li>a noun of saying or believing and its "that" clause: "Trump's claim that …" (the
 *       possessor is the source), "the warning that …" (no source named);
 *   <li>without a source: "X seems to …", "X is expected to …", "When asked whether …".
 * </ul>
 *
 * <p>The content, by the frame:
 *
 * <ul>
 *   <li>{@code SOURCE CUE (OBJECT) that CONTENT}: the words after "that", when "that" follows
 *       the cue within twelve words, with only the person told, adverbials or a parenthetical
 *       between ("told reporters on Friday that <u>Russia had been in contact</u>"); "that"
 *       after the cue's object opens a relative clause instead ("described changes that …");
 *   <li>{@code SOURCE CUE CONTENT}: the rest of the clause after the cue, past adverbs, days and
 *       the person told ("said Monday <u>the plan was dead</u>", "told the panel <u>she had no
 *       regrets</u>"); a cue that takes a noun phrase ends it before an adverbial ("endorsed
 *       <u>Mr. Trump</u> at a news conference"); a leading preposition is an adverbial, not a
 *       content ("said after a campaign stop"), unless it opens a quantity ("said about half …");
 *   <li>{@code CONTENT, SOURCE CUE} and {@code CONTENT, CUE SOURCE}: the words before the comma
 *       of a trailing attribution ("<u>Relations are close</u>, the spokeswoman said on
 *       Friday"), when they are a statement, not an adverbial or a dateline; with a quotation
 *       among them, the mixed statement ("<u>Teachers are “very pro-Bernie,”</u> Kilfoyle
 *       said");
 *   <li>{@code CONTENT, SOURCE CUE, CONTENT}: the whole clause ("<u>The plan, she said, “is
 *       dead.”</u>"), and likewise around "according to X";
 *   <li>"what X called …": the free relative, from "what" to the end of what the cue takes.
 * </ul>
 *
 * <p>A cue that introduces a colon or a quotation ("told Politico, “…”"), or that attributes the
 * quotation right before its subject ("“…,” Rubio said after a campaign stop"), has no reported
 * content: the quotation is a claim of its own. A content stops before ", according to …", before
 * a participle cue (", adding that …"), before another attribution's source after a comma, before
 * "but" and a new clause with a pronoun subject (", and he decided …"), and at a lone spaced dash.
 * A statement inside another's content belongs to the outer one ("Smith said that <u>the board
 * believes the merger will fail</u>" is one statement, Smith's), as annotators attribute it. White space, trailing {@code , ; :} and a final full
 * stop are trimmed.
 *
 * <p>Cost: each cue looks at the words of its clause, and a clause is at most a sentence of
 * {@value Sentences#MAX_LENGTH} characters, so a text costs time linear in its length.
 */
final class ReportedStatements {
  private ReportedStatements() {}

  private static final Pattern SEPARATOR = Pattern.compile(";\\s+|,\\s+(?:while|whereas)\\s+");
  private static final Pattern TRAILING_SOURCE = Pattern.compile(",\\s*according to\\b");
  private static final Pattern CUES = Frames.verbs(Lexicon.CUES);
  private static final Pattern PARTICIPLES =
      Frames.verbs(Lexicon.presentParticiples(Lexicon.SPEECH_LEMMAS));
  /** Participles of every cue, for progressives ("is planning", "are hoping"). */
  private static final Pattern PROGRESSIVES = Frames.verbs(Lexicon.presentParticiples(
      ImmutableSet.<String>builder().addAll(Lexicon.SPEECH_LEMMAS).addAll(Lexicon.BELIEF_LEMMAS).build()));
  /** ", and he …" or "but …": a new clause or verb phrase, the narrator's. */
  private static final Pattern CUT_BEFORE_NEW_CLAUSE =
      Pattern.compile(",?\\s+but\\b|,\\s+and\\s+(?:he|she|they|we|I|it)\\b");
  /** A participle cue after a comma, or after a masked quotation that ends with one. */
  private static final Pattern CUT_BEFORE_PARTICIPLE =
      Pattern.compile("(?:,|(?<=" + Subjects.MASK + "))\\s+" + PARTICIPLES.pattern());
  private static final Pattern PARTICIPLE_NEXT =
      Pattern.compile("\\s*,\\s+" + PARTICIPLES.pattern());
  /** A spaced dash; one that is not followed by another closes the content ("X - there are …"). */
  private static final Pattern SPACED_DASH = Pattern.compile("\\s(?:-|--|–|—)\\s");
  /** The most words a trailing attribution may have after its cue ("said on Friday night"). */
  private static final int TRAILING_WORDS = 6;
  /**
   * Prepositions that end the object of a verb that takes no clause: what follows them is an
   * adverbial ("endorsed Mr. Trump at a news conference", "answered the criticism with …").
   */
  private static final ImmutableSet<String> OBJECT_ENDS =
      ImmutableSet.of("at", "with", "during", "after", "before", "in", "on", "amid", "via", "through", "when", "while");
  /** A verb of appearance or expectation before "to", "like" or "that". */
  private static final Pattern HEDGE = Pattern.compile(
      "\\b(seems|seemed|appears|appeared|(?:is|are|was|were) (?:widely )?expected)\\s+(?:to|like|that)\\b");
  /** A copula, an adjective of attitude and its preposition: "are worried about", "is sure that". */
  private static final Pattern ATTITUDE = Pattern.compile(
      "\\b(?:is|are|was|were|been|be|remains?|remained|seems?|seemed|feels?|felt)\\s+"
          + "(?:(?:also|not|still|very|deeply|increasingly|so|more|less|\\p{Ll}+ly)\\s+){0,2}"
          + "(concerned|worried|convinced|confident|sure|certain|aware|optimistic|skeptical|sceptical|"
          + "pessimistic|hopeful|afraid|angry|upset|troubled|frustrated|disappointed|pleased|happy|"
          + "glad|proud|critical|supportive|opposed|mindful|wary|divided|unhappy|furious|outraged|"
          + "alarmed|satisfied|unconvinced|adamant|unsure|uncertain|doubtful|enthusiastic|eager|"
          + "determined|committed|open|fearful|nervous|anxious|excited|grateful|thankful|disgusted)"
          + "\\s+(?:that|about|of|by|with|over|to|at|whether|toward|towards)\\s+");
  /** A noun of saying or believing before "that", with its possessor: "Trump's claim that". */
  private static final Pattern NOMINAL = Pattern.compile(
      "(?:\\b(\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,3})['’]s\\s+|\\b(?:the|a|an|his|her|their|its)\\s+)"
          + "(?:\\p{Ll}+\\s+)?"
          + "(claims?|statements?|assertions?|beliefs?|arguments?|warnings?|promises?|pledges?|"
          + "suggestions?|allegations?|accusations?|insistence|contention|predictions?|fears?|"
          + "hopes?|concerns?|complaints?|announcement|admission|acknowledgment|denials?|"
          + "assurances?|conviction|expectations?|reports?|rumou?rs?|speculation|message)"
          + "\\s+that\\s+");
  /** "When asked whether": a question put to the speaker. */
  private static final Pattern ASKED = Pattern.compile(
      "(?:^|\\b[Ww]hen |\\b[Ii]f )\\s*([Aa]sked)\\s+(?:on \\p{Lu}\\p{L}+ |by [^,]{1,40}? )?"
          + "((?:about|whether|if|how|what|why|who|which|when|where)\\b)");
  /** "In the new Post-ABC poll, …": a poll, survey or study named at the start of a clause. */
  private static final Pattern IN_SOURCE = Pattern.compile(
      "\\s*(In|in)\\s+((?:a|an|the|its|their|his|her|this|that|one|another|most)\\s+[^,;:]{0,60}?"
          + "\\b(?:poll|polls|survey|surveys|study|studies|analysis)\\b[^,;:]{0,40}?),\\s*");
  /** Words for numbers and fractions that follow "about", "over" or "nearly" in a quantity. */
  private static final ImmutableSet<String> NUMBER_WORDS =
      ImmutableSet.of("half", "one", "two", "three", "four", "five", "six", "seven", "eight",
          "nine", "ten", "dozen", "dozens", "hundreds", "thousands", "millions", "third", "quarter");
  /**
   * Cues that also name ("a company called Harmony", "a group called …"): after an indefinite
   * subject they are a name, not an attribution.
   */
  private static final ImmutableSet<String> NAMING = ImmutableSet.of("called", "described");
  /** Prepositions whose object a gerund is ("to discussing", "of saying"), unlike "by saying". */
  private static final ImmutableSet<String> GERUND_BEFORE = ImmutableSet.of("to", "of", "for",
      "about", "on", "at", "from", "into", "against", "toward", "towards");
  /** Words that open a subordinate clause, which is no statement of its own. */
  private static final ImmutableSet<String> SUBORDINATORS = ImmutableSet.of("when", "after",
      "before", "while", "as", "since", "until", "once", "whenever", "because");
  /** Cues whose object is the person told: "that" after it opens the content. */
  private static final ImmutableSet<String> TELLING = ImmutableSet.of(
      "tell", "tells", "told", "warn", "warns", "warned", "assure", "assures", "assured", "remind",
      "reminds", "reminded", "inform", "informs", "informed", "advise", "advises", "advised", "ask",
      "asks", "asked", "promise", "promises", "promised", "urge", "urges", "urged", "show", "shows",
      "showed", "convince", "convinced", "persuade", "persuaded", "telling", "warning", "assuring",
      "reminding", "informing", "asking", "promising", "urging", "showing");
  /** Determiners of plurals: "those surveyed say", "many polled believe". */
  private static final ImmutableSet<String> PLURAL_DETERMINERS =
      ImmutableSet.of("those", "these", "many", "some", "several", "both", "all", "most", "few");
  /** Documents and measurements that show, find or suggest things. */
  private static final ImmutableSet<String> EVIDENCE = ImmutableSet.of(
      "poll", "survey", "study", "report", "analysis", "data", "research", "review", "audit",
      "email", "memo", "letter", "filing", "document", "record", "statement", "ad", "video",
      "investigation", "census", "index", "tally", "count", "model", "forecast");
  /** Pronouns that can only be subjects, which open a clause. */
  private static final ImmutableSet<String> SUBJECT_PRONOUNS =
      ImmutableSet.of("he", "she", "they", "we", "I");
  /** The fewest words of a content before a trailing attribution. */
  private static final int MINIMUM_BEFORE = 4;
  /** How far after the cue "that" may come ("told reporters at a news conference that"). */
  private static final int THAT_WITHIN = 12;

  /**
   * A reported statement found in a clause; all offsets are relative to the clause.
   *
   * @param content the claim's offsets
   * @param frame the cue and the phrase that names the source
   */
  record Found(Span content, Frames.Frame frame) {}

  /**
   * Splits a sentence into clauses at "; " and at ", while" / ", whereas", which join two
   * statements; the connective belongs to neither clause.
   */
  static ImmutableList<Span> clauses(String text, Span sentence) {
    ImmutableList.Builder<Span> out = ImmutableList.builder();
    Matcher m = SEPARATOR.matcher(text).region(sentence.start(), sentence.end());
    int from = sentence.start();
    while (m.find()) {
      out.add(new Span(from, m.start()));
      from = m.end();
    }
    out.add(new Span(from, sentence.end()));
    return out.build();
  }

  /**
   * Returns the reported statements of a clause in the order of their contents (then of their
   * cues), each content once.
   *
   * @param clause the clause, with quotations that are claims of their own masked by {@link
   *     Subjects#MASK} (the masked characters may be part of a content, never of a cue or source)
   */
  static ImmutableList<Found> find(String clause) {
    List<Found> out = new ArrayList<>();
    Matcher m = CUES.matcher(clause);
    while (m.find()) {
      finite(clause, m.start(), m.end(), m.group()).ifPresent(out::add);
    }
    Matcher p = PROGRESSIVES.matcher(clause);
    while (p.find()) {
      participle(clause, p.start(), p.end(), p.group()).ifPresent(out::add);
    }
    // The rarer frames are looked for only where a word they need occurs: each is a regular
    // expression over the whole clause, and most clauses hold none of them.
    if (clause.contains("ccording to")) {
      Frames.accordingTo(clause)
          .map(f -> new Found(trim(clause, aroundSource(clause, f)), f))
          .ifPresent(out::add);
    }
    if (clause.contains("to ")) {
      Frames.infinitive(clause)
          .flatMap(f -> complement(clause, f).map(c -> new Found(c, f)))
          .ifPresent(out::add);
    }
    if (clause.contains("seem") || clause.contains("appear") || clause.contains("expected")) {
      hedged(clause).ifPresent(out::add);
    }
    if (clause.contains(" that ")) {
      Matcher n = NOMINAL.matcher(clause);
      while (n.find()) {
        nominal(clause, n).ifPresent(out::add);
      }
    }
    Matcher a = ATTITUDE.matcher(clause);
    while (a.find()) {
      attitude(clause, a).ifPresent(out::add);
    }
    if (clause.contains("sked")) {
      asked(clause).ifPresent(out::add);
    }
    if (clause.startsWith("In ") || clause.startsWith("in ") || clause.contains(" In ") || clause.contains(" in ")) {
      inASource(clause).ifPresent(out::add);
    }
    List<Found> bordered = new ArrayList<>();
    for (Found f : out) {
      bordered.add(borderedByOthers(clause, f, out));
    }
    out = bordered;
    List<Found> all = List.copyOf(out);
    // A statement inside another's content is the outer statement's ("Smith said <u>the board
    // believes the merger will fail</u>"): annotators attribute the whole to the outer source.
    out.removeIf(f -> all.stream().anyMatch(o -> o != f && o.content().start() <= f.frame().verbStart()
        && f.frame().verbEnd() <= o.content().end()));
    out.removeIf(f -> Token.words(clause, f.content().start(), f.content().end()).isEmpty());
    out.sort(Comparator.comparingInt((Found f) -> f.content().start())
        .thenComparingInt(f -> f.content().end())
        .thenComparingInt(f -> f.frame().verbStart()));
    List<Found> distinct = new ArrayList<>();
    for (Found f : out) {
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).content().equals(f.content())) {
        distinct.add(f);
      }
    }
    return ImmutableList.copyOf(distinct);
  }

  /**
   * "Clinton seemed irritated", "The fight is expected to be costly": a statement hedged by a
   * verb of appearance or expectation, whose source the text does not name; the content is the
   * whole clause from the subject on.
   */
  private static Optional<Found> hedged(String clause) {
    Matcher m = HEDGE.matcher(clause);
    if (!m.find()) {
      return Optional.empty();
    }
    return Subjects.before(clause, m.start()).map(s -> {
      Frames.Frame f = Frames.Frame.sourceless(m.group(1), m.start(1), m.end(1));
      return new Found(trim(clause, new Span(s.start(), clause.length())), f);
    });
  }

  /**
   * "Voters are worried about the economy", "She was convinced that …": an adjective of attitude
   * after a copula attributes what follows its preposition or "that" to the subject.
   */
  private static Optional<Found> attitude(String clause, Matcher m) {
    return Subjects.before(clause, m.start()).map(s -> {
      Frames.Frame f = new Frames.Frame(Frames.Type.FINITE, m.group(1), m.start(1), m.end(1), s);
      return new Found(trim(clause, new Span(m.end(), clause.length())), f);
    });
  }

  /**
   * "Trump's claim that Obama founded the group", "the warning that prices will rise": a noun of
   * saying or believing and its "that" clause, a clause with a verb of at least four words. The
   * possessor before the noun is the source; without one the text names none.
   */
  private static Optional<Found> nominal(String clause, Matcher m) {
    Span content = trim(clause, new Span(m.end(), clause.length()));
    List<Token> words = Token.words(clause, content.start(), content.end());
    boolean verb = words.stream().limit(8).anyMatch(t -> Lexicon.AUXILIARIES.contains(t.bare())
        || !t.capitalised() && t.bare().length() > 3 && (t.bare().endsWith("ed") || t.bare().endsWith("s")));
    if (words.size() < 4 || !verb) {
      return Optional.empty();
    }
    Frames.Frame f = m.group(1) == null
        ? Frames.Frame.sourceless(m.group(2), m.start(2), m.end(2))
        : new Frames.Frame(Frames.Type.FINITE, m.group(2), m.start(2), m.end(2),
            new Subjects.Found(m.group(1), m.start(1), m.end(1)));
    return Optional.of(new Found(content, f));
  }

  /**
   * "When asked whether …,": the question asked of the speaker, up to the comma; the asker is
   * not named.
   */
  private static Optional<Found> asked(String clause) {
    Matcher m = ASKED.matcher(clause);
    if (!m.find()) {
      return Optional.empty();
    }
    int comma = clause.indexOf(',', m.end());
    int end = comma < 0 ? clause.length() : comma;
    Frames.Frame f = Frames.Frame.sourceless(m.group(1), m.start(1), m.end(1));
    return Optional.of(new Found(trim(clause, new Span(m.start(2), end)), f));
  }

  /** "In the new poll, CONTENT": a statement of a poll, survey or study named before a comma. */
  private static Optional<Found> inASource(String clause) {
    Matcher m = IN_SOURCE.matcher(clause);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    Subjects.Found source = new Subjects.Found(m.group(2).replaceAll("\\s+", " "), m.start(2), m.end(2));
    Frames.Frame f = new Frames.Frame(Frames.Type.ACCORDING_TO, m.group(1), m.start(1), m.end(1), source);
    return Optional.of(new Found(trim(clause, new Span(m.end(), clause.length())), f));
  }

  /**
   * Ends a content before another attribution's source that follows a comma or a quotation
   * inside it ("CONTENT, Lewandowski said he …"): one statement does not run into the next one's
   * attribution.
   */
  private static Found borderedByOthers(String clause, Found f, List<Found> all) {
    int end = f.content().end();
    for (Found other : all) {
      int source = Math.min(other.frame().speakerStart(), other.frame().verbStart());
      if (other != f && source > f.content().start() && source < end
          && other.frame().verbStart() >= f.content().start()) {
        int comma = clause.lastIndexOf(',', source);
        int mask = source;
        while (mask > 0 && Character.isWhitespace(clause.charAt(mask - 1))) {
          mask--;
        }
        if (comma > f.content().start() && clause.substring(comma + 1, source).isBlank()) {
          end = comma;
        } else if (mask > f.content().start() && clause.charAt(mask - 1) == Subjects.MASK) {
          end = mask; // "… “a quotation,” Ben Carson said": the quotation ends the content
        }
      }
    }
    return end == f.content().end() ? f
        : new Found(trim(clause, new Span(f.content().start(), end)), f.frame());
  }

  /**
   * The statement of a finite cue: a trailing attribution (the words before it), an interrupting
   * one ("<u>The plan, she said, “is dead.”</u>": the whole clause), or a subject and a
   * complement. A cue that introduces what follows a colon, or that attributes a quotation right
   * before its subject ("“…,” Rubio said after a campaign stop"), has no reported content.
   */
  private static Optional<Found> finite(String clause, int start, int end, String verb) {
    if (clause.substring(end).stripLeading().startsWith(":")) {
      return Optional.empty();
    }
    if (Lexicon.NOUN_FORMS.contains(verb) && verbFollows(clause, end)) {
      return Optional.empty(); // "The October report exceeded …": a noun
    }
    Optional<Subjects.Found> before = Subjects.before(clause, start)
        .filter(s -> !Lexicon.NOUN_FORMS.contains(verb) || nounLikeSubject(s.phrase()))
        .filter(s -> !(NAMING.contains(verb) && indefinite(s.phrase())));
    Optional<Subjects.Found> inverted =
        before.isPresent() ? Optional.empty() : invertedSpeaker(clause, start, end);
    Optional<Subjects.Found> subject = before.or(() -> inverted)
        .or(() -> afterAnd(clause, start) ? Subjects.coordinated(clause, start) : Optional.empty());
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    Frames.Frame f = new Frames.Frame(Frames.Type.FINITE, verb, start, end, subject.get());
    int sourceStart = Math.min(start, subject.get().start());
    int sourceEnd = Math.max(end, subject.get().end());
    if (afterQuote(clause, sourceStart)) {
      if (!endsClause(clause, sourceEnd, verb)) {
        // "To chants of “Marco!,” the senator said his campaign was …": the cue takes a clause
        return complement(clause, f).filter(c -> holdsAClause(clause, c)).map(c -> new Found(c, f));
      }
      return mixedBefore(clause, sourceStart).map(c -> new Found(c, f));
    }
    Optional<Span> what = freeRelative(clause, sourceStart, sourceEnd);
    if (what.isPresent()) {
      return Optional.of(new Found(what.get(), f));
    }
    if (interrupts(clause, sourceStart, sourceEnd)) {
      return Optional.of(new Found(trim(clause, new Span(0, clause.length())), f));
    }
    if (beforeQuote(clause, sourceEnd)) {
      return Optional.empty();
    }
    if (inverted.isPresent()) {
      return before(clause, sourceStart).map(c -> new Found(c, f));
    }
    if (endsClause(clause, sourceEnd, verb)) {
      Optional<Span> head = before(clause, sourceStart);
      if (head.isPresent() || !TELLING.contains(verb)) {
        return head.map(c -> new Found(c, f)); // "…, the spokeswoman said on Friday"
      }
    }
    return complement(clause, f).map(c -> new Found(c, f));
  }

  /** Whether a quotation (masked) ends right before {@code sourceStart}, a comma apart at most. */
  private static boolean afterQuote(String clause, int sourceStart) {
    int i = sourceStart;
    while (i > 0 && (Character.isWhitespace(clause.charAt(i - 1)) || clause.charAt(i - 1) == ',')) {
      i--;
    }
    return i > 0 && clause.charAt(i - 1) == Subjects.MASK;
  }

  /**
   * "Teachers are “very pro-Bernie,” Kilfoyle said": words and a quotation before the trailing
   * attribution are one mixed content, when at least two words precede the quotation.
   */
  private static Optional<Span> mixedBefore(String clause, int sourceStart) {
    int end = sourceStart;
    while (end > 0 && clause.charAt(end - 1) != Subjects.MASK) {
      end--;
    }
    int open = end;
    while (open > 0 && clause.charAt(open - 1) == Subjects.MASK) {
      open--;
    }
    return Token.words(clause, 0, open).size() >= 2
        ? Optional.of(trim(clause, new Span(0, end)))
        : Optional.empty();
  }

  /**
   * "what aide Kevin Phillips called “the beginning of a new era”": a free relative clause is the
   * content, from "what" to the end of the quotation or phrase the cue takes.
   */
  private static Optional<Span> freeRelative(String clause, int sourceStart, int sourceEnd) {
    List<Token> before = Token.words(clause, Math.max(0, sourceStart - 12), sourceStart);
    if (before.isEmpty() || !before.get(before.size() - 1).bare().equals("what")
        || !clause.substring(before.get(before.size() - 1).end(), sourceStart).isBlank()) {
      return Optional.empty();
    }
    int end = sourceEnd;
    while (end < clause.length() && clause.charAt(end) == ' ') {
      end++;
    }
    if (end < clause.length() && clause.charAt(end) == Subjects.MASK) {
      while (end < clause.length() && clause.charAt(end) == Subjects.MASK) {
        end++;
      }
    } else {
      int stop = end;
      while (stop < clause.length() && ",;:.".indexOf(clause.charAt(stop)) < 0) {
        stop++;
      }
      end = stop;
    }
    return Optional.of(trim(clause, new Span(before.get(before.size() - 1).start(), end)));
  }

  /** Whether a content holds a finite clause: an auxiliary among its first eight words. */
  private static boolean holdsAClause(String clause, Span content) {
    return Token.words(clause, content.start(), content.end()).stream().limit(8)
        .anyMatch(t -> Lexicon.AUXILIARIES.contains(t.bare()));
  }

  /**
   * Whether a quotation (masked) follows the cue within two words ("told Politico, “…”"): the
   * cue introduces the quotation, which is a claim of its own.
   */
  private static boolean beforeQuote(String clause, int sourceEnd) {
    int mask = clause.indexOf(Subjects.MASK, sourceEnd);
    return mask >= 0 && Token.words(clause, sourceEnd, mask).size() <= 2
        && clause.substring(sourceEnd, mask).indexOf(',') >= 0;
  }

  /**
   * "CONTENT, she said, CONTENT": the attribution stands between commas, with content on both
   * sides.
   */
  private static boolean interrupts(String clause, int sourceStart, int sourceEnd) {
    String head = clause.substring(0, sourceStart).stripTrailing();
    String tail = clause.substring(sourceEnd).stripLeading();
    return head.endsWith(",") && !Token.words(head).isEmpty() && tail.startsWith(",")
        && (tail.indexOf(Subjects.MASK) >= 0 || Token.words(tail).size() >= 2);
  }

  /** "…, said the official": the speaker after a cue that directly follows a comma. */
  private static Optional<Subjects.Found> invertedSpeaker(String clause, int start, int end) {
    int i = start;
    while (i > 0 && Character.isWhitespace(clause.charAt(i - 1))) {
      i--;
    }
    if (i == 0 || clause.charAt(i - 1) != ',') {
      return Optional.empty();
    }
    return Subjects.after(clause, end).filter(s -> endsAttribution(clause, s.end()));
  }

  /** Whether a verb comes right after {@code end}: an auxiliary, a past tense or a cue. */
  private static boolean verbFollows(String clause, int end) {
    List<Token> next = Token.words(clause, end, Math.min(clause.length(), end + 40));
    if (next.isEmpty() || next.get(0).capitalised()) {
      return false;
    }
    String b = next.get(0).bare();
    return Lexicon.AUXILIARIES.contains(b) || b.length() > 4 && b.endsWith("ed")
        || Lexicon.CUES.contains(b) && !Lexicon.NOUN_FORMS.contains(b);
  }

  /** Whether a phrase ends in an indefinite noun phrase: "a company", "writing a book". */
  private static boolean indefinite(String phrase) {
    List<Token> words = Token.words(phrase);
    return words.subList(Math.max(0, words.size() - 3), words.size()).stream()
        .anyMatch(t -> t.bare().equals("a") || t.bare().equals("an"));
  }

  /** Whether the cue follows "and" or "but" ("… and said", "…, but says"). */
  private static boolean afterAnd(String clause, int start) {
    List<Token> before = Token.words(clause, Math.max(0, start - 5), start);
    return !before.isEmpty() && Set.of("and", "but").contains(before.get(before.size() - 1).text())
        && clause.substring(before.get(before.size() - 1).end(), start).isBlank();
  }

  /**
   * Whether an inverted attribution ends at {@code end}: the clause ends, or an apposition (a
   * comma) or a short adverbial follows ("…, said Smith on Friday"), not a verb ("…, says Cruz
   * will win": Cruz is the subject of the content).
   */
  private static boolean endsAttribution(String clause, int end) {
    String tail = clause.substring(end).stripLeading();
    List<Token> words = Token.words(tail);
    return words.isEmpty() || tail.startsWith(",")
        || words.size() <= TRAILING_WORDS && (Lexicon.PREPOSITIONS.contains(words.get(0).bare())
            || Lexicon.SKIPPABLE.contains(words.get(0).bare()) && !Lexicon.AUXILIARIES.contains(words.get(0).bare()));
  }

  /**
   * A subject that a verb form which is also a noun can have: a name, a pronoun, a plural or a
   * document that shows or finds ("a poll shows", "the study finds").
   */
  private static boolean nounLikeSubject(String phrase) {
    List<Token> t = Token.words(phrase);
    Token last = t.get(t.size() - 1);
    String b = last.bare();
    if (!b.equals(last.text().toLowerCase(Locale.ROOT)) && !last.text().endsWith(".")) {
      return false; // a possessive: "Trump's comments" is a noun phrase
    }
    boolean plural = b.length() > 3 && b.endsWith("s") && !b.endsWith("ss") && !b.endsWith("us");
    boolean pluralDeterminer = PLURAL_DETERMINERS.contains(t.get(0).bare());
    return last.capitalised() || Lexicon.PRONOUNS.contains(b) || plural || EVIDENCE.contains(b)
        || pluralDeterminer;
  }

  /**
   * Whether the cue ends its clause's statement: a participle cue follows it (", adding …"), or
   * at most {@value #TRAILING_WORDS} words follow it, none of them "that" or an auxiliary,
   * starting with a preposition or an adverb ("said on Friday", not "said at least 14 people
   * had died"), or with the person told ("told her", "told reporters on Friday").
   */
  private static boolean endsClause(String clause, int end, String verb) {
    if (PARTICIPLE_NEXT.matcher(clause).region(end, clause.length()).lookingAt()) {
      return true; // "…, Nefzi said, adding that …"
    }
    List<Token> after = Token.words(clause, end, clause.length());
    return after.size() <= TRAILING_WORDS
        && after.stream().noneMatch(t -> t.bare().equals("that") || Lexicon.AUXILIARIES.contains(t.bare()))
        && (after.isEmpty() || Lexicon.PREPOSITIONS.contains(after.get(0).bare())
            || Lexicon.SKIPPABLE.contains(after.get(0).bare())
            || TELLING.contains(verb) && !Lexicon.PRONOUNS.contains(after.get(0).bare())
                && !SUBJECT_PRONOUNS.contains(after.get(0).text()));
  }

  /**
   * The content before the comma that precedes {@code speakerStart}, if a comma does and it has
   * at least {@value #MINIMUM_BEFORE} words (fewer are an adverbial: "In a statement, X said").
   */
  private static Optional<Span> before(String clause, int speakerStart) {
    String head = clause.substring(0, speakerStart).stripTrailing();
    List<Token> words = Token.words(head);
    if (!head.endsWith(",") || words.size() < MINIMUM_BEFORE || adverbialOnly(words)) {
      return Optional.empty();
    }
    return Optional.of(trim(clause, new Span(0, head.length() - 1)));
  }

  /**
   * Where the content starts after a cue that tells someone ("told the panel she had no
   * regrets"): at a subject pronoun within the first four words, else at the first word.
   */
  private static int personTold(List<Token> after) {
    for (int k = 1; k < Math.min(4, after.size()); k++) {
      if (SUBJECT_PRONOUNS.contains(after.get(k).text())) {
        return k;
      }
    }
    return 0;
  }

  /**
   * Whether "to" opens an infinitive ("threatened to tear it up"), not a phrase ("said to
   * reporters", "told to the press"): the next word is lower case and no determiner, pronoun or
   * plural.
   */
  private static boolean infinitive(Token to, Token next) {
    String b = next.bare();
    return to.text().equals("to") && !next.capitalised() && !Subjects.isDeterminer(next)
        && !Lexicon.PRONOUNS.contains(b) && !Set.of("him", "her", "them", "me", "us").contains(b)
        && !b.endsWith("s");
  }

  /**
   * Whether a preposition opens a quantity, not an adverbial: "at least", "about half", "over 30
   * percent".
   */
  private static boolean quantity(Token preposition, Token next) {
    String b = next.bare();
    return Lexicon.QUANTITY_OPENERS.contains(preposition.bare() + " " + b)
        || Character.isDigit(next.text().charAt(0))
        || NUMBER_WORDS.contains(b);
  }

  /**
   * Whether words before a trailing attribution are an adverbial or a dateline, not a
   * statement: a prepositional phrase or a subordinate clause without anything that looks like a
   * verb ("On his campaign website, X promises", "When the director, X understood"), or
   * capitalised words and numbers only ("CAMBRIDGE, Mass., Dec. 11 (UPI)").
   */
  private static boolean adverbialOnly(List<Token> words) {
    boolean verb = words.stream().anyMatch(t -> Lexicon.AUXILIARIES.contains(t.bare())
        || !t.capitalised() && t.bare().length() > 3 && (t.bare().endsWith("ed") || t.bare().endsWith("s"))
        || Lexicon.CUES.contains(t.text()) || t.bare().endsWith("n't"));
    boolean subordinate = SUBORDINATORS.contains(words.get(0).bare()) && !verb;
    boolean dateline = words.stream().allMatch(t -> t.capitalised() || Character.isDigit(t.text().charAt(0)));
    return subordinate || dateline || Lexicon.PREPOSITIONS.contains(words.get(0).bare()) && !verb;
  }

  /** A participle cue: "…, adding that CONTENT", "a statement saying CONTENT". */
  private static Optional<Found> participle(String clause, int start, int end, String verb) {
    boolean speech = PARTICIPLES.matcher(verb).matches();
    List<Token> previous = Token.words(clause, Math.max(0, start - 20), start);
    if (!previous.isEmpty() && Subjects.isDeterminer(previous.get(previous.size() - 1))) {
      return Optional.empty(); // "a threatening letter": an adjective
    }
    if (!previous.isEmpty() && GERUND_BEFORE.contains(previous.get(previous.size() - 1).text())) {
      return Optional.empty(); // "opened up to discussing": a gerund, the object of a preposition
    }
    if (!previous.isEmpty() && Lexicon.AUXILIARIES.contains(previous.get(previous.size() - 1).bare())) {
      // "McConnell is criticizing Obama": a progressive, finite; its subject is the auxiliary's
      Token auxiliary = previous.get(previous.size() - 1);
      return Subjects.before(clause, auxiliary.start())
          .map(s -> new Frames.Frame(Frames.Type.FINITE, verb, start, end, s))
          .flatMap(f -> complement(clause, f).map(c -> new Found(c, f)));
    }
    if (!speech) {
      return Optional.empty(); // "hoping", "planning" attribute only as progressives
    }
    return Frames.participleSpeaker(clause, start)
        .or(() -> openingPronoun(clause, start))
        .map(s -> new Frames.Frame(Frames.Type.PARTICIPLE, verb, start, end, s))
        .flatMap(f -> complement(clause, f).map(c -> new Found(c, f)));
  }

  /** The pronoun that opens the clause or follows its opening adverbial ("On Thursday, he …"). */
  private static Optional<Subjects.Found> openingPronoun(String clause, int end) {
    List<Token> words = Token.words(clause, 0, end);
    int comma = clause.indexOf(',');
    for (Token t : words) {
      if (Lexicon.PRONOUNS.contains(t.bare()) && !t.bare().equals("it")) {
        return Optional.of(new Subjects.Found(t.text(), t.start(), t.end()));
      }
      if (comma < 0 || t.start() > comma) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * The complement of a cue: after "that" within {@value #THAT_WITHIN} words, else the rest of
   * the clause past leading adverbs, days and a parenthetical between commas.
   */
  private static Optional<Span> complement(String clause, Frames.Frame f) {
    List<Token> after = Token.words(clause, f.verbEnd(), clause.length());
    for (int i = 0; i < Math.min(THAT_WITHIN, after.size()); i++) {
      Token t = after.get(i);
      if (t.text().equals("that") && !(i > 0 && Lexicon.PREPOSITIONS.contains(after.get(i - 1).bare()))
          && i + 2 < after.size()) {
        String gap = clause.substring(f.verbEnd(), t.start());
        if (relativeThat(f.verb(), after.subList(0, i))) {
          break; // "described changes that were driving …": "that" opens a relative clause
        }
        if ((gap.indexOf(',') < 0 || adverbial(gap)) && gap.indexOf(';') < 0
            && gap.indexOf(':') < 0 && gap.indexOf(Subjects.MASK) < 0) {
          return Optional.of(trim(clause, new Span(t.end(), clause.length())));
        }
        break; // "that" belongs to a later clause: the complement starts at the cue
      }
    }
    int i = TELLING.contains(f.verb().split(" ")[0]) ? personTold(after) : 0;
    while (i < after.size() && (Lexicon.SKIPPABLE.contains(after.get(i).bare())
        || after.get(i).bare().endsWith("ly") && !after.get(i).capitalised())) {
      i++;
    }
    if (i == after.size()) {
      return Optional.empty();
    }
    if (Lexicon.PREPOSITIONS.contains(after.get(i).bare())
        && !(i + 1 < after.size() && (quantity(after.get(i), after.get(i + 1))
            || infinitive(after.get(i), after.get(i + 1))))) {
      return Optional.empty(); // "said after a campaign stop", "said of the plan"
    }
    int start = after.get(i).start();
    String gap = clause.substring(f.verbEnd(), start);
    if (gap.indexOf(',') >= 0) {
      return Optional.empty(); // "said, …": a parenthetical or a new clause, not the complement
    }
    int open = start;
    while (open > f.verbEnd() && !Character.isWhitespace(clause.charAt(open - 1))) {
      open--; // keep an opening quotation mark or bracket
    }
    int end = clause.length();
    if (Lexicon.OBJECT_CUES.contains(f.verb().toLowerCase(Locale.ROOT))) {
      for (int j = i + 1; j < after.size(); j++) {
        if (OBJECT_ENDS.contains(after.get(j).text())) {
          end = after.get(j).start(); // "endorsed Mr. Trump at a news conference"
          break;
        }
      }
    }
    return Optional.of(trim(clause, new Span(open, end)));
  }

  /** The content's end before a single spaced dash; a pair of dashes is a parenthetical. */
  private static int cutAtDash(String clause, int start, int end) {
    Matcher m = SPACED_DASH.matcher(clause).region(start, end);
    int count = 0;
    int first = -1;
    while (m.find()) {
      first = count == 0 ? m.start() : first;
      count++;
    }
    return count == 1 && first > start ? first : end;
  }

  /**
   * Whether words between a cue and "that" with commas among them are adverbials ("said,
   * however, that", "told reporters on Friday, after the vote, that"), not a clause of their own
   * with a verb ("said the fire was out, adding that").
   */
  private static boolean adverbial(String gap) {
    return Token.words(gap).stream().noneMatch(t -> Lexicon.AUXILIARIES.contains(t.bare())
            || Lexicon.CUES.contains(t.text()))
        && !PARTICIPLES.matcher(gap).find();
  }

  /**
   * Whether "that" after the words {@code gap} of a cue opens a relative clause: it follows a
   * common noun that is the cue's object ("described changes that …"), unless the cue tells
   * someone ("told reporters that …") or the words are an adverbial ("said on Friday that").
   */
  private static boolean relativeThat(String verb, List<Token> gap) {
    if (gap.isEmpty() || TELLING.contains(verb.split(" ")[0])) {
      return false;
    }
    Token last = gap.get(gap.size() - 1);
    boolean adverbial = Lexicon.PREPOSITIONS.contains(gap.get(0).bare())
        || gap.stream().allMatch(t -> Lexicon.SKIPPABLE.contains(t.bare()) || t.bare().endsWith("ly"));
    return !adverbial && !last.capitalised() && !Lexicon.PRONOUNS.contains(last.bare());
  }

  /**
   * "According to X, CONTENT", "CONTENT, according to X", or the whole clause when "according to
   * X" interrupts it ("That's bad, according to Rubio, because …").
   */
  private static Span aroundSource(String clause, Frames.Frame f) {
    if (clause.substring(0, f.verbStart()).isBlank()) {
      int comma = clause.indexOf(',', f.speakerEnd());
      return comma >= 0 ? new Span(comma + 1, clause.length()) : new Span(f.speakerEnd(), f.speakerEnd());
    }
    String tail = clause.substring(f.speakerEnd()).stripLeading();
    boolean continues = (tail.startsWith(",") || tail.startsWith("-") || tail.startsWith("–")
        || tail.startsWith("—")) && Token.words(tail).size() >= 2;
    return continues ? new Span(0, clause.length()) : new Span(0, f.verbStart());
  }

  /**
   * Trims white space, trailing punctuation and a final full stop, and cuts the content before
   * ", according to …" and before a participle cue (", adding that …").
   */
  private static Span trim(String clause, Span content) {
    int end = content.end();
    for (Pattern cut : List.of(TRAILING_SOURCE, CUT_BEFORE_PARTICIPLE, CUT_BEFORE_NEW_CLAUSE)) {
      Matcher m = cut.matcher(clause).region(content.start(), end);
      if (m.find() && m.start() > content.start()) {
        end = m.start();
      }
    }
    end = cutAtDash(clause, content.start(), end);
    Span s = QuoteScanner.trim(clause, content.start(), end);
    int e = s.end();
    while (e > s.start() && clause.charAt(e - 1) == '.' && !Sentences.isAbbreviation(clause, e - 1)) {
      e--;
    }
    return new Span(s.start(), e);
  }
}
