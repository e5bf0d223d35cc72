package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcompare.ClaimKind;
import org.claimcompare.Span;

/**
 * The extraction of one article: finds quote and reported-statement candidates with the phrase
 * that attributes each, in text order. Speaker resolution is left to {@link SpeakerResolver}.
 */
final class Extraction {
  /** A passive verb ("was reiterated", "were quickly denounced"); group 1 is the participle. */
  private static final Pattern PASSIVE = Pattern.compile(
      "\\b(?:was|were|is|are|been|being)\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+(?:ed|en)|said|told)\\b");
  /** The past participles of the verbs of speech ("reiterated", "described", "told"). */
  private static final ImmutableSet<String> SPEECH_PARTICIPLES = Lexicon.SPEECH_LEMMAS.stream()
      .map(l -> Lexicon.forms(l).get(3))
      .collect(ImmutableSet.toImmutableSet());
  /** "by" that introduces a passive verb's agent, after a comma at most. */
  private static final Pattern BY = Pattern.compile("[\\s,]*by\\s+");
  /**
   * The opening of a headline that names a speaker: up to five capitalised words and a colon, or
   * a capitalised verb of saying (group 2).
   */
  private static final Pattern HEADLINE_SPEAKER = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,4}?\\p{Lu}[\\p{L}’'-]*)(?::\\s|\\s+(Says|Said|Tells|Told"
      + "|Calls|Called|Slams|Asks|Urges|Warns|Blasts|Rips|Accuses|Claims|Insists|Admits|Vows"
      + "|Defends|Denies|Mocks|Praises)\\b)");
  /** How many verbs before a quote {@link #clauseSubject} tries. */
  static final int MAX_VERB_TRIES = 4;
  /** A speaker's name in capitals and a colon: a transcript's label ("WALLACE: "). */
  private static final Pattern SPEAKER_LABEL =
      Pattern.compile("(\\p{Lu}[\\p{Lu}.'’ -]{0,30}\\p{Lu}):\\s");
  private final String text;
  private final String masked;
  private final ImmutableList<Paragraph> paragraphs;
  private final ImmutableList<ImmutableList<Span>> sentences;
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Integer> chains = new ArrayList<>();
  private final int minimumWords;
  /** The regions of {@link #quotes}, in text order. */
  private final ImmutableList<Span> quoteRegions;

  /**
   * One claim before its speaker is resolved.
   *
   * @param span the claim's offsets in the article
   * @param kind quote or reported statement
   * @param paragraph the index of its paragraph
   * @param attribution the cue and the phrase that attributes it, if found
   * @param chain for a quote, the id shared by all parts of a multi-paragraph quote
   */
  record Candidate(Span span, ClaimKind kind, int paragraph, Optional<Attribution> attribution,
      Optional<Integer> chain) {

    /** Returns the phrase that names the speaker, as written. */
    Optional<String> phrase() {
      return attribution.map(Attribution::phrase).filter(p -> !p.isEmpty());
    }
  }

  /**
   * Where the text attributes a claim.
   *
   * @param phrase the phrase that names the speaker, white space collapsed
   * @param cue the offsets of the reporting verb or phrase in the article
   * @param mention the offsets of the phrase in the article
   * @param type how the phrase was found
   */
  record Attribution(String phrase, Span cue, Span mention, Frames.Type type) {

    /** The attribution of a frame found in a window that starts at {@code base}. */
    static Attribution of(Frames.Frame f, int base) {
      return new Attribution(f.speaker(), new Span(base + f.verbStart(), base + f.verbEnd()),
          new Span(base + f.speakerStart(), base + f.speakerEnd()), f.type());
    }
  }

  private Extraction(String text, ImmutableList<Paragraph> paragraphs,
      ImmutableList<ImmutableList<Span>> sentences, int minimumWords) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.sentences = sentences;
    this.minimumWords = minimumWords;
    ImmutableList<Quote> all = QuoteScanner.scan(text, paragraphs);
    int chain = 0;
    for (int i = 0; i < all.size(); i++) {
      chain = all.get(i).continuesPrevious() ? chain : i;
      quotes.add(all.get(i));
      chains.add(chain);
    }
    this.masked = mask(text, quotes);
    this.quoteRegions = quotes.stream().map(Quote::region).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the candidates of an article in text order.
   *
   * @param text the article's text
   * @param paragraphs its paragraphs
   * @param sentences the sentences of each paragraph
   * @param minimumWords the fewest words a claim may have
   */
  static ImmutableList<Candidate> candidates(String text, ImmutableList<Paragraph> paragraphs,
      ImmutableList<ImmutableList<Span>> sentences, int minimumWords) {
    Extraction e = new Extraction(text, paragraphs, sentences, minimumWords);
    List<Candidate> reported = e.reportedCandidates();
    List<Candidate> out = new ArrayList<>(e.quoteCandidates(reported));
    out.addAll(reported);
    // Text order; a claim that contains another (a mixed statement and its quote) comes first.
    out.sort(Comparator.comparingInt((Candidate c) -> c.span().start())
        .thenComparing(Comparator.comparingInt((Candidate c) -> c.span().end()).reversed()));
    return ImmutableList.copyOf(out);
  }

  private static String mask(String text, List<Quote> quotes) {
    char[] chars = text.toCharArray();
    for (Quote q : quotes) {
      Arrays.fill(chars, q.open(), q.end(), Subjects.MASK);
    }
    return new String(chars);
  }

  /**
   * Quote candidates; a part of a multi-paragraph quote without an attribution takes the latest
   * attribution of an earlier part of its chain, else the first of the chain (a transcript's
   * parts each name their speaker, "“WALLACE: …"); failing that, a quote inside the content of a reported statement
   * takes that statement's (the innermost one's): in "Japan branded the North an “outlaw
   * nation”" the quoted words are Japan's.
   *
   * @param reported the reported-statement candidates, in text order
   */
  private List<Candidate> quoteCandidates(List<Candidate> reported) {
    List<Optional<Attribution>> found = new ArrayList<>();
    Map<Integer, Attribution> chainAttributions = new HashMap<>();
    List<Span> contents = reported.stream().map(Candidate::span).toList();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      Optional<Attribution> a = attribution(q)
          .or(() -> innermostContaining(contents, q.words()).map(k -> reported.get(k).attribution())
              .flatMap(x -> x))
          .or(() -> embedding(q));
      found.add(a);
      if (a.isPresent()) {
        chainAttributions.putIfAbsent(chains.get(i), a.get());
      }
    }
    for (int i = 0; i < quotes.size(); i++) {
      if (found.get(i).isEmpty() && standalone(quotes.get(i))) {
        found.set(i, previousParagraphSpeaker(i, found));
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      if (Titles.isTitle(text, q.open(), q.end(), q.words().of(text)) || subhead(q)) {
        continue;
      }
      Optional<Attribution> a = found.get(i).isPresent()
          ? found.get(i) : Optional.ofNullable(chainAttributions.get(chains.get(i)));
      if (found.get(i).isPresent()) {
        chainAttributions.put(chains.get(i), found.get(i).get()); // later parts take the latest
      }
      ClaimKind kind = Token.count(q.words().of(text)) >= minimumWords
          ? ClaimKind.QUOTE : ClaimKind.FRAGMENT;
      out.add(new Candidate(q.words(), kind, q.paragraph(), a, Optional.of(chains.get(i))));
    }
    return out;
  }

  /**
   * Finds the phrase that attributes a quote, trying in order: a transcript's label opening the
   * quote ("“WALLACE: …"); an attribution right after the closing mark ({@code ,” he
   * said}), even where a ? or ! before the mark ended the sentence ({@code “Why me?” Cole
   * said.}); the nearest reporting verb before the quote in its sentence
   * ({@code Putin told the army that it would be “…”}); a participle before it; a reporting verb
   * later in the sentence; "according to X" in the sentence; and, for a quote that opens its
   * paragraph, a previous paragraph that ends with a colon ("Mayor X posted this message:").
   */
  private Optional<Attribution> attribution(Quote q) {
    Paragraph p = paragraphs.get(q.paragraph());
    Span open = sentenceAt(p, q.open());
    String before = masked.substring(open.start(), q.open());
    String after = q.closed() ? masked.substring(q.end(), sentenceAt(p, q.end() - 1).end()) : "";
    int b = open.start();
    int a = q.end();
    String next = after.isBlank() && q.closed() && q.end() < p.end()
        ? masked.substring(q.end(), sentenceAt(p, q.end()).end()) : after;
    return label(q).or(() -> Frames.adjacent(next).map(f -> Attribution.of(f, a)))
        .or(() -> passive(before, b, after, a))
        .or(() -> last(Frames.quoting(before)).map(f -> Attribution.of(f, b)))
        .or(() -> Frames.participle(before).map(f -> Attribution.of(f, b)))
        .or(() -> Frames.quoting(after).stream().findFirst().map(f -> Attribution.of(f, a)))
        .or(() -> Frames.accordingTo(before).map(f -> Attribution.of(f, b)))
        .or(() -> Frames.accordingTo(after).map(f -> Attribution.of(f, a)))
        .or(() -> colonIntroduction(q))
        .or(() -> headline(q));
  }

  /**
   * The speaker a headline names before the quote: "Ryan: ‘…’" or, in title case, "Hollande
   * Says Trump ‘Makes You Want to Retch’" (headlines capitalise their verbs).
   */
  private Optional<Attribution> headline(Quote q) {
    Paragraph p = paragraphs.get(q.paragraph());
    // A headline's speaker opens it: looking further than a few words' length is never needed.
    Matcher m = HEADLINE_SPEAKER.matcher(text).region(p.start(), Math.min(q.open(), p.start() + 200));
    if (!m.lookingAt() || m.group(1).codePoints().noneMatch(Character::isLowerCase)) {
      return Optional.empty(); // "WASHINGTON: …" is a dateline
    }
    int cue = m.start(2) >= 0 ? m.start(2) : m.end(1);
    int cueEnd = m.start(2) >= 0 ? m.end(2) : m.end(1) + 1;
    return Optional.of(new Attribution(m.group(1), new Span(cue, cueEnd),
        new Span(m.start(1), m.end(1)), Frames.Type.FINITE));
  }

  /**
   * Whether the quote is a subhead: a paragraph of its own in title case ("‘Coal Isn't the
   * Villain.’"), with at most a full stop after it.
   */
  private boolean subhead(Quote q) {
    Paragraph p = paragraphs.get(q.paragraph());
    return q.open() == p.start() && q.closed() && onlyStopsAndSpaces(q.end(), p.end())
        && Token.count(q.words().of(text)) >= 2 && Titles.titleLike(q.words().of(text));
  }

  /** The speaker's label that opens a quoted transcript line: "“PENCE: Well, look, …". */
  private Optional<Attribution> label(Quote q) {
    Matcher m = SPEAKER_LABEL.matcher(text).region(q.words().start(), q.words().end());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(m.group(1), new Span(m.end(1), m.end(1) + 1),
        new Span(m.start(1), m.end(1)), Frames.Type.FINITE));
  }

  /**
   * The agent of a passive verb of speech before the quote, named right after the verb ("was
   * reiterated by Senator X: “…”") or right after the quote ("was described as “…” by X").
   */
  private static Optional<Attribution> passive(String before, int b, String after, int a) {
    Matcher m = PASSIVE.matcher(before);
    int verbStart = -1;
    int verbEnd = -1;
    while (m.find()) {
      if (SPEECH_PARTICIPLES.contains(m.group(1))) {
        verbStart = m.start(1);
        verbEnd = m.end(1);
      }
    }
    if (verbStart < 0) {
      return Optional.empty();
    }
    Span cue = new Span(b + verbStart, b + verbEnd);
    Matcher byBefore = BY.matcher(before).region(verbEnd, before.length());
    if (byBefore.lookingAt()) {
      return Subjects.after(before, byBefore.end())
          .map(f -> new Attribution(f.phrase(), cue, new Span(b + f.start(), b + f.end()),
              Frames.Type.FINITE));
    }
    Matcher byAfter = BY.matcher(after);
    if (byAfter.lookingAt()) {
      return Subjects.after(after, byAfter.end())
          .map(f -> new Attribution(f.phrase(), cue, new Span(a + f.start(), a + f.end()),
              Frames.Type.FINITE));
    }
    return Optional.empty();
  }

  /** Whether the quote is a paragraph of its own that does not continue an earlier one. */
  private boolean standalone(Quote q) {
    Paragraph p = paragraphs.get(q.paragraph());
    return q.open() == p.start() && !q.continuesPrevious() && q.paragraph() > 0
        && onlyStopsAndSpaces(q.end(), p.end());
  }

  /** Whether {@code text[from, to)} holds only full stops and white space; stops at the first other. */
  private boolean onlyStopsAndSpaces(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '.' && !Paragraph.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The attribution of a quote that is a paragraph of its own, from the previous prose
   * paragraph (or the one right before it, if it ends with a colon): its last attributed quote
   * ("“…,” Cole said." then “…”), else the subject of its last sentence ("Cole praised the
   * plan." then “…”).
   */
  private Optional<Attribution> previousParagraphSpeaker(int i, List<Optional<Attribution>> found) {
    int prev = quotes.get(i).paragraph() - 1;
    boolean introduces = text.charAt(paragraphs.get(prev).end() - 1) == ':';
    while (prev >= 0 && paragraphs.get(prev).furniture() && !introduces) {
      prev--;
    }
    if (prev < 0) {
      return Optional.empty();
    }
    for (int j = i - 1; j >= 0 && quotes.get(j).paragraph() >= prev; j--) {
      if (quotes.get(j).paragraph() == prev && found.get(j).isPresent()) {
        return found.get(j);
      }
    }
    ImmutableList<Span> s = sentences.get(prev);
    Span last = s.get(s.size() - 1);
    String window = masked.substring(last.start(), last.end());
    return last(Frames.quoting(window)).or(() -> clauseSubject(window))
        .map(f -> Attribution.of(f, last.start()));
  }

  /** The attribution of a quote that no frame attributes: the subject of its clause. */
  private Optional<Attribution> embedding(Quote q) {
    Paragraph p = paragraphs.get(q.paragraph());
    Span open = sentenceAt(p, q.open());
    return clauseSubject(masked.substring(open.start(), q.open()))
        .map(f -> Attribution.of(f, open.start()));
  }

  /**
   * The subject of the clause a quote is embedded in, when no verb of saying attributes it: in
   * "Japan branded the North an “outlaw nation”" or "Trump has used the phrase “…”" the quoted
   * words are the subject's. The nearest verb before the quote with a plausible subject wins;
   * only the nearest {@value #MAX_VERB_TRIES} verbs are tried, which bounds the work per quote.
   */
  static Optional<Frames.Frame> clauseSubject(String before) {
    List<Token> tokens = Token.words(before);
    int tries = 0;
    for (int i = tokens.size() - 1; i >= 1 && tries < MAX_VERB_TRIES; i--) {
      Token t = tokens.get(i);
      if (verbLike(t)) {
        tries++;
        Optional<Subjects.Found> s = Subjects.before(before, t.start());
        if (s.isPresent()) {
          return Optional.of(new Frames.Frame(Frames.Type.FINITE, t.text(), t.start(), t.end(), s.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** A lower-case word that looks like a finite verb: an auxiliary, or ending in -ed or -s. */
  private static boolean verbLike(Token t) {
    String b = t.bare();
    if (t.capitalised() || Lexicon.PREPOSITIONS.contains(b) || Lexicon.CLAUSE_OPENERS.contains(b)
        || Lexicon.DETERMINERS.contains(b)) {
      return false;
    }
    boolean third = b.length() >= 4 && b.endsWith("s") && !b.endsWith("ss") && !b.endsWith("us")
        && !b.endsWith("is");
    return Lexicon.AUXILIARIES.contains(b) || b.length() >= 4 && b.endsWith("ed") || third;
  }

  /**
   * The index of the shortest of {@code spans} (in order of their starts, each inside one
   * sentence) that contains {@code inner}; only spans starting in the sentence of {@code inner}
   * are looked at, so the cost is bounded by the sentence's length.
   */
  private Optional<Integer> innermostContaining(List<Span> spans, Span inner) {
    int i = lastStartingAtOrBefore(spans, inner.start());
    int sentenceStart = inner.start() - Sentences.MAX_LENGTH;
    Optional<Integer> best = Optional.empty();
    for (; i >= 0 && spans.get(i).start() >= sentenceStart; i--) {
      Span s = spans.get(i);
      if (s.end() >= inner.end() && (best.isEmpty() || s.length() < spans.get(best.get()).length())) {
        best = Optional.of(i);
      }
    }
    return best;
  }

  private Optional<Attribution> colonIntroduction(Quote q) {
    Paragraph p = paragraphs.get(q.paragraph());
    if (q.open() != p.start() || q.continuesPrevious() || q.paragraph() == 0) {
      return Optional.empty();
    }
    Paragraph prev = paragraphs.get(q.paragraph() - 1);
    if (text.charAt(prev.end() - 1) != ':') {
      return Optional.empty();
    }
    ImmutableList<Span> s = sentences.get(prev.index());
    Span lastSentence = s.get(s.size() - 1);
    return last(Frames.quoting(masked.substring(lastSentence.start(), lastSentence.end())))
        .map(f -> Attribution.of(f, lastSentence.start()));
  }

  private static Optional<Frames.Frame> last(List<Frames.Frame> frames) {
    return frames.isEmpty() ? Optional.empty() : Optional.of(frames.get(frames.size() - 1));
  }

  /** The sentence of {@code p} that contains {@code offset}, else the whole paragraph. */
  private Span sentenceAt(Paragraph p, int offset) {
    ImmutableList<Span> s = sentences.get(p.index());
    int i = lastStartingAtOrBefore(s, offset);
    return i >= 0 && offset < s.get(i).end() ? s.get(i) : p.span();
  }

  /**
   * The index of the last of {@code spans} (in text order, not overlapping) that starts at or
   * before {@code offset}, or -1: a binary search, so that a paragraph of many sentences is not
   * searched from its start for every quote.
   */
  static int lastStartingAtOrBefore(List<Span> spans, int offset) {
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).start() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /**
   * Reported statements from the clauses of prose paragraphs: each content that is not wholly
   * inside one quotation (that one is a quote claim) and has at least the minimum number of
   * words. A content that is partly quoted is a mixed attribution, one reported claim.
   */
  private List<Candidate> reportedCandidates() {
    List<Candidate> out = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (p.furniture()) {
        continue;
      }
      for (Span sentence : sentences.get(p.index())) {
        for (Span clause : ReportedStatements.clauses(text, sentence)) {
          reported(p, clause, out);
        }
      }
    }
    return out;
  }

  private void reported(Paragraph p, Span clause, List<Candidate> out) {
    if (clause.length() == 0) {
      return;
    }
    for (ReportedStatements.Found f : ReportedStatements.find(clause.of(masked))) {
      Span content = throughItsQuote(
          new Span(clause.start() + f.content().start(), clause.start() + f.content().end()));
      if (!insideAQuote(content) && Token.count(content.of(text)) >= minimumWords) {
        out.add(new Candidate(content, ClaimKind.REPORTED, p.index(),
            Optional.of(Attribution.of(f.frame(), clause.start())), Optional.empty()));
      }
    }
  }

  /**
   * A content that ends inside a quotation it opened runs to the quotation's end: a mixed
   * statement holds the whole quotation, over sentence ends within it ("Cruz “has courage. He is
   * unafraid.”").
   */
  private Span throughItsQuote(Span content) {
    int i = lastStartingAtOrBefore(quoteRegions, content.end() - 1);
    if (i < 0) {
      return content;
    }
    Span region = quoteRegions.get(i);
    return region.start() >= content.start() && region.end() > content.end()
        ? new Span(content.start(), region.end()) : content;
  }

  /**
   * Whether the span lies inside one quotation. Quote regions are in text order and do not
   * overlap, so only the last one that starts at or before the span can hold it.
   */
  private boolean insideAQuote(Span span) {
    int i = lastStartingAtOrBefore(quoteRegions, span.start());
    return i >= 0 && quoteRegions.get(i).end() >= span.end();
  }
}
