package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.claimcompare.Span;

/**
 * The content of one annotated attribution: what a Source is said to have said, thought or meant,
 * in one or more pieces of its article, with the Source and the Cue as written.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span from the first piece's start to the last piece's end, UTF-16 offsets into the article
 * @param fragments the pieces, in order, within the span; one piece when the content is contiguous
 * @param quoting how much of its words are inside quotation marks
 * @param speaker the Source's text, empty when the attribution has none
 * @param cue the Cue's text, empty when the attribution has none
 * @param attribution the attribution's id in its file ({@code E3}), or empty
 */
public record GoldContent(Span span, List<Span> fragments, Quoting quoting, String speaker, String cue,
    String attribution) {

  /**
   * Validates the fields and copies the list.
   *
   * @param span see the record description
   * @param fragments see the record description
   * @param quoting see the record description
   * @param speaker see the record description
   * @param cue see the record description
   * @param attribution see the record description
   */
  public GoldContent {
    checkNotNull(span, "span");
    fragments = ImmutableList.copyOf(checkNotNull(fragments, "fragments"));
    checkNotNull(quoting, "quoting");
    checkNotNull(speaker, "speaker");
    checkNotNull(cue, "cue");
    checkNotNull(attribution, "attribution");
    checkArgument(!fragments.isEmpty(), "content %s has no fragment", span);
    for (Span f : fragments) {
      checkArgument(f.start() >= span.start() && f.end() <= span.end(), "fragment %s is outside the span %s", f, span);
    }
  }

  /** Returns a short form, as {@code GoldContent[E3 [115, 290) mixed speaker="The Post"]}. */
  @Override
  public String toString() {
    return "GoldContent[" + attribution + " " + span + " " + quoting.label() + " speaker=" + Quoted.of(speaker) + "]";
  }
}
