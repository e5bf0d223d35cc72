package org.claimcompare.eval;

import static org.claimcompare.eval.PythonText.WORD;
import static org.claimcompare.eval.PythonText.WORD_CHAR;
import static org.claimcompare.eval.PythonText.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head name of a gold Source, and whether a predicted speaker names it: the speaker rule of
 * {@code extract_score.py}, word for word.
 *
 * <p>The head name is the last word of the Source's first run of two or more capitalised words,
 * else of its first capitalised word before any comma or parenthesis, else its last word before any
 * comma or parenthesis; lower-cased, a possessive {@code 's} dropped. Titles and other small words
 * ({@code Mr.}, {@code Sen.}, {@code President}, {@code the}, ...) do not count as capitalised and so
 * end a run, as does punctuation other than a title's dot; suffixes ({@code II}, {@code Jr}) are
 * dropped from runs. A Source that is empty or one pronoun-like word has none.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>Source</th><th>head name</th></tr>
 *   <tr><td>{@code Sen. Elizabeth Warren (D-Mass.)}</td><td>{@code warren}</td></tr>
 *   <tr><td>{@code longtime Democratic pollster Pat Caddell}</td><td>{@code caddell}</td></tr>
 *   <tr><td>{@code the campaign's spokesman}</td><td>{@code spokesman}</td></tr>
 *   <tr><td>{@code Trump's campaign}</td><td>{@code trump}</td></tr>
 *   <tr><td>{@code he}</td><td>none</td></tr>
 * </table>
 *
 * <p>Where the script fails (a Source whose part before the first comma is not empty but has no
 * word, such as {@code "— , aides"}), the head is the Source's last word. Thread-safe.
 */
final class HeadName {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you", "him", "her",
      "them", "us", "me", "who", "his", "their", "its", "our", "my", "this", "that", "which", "one", "another",
      "some", "others", "many", "both", "all", "everyone", "someone", "said", "says");
  private static final Set<String> SUFFIXES = Set.of("II", "III", "IV", "Jr", "Sr");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "senator", "rep",
      "representative", "gov", "governor", "president", "gen", "general", "lt", "col", "capt", "prof",
      "professor", "judge", "justice", "secretary", "rev", "the", "a", "an", "his", "her", "their", "its",
      "former", "vice", "first", "lady", "speaker", "democrat", "republican", "democratic", "gop", "chairman",
      "mayor", "attorney", "sheriff", "st", "sir", "dame", "lord", "u", "s", "us", "house", "senate", "but",
      "and", "in", "on", "as", "when");
  /** A word, or one mark that is neither a word character, a space nor a dot. */
  private static final Pattern TOKEN =
      Pattern.compile(WORD.pattern() + "|[^\\p{L}\\p{N}_" + PythonText.SPACE_MEMBERS + ".]");
  private static final Pattern FIRST_PART_END = Pattern.compile("[,(]");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

  private HeadName() {}

  /**
   * Returns the head name of a gold Source, lower-cased, or empty when the Source is empty or a
   * pronoun-like word.
   */
  static Optional<String> of(String source) {
    List<String> words = all(WORD, source);
    if (words.isEmpty() || words.size() == 1 && PRONOUNS.contains(lower(words.get(0)))) {
      return Optional.empty();
    }
    String firstPart = FIRST_PART_END.split(source, 2)[0];
    List<String> firstWords = all(WORD, firstPart);
    List<List<String>> runs = capitalisedRuns(source);
    List<String> name = runs.stream().filter(r -> r.size() >= 2).findFirst()
        .or(() -> runs.stream().filter(r -> !r.isEmpty() && firstWords.contains(r.get(0))).findFirst())
        .orElseGet(() -> fallbackWords(firstPart.isEmpty() ? source : firstPart, words));
    return Optional.of(lower(POSSESSIVE.matcher(name.get(name.size() - 1)).replaceFirst("")));
  }

  /** The words of {@code part}, or of the whole Source where the script would fail on a wordless part. */
  private static List<String> fallbackWords(String part, List<String> sourceWords) {
    List<String> words = all(WORD, part);
    return words.isEmpty() ? sourceWords : words;
  }

  /**
   * Whether a predicted speaker names the head: the head occurs in it, case-insensitively, as a
   * whole word.
   */
  static boolean named(String head, String speaker) {
    Pattern whole = Pattern.compile("(?<!" + WORD_CHAR + ")" + Pattern.quote(head) + "(?!" + WORD_CHAR + ")");
    return whole.matcher(lower(speaker)).find();
  }

  /** The runs of capitalised words, suffixes dropped (a run may so become empty). */
  private static List<List<String>> capitalisedRuns(String source) {
    List<List<String>> runs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String t : all(TOKEN, source)) {
      if (capitalised(t)) {
        current.add(t);
      } else if (!current.isEmpty()) {
        runs.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      runs.add(current);
    }
    runs.forEach(r -> r.removeIf(SUFFIXES::contains));
    return runs;
  }

  private static boolean capitalised(String token) {
    String lower = lower(token);
    return Character.isUpperCase(token.codePointAt(0)) && !TITLES.contains(lower.replaceAll("\\.+$", ""))
        && !PRONOUNS.contains(lower);
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
