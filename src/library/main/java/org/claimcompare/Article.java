package org.claimcompare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The text of one news article and the name of its source (usually a file name).
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the name claims extracted from this article carry as their source; not blank
 * @param text the article's full text; offsets of extracted claims refer to it
 */
public record Article(String source, String text) {

  /**
   * Validates the fields.
   *
   * @param source see the record description
   * @param text see the record description
   */
  public Article {
    checkNotNull(source, "source");
    checkNotNull(text, "text");
    checkArgument(!source.isBlank(), "source must not be blank");
  }

  /** Returns a short form for JShell: the source and the length of the text. */
  @Override
  public String toString() {
    return "Article[" + source + ", " + text.length() + " chars]";
  }
}
