package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a speaker phrase into its canonical form, using the full names an article mentions.
 *
 * <table>
 *   <caption>Canonical forms</caption>
 *   <tr><th>phrase</th><th>speaker</th></tr>
 *   <tr><td>Russian President Vladimir Putin</td><td>Vladimir Putin</td></tr>
 *   <tr><td>Kremlin spokesman Dmitry Peskov</td><td>Dmitry Peskov</td></tr>
 *   <tr><td>House Speaker Paul D. Ryan</td><td>Paul D. Ryan (an initial keeps its dot)</td></tr>
 *   <tr><td>Chancellor Angela Merkel of Germany</td><td>Angela Merkel (a full name before "of"
 *       is the person)</td></tr>
 *   <tr><td>Mr Putin, Mr. Putin, Putin</td><td>Vladimir Putin (the longest full name in the
 *       article that ends with the surname; the first one seen wins a tie)</td></tr>
 *   <tr><td>The official</td><td>the official (a description keeps its determiner)</td></tr>
 *   <tr><td>the Kremlin</td><td>the Kremlin (an institution: determiner and capitalised
 *       words)</td></tr>
 *   <tr><td>the British Ministry of Defense (MOD), The MOD update</td><td>the MOD</td></tr>
 *   <tr><td>state-run TASS</td><td>TASS</td></tr>
 * </table>
 *
 * <p>A name is the run of capitalised words that ends the phrase, after the last title or
 * organisation word in it and without leading nationality adjectives (see {@link Lexicon}).
 */
final class Names {
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");
  private final Map<String, String> fullNameBySurname;

  private Names(Map<String, String> fullNameBySurname) {
    this.fullNameBySurname = fullNameBySurname;
  }

  /**
   * Indexes the full names (two or more capitalised words once titles are stripped) in the
   * paragraphs of {@code text}, furniture included (a caption or byline may give a full name).
   */
  static Names index(String text, List<Paragraph> paragraphs) {
    Map<String, String> bySurname = new LinkedHashMap<>();
    for (Paragraph p : paragraphs) {
      for (List<Token> run : capitalisedRuns(text, Token.words(text, p.start(), p.end()))) {
        List<Token> name = stripToName(run);
        if (name.size() >= 2 && name.stream().allMatch(Names::mixedCase)) {
          String full = join(text, name);
          String surname = name.get(name.size() - 1).bare();
          String known = bySurname.get(surname);
          if (known == null || full.split(" ").length > known.split(" ").length) {
            bySurname.put(surname, full);
          }
        }
      }
    }
    return new Names(bySurname);
  }

  /** Returns the distinct full names indexed, in the order first seen. */
  ImmutableSet<String> fullNames() {
    return ImmutableSet.copyOf(fullNameBySurname.values());
  }

  /** Returns the full name for a surname, if the article has one. */
  Optional<String> fullName(String surname) {
    return Optional.ofNullable(fullNameBySurname.get(Lexicon.bare(surname)));
  }

  /** Returns the canonical speaker for a phrase (see the class comment); empty if none. */
  Optional<String> canonical(String phrase) {
    List<Token> tokens = dropPlace(phrase, dropPublicationNoun(Token.words(phrase)));
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    if (tokens.size() == 1 && Lexicon.ROLE_NOUNS.contains(tokens.get(0).bare())) {
      return Optional.of(tokens.get(0).bare());
    }
    boolean determiner = Subjects.isDeterminer(tokens.get(0));
    List<Token> run = trailingRun(phrase, tokens);
    if (run.isEmpty()) {
      return Optional.of(description(phrase, tokens));
    }
    if (determiner && run.size() == tokens.size() - 1 || determiner && institution(tokens)) {
      return Optional.of(institutionName(phrase, tokens));
    }
    List<Token> name = stripToName(run);
    if (name.isEmpty()) {
      return Optional.of(description(phrase, tokens));
    }
    return Optional.of(name.size() == 1
        ? fullName(name.get(0).text()).orElse(join(phrase, name)) : join(phrase, name));
  }

  /**
   * "Chancellor Angela Merkel of Germany" → "Chancellor Angela Merkel": a person's full name
   * followed by "of" and capitalised words is the person, not the place or body after "of".
   */
  private static List<Token> dropPlace(String phrase, List<Token> tokens) {
    for (int i = tokens.size() - 2; i >= 2; i--) {
      if (tokens.get(i).text().equals("of")) {
        List<Token> after = tokens.subList(i + 1, tokens.size());
        List<Token> run = trailingRun(phrase, tokens.subList(0, i));
        boolean place = after.stream().allMatch(t -> t.capitalised() || t.text().equals("the"));
        if (place && stripToName(run).size() >= 2) {
          return tokens.subList(0, i);
        }
        return tokens;
      }
    }
    return tokens;
  }

