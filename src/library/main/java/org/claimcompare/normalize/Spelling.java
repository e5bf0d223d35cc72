package org.claimcompare.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * British to American spelling of one lower-case word: listed pairs with their inflections first,
 * then the doubled {@code l} of listed verbs, then the general rules {@code -ise → -ize}, {@code
 * -yse → -yze} and {@code -our → -or}, each with its exceptions. The lists are in {@code
 * spelling.txt} next to this class, which documents the format.
 *
 * <p>Immutable and thread-safe.
 */
final class Spelling {
  private static final String RESOURCE = "spelling.txt";

  /** Inflections that may join the stem with a dropped final e or a doubled consonant. */
  private static final ImmutableList<String> INFLECTIONS =
      ImmutableList.of("ings", "ing", "ers", "est", "ed", "er", "s", "es");

  /** Derivations that attach to the whole listed word: centre+al is central, not centeral. */
  private static final ImmutableList<String> DERIVATIONS = ImmutableList.of(
      "ically", "ments", "fully", "ical", "ally", "ists", "isms", "ness", "less", "ment",
      "ful", "ist", "ism", "ish", "ic", "al", "ly", "y");

  private static final ImmutableList<String> DOUBLE_L_SUFFIXES =
      ImmutableList.of("ing", "ers", "ors", "ists", "ous", "ed", "er", "or", "ist");

  /**
   * Endings of words that keep -ise in American English; -icise and -acise are not among them
   * (criticise, ostracise).
   */
  private static final Pattern KEEP_ISE_ENDING =
      Pattern.compile("(?:wise|prise|vise|[^ia]cise|guise|aise|oise|uise)$");

  /** At least three letters before -is-: shorter stems are rise, wise, crises, not verbs. */
  private static final Pattern ISE = Pattern.compile(
      "(\\p{L}{3,})is(e|es|ed|ing|er|ers|ation|ations|ational|able|ably|ability)");

  private static final Pattern YSE = Pattern.compile("(\\p{L}{3,})ys(e|es|ed|ing|er|ers)");

  private static final Pattern OUR = Pattern.compile(
      "(\\p{L}+)our(s|ed|ing|er|ers|ite|ites|itism|able|ably|ful|fully|less|hood|hoods|ism|ist"
          + "|ists|ly|y|al|ally|ize|ized|izes|izing|ization)?");

  private final ImmutableMap<String, String> pairs;
  /**
   * The first two letters of every listed British word. An inflected or derived form starts with
   * its listed word less at most its last letter, so a word whose first two letters are not here
   * cannot be found through the list (every listed word has at least three letters).
   */
  private final ImmutableSet<String> pairPrefixes;
  private final ImmutableSet<String> doubleL;
  /** The length of the longest verb in {@link #doubleL}: no longer ending can be listed. */
  private final int longestDoubleL;
  private final ImmutableSet<String> keepIse;
  private final ImmutableSet<String> keepOur;

  private Spelling(Map<String, List<String>> sections, Map<String, String> pairs) {
    this.pairs = ImmutableMap.copyOf(pairs);
    pairs.keySet().forEach(k -> checkArgument(k.length() >= 3, "listed word shorter than three letters: %s", k));
    this.pairPrefixes = pairs.keySet().stream().map(k -> k.substring(0, 2)).collect(ImmutableSet.toImmutableSet());
    this.doubleL = ImmutableSet.copyOf(sections.getOrDefault("double-l", List.of()));
    this.longestDoubleL = doubleL.stream().mapToInt(String::length).max().orElse(0);
    this.keepIse = ImmutableSet.copyOf(sections.getOrDefault("keep-ise", List.of()));
    this.keepOur = ImmutableSet.copyOf(sections.getOrDefault("keep-our", List.of()));
  }

  /** Returns the rules with the lists shipped in {@code spelling.txt}, loaded once. */
  static Spelling standard() {
    return Standard.INSTANCE;
  }

  /**
   * Parses lists in the format of {@code spelling.txt}.
   *
   * @throws IllegalArgumentException naming the line of a malformed entry
   */
  static Spelling parse(String text) {
    return SpellingFile.parse(text);
  }

  /** Returns the American spelling of {@code word}, which must be in lower case. */
  String americanize(String word) {
    Optional<String> listed = fromPairs(word).or(() -> undoubleL(word));
    if (listed.isPresent()) {
      return listed.get();
    }
    // -ise goes first so that -our sees colourize, not colourise. Each rule's pattern needs its
    // letters, so a cheap contains() spares most words the regular expressions.
    String w = word.contains("is") ? iseToIze(word) : word;
    w = w.contains("ys") ? yseToYze(w) : w;
    return w.contains("our") ? ourToOr(w) : w;
  }

  private Optional<String> fromPairs(String word) {
    if (word.length() < 2 || !pairPrefixes.contains(word.substring(0, 2))) {
      return Optional.empty();
    }
    String listed = pairs.get(word);
    if (listed != null) {
      return Optional.of(listed);
    }
    for (String suffix : INFLECTIONS) {
      Optional<String> inflected = inflect(word, suffix);
      if (inflected.isPresent()) {
        return inflected;
      }
    }
    return derive(word);
  }

  private Optional<String> derive(String word) {
    for (String suffix : DERIVATIONS) {
      if (word.length() > suffix.length() && word.endsWith(suffix)) {
        String american = pairs.get(stem(word, suffix));
        if (american != null) {
          return Optional.of(american + suffix);
        }
      }
    }
    return Optional.empty();
  }

