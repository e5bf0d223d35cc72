package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimcompare.Span;

/**
 * Turns the attributing phrases of an article's candidates into canonical speakers, in text order.
 *
 * <ul>
 *   <li>A name or description is made canonical by {@link Names}.
 *   <li>"he" or "she" is the single person named earlier in the same sentence ("after Joe Biden's
 *       address, where he vowed that …"); failing that, the speaker of the nearest earlier claim
 *       with a speaker in the same or the previous prose paragraph; failing that, the single
 *       person named earlier in the same paragraph or, if it names nobody, in the previous prose
 *       paragraph; otherwise unknown. A person is a full name the
 *       article mentions (see {@link Names}) or its surname. Other pronouns ("they", "it") leave the speaker unknown.
 *   <li>A quote with no attributing phrase takes the speaker of an earlier part of the same
 *       multi-paragraph quote; failing that, the speaker of the previous claim in its paragraph (a
 *       quote that continues after "…,” he said.").
 * </ul>
 */
final class SpeakerResolver {
  private final String text;
  private final ImmutableList<Paragraph> paragraphs;
  private final ImmutableList<ImmutableList<Span>> sentences;
  private final Names names;
  /** Each indexed person's full name and the pattern that finds its surname as a word. */
  private final ImmutableMap<String, Pattern> surnames;
  private final List<Resolved> done = new ArrayList<>();

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
    ImmutableMap.Builder<String, Pattern> b = ImmutableMap.builder();
    for (String full : names.fullNames()) {
      String surname = full.substring(full.lastIndexOf(' ') + 1);
      b.put(full, Pattern.compile("\\b" + Pattern.quote(surname) + "\\b"));
    }
    this.surnames = b.buildOrThrow();
  }

  /** Resolves the speakers of the candidates, which must be in text order. */
  static ImmutableList<Resolved> resolve(String text, ImmutableList<Paragraph> paragraphs,
      ImmutableList<ImmutableList<Span>> sentences, List<Extraction.Candidate> candidates) {
    SpeakerResolver r = new SpeakerResolver(text, paragraphs, sentences);
    for (Extraction.Candidate c : candidates) {
      r.done.add(new Resolved(c, r.speaker(c)));
    }
    return ImmutableList.copyOf(r.done);
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

  /** The speaker of an earlier part of the same multi-paragraph quote. */
  private Optional<String> chainSpeaker(Extraction.Candidate c) {
    for (int i = done.size() - 1; i >= 0; i--) {
      Resolved r = done.get(i);
      if (r.candidate().chain().equals(c.chain()) && r.speaker().isPresent()) {
        return r.speaker();
      }
    }
    return Optional.empty();
  }

  private Optional<String> previousInParagraph(Extraction.Candidate c) {
    for (int i = done.size() - 1; i >= 0; i--) {
      Resolved r = done.get(i);
      if (r.candidate().paragraph() != c.paragraph()) {
        return Optional.empty();
      }
      if (r.speaker().isPresent()) {
        return r.speaker();
      }
    }
    return Optional.empty();
  }

  private Optional<String> pronoun(Extraction.Candidate c) {
    Optional<String> inSentence = singlePerson(sentenceStart(c), c.span().start());
    return inSentence.isPresent() ? inSentence : previousSpeaker(c);
  }

  private Optional<String> previousSpeaker(Extraction.Candidate c) {
    int previous = previousProse(c.paragraph());
    for (int i = done.size() - 1; i >= 0; i--) {
      Resolved r = done.get(i);
      int p = r.candidate().paragraph();
      if (p != c.paragraph() && p != previous) {
        break;
      }
      if (r.speaker().isPresent()) {
        return r.speaker();
      }
    }
    Paragraph own = paragraphs.get(c.paragraph());
    if (!persons(own.start(), c.span().start()).isEmpty() || previous == c.paragraph()) {
      return singlePerson(own.start(), c.span().start());
    }
    Paragraph prev = paragraphs.get(previous);
    return singlePerson(prev.start(), prev.end());
  }

  private int sentenceStart(Extraction.Candidate c) {
    Paragraph p = paragraphs.get(c.paragraph());
    int start = p.start();
    for (Span s : sentences.get(p.index())) {
      if (s.start() <= c.span().start()) {
        start = s.start();
      }
    }
    return start;
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
    Set<String> persons = persons(start, end);
    return persons.size() == 1 ? Optional.of(persons.iterator().next()) : Optional.empty();
  }

  /** The persons (by full name or surname) named in {@code text[start, end)}. */
  private Set<String> persons(int start, int end) {
    String before = text.substring(start, end);
    Set<String> persons = new LinkedHashSet<>();
    surnames.forEach((full, surname) -> {
      if (surname.matcher(before).find()) {
        persons.add(full);
      }
    });
    return persons;
  }
}
