package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A rendering with an id and the gold group it belongs to: renderings of one statement share a
 * group.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a unique, non-blank id
 * @param text the rendering, not blank
 * @param group the gold group label, not blank; labels are compared as written
 */
public record GoldText(String id, String text, String group) {

  /**
   * Validates the fields.
   *
   * @param id see the record description
   * @param text see the record description
   * @param group see the record description
   */
  public GoldText {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(group, "group");
    checkArgument(!id.isBlank(), "id must not be blank");
    checkArgument(!text.isBlank(), "text of %s must not be blank", id);
    checkArgument(!group.isBlank(), "group of %s must not be blank", id);
  }

  /** Returns the text as {@code GoldText[00007 group=g2 "Biker reacts lightning fast…"]}. */
  @Override
  public String toString() {
    return "GoldText[" + id + " group=" + group + " " + Quoted.of(text) + "]";
  }
}
