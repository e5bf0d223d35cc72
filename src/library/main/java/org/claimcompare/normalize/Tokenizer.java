package org.claimcompare.normalize;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words: runs of letters and digits (with their combining marks), joined across
 * internal apostrophes, dots of single-letter abbreviations ({@code u.s.}) and digit separators
 * ({@code 1,000}, {@code 3.5}). Apostrophe endings are then resolved: possessive {@code 's} and
 * trailing {@code '} are dropped, common English contractions are expanded ({@code can't → can
 * not}, {@code they're → they are}; a negation standing alone, as tokenised corpora write it, is
 * {@code n't → not}), and any other apostrophe is removed ({@code o'brien →
 * obrien}).
 */
final class Tokenizer {
  private static final String APOSTROPHES = "'\u2019";

  /** Contraction endings after an apostrophe and the word each stands for. */
  private static final ImmutableMap<String, String> ENDINGS = ImmutableMap.of(
      "re", "are", "ve", "have", "ll", "will", "m", "am", "d", "would");

  /** Negated auxiliaries whose stem is not the verb with its {@code n} dropped. */
  private static final ImmutableMap<String, String> IRREGULAR_NEGATIONS = ImmutableMap.of(
      "ca", "can", "wo", "will", "sha", "shall", "ai", "is");

  private Tokenizer() {}

  /**
   * One word of the text as written and the word tokens it stands for.
   *
   * @param start offset of the first character
   * @param end offset after the last character
   * @param surfaces the word tokens, usually one; two for an expanded contraction
   * @param keptFrom offset from which the source is kept when the word is rewritten: the start of a
   *     dropped possessive {@code 's}, otherwise {@code end}
   */
  record RawWord(int start, int end, ImmutableList<String> surfaces, int keptFrom) {}

  /** Returns the words of {@code text} in order. */
  static List<RawWord> scan(String text) {
    List<RawWord> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        RawWord word = readWord(text, i);
        words.add(word);
        i = word.end();
      } else {
        i += Character.charCount(cp);
      }
    }
    return words;
  }

  /** Whether {@code text} is exactly one word run, with nothing to join or drop. */
  static boolean isSingleRun(String text) {
    return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0))
        && runEnd(text, 0) == text.length();
  }

  /**
   * Reads the word at {@code start}: a run, then as long as a separator joins it to the next run,
   * that run too. Apostrophes split the word into parts that {@link #resolve} interprets once the
   * whole word is known.
   */
  private static RawWord readWord(String text, int start) {
    int end = runEnd(text, start);
    if (end == text.length() || !continuesWord(text.charAt(end))) {
      // The common case, a plain run of letters and digits: no parts to join.
      return new RawWord(start, end, ImmutableList.of(text.substring(start, end)), end);
    }
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    int runStart = start;
    int pos = end;
    part.append(text, start, pos);
    int lastApostrophe = -1;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (APOSTROPHES.indexOf(c) >= 0 && startsRun(text, pos + 1)) {
        lastApostrophe = pos;
        parts.add(part.toString());
        part.setLength(0);
      } else if (!joinsRun(text, runStart, pos)) {
        break;
      } else if (c == '.' && isDigits(text, runStart, pos)) {
        part.append('.'); // a decimal point; abbreviation dots and thousands commas go
      }
      runStart = pos + 1;
      pos = runEnd(text, runStart);
      part.append(text, runStart, pos);
    }
    parts.add(part.toString());
    return resolve(parts, start, pos, lastApostrophe);
  }

  /** Whether a word may go on after a run ending at {@code c}: an apostrophe, a dot or a comma. */
  private static boolean continuesWord(char c) {
    return c == '.' || c == ',' || APOSTROPHES.indexOf(c) >= 0;
  }

  /** Whether the separator at {@code pos} joins the run before it to the run after it. */
  private static boolean joinsRun(String text, int runStart, int pos) {
    char c = text.charAt(pos);
    if (c != '.' && c != ',') {
      return false;
    }
    if (c == '.' && isSingleLetter(text, runStart, pos)) {
      return isSingleLetter(text, pos + 1, runEnd(text, pos + 1));
    }
    if (!isDigits(text, runStart, pos)) {
      return false;
    }
    if (c == '.') {
      return pos + 1 < text.length() && Character.isDigit(text.codePointAt(pos + 1));
    }
    int groupEnd = runEnd(text, pos + 1);
    return c == ',' && groupEnd == pos + 4 && isDigits(text, pos + 1, groupEnd);
  }

  private static RawWord resolve(List<String> parts, int start, int end, int lastApostrophe) {
    if (parts.size() == 1) {
      return new RawWord(start, end, ImmutableList.of(parts.get(0)), end);
    }
    String last = parts.get(parts.size() - 1);
    String head = String.join("", parts.subList(0, parts.size() - 1));
    String ending = last.toLowerCase(Locale.ROOT);
    if (ending.equals("s")) {
      return new RawWord(start, end, ImmutableList.of(head), lastApostrophe);
    }
    ImmutableList<String> expanded = expand(head, last, ending);
    return new RawWord(start, end, expanded, end);
  }

  private static ImmutableList<String> expand(String head, String last, String ending) {
    if (ending.equals("t") && head.toLowerCase(Locale.ROOT).endsWith("n")) {
      String stem = head.substring(0, head.length() - 1);
      String not = Cases.match(last, "not");
      if (stem.isEmpty()) {
        // A negation split off its verb, as tokenised corpora write it ("ca n't", "do n't").
        return ImmutableList.of(not);
      }
      String verb = IRREGULAR_NEGATIONS.get(stem.toLowerCase(Locale.ROOT));
      return ImmutableList.of(verb == null ? stem : Cases.match(stem, verb), not);
    }
    String word = ENDINGS.get(ending);
    return word == null
        ? ImmutableList.of(head + last)
        : ImmutableList.of(head, Cases.match(last, word));
  }

  private static int runEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        // ASCII: letters and digits are the word's; no ASCII character is a mark.
        if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9')) {
          break;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      boolean part = i == from ? Character.isLetterOrDigit(cp) : isWordPart(cp);
      if (!part) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static boolean isWordPart(int cp) {
    return Character.isLetterOrDigit(cp) || CharacterSteps.isMark(cp);
  }

  private static boolean startsRun(String text, int pos) {
    return pos < text.length() && Character.isLetterOrDigit(text.codePointAt(pos));
  }

  private static boolean isSingleLetter(String text, int from, int to) {
    return from < to && Character.isLetter(text.codePointAt(from))
        && from + Character.charCount(text.codePointAt(from)) == to;
  }

  private static boolean isDigits(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i += Character.charCount(text.codePointAt(i))) {
      if (!Character.isDigit(text.codePointAt(i))) {
        return false;
      }
    }
    return true;
  }
}
