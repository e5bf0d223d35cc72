package org.claimcompare.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.claimcompare.Article;
import org.claimcompare.Claim;
import org.claimcompare.ClaimKind;
import org.claimcompare.Span;

/** Temporary until the real extractor lands. */
public final class ClaimExtractor {
  private ClaimExtractor() {}

  /**
   * Temporary.
   *
   * @return x
   */
  public static ClaimExtractor standard() {
    return new ClaimExtractor();
  }

  /**
   * Temporary.
   *
   * @param article a
   * @return x
   */
  public List<Claim> extract(Article article) {
    List<Claim> out = new ArrayList<>();
    Matcher m = java.util.regex.Pattern.compile("[“\"]([^”\"\n]{10,})[”\"]").matcher(article.text());
    while (m.find()) {
      out.add(Claim.of(article.source() + "#" + String.format(java.util.Locale.ROOT, "%03d", out.size() + 1), m.group(1))
          .withSource(article.source()).withSpan(new Span(m.start(1), m.end(1))).withKind(ClaimKind.QUOTE));
    }
    return out;
  }
}
