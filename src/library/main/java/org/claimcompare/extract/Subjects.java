package org.claimcompare.extract;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the noun phrase that names who speaks: the subject before a verb ("Kremlin spokesman
 * Dmitry Peskov said"), the phrase after an inverted verb ("said Boichenko") or after "according
 * to", an antecedent of "who", and an apposition between commas ("the head of X, Sergei
 * Naryshkin, has stated").
 *
 * <p>All methods work on a window of text (a sentence or part of one) in which other quotations
 * may have been masked by {@link #MASK}; they return the phrase as written, with white space
 * collapsed.
 */
final class Subjects {
  private Subjects() {}

  /** Replaces the characters of quotations that are claims of their own; acts as a boundary. */
  static final char MASK = '¦';

  private static final String BOUNDARY_CHARS = ",;:()[]¦—–\"“”«»„!?";
  private static final Pattern ACRONYM_IN_PARENS = Pattern.compile("\\((\\p{Lu}{2,8})\\)");
  /** Verbs of aspect before "to" and a cue: "continue to believe", "began to argue". */
  private static final ImmutableSet<String> ASPECTUAL = ImmutableSet.of("continue", "continues",
      "continued", "begin", "begins", "began", "start", "starts", "started", "tend", "tends",
      "tended", "used", "came", "come", "comes");
  /** Determiners that stand alone as a subject: "Some said", "Others told", "Both agreed". */
  private static final ImmutableSet<String> PRONOUN_DETERMINERS =
      ImmutableSet.of("some", "many", "several", "both", "all", "most", "few", "others", "one", "another");
  /**
   * A US party and state label in brackets, "(D-N.C.)", "(R-Utah)", "(I)", "(Vt.)", or between
   * commas, ", R-Ky.,".
   */
  static final Pattern PARTY_LABEL = Pattern.compile(
      "\\((?:[DRI](?:[-–,] ?\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)?|\\p{Lu}\\p{Ll}{1,4}\\.)\\)"
      + "|, ?[DRI]-\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?,");
  /** Initials written together: "G.K" (of "G.K. Butterfield"). */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+");
  /** Words that open a clause before its subject ("then he said", "whom he called"). */
  private static final java.util.Set<String> LEADING_NON_SUBJECT =
      java.util.Set.of("then", "whom", "who", "that", "which", "so", "naturally");
  private static final Pattern SPACED_DASH = Pattern.compile(" [-–—] ");
  private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to\\s+");
  private static final Pattern PHRASE_END = Pattern.compile("[,.;:!?¦()\\[\\]\"“”]");

  /**
   * A subject phrase and where it starts in its window.
   *
   * @param phrase the words, white space collapsed
   * @param start the offset of its first character in the window
   * @param end the offset just past its last character in the window
   */
  record Found(String phrase, int start, int end) {}

  /**
   * Returns the subject of the verb that starts at {@code verbStart} in {@code window}: the words
   * back to the nearest clause boundary, without auxiliaries, adverbs and trailing time phrases
   * ("has", "also", "on Friday"), when they form a plausible noun phrase.
   */
  static Optional<Found> before(String window, int verbStart) {
    // Only the text before the verb is read, so only it is rewritten.
    String w = unparenthesiseAcronyms(window.substring(0, verbStart));
    int b = clauseStart(w, verbStart);
    List<Token> tokens = stripTrailing(Token.words(w, b, verbStart));
    if (tokens.isEmpty()) {
      return apposition(w, b);
    }
    if (tokens.size() == 1 && tokens.get(0).bare().equals("who")) {
      return antecedent(w, b);
    }
    if (tokens.size() > 1 && tokens.get(tokens.size() - 1).bare().equals("who")) {
      return relativeAntecedent(w, tokens.subList(0, tokens.size() - 1));
    }
    Optional<Found> placed = beforePlace(w, b, tokens);
    return placed.isPresent() ? placed : validate(w, cutAdverbial(tokens));
  }

  /**
   * "Ann Cole of Dover, Delaware, said": when the subject found is a place name after a comma
   * that follows "of" or "from" and a place, the subject is the phrase before the comma.
   */
  private static Optional<Found> beforePlace(String w, int b, List<Token> tokens) {
    if (b < 1 || w.charAt(b - 1) != ',' || tokens.size() > 3
        || !tokens.stream().allMatch(Token::capitalised)) {
      return Optional.empty();
    }
    List<Token> left = Token.words(w, clauseStart(w, b - 1), b - 1);
    int i = left.size();
    while (i > 0 && left.get(i - 1).capitalised()) {
      i--;
    }
    boolean fromPlace = i >= 2 && i < left.size()
        && (left.get(i - 1).text().equals("of") || left.get(i - 1).text().equals("from"))
        && !Lexicon.PREPOSITIONS.contains(left.get(0).bare());
    return fromPlace ? validate(w, left) : Optional.empty();
  }

  /**
   * Returns the subject of a verb coordinated with an earlier one ("Mr. Trump was forced into …
   * and said", "Clinton has disputed both critiques, but says"): the subject of the nearest
   * earlier verb that has one.
   */
  static Optional<Found> coordinated(String window, int verbStart) {
    List<Token> tokens = Token.words(window, 0, verbStart);
    for (int i = tokens.size() - 2; i >= 1; i--) {
      if (verbLike(tokens, i) || Lexicon.CUES.contains(tokens.get(i).text())) {
        Optional<Found> subject = before(window, tokens.get(i).start());
        if (subject.isPresent()) {
          return subject;
        }
      }
    }
    return Optional.empty();
  }

  /** Returns the phrase right after an inverted verb ("said the official", "said Boichenko"). */
  static Optional<Found> after(String window, int from) {
    List<Token> tokens = Token.words(window, from, window.length());
    if (tokens.isEmpty() || !window.substring(from, tokens.get(0).start()).isBlank()) {
      return Optional.empty();
    }
    int n = 0;
    while (n < tokens.size() && n < 8 && phraseWord(tokens, n) && joined(window, tokens, n)) {
      n++;
    }
    List<Token> phrase = tokens.subList(0, n);
    boolean named = phrase.stream().anyMatch(t -> t.capitalised() && !isDeterminer(t)
        || Lexicon.isTitle(t.text())) || n > 1 && isDeterminer(phrase.get(0));
    return named ? Optional.of(found(window, phrase)) : Optional.empty();
  }

  /** Returns the source named by "according to X" in the window, if any. */
  static Optional<Found> accordingTo(String window) {
    Matcher m = ACCORDING_TO.matcher(window);
    if (!m.find()) {
      return Optional.empty();
    }
    Matcher end = PHRASE_END.matcher(window);
    int stop = end.find(m.end()) ? end.start() : window.length();
    List<Token> tokens = Token.words(window, m.end(), stop);
    return tokens.isEmpty() || tokens.size() > 16
        ? Optional.empty()
        : Optional.of(found(window, tokens));
  }

  /** Returns the offset where "according to" starts in the window, if present. */
  static Optional<Integer> accordingToStart(String window) {
    Matcher m = ACCORDING_TO.matcher(window);
    return m.find() ? Optional.of(m.start()) : Optional.empty();
  }

  /**
   * Returns the name phrase that ends {@code text[0, end)}: capitalised words with the titles and
   * nationality adjectives among them ("by Kremlin spokesman Dmitry Peskov" gives "Kremlin
   * spokesman Dmitry Peskov").
   */
  static Optional<Found> trailingName(String text, int end) {
    List<Token> tokens = Token.words(text, 0, end);
    int i = tokens.size();
    while (i > 0 && nameWord(tokens.get(i - 1)) && (i == tokens.size() || joined(text, tokens, i))) {
      i--;
    }
    List<Token> name = tokens.subList(i, tokens.size());
    boolean ok = !name.isEmpty() && name.get(name.size() - 1).capitalised()
        && onlySpaceAfter(text, name.get(name.size() - 1).end(), end);
    return ok ? Optional.of(found(text, name)) : Optional.empty();
  }

  /** Returns the start of the clause that contains {@code end}: just past the last boundary. */
  static int clauseStart(String w, int end) {
    int b = 0;
    for (int i = end - 1; i >= 0; i--) {
      if (BOUNDARY_CHARS.indexOf(w.charAt(i)) >= 0) {
        b = i + 1;
        break;
      }
    }
    Matcher dash = SPACED_DASH.matcher(w).region(b, end);
    while (dash.find()) {
      b = dash.end();
    }
    for (Token t : Token.words(w, b, end)) {
      if (Lexicon.CLAUSE_OPENERS.contains(t.bare())) {
        b = t.end();
      }
    }
    return b;
  }

  /**
   * "(MOD)" becomes " MOD " so that an acronym in brackets does not end the subject, and a
   * party-and-state label ("(D-N.C.)", "(R)", "(Vt.)") becomes spaces, so that "Rep. Ann Cole
   * (D-Md.) said" has the subject "Rep. Ann Cole". Offsets are kept.
   */
  private static String unparenthesiseAcronyms(String window) {
    String w = ACRONYM_IN_PARENS.matcher(window).replaceAll(" $1 ");
    Matcher m = PARTY_LABEL.matcher(w);
    if (!m.find()) {
      return w;
    }
    StringBuilder out = new StringBuilder(w);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    } while (m.find());
    return out.toString();
  }

  private static List<Token> stripTrailing(List<Token> tokens) {
    int n = tokens.size();
    while (n > 0 && skippable(tokens.get(n - 1))) {
      n--;
    }
    if (n >= 3 && tokens.get(n - 1).text().equals("to") && ASPECTUAL.contains(tokens.get(n - 2).text())) {
      return stripTrailing(tokens.subList(0, n - 2)); // "I continue to believe"
    }
    return tokens.subList(0, n);
  }

  private static boolean skippable(Token t) {
    String b = t.bare();
    boolean adverb = !t.capitalised() && b.length() > 4 && b.endsWith("ly")
        && !Lexicon.TITLES.contains(b);
    return Lexicon.SKIPPABLE.contains(b) || adverb;
  }

  /** Drops a trailing adverbial after a name ("Lahuta in an early Thursday statement"). */
  private static List<Token> cutAdverbial(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      if (Lexicon.ADVERBIAL_PREPOSITIONS.contains(tokens.get(i).text())
          && tokens.get(i - 1).capitalised()) {
        return tokens.subList(0, i);
      }
    }
    return tokens;
  }

  /**
   * Accepts a subject of at most 12 words with no verb or auxiliary in it (a verb of saying in it
   * ends a clause of its own: the subject is what follows it; "then", "whom" … before it go) (a lower-case word in
   * -ed counts as a verb unless a determiner precedes it) that does not end in a determiner, a
   * preposition or a number. A leading preposition marks an adverbial ("On the one hand Zelensky"): then the
   * name at its end, or the rest without the preposition, is the subject.
   */
  private static Optional<Found> validate(String w, List<Token> tokens) {
    if (tokens.isEmpty() || tokens.size() > 12) {
      return Optional.empty();
    }
    int cue = lastCue(tokens);
    if (cue >= 0) {
      return validate(w, tokens.subList(cue + 1, tokens.size()));
    }
    if (tokens.size() > 1 && LEADING_NON_SUBJECT.contains(tokens.get(0).bare())) {
      return validate(w, tokens.subList(1, tokens.size()));
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (verbLike(tokens, i)) {
        return Optional.empty();
      }
    }
    Token last = tokens.get(tokens.size() - 1);
    if (tokens.size() == 1 && PRONOUN_DETERMINERS.contains(last.bare())) {
      return Optional.of(found(w, tokens)); // "Some said", "Others told"
    }
    if (isDeterminer(last) || Lexicon.PREPOSITIONS.contains(last.bare())
        || last.bare().equals("and") || last.bare().equals("or")
        || Character.isDigit(last.text().charAt(0))) {
      return Optional.empty(); // "… has 200 pledged delegates": a number is no subject's head
    }
    String first = tokens.get(0).bare();
    if (first.equals("and") || first.equals("or")) {
      return validate(w, tokens.subList(1, tokens.size()));
    }
    if (Lexicon.PREPOSITIONS.contains(first)) {
      return afterPreposition(w, tokens.subList(1, tokens.size()));
    }
    return Optional.of(found(w, tokens));
  }

  /**
   * The last lower-case verb of saying in a would-be subject ("Mrs. Cole said she" before
   * "believed"), whose own clause holds the real subject; -1 if none.
   */
  private static int lastCue(List<Token> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      boolean verb = Lexicon.QUOTE_VERBS.contains(t.text()) && !Lexicon.NOUN_LIKE_VERBS.contains(t.text())
          || Lexicon.PARTICIPLES.contains(t.text());
      if (verb && !t.capitalised()) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<Found> afterPreposition(String w, List<Token> rest) {
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    int i = rest.size();
    while (i > 0 && rest.get(i - 1).capitalised() && joined(w, rest, i - 1)) {
      i--;
    }
    boolean justDeterminer = i == 0 || i == 1 && isDeterminer(rest.get(0));
    if (i < rest.size() && !justDeterminer) {
      return Optional.of(found(w, rest.subList(i, rest.size())));
    }
    return justDeterminer ? Optional.of(found(w, rest)) : Optional.empty();
  }

  private static boolean verbLike(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String b = t.bare();
    if (t.capitalised() && i > 0) {
      return false;
    }
    boolean past = b.length() > 4 && b.endsWith("ed") && !Lexicon.TITLES.contains(b)
        && !(i > 0 && isDeterminer(tokens.get(i - 1)));
    boolean cue = !t.capitalised() && Lexicon.CUES.contains(t.text()) && !Lexicon.NOUN_FORMS.contains(t.text());
    return Lexicon.NOT_IN_SUBJECT.contains(b) || !t.capitalised() && past || cue;
  }

  /** "X, NAME, has stated": the name between the two commas before the verb. */
  private static Optional<Found> apposition(String w, int clauseStart) {
    int comma = clauseStart - 1;
    while (comma >= 0 && w.charAt(comma) == ' ') {
      comma--;
    }
    if (comma >= 0 && "—–-".indexOf(w.charAt(comma)) >= 0) {
      return beforeDashes(w, comma);
    }
    if (comma < 0 || w.charAt(comma) != ',') {
      return Optional.empty();
    }
    Optional<Found> name = trailingName(w, comma).filter(f -> precededByComma(w, f.start()));
    if (name.isPresent()) {
      Optional<Found> placed = beforePlace(w, clauseStart(w, name.get().end()),
          Token.words(w, name.get().start(), name.get().end()));
      return placed.isPresent() ? placed : name;
    }
    return beforeDescription(w, comma);
  }

  /**
   * "Murphy — after a knock on wood — told": the subject before a parenthetical between dashes
   * of at most twelve words.
   */
  private static Optional<Found> beforeDashes(String w, int dash) {
    int previous = -1;
    for (int i = dash - 1; i >= 0 && previous < 0; i--) {
      if (w.charAt(i) == w.charAt(dash) && (i == 0 || w.charAt(i - 1) == ' ')) {
        previous = i;
      }
    }
    if (previous <= 0 || Token.words(w, previous + 1, dash).size() > 12) {
      return Optional.empty();
    }
    return before(w, previous);
  }

  /**
   * "NAME, DESCRIPTION, said": the subject before appositions or relative clauses between commas
   * ("Newt Gingrich, a Trump ally, said"; "Clinton, who called Sanders, told"; "Trump, 70,
   * told"; "Ann Cole, 59, of Dover, Del., who watched, said"). The comma-separated segments back
   * to the clause's start (at most six, of at most twenty words each) are read in text order;
   * the first that is a plausible subject wins, if it opens the clause or is a name or a
   * description with a determiner ("In Boston, Mayor Ann Cole, a Democrat, said" gives "Mayor
   * Ann Cole"). The description after it opens with a determiner, a capitalised word, a number,
   * "who" or any word after a name.
   */
  private static Optional<Found> beforeDescription(String w, int comma) {
    List<Integer> commas = new ArrayList<>();
    int right = comma;
    int stop = clauseBoundaryBefore(w, comma);
    while (commas.size() < 6) {
      int previous = w.lastIndexOf(',', right - 1);
      if (previous < stop || Token.words(w, previous + 1, right).size() > 20) {
        break;
      }
      commas.add(previous);
      right = previous;
    }
    for (int j = commas.size() - 1; j >= 0; j--) {
      int end = commas.get(j);
      int start = j == commas.size() - 1 ? stop : commas.get(j + 1) + 1;
      List<Token> segment = stripTrailing(Token.words(w, start, end));
      int next = j == 0 ? comma : commas.get(j - 1);
      List<Token> description = Token.words(w, end + 1, next);
      if (segment.isEmpty() || segment.size() > 12 || description.isEmpty()
          || Lexicon.PREPOSITIONS.contains(segment.get(0).bare())
          || Lexicon.CLAUSE_OPENERS.contains(segment.get(0).bare())) {
        continue;
      }
      boolean name = segment.stream().allMatch(Subjects::nameWord)
          && segment.get(segment.size() - 1).capitalised();
      boolean opens = j == commas.size() - 1;
      if (!(name || opens || isDeterminer(segment.get(0)))
          || !(name || opensDescription(description.get(0)))) {
        continue;
      }
      Optional<Found> subject = validate(w, cutAdverbial(segment));
      if (subject.isPresent()) {
        return subject;
      }
    }
    return Optional.empty();
  }

  /** The offset just past the last boundary other than a comma before {@code end}, or 0. */
  private static int clauseBoundaryBefore(String w, int end) {
    for (int i = end - 1; i >= 0; i--) {
      char c = w.charAt(i);
      if (c != ',' && BOUNDARY_CHARS.indexOf(c) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean opensDescription(Token t) {
    String b = t.bare();
    return isDeterminer(t) || t.capitalised() || Character.isDigit(t.text().charAt(0))
        || b.equals("who") || b.equals("whose") || b.equals("at") || b.equals("of") || b.equals("from");
  }

  /**
   * "voters who said …", "Senator Bob Corker who said …": the noun right before "who", with the
   * run of capitalised words it ends.
   */
  private static Optional<Found> relativeAntecedent(String w, List<Token> before) {
    int i = before.size() - 1;
    Token last = before.get(i);
    if (Lexicon.PRONOUNS.contains(last.bare()) || Lexicon.PREPOSITIONS.contains(last.bare())
        || isDeterminer(last) || verbLike(before, i)) {
      return Optional.empty();
    }
    while (last.capitalised() && i > 0 && before.get(i - 1).capitalised() && joined(w, before, i)) {
      i--;
    }
    return Optional.of(found(w, before.subList(i, before.size())));
  }

  /** "Kremlin spokesman Dmitry Peskov, who assured …": the name before ", who". */
  private static Optional<Found> antecedent(String w, int clauseStart) {
    int comma = clauseStart;
    while (comma > 0 && w.charAt(comma - 1) != ',') {
      comma--;
    }
    return comma > 0 ? trailingName(w, comma - 1) : Optional.empty();
  }

  private static boolean precededByComma(String w, int start) {
    int i = start - 1;
    while (i >= 0 && Character.isWhitespace(w.charAt(i))) {
      i--;
    }
    return i >= 0 && w.charAt(i) == ',';
  }

  private static boolean onlySpaceAfter(String text, int from, int end) {
    return text.substring(from, end).chars().allMatch(c -> Character.isWhitespace(c) || c == '.');
  }

  /**
   * A word of an inverted speaker phrase: a determiner first, then capitalised words, titles and
   * other lower-case words up to a preposition, clause opener, adverb or verb.
   */
  private static boolean phraseWord(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String b = t.bare();
    if (isDeterminer(t)) {
      return i == 0;
    }
    return t.capitalised()
        || !Lexicon.PREPOSITIONS.contains(b) && !Lexicon.CLAUSE_OPENERS.contains(b)
            && !Lexicon.SKIPPABLE.contains(b) && !Lexicon.NOT_IN_SUBJECT.contains(b)
            && !Lexicon.PRONOUNS.contains(b) && !Lexicon.AUXILIARIES.contains(b)
            && !b.endsWith("ing") && !b.endsWith("ly");
  }

  private static boolean nameWord(Token t) {
    return t.capitalised() && !Lexicon.CLAUSE_OPENERS.contains(t.bare())
            && !Lexicon.PREPOSITIONS.contains(t.bare()) && !isDeterminer(t)
        || Lexicon.isTitle(t.text())
        || Lexicon.ORGANISATION_WORDS.contains(t.bare());
  }

  /** Returns whether token {@code i} follows token {@code i - 1} with only spaces between. */
  static boolean joined(String text, List<Token> tokens, int i) {
    if (i == 0) {
      return true;
    }
    Token prev = tokens.get(i - 1);
    String gap = text.substring(prev.end(), tokens.get(i).start());
    boolean abbreviation = Lexicon.ABBREVIATIONS.contains(prev.bare()) || prev.text().length() == 1
        || INITIALS.matcher(prev.text()).matches();
    return gap.isBlank() || abbreviation && gap.startsWith(".") && gap.substring(1).isBlank();
  }

  static boolean isDeterminer(Token t) {
    return Lexicon.DETERMINERS.contains(t.bare());
  }

  private static Found found(String w, List<Token> tokens) {
    int start = tokens.get(0).start();
    String phrase = w.substring(start, tokens.get(tokens.size() - 1).end());
    return new Found(phrase.replaceAll("\\s+", " "), start, tokens.get(tokens.size() - 1).end());
  }
}
