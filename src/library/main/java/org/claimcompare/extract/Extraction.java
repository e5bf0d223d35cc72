package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcompare.ClaimKind;
import org.claimcompare.Span;

/**
 * The extraction of one article: finds quote and reported-statement candidates with the phrase
 * that attributes each, in text order. Speaker resolution is left to {@link SpeakerResolver}.
 */
final class Extraction {
  private final String text;
  private final String masked;
  private final ImmutableList<Paragraph> paragraphs;
  private final ImmutableList<ImmutableList<Span>> sentences;
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Integer> chains = new ArrayList<>();
  /** The regions of {@link #quotes}, in text order. */
  private final ImmutableList<Span> quoteRegions;

  /**
   * One claim before its speaker is resolved.
   *
   * @param span the claim's offsets in the article
   * @param kind quote or reported statement
   * @param paragraph the index of its paragraph
   * @param phrase the phrase that attributes it, as written
   * @param chain for a quote, the id shared by all parts of a multi-paragraph quote
   */
  record Candidate(Span span, ClaimKind kind, int paragraph, Optional<String> phrase,
      Optional<Integer> chain) {}

  private Extraction(String text, ImmutableList<Paragraph> paragraphs,
      ImmutableList<ImmutableList<Span>> sentences, int minimumWords) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.sentences = sentences;
    ImmutableList<Quote> all = QuoteScanner.scan(text, paragraphs);
    int chain = 0;
    for (int i = 0; i < all.size(); i++) {
      chain = all.get(i).continuesPrevious() ? chain : i;
      if (Token.count(all.get(i).words().of(text)) >= minimumWords) {
        quotes.add(all.get(i));
        chains.add(chain);
      }
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
    List<Candidate> out = new ArrayList<>(e.quoteCandidates());
    out.addAll(e.reportedCandidates(minimumWords));
    out.sort(Comparator.comparingInt(c -> c.span().start()));
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
   * Quote candidates; a part of a multi-paragraph quote without an attribution takes the first
   * attribution of its chain.
   */
  private List<Candidate> quoteCandidates() {
    List<Optional<String>> phrases = new ArrayList<>();
    Map<Integer, String> chainPhrases = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      Optional<String> phrase = attribution(quotes.get(i));
      phrases.add(phrase);
      if (phrase.isPresent()) {
        chainPhrases.putIfAbsent(chains.get(i), phrase.get());
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      Optional<String> phrase = phrases.get(i).isPresent()
          ? phrases.get(i) : Optional.ofNullable(chainPhrases.get(chains.get(i)));
      out.add(new Candidate(quotes.get(i).words(), ClaimKind.QUOTE, quotes.get(i).paragraph(),
          phrase, Optional.of(chains.get(i))));
    }
    return out;
  }

  /**
   * Finds the phrase that attributes a quote, trying in order: an attribution right after the
   * closing mark ({@code ,” he said}); the nearest reporting verb before the quote in its sentence
   * ({@code Putin told the army that it would be “…”}); a participle before it; a reporting verb
   * later in the sentence; "according to X" in the sentence; and, for a quote that opens its
   * paragraph, a previous paragraph that ends with a colon ("Mayor X posted this message:").
   */
  private Optional<String> attribution(Quote q) {
    Paragraph p = paragraphs.get(q.paragraph());
    Span open = sentenceAt(p, q.open());
    String before = masked.substring(open.start(), q.open());
    String after = q.closed() ? masked.substring(q.end(), sentenceAt(p, q.end() - 1).end()) : "";
    return Frames.adjacent(after)
        .or(() -> last(Frames.quoting(before)))
        .or(() -> Frames.participle(before))
        .or(() -> Frames.quoting(after).stream().findFirst())
        .or(() -> Frames.accordingTo(before))
        .or(() -> Frames.accordingTo(after))
        .or(() -> colonIntroduction(q))
        .map(Frames.Frame::speaker);
  }

  private Optional<Frames.Frame> colonIntroduction(Quote q) {
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
    return last(Frames.quoting(masked.substring(lastSentence.start(), lastSentence.end())));
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

  /** Reported statements from clauses of prose paragraphs that hold no quote claim. */
  private List<Candidate> reportedCandidates(int minimumWords) {
    List<Candidate> out = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (p.furniture()) {
        continue;
      }
      for (Span sentence : sentences.get(p.index())) {
        for (Span clause : ReportedStatements.clauses(text, sentence)) {
          reported(p, clause, minimumWords).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private Optional<Candidate> reported(Paragraph p, Span clause, int minimumWords) {
    if (clause.length() == 0 || overlapsAQuote(clause)) {
      return Optional.empty();
    }
    return ReportedStatements.find(clause.of(text))
        .map(f -> new Candidate(
            new Span(clause.start() + f.content().start(), clause.start() + f.content().end()),
            ClaimKind.REPORTED, p.index(), Optional.of(f.speaker()), Optional.empty()))
        .filter(c -> Token.count(c.span().of(text)) >= minimumWords);
  }

  /**
   * Whether a quote claim overlaps the clause. Quote regions are in text order and do not overlap,
   * so only the last one that starts before the clause ends can.
   */
  private boolean overlapsAQuote(Span clause) {
    int i = lastStartingAtOrBefore(quoteRegions, clause.end() - 1);
    return i >= 0 && overlaps(quoteRegions.get(i), clause);
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
