package org.claimcompare.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimcompare.AlignedPair;
import org.claimcompare.Guard;
import org.claimcompare.MatchType;
import org.claimcompare.Penalty;
import org.claimcompare.Similarity;
import org.claimcompare.score.GreedyAlignment.Pair;

/**
 * A one-to-one alignment of the words of two profiles and the score it yields.
 *
 * <p>Algorithm: every pair of words that match (same normalised form, same stem, near spelling,
 * synonyms, related words) is a candidate with a strength (1 for the same form, {@link
 * #STEM_STRENGTH}, {@link #NEAR_STRENGTH}, {@link #SYNONYM_STRENGTH}, {@link #RELATED_STRENGTH}).
 * The candidates are taken greedily, strongest first, then heaviest (for near spellings: most
 * alike), then by position, skipping words already aligned. Greedy alignment is optimal here
 * because all same-form candidates of one word have equal strength and weight. {@link
 * GreedyAlignment} computes it on distinct forms: O(n log n) in the number of words whatever the
 * repetition, with near spelling limited to words of at most {@value #NEAR_MAX_LENGTH} characters
 * compared with at most {@value #NEAR_MAX_COMPARISONS} words each.
 *
 * <p>Score: with {@code c_a} and {@code c_b} the weighted share of each side's words that is
 * aligned (each pair counting its strength), {@code F = 2 c_a c_b / (c_a + c_b)} is their harmonic
 * mean and {@code C = max(c_a, c_b)} the containment of the better-covered side. The score is
 * {@code F + β (C - F) min(1, m / M)}, where {@code m} is the number of content words of the
 * better-covered side, {@code β} = {@value #CONTAINMENT_WEIGHT} and {@code M} = {@value
 * #CONTAINMENT_FULL_MASS}: a fragment quoted by one outlet scores close to the full quote of
 * another, but one or two shared words are not a fragment. Two texts without words score 1 when
 * they normalise to the same text that is not blank, else 0; the explanation then has one pair,
 * the two normalised texts.
 */
final class Alignment {
  static final double NEAR_STRENGTH = 0.8;
  static final double STEM_STRENGTH = 0.9;
  static final double SYNONYM_STRENGTH = 0.7;
  static final double RELATED_STRENGTH = 0.5;
  static final double NEGATION_FACTOR = 0.7;
  static final double NUMBER_FACTOR = 0.7;
  static final double NAME_FACTOR = 0.8;
  static final double NEAR_MIN_SIMILARITY = 0.93;
  static final int NEAR_MIN_LENGTH = 5;
  /**
   * Longer words align only by form, stem or meaning: no word of prose is this long, and
   * Jaro-Winkler costs the product of the two lengths.
   */
  static final int NEAR_MAX_LENGTH = 64;
  /**
   * A word is compared for near spelling with at most this many words of the other text, those
   * closest in length, so that the cost per word is bounded; texts of normal length have far
   * fewer candidates, and for them every candidate is compared.
   */
  static final int NEAR_MAX_COMPARISONS = 256;
  /** Solves {@code 0.4 + 0.6 (2 + r) / 3 >= NEAR_MIN_SIMILARITY} for the length ratio {@code r}. */
  static final double NEAR_MIN_LENGTH_RATIO = 3 * (NEAR_MIN_SIMILARITY - 0.4) / 0.6 - 2;
  /** The Jaro similarity below which Jaro-Winkler cannot reach {@link #NEAR_MIN_SIMILARITY}. */
  static final double NEAR_MIN_JARO = (NEAR_MIN_SIMILARITY - 0.4) / 0.6;
  static final double CONTAINMENT_WEIGHT = 0.25;
  static final double CONTAINMENT_FULL_MASS = 4.0;


  private final WordProfile a;
  private final WordProfile b;
  private final List<Pair> links;
  private final boolean[] linkedA;
  private final boolean[] linkedB;
  private final List<Penalty> penalties;
  private final double score;

  private Alignment(WordProfile a, WordProfile b) {
    this.a = a;
    this.b = b;
    this.links = GreedyAlignment.align(a, b);
    this.linkedA = new boolean[a.size()];
    this.linkedB = new boolean[b.size()];
    links.forEach(l -> {
      linkedA[l.i()] = true;
      linkedB[l.j()] = true;
    });
    this.penalties = guards();
    double factor = 1;
    for (Penalty p : penalties) {
      factor *= p.factor();
    }
    this.score = computeScore() * factor;
  }

  static Alignment of(WordProfile a, WordProfile b) {
    return new Alignment(a, b);
  }

  double score() {
    return score;
  }

  /** The same form reached through normalisation: the strongest change on either side names it. */
  static MatchType reason(WordProfile a, int i, WordProfile b, int j) {
    if (a.surfaces.get(i).equals(b.surfaces.get(j))) {
      return MatchType.EXACT;
    }
    MatchType x = a.changes[i];
    MatchType y = b.changes[j];
    return x == MatchType.ALIAS || y == MatchType.ALIAS ? MatchType.ALIAS
        : x == MatchType.SPELLING || y == MatchType.SPELLING ? MatchType.SPELLING
        : MatchType.EXACT;
  }

