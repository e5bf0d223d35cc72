package org.claimcompare.score;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.claimcompare.MatchType;
import org.claimcompare.normalize.NormalizationStep;
import org.claimcompare.normalize.Word;
import org.jspecify.annotations.Nullable;

/**
 * The per-text work of the standard scorer, done once per text: normalised words, their stems, how
 * each word was changed by normalisation, its weight, which words are numbers, names or negations,
 * and indexes from word form and from stem to positions.
 */
final class WordProfile {
  /** Words that negate what they govern; contractions arrive expanded ("don't" → "do not"). */
  static final ImmutableSet<String> NEGATIONS =
      ImmutableSet.of("not", "no", "never", "cannot", "nobody", "nothing", "none", "neither", "nor", "nowhere");

  private static final int[] NO_SYNSETS = new int[0];

  final ImmutableList<String> surfaces;
  final ImmutableList<String> forms;
  final ImmutableList<String> stems;
  final MatchType[] changes;
  final double[] weights;
  final boolean[] content;
  final boolean[] number;
  final boolean[] name;
  final boolean[] negation;
  /** The WordNet synset keys of each content word that is not a number or a name; else empty. */
  final int[][] synsets;
  /** The WordNet synset keys one relation away from {@link #synsets}, per word. */
  final int[][] related;
  /** The union of {@link #synsets}, sorted: a word with no synset in it has no synonym here. */
  final int[] allSynsets;
  /** The union of {@link #related}, sorted. */
  final int[] allRelated;
  final double totalWeight;
  final double contentMass;
  /**
   * The digits of each number word, and of each two adjacent number words joined, so that "21 30"
   * and "21.30" share the key {@code 2130}.
   */
  final ImmutableSet<String> digitKeys;
  final ImmutableListMultimap<String, Integer> positions;
  final ImmutableListMultimap<String, Integer> stemPositions;
  /** Positions of the words that may align by near spelling: content words, long, no digits. */
  final int[] nearCandidates;
  /** For near-spelling candidates spelled in a to z only: how often each letter occurs; else null. */
  final byte[][] letterCounts;
  /**
   * For a text without words, its normalised text, the only thing two such texts can be compared
   * by (a lone {@code ʼ} is a letter that normalisation makes an apostrophe); empty otherwise.
   */
  final String wordlessText;

  /**
   * @param words the normalised words of the text
   * @param wordlessText the normalised text if {@code words} is empty, else empty
   * @param names the forms of the words written as names (capitalised inside a sentence)
   * @param stopWordWeight the base weight of a function word
   * @param rarity the corpus weights
   * @param stemmer the stemmer, used by this thread only
   * @param synonyms the synonym index, or null to align no synonyms
   */
  WordProfile(
      List<Word> words,
      String wordlessText,
      Set<String> names,
      double stopWordWeight,
      Rarity rarity,
      Stems stemmer,
      @Nullable Synonyms synonyms) {
    int n = words.size();
    this.wordlessText = wordlessText;
    ImmutableList.Builder<String> s = ImmutableList.builderWithExpectedSize(n);
    ImmutableList.Builder<String> f = ImmutableList.builderWithExpectedSize(n);
    ImmutableList.Builder<String> st = ImmutableList.builderWithExpectedSize(n);
    ImmutableListMultimap.Builder<String, Integer> p = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Integer> sp = ImmutableListMultimap.builder();
    changes = new MatchType[n];
    weights = new double[n];
    content = new boolean[n];
    number = new boolean[n];
    name = new boolean[n];
    negation = new boolean[n];
    synsets = new int[n][];
    related = new int[n][];
    double total = 0;
    double mass = 0;
    for (int i = 0; i < n; i++) {
      Word w = words.get(i);
      String form = w.form();
      String stem = stemmer.of(form);
      s.add(w.surface());
      f.add(form);
      st.add(stem);
      p.put(form, i);
      sp.put(stem, i);
      changes[i] = change(w);
      content[i] = !StopWords.contains(form);
      number[i] = hasDigit(form);
      negation[i] = NEGATIONS.contains(form);
      boolean written = content[i] && !number[i] && names.contains(form);
      boolean lexical = synonyms != null && content[i] && !number[i];
      synsets[i] = lexical ? synonyms.synsets(stem) : NO_SYNSETS;
      related[i] = lexical ? synonyms.related(stem) : NO_SYNSETS;
      // A capitalised word WordNet knows ("Minsk", "Ukrainian") is mostly a place or a people;
      // only unknown ones count as names, at the cost of missing the famous people WordNet lists.
      name[i] = written && (synonyms == null || synonyms.synsets(stem).length == 0);
      weights[i] = rarity.weight(stem, content[i] ? 1.0 : stopWordWeight);
      total += weights[i];
      mass += content[i] ? 1.0 : 0.0;
    }
    if (total == 0 && n > 0) {
      // Only weightless words: weigh them all alike so the text still matches itself.
      Arrays.fill(weights, 1.0);
      total = n;
    }
    nearCandidates = IntStream.range(0, n)
        .filter(i -> content[i] && !number[i] && words.get(i).form().length() >= Alignment.NEAR_MIN_LENGTH)
        .toArray();
    letterCounts = new byte[n][];
    for (int i : nearCandidates) {
      letterCounts[i] = letterCounts(words.get(i).form());
    }
    allSynsets = Arrays.stream(synsets).flatMapToInt(Arrays::stream).sorted().distinct().toArray();
    allRelated = Arrays.stream(related).flatMapToInt(Arrays::stream).sorted().distinct().toArray();
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    for (int i = 0; i < n; i++) {
      if (number[i]) {
        keys.add(digits(words.get(i).form()));
        if (i + 1 < n && number[i + 1]) {
          keys.add(digits(words.get(i).form() + words.get(i + 1).form()));
        }
      }
    }
    digitKeys = keys.build();
    surfaces = s.build();
    forms = f.build();
    stems = st.build();
    positions = p.build();
    stemPositions = sp.build();
    totalWeight = total;
    contentMass = mass;
  }

  private static byte @Nullable [] letterCounts(String form) {
    byte[] counts = new byte[26];
    for (int k = 0; k < form.length(); k++) {
      char c = form.charAt(k);
      if (c < 'a' || c > 'z' || counts[c - 'a'] == Byte.MAX_VALUE) {
        return null;
      }
      counts[c - 'a']++;
    }
    return counts;
  }

  /** The digits of a form in order: {@code 21.30 → 2130}, {@code 24jahrigen → 24}. */
  static String digits(String form) {
    StringBuilder out = new StringBuilder(form.length());
    form.chars().filter(Character::isDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean hasDigit(String form) {
    return form.chars().anyMatch(Character::isDigit);
  }

  int size() {
    return forms.size();
  }

  private static MatchType change(Word w) {
    return w.changedBy()
        .map(step -> step == NormalizationStep.ALIASES ? MatchType.ALIAS : MatchType.SPELLING)
        .orElse(MatchType.EXACT);
  }
}
