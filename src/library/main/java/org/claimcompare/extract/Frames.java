package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds reporting frames in a window of text: a verb of saying with the phrase that names the
 * speaker ("Kremlin spokesman Dmitry Peskov said", "said Boichenko", "according to TASS", "…,
 * saying", "prompted Zelensky … to say").
 */
final class Frames {
  private Frames() {}

  /** How the speaker of a frame was found. */
  enum Type {
    /** A finite verb with its subject before it. */
    FINITE,
    /** "According to X". */
    ACCORDING_TO,
    /** A participle ("…, saying"): the speaker is the main clause's subject. */
    PARTICIPLE,
    /** "To say" after the person who says it. */
    INFINITIVE,
    /** A cue that names no source: "X seems to …", "X is expected to …", "When asked whether …". */
    SOURCELESS
  }

  /**
   * One frame.
   *
   * @param type how the speaker was found
   * @param verb the verb as written (or "according to")
   * @param verbStart the verb's offset in the window
   * @param verbEnd the offset just past the verb (or "according to")
   * @param speaker the phrase naming the speaker, as written
   * @param speakerStart the phrase's offset in the window
   * @param speakerEnd the offset just past the phrase in the window
   */
  record Frame(Type type, String verb, int verbStart, int verbEnd, String speaker,
      int speakerStart, int speakerEnd) {

    Frame(Type type, String verb, int verbStart, int verbEnd, Subjects.Found speaker) {
      this(type, verb, verbStart, verbEnd, speaker.phrase(), speaker.start(), speaker.end());
    }

    /** A frame whose source the text does not name: the cue alone ("is expected", "asked"). */
    static Frame sourceless(String verb, int verbStart, int verbEnd) {
      return new Frame(Type.SOURCELESS, verb, verbStart, verbEnd, "", verbStart, verbStart);
    }

    /** The speaker phrase as found. */
    Subjects.Found subject() {
      return new Subjects.Found(speaker, speakerStart, speakerEnd);
    }
  }

  private static final Pattern QUOTING = verbs(Lexicon.QUOTE_VERBS);
  private static final Pattern PARTICIPLE = verbs(Lexicon.PARTICIPLES);
  private static final Pattern INFINITIVE =
      Pattern.compile("\\bto (" + alternatives(Lexicon.INFINITIVES) + ")\\b");

  /** Builds a lower-case whole-word pattern; longer alternatives first ("called on", "called"). */
  static Pattern verbs(Set<String> words) {
    return Pattern.compile("(?<![\\p{L}'’-])" + firstLetters(words) + "(" + alternatives(words)
        + ")(?![\\p{L}'’-])");
  }

  /** A look-ahead for the words' first letters, which rejects most positions at once. */
  private static String firstLetters(Set<String> words) {
    return words.stream().map(w -> String.format(Locale.ROOT, "\\x{%x}", w.codePointAt(0)))
        .distinct().sorted().collect(Collectors.joining("", "(?=[", "])"));
  }

  /**
   * The words as alternatives, longest first, factored by first letter ({@code s(?:aid|ays)|...}):
   * the same matches as the flat list in the same order, since words with different first letters
   * cannot match at the same place, but a position is tried against one group, not every word.
   */
  private static String alternatives(Set<String> words) {
    Map<Character, List<String>> byFirst = new LinkedHashMap<>();
    words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .forEach(w -> byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w.substring(1)));
    return byFirst.entrySet().stream()
        .map(e -> Pattern.quote(String.valueOf(e.getKey())) + "(?:"
            + e.getValue().stream().map(rest -> rest.isEmpty() ? "" : Pattern.quote(rest))
                .collect(Collectors.joining("|"))
            + ")")
        .collect(Collectors.joining("|"));
  }

  /** Returns the finite quoting-verb frames with a plausible subject, left to right. */
  static ImmutableList<Frame> quoting(String window) {
    return finite(window, QUOTING);
  }

  private static ImmutableList<Frame> finite(String window, Pattern verbs) {
    List<Frame> out = new ArrayList<>();
    Matcher m = verbs.matcher(window);
    while (m.find()) {
      int start = m.start();
      String verb = m.group();
      int end = m.end();
      Subjects.before(window, start)
          .filter(s -> !Lexicon.NOUN_LIKE_VERBS.contains(verb) || namedOrPronoun(s.phrase()))
          .ifPresent(s -> out.add(new Frame(Type.FINITE, verb, start, end, s)));
    }
    return ImmutableList.copyOf(out);
  }

  private static boolean namedOrPronoun(String phrase) {
    List<Token> t = Token.words(phrase);
    Token last = t.get(t.size() - 1);
    return last.capitalised() || Lexicon.PRONOUNS.contains(last.bare());
  }

  /**
   * Returns the frame of a quote's attribution that follows the closing mark directly: {@code ,”
   * he said}, {@code ,” Mr Putin told …}, {@code ,” said Boichenko}. The verb must come within
   * the first twelve words, with only the speaker before it.
   */
  static Optional<Frame> adjacent(String after) {
    Matcher m = QUOTING.matcher(after);
    if (!m.find() || Token.words(after, 0, m.start()).size() > 11) {
      return Optional.empty();
    }
    String verb = m.group();
    if (after.substring(0, m.start()).codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Subjects.after(after, m.end())
          .map(s -> new Frame(Type.FINITE, verb, m.start(), m.end(), s));
    }
    return Subjects.before(after, m.start())
        .filter(s -> after.substring(0, s.start()).matches("[\\s,.!?]*"))
        .map(s -> new Frame(Type.FINITE, verb, m.start(), m.end(), s));
  }

  /** Returns the "according to X" frame of the window, if any. */
  static Optional<Frame> accordingTo(String window) {
    return Subjects.accordingTo(window)
        .map(s -> {
          int start = Subjects.accordingToStart(window).orElse(s.start());
          return new Frame(Type.ACCORDING_TO, "according to", start, start + "according to".length(), s);
        });
  }

  /**
   * Returns the first participle frame whose speaker can be found: the phrase right before the
   * participle ("with the Pentagon saying"), else the subject of an earlier finite frame in the
   * window, else the first name in the window ("Macron expressed dismay …, saying").
   */
  static Optional<Frame> participle(String window) {
    Matcher m = PARTICIPLE.matcher(window);
    while (m.find()) {
      Optional<Subjects.Found> s = participleSpeaker(window, m.start());
      if (s.isPresent()) {
        return Optional.of(new Frame(Type.PARTICIPLE, m.group(), m.start(), m.end(), s.get()));
      }
    }
    return Optional.empty();
  }

  static Optional<Subjects.Found> participleSpeaker(String window, int at) {
    String before = window.substring(0, at).stripTrailing();
    if (!before.endsWith(",")) {
      Optional<Subjects.Found> direct = Subjects.before(window, at);
      if (direct.isPresent()) {
        return direct;
      }
    }
    Optional<Subjects.Found> earlier = quoting(before).stream()
        .findFirst()
        .map(Frame::subject);
    return earlier.isPresent() ? earlier : firstName(window, at);
  }

  /** Returns the "to say" frame: the speaker is the last name before it ("prompted X … to say"). */
  static Optional<Frame> infinitive(String window) {
    Matcher m = INFINITIVE.matcher(window);
    if (!m.find()) {
      return Optional.empty();
    }
    return lastName(window, m.start())
        .map(s -> new Frame(Type.INFINITIVE, m.group(1), m.start(1), m.end(), s));
  }

  /** Returns the first run of capitalised words before {@code end}, skipping function words. */
  static Optional<Subjects.Found> firstName(String window, int end) {
    List<Token> tokens = Token.words(window, 0, end);
    for (int i = 0; i < tokens.size(); i++) {
      if (isNameStart(tokens.get(i))) {
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).capitalised()
            && Subjects.joined(window, tokens, j)) {
          j++;
        }
        Token first = tokens.get(i);
        return Optional.of(new Subjects.Found(
            window.substring(first.start(), tokens.get(j - 1).end()), first.start(), tokens.get(j - 1).end()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Subjects.Found> lastName(String window, int end) {
    List<Token> tokens = Token.words(window, 0, end);
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (isNameStart(tokens.get(i))) {
        return Subjects.trailingName(window, tokens.get(i).end());
      }
    }
    return Optional.empty();
  }

  private static boolean isNameStart(Token t) {
    String b = t.bare();
    return t.capitalised()
        && !Lexicon.CLAUSE_OPENERS.contains(b)
        && !Lexicon.PREPOSITIONS.contains(b)
        && !Lexicon.DETERMINERS.contains(b)
        && !Lexicon.PRONOUNS.contains(b)
        && !Lexicon.SKIPPABLE.contains(b)
        && !COORDINATORS.contains(b);
  }

  /** Words that join clauses: "And also underscoring …" names nobody. */
  private static final Set<String> COORDINATORS = Set.of("and", "or", "nor", "yet", "also");
}
