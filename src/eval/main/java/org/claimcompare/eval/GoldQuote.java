package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.claimcompare.Span;

/**
 * A direct quote of the gold: a stretch between quotation marks (the marks left out) at least half
 * of whose words are inside one annotated content, with that attribution's Source as its speaker.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span UTF-16 offsets into the article
 * @param speaker the Source's text, empty when the attribution has none
 * @param attribution the attribution's id in its file ({@code E3}), or empty
 * @param attributionQuoting the {@link Quoting} of that attribution's content, if known
 * @param unclosed whether no closing mark ends the stretch: the paragraph, the text or another
 *     opening mark does
 */
public record GoldQuote(Span span, String speaker, String attribution, Optional<Quoting> attributionQuoting,
    boolean unclosed) {

  /**
   * Validates the fields.
   *
   * @param span see the record description
   * @param speaker see the record description
   * @param attribution see the record description
   * @param attributionQuoting see the record description
   * @param unclosed see the record description
   */
  public GoldQuote {
    checkNotNull(span, "span");
    checkNotNull(speaker, "speaker");
    checkNotNull(attribution, "attribution");
    checkNotNull(attributionQuoting, "attributionQuoting");
  }

  /** Returns a short form, as {@code GoldQuote[E3 [235, 289) speaker="The New York Post"]}. */
  @Override
  public String toString() {
    return "GoldQuote[" + attribution + " " + span + " speaker=" + Quoted.of(speaker) + (unclosed ? " unclosed]" : "]");
  }
}
