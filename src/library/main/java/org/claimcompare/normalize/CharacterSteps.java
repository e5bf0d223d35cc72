package org.claimcompare.normalize;

import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** The character-level {@link NormalizationStep}s as functions on text. */
final class CharacterSteps {
  private static final ImmutableMap<Integer, String> PUNCTUATION = punctuationTable();
  private static final ImmutableMap<Integer, String> LETTERS = letterTable();
  /** The ASCII characters each table maps, by code. */
  private static final boolean[] PUNCTUATION_ASCII = asciiKeys(PUNCTUATION);
  private static final boolean[] LETTERS_ASCII = asciiKeys(LETTERS);

  /** The combining Greek ypogegrammeni (iota subscript). */
  private static final char YPOGEGRAMMENI = '\u0345';

  /** What NFKC makes of a double prime. */
  private static final String NFKC_DOUBLE_PRIME = "\u2032\u2032";

  /**
   * The spacing acute accent, which writers use as an apostrophe ({@code it´s}). NFKC would make
   * it a space and a combining accent, which cannot be told from a combining accent that really
   * follows a space, so {@link NormalizationStep#UNICODE} leaves it for {@link
   * NormalizationStep#PUNCTUATION}.
   */
  private static final char ACUTE = '\u00B4';

  /**
   * The spacing ypogegrammeni ͺ, a letter (Lm) that NFKC would make a space and a combining
   * ypogegrammeni, which cannot be told from a stray mark after a space (removed with the other
   * stray marks); {@link NormalizationStep#UNICODE} keeps it, so that a text of it keeps its letter.
   */
  private static final char SPACING_YPOGEGRAMMENI = '\u037A';

  private static final String ELISION = "\\[\\s*(?:\\.\\s*\\.\\s*\\.|…|(?i:sic))\\s*\\]";

  /**
   * An elision next to punctuation, a space or the end takes the space before it along. The
   * look-behind lets only the first space of a run start a match, so a long run of spaces is
   * scanned once, not once from each of its spaces.
   */
  private static final Pattern ELISION_AT_BOUNDARY =
      Pattern.compile("(?<!\\s)\\s*" + ELISION + "(?=[\\s\\p{P}]|$)");

  private static final Pattern ELISION_INSIDE = Pattern.compile(ELISION);

  /**
   * The general-purpose combining diacritics; script-specific marks (Arabic harakat, Indic vowel
   * signs, Hebrew points) are letters' parts there and stay.
   */
  private static final Pattern DIACRITIC_MARKS =
      Pattern.compile("[\\x{0300}-\\x{036F}\\x{1AB0}-\\x{1AFF}\\x{1DC0}-\\x{1DFF}"
          + "\\x{20D0}-\\x{20FF}\\x{FE20}-\\x{FE2F}]+");

  private static final Pattern WHITE_SPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private CharacterSteps() {}

  /** Applies one character-level step. */
  static String apply(NormalizationStep step, String text) {
    return switch (step) {
      case UNICODE -> compatibility(text);
      case PUNCTUATION -> punctuation(text);
      case EDITORIAL_BRACKETS -> editorialBrackets(text);
      case CASE_FOLD -> caseFold(text);
      case DIACRITICS -> diacritics(text);
      case WHITESPACE -> isPlainlySpaced(text) ? text : WHITE_SPACE.matcher(text).replaceAll(" ").strip();
      case SPELLING, ALIASES -> throw new IllegalArgumentException(step + " works on words");
    };
  }

