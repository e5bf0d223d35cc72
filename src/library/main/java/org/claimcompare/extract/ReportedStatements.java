package org.claimcompare.extract;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcompare.Span;

/**
 * Finds the reported statement of one clause: a statement made without quotation marks and
 * introduced by a reporting verb ("Peskov said that Moscow is willing …").
 *
 * <p>The frame is the first finite reporting verb with a plausible subject; failing that "according
 * to X", a participle ("…, saying …") or an infinitive ("prompted X to say …"). The claim's text
 * is, in order of preference:
 *
 * <ol>
 *   <li>the clause after "that" when "that" follows the verb within twelve words with no comma
 *       between ("told reporters on Friday that <u>Russia had been in contact</u>");
 *   <li>the words right after a verb that takes a bare clause, when they hold an auxiliary or
 *       copula ("said <u>Putin is willing to …</u>"), which tells a clause from an object;
 *   <li>the words before the comma of a trailing attribution ("<u>Relations … are close</u>, the
 *       spokeswoman said on Friday"; "<u>…</u>, according to X"), and the words after "According
 *       to X,";
 *   <li>otherwise the whole clause.
 * </ol>
 *
 * <p>Trailing white space, {@code . , ; :} and a trailing ", according to …" are trimmed.
 */
final class ReportedStatements {
  private ReportedStatements() {}

  private static final Pattern SEPARATOR = Pattern.compile(";\\s+|,\\s+(?:while|whereas)\\s+");
  private static final Pattern TRAILING_SOURCE = Pattern.compile(",\\s*according to\\b.*$");

  /**
   * A reported statement found in a clause.
   *
   * @param content the claim's offsets, relative to the clause
   * @param speaker the phrase naming the speaker, as written
   */
  record Found(Span content, String speaker) {}

  /**
   * Splits a sentence into clauses at "; " and at ", while" / ", whereas", which join two
   * statements; the connective belongs to neither clause.
   */
  static ImmutableList<Span> clauses(String text, Span sentence) {
    ImmutableList.Builder<Span> out = ImmutableList.builder();
    Matcher m = SEPARATOR.matcher(text).region(sentence.start(), sentence.end());
    int from = sentence.start();
    while (m.find()) {
      out.add(new Span(from, m.start()));
      from = m.end();
    }
    out.add(new Span(from, sentence.end()));
    return out.build();
  }

  /** Returns the reported statement of the clause, if it has a reporting frame. */
  static Optional<Found> find(String clause) {
    ImmutableList<Frames.Frame> finite = Frames.reporting(clause);
    if (!finite.isEmpty()) {
      return Optional.of(found(clause, finite.get(0)));
    }
    Optional<Found> trailing = trailingAttribution(clause, Frames.quoting(clause));
    if (trailing.isPresent()) {
      return trailing;
    }
    return Frames.accordingTo(clause)
        .or(() -> Frames.participle(clause))
        .or(() -> Frames.infinitive(clause))
        .map(f -> found(clause, f));
  }

  private static Found found(String clause, Frames.Frame f) {
    Span content = f.type() == Frames.Type.ACCORDING_TO
        ? aroundSource(clause, f)
        : thatClause(clause, f)
            .or(() -> bareClause(clause, f))
            .or(() -> trailingAttribution(clause, List.of(f)).map(Found::content))
            .orElse(new Span(0, clause.length()));
    return new Found(trim(clause, content, f.type() != Frames.Type.ACCORDING_TO), f.speaker());
  }

  private static Optional<Span> thatClause(String clause, Frames.Frame f) {
    List<Token> after = Token.words(clause, f.verbEnd(), clause.length());
    for (int i = 0; i < Math.min(12, after.size()); i++) {
      Token t = after.get(i);
      if (t.text().equals("that")) {
        String gap = clause.substring(f.verbEnd(), t.start());
        return gap.matches("[^,;:]*") && t.end() < clause.length()
            ? Optional.of(new Span(t.end(), clause.length()))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<Span> bareClause(String clause, Frames.Frame f) {
    List<Token> after = Token.words(clause, f.verbEnd(), clause.length());
    if (!Lexicon.CLAUSE_VERBS.contains(f.verb()) || after.isEmpty()
        || !clause.substring(f.verbEnd(), after.get(0).start()).isBlank()
        || Lexicon.PREPOSITIONS.contains(after.get(0).bare()) && !opensQuantity(after)) {
      return Optional.empty();
    }
    boolean finite = after.stream().limit(8).anyMatch(t -> Lexicon.AUXILIARIES.contains(t.bare()));
    return finite ? Optional.of(new Span(after.get(0).start(), clause.length())) : Optional.empty();
  }

  private static boolean opensQuantity(List<Token> words) {
    return words.size() >= 2
        && Lexicon.QUANTITY_OPENERS.contains(words.get(0).bare() + " " + words.get(1).bare());
  }

  /**
   * "CONTENT, SPEAKER said on Friday.": the last frame ends the clause (at most six words after
   * the verb, none of them "that") and a comma precedes its speaker.
   */
  private static Optional<Found> trailingAttribution(String clause, List<Frames.Frame> frames) {
    if (frames.isEmpty()) {
      return Optional.empty();
    }
    Frames.Frame f = frames.get(frames.size() - 1);
    List<Token> after = Token.words(clause, f.verbEnd(), clause.length());
    boolean ends = after.size() <= 6 && after.stream().noneMatch(t -> t.bare().equals("that"))
        && (after.isEmpty() || Lexicon.PREPOSITIONS.contains(after.get(0).bare())
            || Lexicon.SKIPPABLE.contains(after.get(0).bare()));
    String head = clause.substring(0, f.speakerStart()).stripTrailing();
    if (!ends || !head.endsWith(",") || head.length() < 2) {
      return Optional.empty();
    }
    return Optional.of(new Found(new Span(0, head.length() - 1), f.speaker()));
  }

  /** "According to X, CONTENT" or "CONTENT, according to X". */
  private static Span aroundSource(String clause, Frames.Frame f) {
    if (clause.substring(0, f.verbStart()).isBlank()) {
      int comma = clause.indexOf(',', f.verbEnd());
      return comma >= 0 ? new Span(comma + 1, clause.length()) : new Span(0, clause.length());
    }
    return new Span(0, f.verbStart());
  }

  /** Trims white space and trailing punctuation, and a trailing ", according to …". */
  private static Span trim(String clause, Span content, boolean dropSource) {
    int end = content.end();
    if (dropSource) {
      Matcher m = TRAILING_SOURCE.matcher(clause).region(content.start(), end);
      if (m.find()) {
        end = m.start();
      }
    }
    Span s = QuoteScanner.trim(clause, content.start(), end);
    int e = s.end();
    while (e > s.start() && clause.charAt(e - 1) == '.' && !Sentences.isAbbreviation(clause, e - 1)) {
      e--;
    }
    return new Span(s.start(), e);
  }
}
