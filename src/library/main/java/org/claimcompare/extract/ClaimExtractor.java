package org.claimcompare.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CheckReturnValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimcompare.Article;
import org.claimcompare.Claim;
import org.claimcompare.ClaimKind;
import org.claimcompare.Span;

/**
 * Extracts claims from a news article: direct quotes and reported statements, with their exact
 * offsets and the speaker when the text names one.
 *
 * <pre>{@code
 * Article a = new Article("a.txt",
 *     "“Take power into your own hands,” Russian President Vladimir Putin said.\n"
 *         + "Kremlin spokesman Dmitry Peskov said that Moscow is willing to send a delegation.");
 * ClaimExtractor.standard().extract(a)
 * // [Claim[a.txt#001 "Take power into your own hands" speaker=Vladimir Putin],
 * //  Claim[a.txt#002 "Moscow is willing to send a delegation" speaker=Dmitry Peskov]]
 * }</pre>
 *
 * <p>The rules, in pipeline order:
 *
 * <ol>
 *   <li><b>Paragraphs and furniture.</b> Every non-blank line is a paragraph. Page furniture
 *       (headlines, bylines, time stamps, teaser links, captions, labels, tickers, lines ending in
 *       a colon or without sentence-final punctuation) holds no claims.
 *   <li><b>Quotes</b> ({@link ClaimKind#QUOTE}). Outermost quotations in any common style (“…”,
 *       „…“, «…», »…«, ‹…›, ‘…’, "…", '…', and the typewriter ``…'' and ''…'' without a stray
 *       apostrophe); straight and curly double marks close each other ("…” and “…"), and so do a
 *       “ that no word follows and a double mark after a stray space ({@code ,' " he said});
 *       apostrophes inside words are not quotation marks; nested quotes belong to the outer
 *       quote; no-break spaces count as white space. A quote left open at the end of its
 *       paragraph runs to the paragraph's end when the next paragraph opens with a quotation mark
 *       (the multi-paragraph convention; each paragraph's part is a claim), and is otherwise cut
 *       at the end of the sentence in which it opened. The claim's text is the quoted words
 *       without the marks, with trailing {@code , ; :} and white space trimmed; quotes with fewer
 *       than the minimum number of words (scare quotes such as “junta”) are fragments ({@link
 *       ClaimKind#FRAGMENT}). Titles of works and programmes are not claims: title-case words
 *       without sentence punctuation after "on", "host of", "author of", "titled", "the film",
 *       "NBC's" … or before "show", "star" … ({@code on ABC's “This Week”}); nor is a subhead, a
 *       paragraph that is one title-case quotation.
 *   <li><b>Reported statements</b> ({@link ClaimKind#REPORTED}). In each clause (sentences split
 *       at "; " and ", while"), every cue of speech, belief or evidence with its source ("said",
 *       "told", "accused", "believes", "polls show", "according to", ", adding that" …) and its
 *       content, by the frames of {@link ReportedStatements}: the clause after "that" or after
 *       the cue, the words before a trailing attribution, the whole clause around an interrupting
 *       one. A content may hold quotations (a mixed statement, one claim that spans both parts);
 *       one wholly inside a quotation is that quote's, and one shorter than the minimum number of
 *       words is left out. The claim carries the cue's span and the speaker's mention.
 *   <li><b>Speakers.</b> Tried in order: a transcript's label opening the quote ("“WALLACE:
 *       …"); the attribution after the quote ({@code ,” he said}, {@code ,” said X}, {@code ?”
 *       Cole said}); the agent of a passive verb of speech ("was described as “…” by X"); the
 *       reporting verb before it, later in the sentence, "according to X", a previous paragraph
 *       ending in a colon, or a headline's speaker ("Cole: … ‘…’", "Cole Says … ‘…’"); the
 *       speaker of the reported statement whose content holds the quote; the subject of the
 *       clause the quote is embedded in ("Japan branded the North an “outlaw nation”" → Japan).
 *       A quote that is a paragraph of its own and has none of these takes the last attributed
 *       quote of the previous paragraph, else the subject of its last sentence ("Trump, 70, told
 *       CNN." then “…”). Parts of a quote split by an attribution or spread over paragraphs
 *       share it (a later part without one takes the latest earlier part's); another quote
 *       without one takes the previous quote's speaker in its paragraph. A subject followed by
 *       appositions is the phrase that opens them ("Ann Cole, 59, of Dover, Del., said" → Ann
 *       Cole); party labels ("(D-Md.)", ", R-Ky.,") are skipped; a verb of saying never ends up
 *       inside a speaker ("Mrs. Cole said she believed" → she). Names lose titles,
 *       nationality adjectives and a place after "of" ("Russian President Vladimir Putin" →
 *       "Vladimir Putin", "Ann Cole of Dover, Del." → "Ann Cole") and
 *       surnames expand to the article's longest full name ("Mr Putin" → "Vladimir Putin");
 *       descriptions keep their determiner and head noun ("the influential US senator");
 *       "he"/"she" resolve to the previous claim's speaker (a person's, not a document's) in the
 *       same or previous paragraph, else to the single person named earlier in the paragraph.
 * </ol>
 *
 * <p>Cost: linear in the length of the article, however it is cut into paragraphs and sentences.
 * Quotations left open are resolved without scanning their paragraph again ({@code QuoteLives}),
 * sentences and quote regions are found by binary search, persons' mentions are indexed once, and
 * a sentence is at most 1,000 characters long (a longer run without sentence-final punctuation is
 * cut at a space), which bounds the work of finding the speaker of each quote and verb in it.
 *
 * <p>Claims come in text order (by start; a claim that holds another comes first). Claim ids are
 * the article's source, {@code #} and the claim's 1-based position in that order in three digits ({@code "a.txt#004"}); {@code article.text().substring(start, end)} is always
 * the claim's text. Extraction is pure: no I/O, no dependence on the default locale.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClaimExtractor {
  private static final ClaimExtractor STANDARD = new ClaimExtractor(3);

  private final int minimumWords;

  private ClaimExtractor(int minimumWords) {
    this.minimumWords = minimumWords;
  }

  /**
   * Returns the standard extractor: quotes of fewer than three words are fragments, reported
   * statements of fewer than three words are left out.
   *
   * @return the standard extractor
   */
  public static ClaimExtractor standard() {
    return STANDARD;
  }

  /**
   * Returns an extractor whose claims have at least {@code minimumWords} words: shorter quotes
   * are {@link ClaimKind#FRAGMENT}s (scare quotes or terms: "junta", "seize power"), shorter
   * reported statements are left out.
   *
   * @param minimumWords the fewest words a quote or reported statement needs, at least 1
   * @return the new extractor
   * @throws IllegalArgumentException if {@code minimumWords} is less than 1
   */
  @CheckReturnValue
  public ClaimExtractor withMinimumWords(int minimumWords) {
    checkArgument(minimumWords >= 1, "minimumWords must be at least 1: %s", minimumWords);
    return new ClaimExtractor(minimumWords);
  }

  /**
   * Returns the fewest words a claim may have.
   *
   * @return the minimum, 3 in the standard extractor
   */
  public int minimumWords() {
    return minimumWords;
  }

  /**
   * Returns the claims of an article in text order.
   *
   * @param article the article
   * @return the claims, each with source, span, kind and, when known, speaker
   */
  public List<Claim> extract(Article article) {
    checkNotNull(article, "article");
    String text = article.text();
    ImmutableList<Paragraph> paragraphs = Paragraph.split(text);
    ImmutableList<ImmutableList<Span>> sentences = paragraphs.stream()
        .map(p -> Sentences.split(text, p.start(), p.end()))
        .collect(ImmutableList.toImmutableList());
    List<Extraction.Candidate> candidates =
        Extraction.candidates(text, paragraphs, sentences, minimumWords);
    ImmutableList<SpeakerResolver.Resolved> resolved =
        SpeakerResolver.resolve(text, paragraphs, sentences, candidates);
    ImmutableList.Builder<Claim> out = ImmutableList.builder();
    for (int i = 0; i < resolved.size(); i++) {
      out.add(claim(article, i + 1, resolved.get(i)));
    }
    return out.build();
  }

  /**
   * Returns the sentences around a stretch of an article, as the extractor splits them: from the
   * start of the sentence that holds the stretch's first character to the end of the sentence that
   * holds its last, without surrounding white space. A view shows a claim in this context. A stretch
   * that runs over line ends takes the sentences of every line it touches.
   *
   * @param text the article's text
   * @param span a stretch of it, such as a claim's span
   * @return the span of the sentences that hold it; {@code span} itself if it is empty or blank
   * @throws IllegalArgumentException if {@code span} ends beyond the text
   */
  public static Span sentencesAround(String text, Span span) {
    checkNotNull(text, "text");
    checkNotNull(span, "span");
    checkArgument(span.end() <= text.length(), "span %s ends beyond the text of %s characters", span, text.length());
    Span stripped = Paragraph.strip(text, span.start(), span.end());
    if (stripped.length() == 0) {
      return span;
    }
    int lineStart = text.lastIndexOf('\n', stripped.start()) + 1;
    int lineEnd = text.indexOf('\n', stripped.end() - 1);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    int start = stripped.start();
    int end = stripped.end();
    for (Span sentence : Sentences.split(text, lineStart, lineEnd)) {
      if (sentence.start() <= stripped.start() && stripped.start() < Math.max(sentence.end(), sentence.start() + 1)) {
        start = Math.min(start, sentence.start());
      }
      if (sentence.start() < stripped.end() && stripped.end() <= sentence.end()) {
        end = Math.max(end, sentence.end());
      }
    }
    return new Span(start, end);
  }

  private static Claim claim(Article article, int position, SpeakerResolver.Resolved r) {
    String id = article.source() + "#" + String.format(Locale.ROOT, "%03d", position);
    Claim c = Claim.of(id, r.candidate().span().of(article.text()))
        .withSource(article.source())
        .withSpan(r.candidate().span())
        .withKind(r.candidate().kind());
    Optional<Extraction.Attribution> a = r.candidate().attribution();
    if (a.isPresent()) {
      c = c.withCue(a.get().cue());
      c = a.get().mention().length() > 0 ? c.withSpeakerMention(a.get().mention()) : c;
    }
    return r.speaker().map(c::withSpeaker).orElse(c);
  }

  /** Returns the settings, for JShell. */
  @Override
  public String toString() {
    return "ClaimExtractor[minimumWords=" + minimumWords + "]";
  }
}
