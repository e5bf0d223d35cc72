package org.claimcompare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CheckReturnValue;
import java.util.Optional;

/**
 * One claim: a rendering of a statement, with where it came from when that is known.
 *
 * <p>Claims extracted from an {@link Article} carry their source, the {@link Span} of the claim in
 * the article's text ({@code article.text().substring(start, end)} is the claim's text), its
 * {@link ClaimKind}, the speaker when the article names one, and where the article attributes it: the
 * cue (the reporting verb or phrase, "said", "according to") and the speaker's mention as written
 * ("Kremlin spokesman Dmitry Peskov"). Claims read from elsewhere need only an id and a text:
 *
 * <pre>{@code
 * Claim c = Claim.of("c1", "Take power into your own hands").withSpeaker("Vladimir Putin");
 * c.toString()  // Claim[c1 "Take power into your own hands" speaker=Vladimir Putin]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a unique, non-blank identifier; clustering breaks ties by the lowest id
 * @param text the rendering itself; not blank
 * @param source where the claim comes from, such as an article's file name
 * @param span the claim's offsets in its source's text
 * @param speaker who is said to have made the claim
 * @param kind how the claim appears in its article
 * @param cue the offsets of the cue that attributes the claim in its source's text
 * @param speakerMention the offsets of the phrase that names the speaker in its source's text, as
 *     written (the {@code speaker} is its canonical form, which may come from elsewhere in the
 *     article, as for "he")
 */
public record Claim(
    String id,
    String text,
    Optional<String> source,
    Optional<Span> span,
    Optional<String> speaker,
    Optional<ClaimKind> kind,
    Optional<Span> cue,
    Optional<Span> speakerMention) {

  /**
   * Validates the fields.
   *
   * @param id see the record description
   * @param text see the record description
   * @param source see the record description
   * @param span see the record description
   * @param speaker see the record description
   * @param kind see the record description
   * @param cue see the record description
   * @param speakerMention see the record description
   */
  public Claim {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(source, "source");
    checkNotNull(span, "span");
    checkNotNull(speaker, "speaker");
    checkNotNull(kind, "kind");
    checkNotNull(cue, "cue");
    checkNotNull(speakerMention, "speakerMention");
    checkArgument(!id.isBlank(), "id must not be blank");
    checkArgument(!text.isBlank(), "text of claim %s must not be blank", id);
    checkArgument(span.isEmpty() && cue.isEmpty() && speakerMention.isEmpty() || source.isPresent(),
        "claim %s has a span but no source", id);
  }

  /**
   * Returns a claim with only an id and a text.
   *
   * @param id a unique, non-blank identifier
   * @param text the rendering; not blank
   * @return the claim
   */
  public static Claim of(String id, String text) {
    return new Claim(id, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy of this claim with the given source.
   *
   * @param source where the claim comes from
   * @return the new claim
   */
  @CheckReturnValue
  public Claim withSource(String source) {
    return new Claim(id, text, Optional.of(source), span, speaker, kind, cue, speakerMention);
  }

  /**
   * Returns a copy of this claim with the given offsets into its source's text.
   *
   * @param span the offsets; the claim must have a source
   * @return the new claim
   */
  @CheckReturnValue
  public Claim withSpan(Span span) {
    return new Claim(id, text, source, Optional.of(span), speaker, kind, cue, speakerMention);
  }

  /**
   * Returns a copy of this claim with the given speaker.
   *
   * @param speaker who made the claim
   * @return the new claim
   */
  @CheckReturnValue
  public Claim withSpeaker(String speaker) {
    return new Claim(id, text, source, span, Optional.of(speaker), kind, cue, speakerMention);
  }

  /**
   * Returns a copy of this claim with the given kind.
   *
   * @param kind how the claim appears in its article
   * @return the new claim
   */
  @CheckReturnValue
  public Claim withKind(ClaimKind kind) {
    return new Claim(id, text, source, span, speaker, Optional.of(kind), cue, speakerMention);
  }

  /**
   * Returns a copy of this claim with the offsets of its cue.
   *
   * @param cue the offsets of the reporting verb or phrase; the claim must have a source
   * @return the new claim
   */
  @CheckReturnValue
  public Claim withCue(Span cue) {
    return new Claim(id, text, source, span, speaker, kind, Optional.of(cue), speakerMention);
  }

  /**
   * Returns a copy of this claim with the offsets of the phrase that names its speaker.
   *
   * @param speakerMention the offsets, as written; the claim must have a source
   * @return the new claim
   */
  @CheckReturnValue
  public Claim withSpeakerMention(Span speakerMention) {
    return new Claim(id, text, source, span, speaker, kind, cue, Optional.of(speakerMention));
  }

  /** Returns a short form for JShell: id, abbreviated quoted text, speaker when known. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Claim[").append(id).append(' ');
    s.append(Texts.quote(text, 60));
    speaker.ifPresent(v -> s.append(" speaker=").append(v));
    return s.append(']').toString();
  }
}
