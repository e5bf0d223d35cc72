package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.claimcompare.Span;

/**
 * One article with its attribution annotation, the gold of claim extraction: every annotated
 * attribution's content, and the direct quotes derived from them. Read by {@link AttributionFormats}
 * from PolNeAR's {@code gold.jsonl} or from brat standoff files.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the article's name, as its file is named ({@code nyt_2016-09-08_obama.txt})
 * @param text the article's text
 * @param contents the contents, in file order
 * @param quotes the direct quotes, in file order
 */
public record AttributionGold(String document, String text, List<GoldContent> contents, List<GoldQuote> quotes) {

  /**
   * Validates the fields and copies the lists: every span must lie within the text.
   *
   * @param document see the record description
   * @param text see the record description
   * @param contents see the record description
   * @param quotes see the record description
   */
  public AttributionGold {
    checkNotNull(document, "document");
    checkNotNull(text, "text");
    contents = ImmutableList.copyOf(checkNotNull(contents, "contents"));
    quotes = ImmutableList.copyOf(checkNotNull(quotes, "quotes"));
    checkArgument(!document.isBlank(), "document must not be blank");
    for (GoldContent c : contents) {
      checkWithin(c.span(), document, text);
    }
    for (GoldQuote q : quotes) {
      checkWithin(q.span(), document, text);
    }
  }

  private static void checkWithin(Span span, String document, String text) {
    checkArgument(span.end() <= text.length(), "span %s is outside %s (%s UTF-16 units)", span, document,
        text.length());
  }

  /** Returns a summary, as {@code AttributionGold[a.txt 6 contents, 1 quotes]}. */
  @Override
  public String toString() {
    return "AttributionGold[" + document + " " + contents.size() + " contents, " + quotes.size() + " quotes]";
  }
}
