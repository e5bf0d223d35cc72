package org.claimcompare.extract;

import java.util.regex.Pattern;

/**
 * Recognises lines of page furniture: text on a news page that is not part of the article's
 * prose and therefore holds no claims.
 *
 * <p>A line is furniture when any of these general patterns matches (in this order):
 *
 * <ol>
 *   <li>it has no letters ({@code "* * *"});
 *   <li>it opens with an upper-case label and a colon ({@code "READ MORE: …"}, {@code "WATCH: …"});
 *   <li>it ends with a bracketed upper-case tag, as teaser links do ({@code "… bunker
 *       [REVEALED]"});
 *   <li>it is a time stamp ({@code "Posted at 10:33 a.m."}, {@code "Updated at 4:16 p.m."});
 *   <li>it opens with a photo credit in capitals followed by a dash ({@code "AGENCY/NAME - A
 *       soldier …"}) or with "Photo:";
 *   <li>it contains a {@code " | "} separator, as page titles do;
 *   <li>it has no lower-case letters (tickers, {@code "SEE ALL VIDEOS"});
 *   <li>it ends with a colon: it introduces something else ({@code "Here's what he said:"});
 *   <li>it does not end with sentence-final punctuation ({@code . ! ? …}, optionally followed by
 *       closing quotes or brackets): headlines, section titles, bylines, captions.
 * </ol>
 */
final class Furniture {
  private Furniture() {}

  private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{N} &'’-]{1,30}:\\s");
  private static final Pattern TEASER_TAG = Pattern.compile("\\[[\\p{Lu}\\p{N} !-]{2,}\\]\\s*$");
  private static final Pattern TIME_STAMP =
      Pattern.compile(
          "^(?:posted|updated|published|last updated|first published|modified)\\b.{0,40}\\d",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PHOTO_CREDIT =
      Pattern.compile("^\\p{Lu}[\\p{Lu}.&'’ ]*(?:/\\p{Lu}[\\p{Lu}.&'’ ]*)+\\s+[-–—]\\s");
  private static final Pattern PHOTO_LABEL =
      Pattern.compile("^(?:photo|image|picture)s?:", Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\\s\"'”’»«)\\]]*$");

  /**
   * Returns whether the line is page furniture.
   *
   * @param line one line of an article, without its line break
   * @return whether it holds no claims
   */
  static boolean isFurniture(String line) {
    String s = line.strip();
    return s.codePoints().noneMatch(Character::isLetter)
        || LABEL.matcher(s).find()
        || TEASER_TAG.matcher(s).find()
        || TIME_STAMP.matcher(s).find()
        || PHOTO_CREDIT.matcher(s).find()
        || PHOTO_LABEL.matcher(s).find()
        || s.contains(" | ")
        || s.codePoints().noneMatch(Character::isLowerCase)
        || s.endsWith(":")
        || !SENTENCE_END.matcher(s).find();
  }
}
