package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcompare.Span;
import org.jspecify.annotations.Nullable;

/**
 * Turns the attributing phrases of an article's candidates into canonical speakers, in text order.
 *
 * <ul>
 *   <li>A name or description is made canonical by {@link Names}.
 *   <li>"he" or "she" is the single person named earlier in the same sentence ("after Joe Biden's
 *       address, where he vowed that …"); failing that, the speaker of the nearest earlier claim
 *       whose speaker is a person named in full in the same or the previous prose paragraph; failing that, the single
 *       person named earlier in the same paragraph or, if it names nobody, in the previous prose
 *       paragraph; otherwise unknown. A person is a full name the
 *       article mentions (see {@link Names}) or its surname. Other pronouns ("they", "it") leave the speaker unknown.
 *   <li>A quote with no attributing phrase takes the speaker of an earlier part of the same
 *       multi-paragraph quote; failing that, the speaker of the previous quote (else claim) in its paragraph (a
 *       quote that continues after "…,” he said.").
 * </ul>
 */
final class SpeakerResolver {
  private final String text;
  private final ImmutableList<Paragraph> paragraphs;
  private final ImmutableList<ImmutableList<Span>> sentences;
  private final Names names;
  /** Where the article names each person with a full name, by surname. */
  private final Mentions mentions;
  private final List<Resolved> done = new ArrayList<>();
  /** The speaker of the latest part of each multi-paragraph quote that has one. */
  private final Map<Integer, String> chainSpeakers = new HashMap<>();
  /** The latest resolved candidate whose speaker is a person the article names in full, if any. */
  private @Nullable Resolved lastWithSpeaker;
  /** The latest resolved quote with a speaker, if any. */
  private @Nullable Resolved lastQuoteWithSpeaker;

  /**
   * A candidate with its speaker.
   *
   * @param candidate the candidate
   * @param speaker the canonical speaker, if known
   */
  record Resolved(Extraction.Candidate candidate, Optional<String> speaker) {}

  private SpeakerResolver(String text, ImmutableList<Paragraph> paragraphs,
      ImmutableList<ImmutableList<Span>> sentences) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.sentences = sentences;
    this.names = Names.index(text, paragraphs);
    this.mentions = Mentions.of(text, names.fullNames().asList());
  }

  /** Resolves the speakers of the candidates, which must be in text order. */
  static ImmutableList<Resolved> resolve(String text, ImmutableList<Paragraph> paragraphs,
      ImmutableList<ImmutableList<Span>> sentences, List<Extraction.Candidate> candidates) {
    SpeakerResolver r = new SpeakerResolver(text, paragraphs, sentences);
    for (Extraction.Candidate c : candidates) {
      Resolved resolved = new Resolved(c, r.speaker(c));
      r.done.add(resolved);
      resolved.speaker().ifPresent(speaker -> {
        if (person(c, speaker)) {
          r.lastWithSpeaker = resolved; // "he" and "she" stand for persons, not for "the report"
        }
        if (c.chain().isPresent()) {
          r.lastQuoteWithSpeaker = resolved;
        }
        c.chain().ifPresent(chain -> r.chainSpeakers.put(chain, speaker));
      });
    }
    return ImmutableList.copyOf(r.done);
  }

  /**
   * Whether a speaker may be a person: not the source of "according to", and named (its last
   * word capitalised) or described by a title or role ("the official", "the spokeswoman").
   */
  private static boolean person(Extraction.Candidate c, String speaker) {
    if (c.attribution().map(a -> a.type() == Frames.Type.ACCORDING_TO).orElse(false)) {
      return false;
    }
    List<Token> words = Token.words(speaker);
    Token last = words.get(words.size() - 1);
    return last.capitalised() || Lexicon.isTitle(last.text())
        || Lexicon.ROLE_NOUNS.contains(last.bare()) && !last.bare().equals("reports")
            && !last.bare().equals("media");
  }

  private Optional<String> speaker(Extraction.Candidate c) {
    if (c.phrase().isEmpty()) {
      return c.chain().isPresent() ? chainSpeaker(c).or(() -> previousInParagraph(c)) : Optional.empty();
    }
    String phrase = c.phrase().get();
    String bare = Lexicon.bare(phrase);
    if (Lexicon.RESOLVABLE_PRONOUNS.contains(bare)) {
      return pronoun(c);
    }
    return Lexicon.PRONOUNS.contains(bare) ? Optional.empty() : names.canonical(phrase);
  }

  /** The speaker of the latest earlier part of the same multi-paragraph quote. */
  private Optional<String> chainSpeaker(Extraction.Candidate c) {
    return c.chain().map(chainSpeakers::get);
  }

  /**
   * The speaker of the latest earlier quote with one, else of the latest claim with one, if it is
   * in the same paragraph (candidates come in text order, so no claim of another paragraph lies
   * between): in "“…,” said X, who … . “…”" the second quote is X's, whatever the relative clause
   * reports.
   */
  private Optional<String> previousInParagraph(Extraction.Candidate c) {
    if (lastQuoteWithSpeaker == null || lastQuoteWithSpeaker.candidate().paragraph() != c.paragraph()) {
      return latestSpeakerIn(c.paragraph(), c.paragraph());
    }
    return lastQuoteWithSpeaker.speaker();
  }

  /** The speaker of the latest earlier claim with one, if its paragraph is one of the two. */
  private Optional<String> latestSpeakerIn(int paragraph, int orParagraph) {
    if (lastWithSpeaker == null) {
      return Optional.empty();
    }
    int p = lastWithSpeaker.candidate().paragraph();
    return p == paragraph || p == orParagraph ? lastWithSpeaker.speaker() : Optional.empty();
  }

  private Optional<String> pronoun(Extraction.Candidate c) {
    Optional<String> inSentence = singlePerson(sentenceStart(c), c.span().start());
    return inSentence.isPresent() ? inSentence : previousSpeaker(c);
  }

  private Optional<String> previousSpeaker(Extraction.Candidate c) {
    int previous = previousProse(c.paragraph());
    // Furniture between the two paragraphs holds no claims, so none lies between.
    Optional<String> latest = latestSpeakerIn(c.paragraph(), previous);
    if (latest.isPresent()) {
      return latest;
    }
    Paragraph own = paragraphs.get(c.paragraph());
    if (mentions.any(own.start(), c.span().start()) || previous == c.paragraph()) {
      return singlePerson(own.start(), c.span().start());
    }
    Paragraph prev = paragraphs.get(previous);
    return singlePerson(prev.start(), prev.end());
  }

  private int sentenceStart(Extraction.Candidate c) {
    Paragraph p = paragraphs.get(c.paragraph());
    ImmutableList<Span> s = sentences.get(p.index());
    int i = Extraction.lastStartingAtOrBefore(s, c.span().start());
    return i >= 0 ? s.get(i).start() : p.start();
  }

  private int previousProse(int paragraph) {
    for (int p = paragraph - 1; p >= 0; p--) {
      if (!paragraphs.get(p).furniture()) {
        return p;
      }
    }
    return paragraph;
  }

  /** The one person (by full name or surname) named in {@code text[start, end)}. */
  private Optional<String> singlePerson(int start, int end) {
    return mentions.single(start, end);
  }
}