  /**
   * Whether {@link NormalizationStep#WHITESPACE} leaves the text as it is: ASCII, its words apart
   * by single spaces (the only ASCII white space besides the controls U+0009 to U+000D), and no
   * white space at either end.
   */
  private static boolean isPlainlySpaced(String text) {
    int last = text.length() - 1;
    if (last >= 0 && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(last)))) {
      return false;
    }
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || c >= 0x09 && c <= 0x0D || c == ' ' && text.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  /** Folds a single word the way alias entries are compared: Unicode, case and diacritics. */
  static String fold(String word) {
    if (isLowerAsciiWord(word)) {
      return word; // already folded: the common case, worth skipping three Unicode passes
    }
    return diacritics(caseFold(Normalizer.normalize(word, Normalizer.Form.NFKC)));
  }

  private static boolean isLowerAsciiWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * NFKC after removing the invisible format characters (as Unicode's NFKC_Casefold does), so that
   * a letter and a mark they separated compose now rather than on a second pass; the spacing acute
   * accent and the spacing ypogegrammeni are kept (see {@link #ACUTE}, {@link #SPACING_YPOGEGRAMMENI}).
   */
  static String compatibility(String text) {
    if (isAscii(text)) {
      return text; // NFKC leaves ASCII as it is, and it has no format character
    }
    return aroundKept(withoutInvisibles(text), CharacterSteps::nextKept,
        run -> Normalizer.normalize(run, Normalizer.Form.NFKC));
  }

  /** The index of the next character that NFKC must leave as it is ({@link #ACUTE}, {@link #SPACING_YPOGEGRAMMENI}). */
  private static int nextKept(String text, int from) {
    for (int k = from; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == ACUTE || c == SPACING_YPOGEGRAMMENI) {
        return k;
      }
    }
    return -1;
  }

  /** Finds the next character at or after {@code from} that a step must keep as it is, or -1. */
  private interface KeptFinder {
    int next(String text, int from);
  }

  /**
   * Applies {@code step} to the runs between the characters that {@code kept} finds, which are
   * copied as they are: one pass, and {@code step} alone on a text that has none of them.
   */
  private static String aroundKept(String text, KeptFinder kept, UnaryOperator<String> step) {
    int at = kept.next(text, 0);
    if (at < 0) {
      return step.apply(text);
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (; at >= 0; at = kept.next(text, from)) {
      out.append(step.apply(text.substring(from, at))).append(text.charAt(at));
      from = at + 1;
    }
    return out.append(step.apply(text.substring(from))).toString();
  }

  private static String withoutInvisibles(String text) {
    if (isAscii(text) || text.codePoints().noneMatch(CharacterSteps::isInvisible)) {
      return text; // no ASCII character is a format character
    }
    StringBuilder visible = new StringBuilder(text.length());
    text.codePoints().filter(cp -> !isInvisible(cp)).forEach(visible::appendCodePoint);
    return visible.toString();
  }

  /**
   * Upper case then lower case with {@link Locale#ROOT}, then the two lower-case letters that are
   * not their own case fold become their folds, as in Unicode's full case folding: ß (left by
   * the capital ẞ, which has no other upper case) becomes ss, and final sigma ς becomes σ. Java
   * lower-cases a capital sigma by its context (ς at the end of a word), and later steps change
   * that context by removing marks and apostrophes, so keeping ς would make normalisation depend
   * on how often it ran. The result is recomposed (NFC).
   *
   * <p>The combining ypogegrammeni U+0345 is the one combining mark whose case is a letter (ι, as
   * ᾳ folds to αι). One without a letter to sit on (at the start, or after a space or punctuation
   * and any other marks) stays a mark, so that it does not become a letter that starts the next
   * word; the diacritics step then removes it like any other stray mark.
   */
  static String caseFold(String text) {
    if (strayYpogegrammeni(text, 0) < 0) {
      return foldSegment(text);
    }
    // A kept mark sits before the marks of the next run: NFC puts them in canonical order.
    String folded = aroundKept(text, CharacterSteps::strayYpogegrammeni, CharacterSteps::foldSegment);
    return Normalizer.normalize(folded, Normalizer.Form.NFC);
  }

  private static String foldSegment(String text) {
    if (isAscii(text)) {
      return text.toLowerCase(Locale.ROOT); // ASCII folds to its lower case, already composed
    }
    String lower = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    // Case mapping can leave a letter and a mark that compose (ı + ◌́ becomes i + ◌́, that is í).
    return Normalizer.normalize(lower.replace("ß", "ss").replace('ς', 'σ'), Normalizer.Form.NFC);
  }

  /** The index of the first U+0345 at or after {@code from} that follows no letter, or -1. */
  private static int strayYpogegrammeni(String text, int from) {
    for (int at = text.indexOf(YPOGEGRAMMENI, from); at >= 0; at = text.indexOf(YPOGEGRAMMENI, at + 1)) {
      int base = at;
      while (base > 0 && isMark(text.codePointBefore(base))) {
        base -= Character.charCount(text.codePointBefore(base));
      }
      if (base == 0 || !Character.isLetter(text.codePointBefore(base))) {
        return at;
      }
    }
    return -1;
  }

  /** Whether {@code cp} is a combining mark (Unicode categories Mn, Mc and Me). */
  static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  static String punctuation(String text) {
    String t = withoutInvisibles(text).replace(NFKC_DOUBLE_PRIME, "\"");
    return mapCodePoints(t, PUNCTUATION, PUNCTUATION_ASCII, true);
  }

  /**
   * Whether a character is an invisible format character (Unicode category Cf): the soft hyphen,
   * zero-width space, non-joiner and joiner, word joiner, byte order mark, direction marks,
   * embeddings and isolates, tag characters. They change how text is drawn, joined or broken into
   * lines, never which letters it has, so {@link NormalizationStep#UNICODE} and {@link
   * NormalizationStep#PUNCTUATION} remove them all alike wherever they stand: {@code Ki}, a zero-width joiner and {@code ev} read {@code Kiev},
   * as they do with a soft hyphen between them. The prepended concatenation marks (the Arabic number signs U+0600–U+0605 and U+06DD,
   * the Syriac abbreviation mark U+070F and their kin) are Cf too but visible, and stay.
   */
  static boolean isInvisible(int cp) {
    return Character.getType(cp) == Character.FORMAT && !isPrependedConcatenationMark(cp);
  }

  private static boolean isPrependedConcatenationMark(int cp) {
    return cp >= 0x0600 && cp <= 0x0605 || cp == 0x06DD || cp == 0x070F || cp == 0x0890
        || cp == 0x0891 || cp == 0x08E2 || cp == 0x110BD || cp == 0x110CD;
  }

  static String editorialBrackets(String text) {
    if (text.indexOf('[') < 0) {
      return text; // both the elisions and the brackets dropped start with one
    }
    String t = ELISION_AT_BOUNDARY.matcher(text).replaceAll("");
    t = withoutMatchedBrackets(ELISION_INSIDE.matcher(t).replaceAll(" "));
    // A dropped bracket can bring a letter and a mark together that compose (e[◌́] is é).
    return t.equals(text) ? text : Normalizer.normalize(t, Normalizer.Form.NFC);
  }

  /**
   * Drops every pair of square brackets that match, nested ones too, and keeps unmatched ones:
   * one pass with a stack of open brackets, linear in the text however deep the nesting.
   */
  private static String withoutMatchedBrackets(String text) {
    boolean[] dropped = new boolean[text.length()];
    int[] open = new int[text.length()];
    int depth = 0;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        open[depth++] = i;
      } else if (c == ']' && depth > 0) {
        dropped[open[--depth]] = true;
        dropped[i] = true;
        any = true;
      }
    }
    if (!any) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!dropped[i]) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  static String diacritics(String text) {
    if (isAscii(text)) {
      return text; // every normalisation form leaves ASCII as it is, and it has no mark or letter mapped
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String bare = DIACRITIC_MARKS.matcher(decomposed).replaceAll("");
    return mapCodePoints(Normalizer.normalize(bare, Normalizer.Form.NFC), LETTERS, LETTERS_ASCII, false);
  }

  /**
   * The text with each code point in {@code table} replaced, and with {@code spaces} each space
   * character a plain space. The ASCII prefix that needs neither (the whole of most English texts)
   * is copied as it is, found through {@code asciiKeys}, the table's ASCII keys by code: the only
   * ASCII space character is the space itself.
   */
  private static String mapCodePoints(
      String text, ImmutableMap<Integer, String> table, boolean[] asciiKeys, boolean spaces) {
    int start = 0;
    while (start < text.length() && text.charAt(start) < 0x80 && !asciiKeys[text.charAt(start)]) {
      start++;
    }
    if (start == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, start);
    for (int i = start; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      String replacement = table.get(cp);
      if (replacement != null) {
        out.append(replacement);
      } else {
        out.appendCodePoint(spaces && Character.isSpaceChar(cp) ? ' ' : cp);
      }
    }
    return out.toString();
  }

  private static boolean[] asciiKeys(ImmutableMap<Integer, String> table) {
    boolean[] keys = new boolean[0x80];
    table.keySet().stream().filter(cp -> cp < 0x80).forEach(cp -> keys[cp] = true);
    return keys;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static ImmutableMap<Integer, String> punctuationTable() {
    ImmutableMap.Builder<Integer, String> table = ImmutableMap.builder();
    put(table, "“”«»„‟″", "\"");
    // With the Greek varia and oxia, which are canonically the grave and the acute accent.
    put(table, "‘’‹›‚‛′`´ʼ\u1FEF\u1FFD", "'");
    put(table, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043", "-");
    put(table, "…", "...");
    // The one letter with an apostrophe in it, which NFKC or case folding would spell out anyway.
    put(table, "ŉ", "'n");
    return table.buildOrThrow();
  }

  private static ImmutableMap<Integer, String> letterTable() {
    ImmutableMap.Builder<Integer, String> table = ImmutableMap.builder();
    String[][] pairs = {
      {"ø", "o"}, {"Ø", "O"}, {"ł", "l"}, {"Ł", "L"}, {"đ", "d"}, {"Đ", "D"}, {"ð", "d"},
      {"Ð", "D"}, {"þ", "th"}, {"Þ", "Th"}, {"æ", "ae"}, {"Æ", "AE"}, {"œ", "oe"}, {"Œ", "OE"},
      {"ß", "ss"}, {"ẞ", "SS"}, {"ı", "i"}, {"ĳ", "ij"}, {"Ĳ", "IJ"}, {"ħ", "h"}, {"Ħ", "H"},
    };
    for (String[] pair : pairs) {
      put(table, pair[0], pair[1]);
    }
    return table.buildOrThrow();
  }

  private static void put(ImmutableMap.Builder<Integer, String> table, String from, String to) {
    from.codePoints().forEach(cp -> table.put(cp, to));
  }
}
