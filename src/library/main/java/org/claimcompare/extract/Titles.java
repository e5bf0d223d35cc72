package org.claimcompare.extract;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises quotations that name a work or programme rather than quote anyone: {@code on ABC's
 * “This Week”}, {@code the film “The Big Short”}, {@code host of “Morning Joe”}, {@code “Meet the
 * Press” program}.
 *
 * <p>A quotation is a title when its words are title-like (the first capitalised, every other one
 * capitalised or a short function word, no sentence punctuation inside; a final comma or full stop
 * is the sentence's) and the words around it introduce a title: "on", "watch", "host of", "star
 * of", "author of", "titled", a noun for a work or programme just before it ("the film", "her
 * book", "the CBS show"), a possessive broadcaster or author ("NBC's", "Fox News'") or such a noun
 * just after it ("“Today” show"). Quoted speech in title case ("“Make America Great Again,” he
 * said") lacks these cues and stays a quote.
 */
final class Titles {
  private Titles() {}

  private static final ImmutableSet<String> FUNCTION_WORDS = ImmutableSet.of("a", "an", "the",
      "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
      "is", "are", "vs", "into", "over", "de", "la", "le", "y", "para", "en", "du", "des");
  private static final String WORKS = "film|movie|book|show|program|programme|album|song|series"
      + "|sitcom|documentary|novel|memoir|play|musical|column|op-ed|essay|headline|podcast|segment"
      + "|broadcast|newsletter|drama|comedy|miniseries|special|hit|single|poem|anthem|magazine|blog"
      + "|episode|edition|radio";
  /** The end of the text before a title. */
  private static final Pattern BEFORE = Pattern.compile("(?i)(?:\\b(?:on|watch|watching|watched"
      + "|host|hosts|co-host|anchor|star|stars|author|authors|creator|producer|director|cast)"
      + "(?: of)?|\\b(?:titled|entitled)|\\b(?:" + WORKS + ")s?(?: called| named| of|,)?"
      + "|\\p{Lu}[\\p{L}.&-]*(?:['’]s|s['’]))\\s*$");
  /** The start of the text after a title. */
  private static final Pattern AFTER = Pattern.compile("(?i)^[,.]?\\s*(?:" + WORKS
      + "|star|stars|actor|actress|host|ad|ads|hat|hats|movement|reboot|sequel|episode|season"
      + "|franchise|TV)\\b");
  /** How far before and after a quotation its cues are looked for. */
  private static final int REACH = 40;

  /**
   * Returns whether the quotation with words {@code words} between offsets {@code open} (its
   * opening mark) and {@code end} (just past its closing mark) names a work or programme.
   */
  static boolean isTitle(String text, int open, int end, String words) {
    if (!titleLike(words)) {
      return false;
    }
    String before = text.substring(Math.max(0, open - REACH), open);
    String after = text.substring(end, Math.min(text.length(), end + REACH));
    return BEFORE.matcher(before).find() || AFTER.matcher(after).find();
  }

  /** Returns whether the words are capitalised like a title, without a sentence inside. */
  static boolean titleLike(String words) {
    String inner = words.replaceAll("[.,]+$", "");
    if (inner.isEmpty() || inner.matches("(?s).*(?:[,;:!?]|\\.\\s).*")) {
      return false;
    }
    List<Token> tokens = Token.words(inner);
    if (tokens.isEmpty() || !tokens.get(0).capitalised()) {
      return false;
    }
    return tokens.stream().allMatch(t -> t.capitalised()
        || Character.isDigit(t.text().charAt(0))
        || FUNCTION_WORDS.contains(t.text()));
  }
}
