package org.claimcompare.normalize;

import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The character-level {@link NormalizationStep}s as functions on text. */
final class CharacterSteps {
  private static final ImmutableMap<Integer, String> PUNCTUATION = punctuationTable();
  private static final ImmutableMap<Integer, String> LETTERS = letterTable();

  /** What NFKC makes of a double prime and of a spacing acute accent. */
  private static final String NFKC_DOUBLE_PRIME = "\u2032\u2032";

  private static final String NFKC_ACUTE = " \u0301";

  private static final String ELISION = "\\[\\s*(?:\\.\\s*\\.\\s*\\.|…|(?i:sic))\\s*\\]";

  /** An elision next to punctuation, a space or the end takes the space before it along. */
  private static final Pattern ELISION_AT_BOUNDARY =
      Pattern.compile("\\s*" + ELISION + "(?=[\\s\\p{P}]|$)");

  private static final Pattern ELISION_INSIDE = Pattern.compile(ELISION);
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]*)\\]");

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
      case UNICODE -> Normalizer.normalize(text, Normalizer.Form.NFKC);
      case PUNCTUATION -> punctuation(text);
      case EDITORIAL_BRACKETS -> editorialBrackets(text);
      case CASE_FOLD -> caseFold(text);
      case DIACRITICS -> diacritics(text);
      case WHITESPACE -> WHITE_SPACE.matcher(text).replaceAll(" ").strip();
      case SPELLING, ALIASES -> throw new IllegalArgumentException(step + " works on words");
    };
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

  static String caseFold(String text) {
    return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  static String punctuation(String text) {
    String t = text.replace(NFKC_DOUBLE_PRIME, "\"").replace(NFKC_ACUTE, "'");
    return mapCodePoints(t, PUNCTUATION, true);
  }

  static String editorialBrackets(String text) {
    String t = ELISION_AT_BOUNDARY.matcher(text).replaceAll("");
    t = ELISION_INSIDE.matcher(t).replaceAll(" ");
    // Repeated so that nested brackets go too and the step stays idempotent.
    for (String previous = null; !t.equals(previous); ) {
      previous = t;
      t = BRACKETED.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
    return t;
  }

  static String diacritics(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String bare = DIACRITIC_MARKS.matcher(decomposed).replaceAll("");
    return mapCodePoints(Normalizer.normalize(bare, Normalizer.Form.NFC), LETTERS, false);
  }

  private static String mapCodePoints(
      String text, ImmutableMap<Integer, String> table, boolean spaces) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      String replacement = table.get(cp);
      if (replacement != null) {
        out.append(replacement);
      } else {
        out.appendCodePoint(spaces && Character.isSpaceChar(cp) ? ' ' : cp);
      }
    });
    return out.toString();
  }

  private static ImmutableMap<Integer, String> punctuationTable() {
    ImmutableMap.Builder<Integer, String> table = ImmutableMap.builder();
    put(table, "“”«»„‟″", "\"");
    put(table, "‘’‹›‚‛′`´ʼ", "'");
    put(table, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043", "-");
    put(table, "…", "...");
    put(table, "\u00AD\u200B\u2060\uFEFF", "");
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
