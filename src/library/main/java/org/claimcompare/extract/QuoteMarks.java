package org.claimcompare.extract;

/**
 * Which characters open and close quotations, and when a mark is really a quotation mark.
 *
 * <p>Supported pairs: “…”, „…“, „…”, «…», »…«, »…», ‹…›, ›…‹, ‘…’, ‚…‘, ‚…’, ”…”, straight
 * "…" and '…', and the typewriter style of some newspapers, ``…'' and ''…'' (the doubled mark
 * reads as nested single marks, which {@link QuoteScanner} takes off the quoted words). Sloppy
 * typography is tolerated: straight and curly double marks close each other ("…” and “…"), and
 * “ closes “ when no word follows it ({@code “…“ said X}). A mark opens only when a word follows
 * it; a mark closes only when a non-space character precedes it (guillemets allow the French inner
 * space). The marks that double as apostrophes (’ and ') never close inside a word ("Ukraine’s",
 * "didn't"), " closes before a word only right after {@code , . ! ?} ({@code ,"Katie Packer
 * said}), and ' never opens after a letter. A double mark closes after a stray space that follows the
 * quote's last punctuation ({@code ,' " he said}).
 */
final class QuoteMarks {
  private QuoteMarks() {}

  private static final String ALL = "“”„«»‹›‘’‚\"'`";
  private static final String AFTER_OPENING = "([{—–-/:;“„«»‹‘‚\"'`";

  /** Returns whether {@code c} is any quotation mark. */
  static boolean isMark(char c) {
    return ALL.indexOf(c) >= 0;
  }

  /** Returns whether {@code c} is a single quotation mark, which may also be an apostrophe. */
  static boolean isSingle(char c) {
    return "‘’‚'`‹›".indexOf(c) >= 0;
  }

  /** Returns the marks that close a quotation opened by {@code open}. */
  static String closersOf(char open) {
    switch (open) {
      case '“':
        return "”\"“";
      case '"':
        return "\"”";
      case '`':
        return "'";
      case '„':
        return "“”";
      case '«':
        return "»";
      case '»':
        return "«»";
      case '‹':
        return "›";
      case '›':
        return "‹›";
      case '‘':
        return "’";
      case '‚':
        return "‘’";
      case '”':
        return "”";
      default:
        return String.valueOf(open);
    }
  }

  /**
   * Returns whether the mark at {@code i} can open a quotation in {@code text[start, end)}.
   *
   * @param outermost whether no quotation is open; ” opens (Swedish style) only then
   */
  static boolean canOpen(String text, int i, int start, int end, boolean outermost) {
    char c = text.charAt(i);
    boolean spaced = c == '«'; // French typography puts a space inside guillemets
    if (i + 1 >= end || !spaced && Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    char prev = i > start ? text.charAt(i - 1) : ' ';
    boolean afterSpace = Character.isWhitespace(prev) || AFTER_OPENING.indexOf(prev) >= 0;
    switch (c) {
      case '“':
      case '„':
      case '«':
      case '‹':
        return true;
      case '‘':
      case '‚':
        return !Character.isLetterOrDigit(prev);
      case '”':
        return outermost && afterSpace;
      case '"':
      case '\'':
      case '`':
      case '»':
      case '›':
        return afterSpace;
      default:
        return false;
    }
  }

  /**
   * Returns whether the double mark at {@code i} follows a space that strayed in after the quote's
   * last punctuation ({@code ,' " he said}): a space before it, punctuation before the space, and
   * no word after it, so it cannot open.
   */
  private static boolean strayedSpace(String text, int i, int start, int end) {
    char c = text.charAt(i);
    return (c == '"' || c == '”') && i - 2 >= start && text.charAt(i - 1) == ' '
        && ",.!?'’".indexOf(text.charAt(i - 2)) >= 0
        && (i + 1 >= end || Character.isWhitespace(text.charAt(i + 1)));
  }

  /** Returns whether the mark at {@code i} can close a quotation in {@code text[start, end)}. */
  static boolean canClose(String text, int i, int start, int end) {
    char c = text.charAt(i);
    boolean spaced = c == '»' || c == '«' || strayedSpace(text, i, start, end);
    if (i <= start || !spaced && Character.isWhitespace(text.charAt(i - 1))) {
      return false;
    }
    boolean wordFollows = i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1));
    if (c == '"' && wordFollows) {
      return ",.!?".indexOf(text.charAt(i - 1)) >= 0;
    }
    return !((c == '’' || c == '\'' || c == '“' || c == '`') && wordFollows);
  }
}