  /** "the MOD update" → "the MOD": a body's publication speaks for the body. */
  private static List<Token> dropPublicationNoun(List<Token> tokens) {
    int n = tokens.size();
    if (n >= 2 && Lexicon.PUBLICATION_NOUNS.contains(tokens.get(n - 1).bare())
        && tokens.get(n - 2).capitalised() && !Subjects.isDeterminer(tokens.get(n - 2))) {
      return tokens.subList(0, n - 1);
    }
    return tokens;
  }

  private static List<Token> trailingRun(String phrase, List<Token> tokens) {
    int i = tokens.size();
    while (i > 0 && tokens.get(i - 1).capitalised() && !Subjects.isDeterminer(tokens.get(i - 1))
        && (i == tokens.size() || Subjects.joined(phrase, tokens, i))) {
      i--;
    }
    return tokens.subList(i, tokens.size());
  }

  /** Determiner followed only by capitalised words and connectors ("the Ministry of Defense"). */
  private static boolean institution(List<Token> tokens) {
    return tokens.subList(1, tokens.size()).stream()
        .allMatch(t -> t.capitalised() || ImmutableSet.of("of", "for", "and", "the", "&")
            .contains(t.bare()));
  }

  private static String institutionName(String phrase, List<Token> tokens) {
    String determiner = tokens.get(0).text().toLowerCase(Locale.ROOT);
    Token last = tokens.get(tokens.size() - 1);
    boolean acronym = tokens.size() > 2 && last.text().length() >= 2
        && last.text().codePoints().allMatch(Character::isUpperCase);
    return determiner + " " + (acronym ? last.text() : join(phrase, tokens.subList(1, tokens.size())));
  }

  private static String description(String phrase, List<Token> tokens) {
    Token first = tokens.get(0);
    String rest = phrase.substring(first.end(), tokens.get(tokens.size() - 1).end());
    String head = Subjects.isDeterminer(first) ? first.text().toLowerCase(Locale.ROOT) : first.text();
    return (head + rest).replaceAll("\\s+", " ");
  }

  /**
   * Returns the person's name in a run of capitalised words: after the last title or
   * organisation word, without leading function words and nationality adjectives, without a
   * possessive.
   */
  static List<Token> stripToName(List<Token> run) {
    int from = 0;
    for (int i = 0; i < run.size(); i++) {
      if (Lexicon.isTitle(run.get(i).text())
          || Lexicon.ORGANISATION_WORDS.contains(run.get(i).bare())) {
        from = i + 1;
      }
    }
    while (from < run.size() && leadingNonName(run, from)) {
      from++;
    }
    return run.subList(from, run.size());
  }

  private static boolean leadingNonName(List<Token> run, int i) {
    String b = run.get(i).bare();
    boolean beforeTitle = i + 1 < run.size() && Lexicon.isTitle(run.get(i + 1).text());
    return Lexicon.isNationality(run.get(i).text(), beforeTitle)
        || Lexicon.CLAUSE_OPENERS.contains(b)
        || Lexicon.PREPOSITIONS.contains(b)
        || Lexicon.DETERMINERS.contains(b)
        || Lexicon.SKIPPABLE.contains(b)
        || Lexicon.PRONOUNS.contains(b);
  }

  /**
   * Returns the runs of capitalised words separated only by spaces (or an abbreviation's dot); a
   * possessive ends its run ("Joe Biden's Tuesday address").
   */
  static ImmutableList<List<Token>> capitalisedRuns(String text, List<Token> tokens) {
    ImmutableList.Builder<List<Token>> out = ImmutableList.builder();
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j < tokens.size() && tokens.get(j).capitalised()
          && (j == i || Subjects.joined(text, tokens, j) && !possessive(tokens.get(j - 1)))) {
        j++;
      }
      if (j > i) {
        out.add(tokens.subList(i, j));
      }
      i = Math.max(j, i + 1);
    }
    return out.build();
  }

  private static boolean possessive(Token t) {
    return t.text().endsWith("'s") || t.text().endsWith("’s");
  }

  /** A word of a personal name has lower-case letters; acronyms ("NATO") are not names. */
  private static boolean mixedCase(Token t) {
    return t.text().codePoints().anyMatch(Character::isLowerCase);
  }

  /** The words joined by spaces; an initial keeps its dot ("Paul D. Ryan", "G.K. Moss"). */
  private static String join(String text, List<Token> tokens) {
    return tokens.stream()
        .map(t -> withoutPossessive(t) + (initial(text, t) ? "." : ""))
        .collect(Collectors.joining(" "));
  }

  private static boolean initial(String text, Token t) {
    return t.end() < text.length() && text.charAt(t.end()) == '.'
        && INITIALS.matcher(t.text()).matches();
  }

  private static String withoutPossessive(Token t) {
    String s = t.text();
    return s.endsWith("'s") || s.endsWith("’s") ? s.substring(0, s.length() - 2) : s;
  }
}