  /** Inflects a listed word: centr+ing is centre, so center+ing; programm+ed keeps its mm. */
  private Optional<String> inflect(String word, String suffix) {
    if (word.length() <= suffix.length() || !word.endsWith(suffix)) {
      return Optional.empty();
    }
    String stem = stem(word, suffix);
    List<String> candidates =
        startsWithVowel(suffix) ? List.of(stem, stem + "e", undouble(stem)) : List.of(stem);
    return candidates.stream()
        .filter(pairs::containsKey)
        .findFirst()
        .map(candidate -> joinSuffix(pairs.get(candidate), stem, suffix));
  }

  private static String joinSuffix(String american, String britishStem, String ending) {
    if (!startsWithVowel(ending)) {
      return american + ending;
    }
    if (american.endsWith("e")) {
      return american.substring(0, american.length() - 1) + ending;
    }
    // A consonant the British stem doubles stays doubled: programmed, not programed.
    char last = american.charAt(american.length() - 1);
    boolean doubled = britishStem.endsWith("" + last + last) && !american.endsWith("" + last + last);
    return american + (doubled ? String.valueOf(last) : "") + ending;
  }

  private Optional<String> undoubleL(String word) {
    if (!word.contains("ll")) {
      return Optional.empty();
    }
    for (String suffix : DOUBLE_L_SUFFIXES) {
      if (word.endsWith("ll" + suffix)) {
        String base = word.substring(0, word.length() - suffix.length() - 1);
        if (endsWithListed(base, doubleL, longestDoubleL)) {
          return Optional.of(base + suffix);
        }
      }
    }
    return Optional.empty();
  }

  private String iseToIze(String word) {
    Matcher m = ISE.matcher(word);
    if (!m.matches() || keepsIse(m.group(1) + "ise")) {
      return word;
    }
    return m.group(1) + "iz" + m.group(2);
  }

  private boolean keepsIse(String base) {
    return keepIse.contains(base) || KEEP_ISE_ENDING.matcher(base).find();
  }

  private static String yseToYze(String word) {
    Matcher m = YSE.matcher(word);
    return m.matches() ? m.group(1) + "yz" + m.group(2) : word;
  }

  private String ourToOr(String word) {
    Matcher m = OUR.matcher(word);
    if (!m.matches() || keepOur.contains(m.group(1) + "our")) {
      return word;
    }
    return m.group(1) + "or" + (m.group(2) == null ? "" : m.group(2));
  }

  /** Whether an ending of {@code word} no longer than {@code longest} is listed: O(longest²). */
  private static boolean endsWithListed(String word, Set<String> listed, int longest) {
    for (int i = Math.max(0, word.length() - longest); i < word.length(); i++) {
      if (listed.contains(word.substring(i))) {
        return true;
      }
    }
    return false;
  }

  private static String stem(String word, String suffix) {
    return word.substring(0, word.length() - suffix.length());
  }

  private static String undouble(String stem) {
    int n = stem.length();
    boolean doubled = n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2);
    return doubled ? stem.substring(0, n - 1) : stem;
  }

  private static boolean startsWithVowel(String suffix) {
    return "aeiouy".indexOf(suffix.charAt(0)) >= 0;
  }

  /** Reads {@code spelling.txt}: {@code [section]} headers, then entries, one per line. */
  private static final class SpellingFile {
    private static final Set<String> SECTIONS = Set.of("pairs", "double-l", "keep-ise", "keep-our");

    private final Map<String, List<String>> sections = new HashMap<>();
    private final Map<String, String> pairs = new HashMap<>();
    private @Nullable String section;

    static Spelling parse(String text) {
      SpellingFile file = new SpellingFile();
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).replaceFirst("#.*", "").strip();
        if (!line.isEmpty()) {
          file.readLine(line, i + 1);
        }
      }
      return new Spelling(file.sections, file.pairs);
    }

    private void readLine(String line, int number) {
      if (line.startsWith("[")) {
        section = line.endsWith("]") ? line.substring(1, line.length() - 1) : line;
        checkArgument(SECTIONS.contains(section),
            "line %s: unknown section %s, expected one of %s", number, line, SECTIONS);
        return;
      }
      checkArgument(section != null, "line %s: entry before the first [section]", number);
      addEntry(section, line, number);
    }

    private void addEntry(String current, String line, int number) {
      String[] words = line.split("\\s+");
      int expected = current.equals("pairs") ? 2 : 1;
      checkArgument(words.length == expected,
          "line %s: expected %s word(s) in [%s]: %s", number, expected, current, line);
      if (expected == 2) {
        checkArgument(pairs.put(words[0], words[1]) == null,
            "line %s: %s listed twice", number, words[0]);
      } else {
        sections.computeIfAbsent(current, s -> new ArrayList<>()).add(words[0]);
      }
    }
  }

  /** Lazy holder: the resource is read on first use, once. */
  private static final class Standard {
    static final Spelling INSTANCE = parse(read());

    private static String read() {
      try {
        // Read by our own class: on the module path, only the library's code sees its resources.
        try (InputStream in = checkNotNull(Spelling.class.getResourceAsStream(RESOURCE), RESOURCE)) {
          return new String(in.readAllBytes(), UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
