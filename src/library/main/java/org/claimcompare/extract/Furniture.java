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
  private static final Pattern PHOTO_LABEL =
      Pattern.compile("^(?:photo|image|picture)s?:", Pattern.CASE_INSENSITIVE);
  /** The characters of a name in a photo credit, after its first capital. */
  private static final String CREDIT_MARKS = ".&'’ ";

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
        || isPhotoCredit(s)
        || PHOTO_LABEL.matcher(s).find()
        || s.contains(" | ")
        || s.codePoints().noneMatch(Character::isLowerCase)
        || s.endsWith(":")
        || !SENTENCE_END.matcher(s).find();
  }

  /**
   * Whether the line opens with a photo credit: names in capitals (with {@code . & ' ’} and
   * spaces) joined by slashes, at least two, then white space, a dash and white space ({@code
   * "AFP/DANIEL LEAL - "}). A hand-written scan, linear in the line: a regular expression with a
   * repeated group recurses once per name and overflows the stack on a line of thousands.
   */
  static boolean isPhotoCredit(String line) {
    if (line.isEmpty() || !isCapital(line.codePointAt(0))) {
      return false;
    }
    int slashes = 0;
    int i = Character.charCount(line.codePointAt(0));
    int lastNonSpace = i;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == '/' && next < line.length() && isCapital(line.codePointAt(next))) {
        slashes++;
      } else if (!isCapital(cp) && CREDIT_MARKS.indexOf(cp) < 0) {
        break;
      }
      lastNonSpace = cp == ' ' ? lastNonSpace : next;
      i = next;
    }
    return slashes > 0 && dashBetweenSpaces(line, lastNonSpace);
  }

  /** Whether {@code line} continues at {@code from} with white space, a dash and white space. */
  private static boolean dashBetweenSpaces(String line, int from) {
    int i = from;
    while (i < line.length() && isRegexSpace(line.charAt(i))) {
      i++;
    }
    return i > from && i + 1 < line.length() && "-–—".indexOf(line.charAt(i)) >= 0
        && isRegexSpace(line.charAt(i + 1));
  }

  private static boolean isCapital(int cp) {
    return Character.getType(cp) == Character.UPPERCASE_LETTER;
  }

  /** The white space of {@code \s} in a regular expression: ASCII only. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