  /**
   * The guards, in the order of {@link Guard}: a negation on one side only; numbers left unmatched
   * on both sides; names left unmatched on both sides. A word left over on one side only is extra
   * detail, not a contradiction, and fires nothing.
   */
  private List<Penalty> guards() {
    List<Penalty> out = new ArrayList<>(0);
    List<String> negA = words(a, a.negation, null);
    List<String> negB = words(b, b.negation, null);
    if (negA.isEmpty() != negB.isEmpty()) {
      out.add(new Penalty(Guard.NEGATION, negA, negB, NEGATION_FACTOR));
    }
    List<String> numA = numbersMissingFrom(a, linkedA, b);
    List<String> numB = numbersMissingFrom(b, linkedB, a);
    if (!numA.isEmpty() && !numB.isEmpty()) {
      out.add(new Penalty(Guard.NUMBER, numA, numB, NUMBER_FACTOR));
    }
    List<String> nameA = words(a, a.name, linkedA);
    List<String> nameB = words(b, b.name, linkedB);
    if (!nameA.isEmpty() && !nameB.isEmpty()) {
      out.add(new Penalty(Guard.NAME, nameA, nameB, NAME_FACTOR));
    }
    return out;
  }

  /**
   * The unmatched numbers of {@code p} whose digits the other side does not write in another way:
   * "21:30" and "21.30", or "24-year-old" and "24", have the same digits, so a different format
   * is not a different number.
   */
  private static List<String> numbersMissingFrom(WordProfile p, boolean[] linked, WordProfile other) {
    List<String> out = new ArrayList<>(0);
    for (int i = 0; i < p.size(); i++) {
      if (p.number[i] && !linked[i] && !other.digitKeys.contains(WordProfile.digits(p.forms.get(i)))
          && !(i + 1 < p.size() && p.number[i + 1]
              && other.digitKeys.contains(WordProfile.digits(p.forms.get(i) + p.forms.get(i + 1))))
          && !(i > 0 && p.number[i - 1]
              && other.digitKeys.contains(WordProfile.digits(p.forms.get(i - 1) + p.forms.get(i))))) {
        out.add(p.surfaces.get(i));
      }
    }
    return out;
  }

  /** The surfaces of the words with {@code flag} set, skipping linked ones unless {@code linked} is null. */
  private static List<String> words(WordProfile p, boolean[] flag, boolean[] linked) {
    List<String> out = new ArrayList<>(0);
    for (int i = 0; i < flag.length; i++) {
      if (flag[i] && (linked == null || !linked[i])) {
        out.add(p.surfaces.get(i));
      }
    }
    return out;
  }

  private double coverage(WordProfile p, boolean left) {
    if (p.totalWeight == 0) {
      return 0;
    }
    double matched = 0;
    for (Pair l : links) {
      matched += l.strength() * p.weights[left ? l.i() : l.j()];
    }
    return matched / p.totalWeight;
  }

  private double computeScore() {
    if (bothWordless()) {
      return !a.wordlessText.isBlank() && a.wordlessText.equals(b.wordlessText) ? 1 : 0;
    }
    double ca = coverage(a, true);
    double cb = coverage(b, false);
    if (ca + cb == 0) {
      return 0;
    }
    double harmonic = 2 * ca * cb / (ca + cb);
    double contained = Math.max(ca, cb);
    double mass = ca >= cb ? a.contentMass : b.contentMass;
    double confidence = Math.min(1.0, mass / CONTAINMENT_FULL_MASS);
    double s = harmonic + CONTAINMENT_WEIGHT * (contained - harmonic) * confidence;
    return Math.min(1.0, Math.max(0.0, s));
  }

  /**
   * The explanation: each pair's contribution is its share of the aligned weight, times the score.
   * With {@code swap}, the second profile is reported as the left side.
   */
  Similarity explain(boolean swap) {
    if (bothWordless()) {
      // Nothing to align: the one "pair" is the two texts as normalised, so the contributions still
      // add up to the score (1 for the same normalised text, none for a score of 0).
      List<AlignedPair> same = score == 0 ? List.of()
          : List.of(new AlignedPair(a.wordlessText, b.wordlessText, MatchType.EXACT, score));
      return new Similarity(score, same, List.of(), List.of(), List.of());
    }
    double total = 0;
    for (Pair l : links) {
      total += mass(l);
    }
    List<Pair> order = new ArrayList<>(links);
    if (swap) {
      order.sort(Comparator.comparingInt(Pair::j));
    }
    List<AlignedPair> pairs = new ArrayList<>(order.size());
    for (Pair l : order) {
      double contribution = total == 0 ? 0 : Math.min(1.0, score * mass(l) / total);
      String x = a.surfaces.get(l.i());
      String y = b.surfaces.get(l.j());
      pairs.add(swap ? new AlignedPair(y, x, l.type(), contribution).at(l.j(), l.i())
          : new AlignedPair(x, y, l.type(), contribution).at(l.i(), l.j()));
    }
    return swap
        ? new Similarity(score, pairs, unmatched(b, false), unmatched(a, true), swapped(penalties), Optional.empty(),
            b.surfaces, a.surfaces)
        : new Similarity(score, pairs, unmatched(a, true), unmatched(b, false), penalties, Optional.empty(),
            a.surfaces, b.surfaces);
  }

  private boolean bothWordless() {
    return a.size() == 0 && b.size() == 0;
  }

  /** A pair's share of the aligned weight: its strength times the mean of its two word shares. */
  private double mass(Pair l) {
    return l.strength() * (a.weights[l.i()] / a.totalWeight + b.weights[l.j()] / b.totalWeight) / 2;
  }

  private static List<Penalty> swapped(List<Penalty> penalties) {
    List<Penalty> out = new ArrayList<>(penalties.size());
    penalties.forEach(p -> out.add(new Penalty(p.guard(), p.right(), p.left(), p.factor())));
    return out;
  }

  private List<String> unmatched(WordProfile p, boolean left) {
    boolean[] used = left ? linkedA : linkedB;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        out.add(p.surfaces.get(i));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Alignment[" + score + " " + links + "]";
  }
}
