package org.claimcompare.score;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** Shortest first, then alphabetically: near spellings are looked for among neighbours. */
  static final Comparator<String> NEAR_ORDER =
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

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
  /**
   * The distinct forms, numbered in order of first occurrence: alignment works on them, so that a
   * form repeated thousands of times costs what one costs.
   */
  final ImmutableList<String> distinctForms;
  /** The number of each distinct form. */
  final ImmutableMap<String, Integer> formIds;
  /** The number of the distinct form at each position. */
  final int[] formOf;
  /** The positions of each distinct form, ascending. */
  final int[][] formPositions;
  /** The distinct forms of each stem. */
  final ImmutableListMultimap<String, Integer> formsOfStem;
  /**
   * The distinct forms that may align by near spelling (content words of {@value
   * Alignment#NEAR_MIN_LENGTH} to {@value Alignment#NEAR_MAX_LENGTH} characters without digits),
   * in {@link #NEAR_ORDER}.
   */
  final int[] nearForms;
  /** For each near-spelling form spelled in a to z only: how often each letter occurs; else null. */
  final byte[][] letterCounts;
  /** The distinct forms that have WordNet synsets, in order of first occurrence. */
  final int[] lexicalForms;
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
    Map<String, Integer> ids = new LinkedHashMap<>();
    Map<String, String> stemOf = new HashMap<>();
    List<List<Integer>> where = new ArrayList<>();
    formOf = new int[n];
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
      // A repeated form is stemmed once.
      String stem = stemOf.computeIfAbsent(form, stemmer::of);
      s.add(w.surface());
      f.add(form);
      st.add(stem);
      Integer id = ids.putIfAbsent(form, ids.size());
      if (id == null) {
        where.add(new ArrayList<>(1));
        id = where.size() - 1;
      }
      where.get(id).add(i);
      formOf[i] = id;
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
    forms = f.build();
    stems = st.build();
    if (total == 0 && n > 0) {
      // Only weightless words: weigh them all alike so the text still matches itself.
      Arrays.fill(weights, 1.0);
      total = n;
    }
    distinctForms = ImmutableList.copyOf(ids.keySet());
    formIds = ImmutableMap.copyOf(ids);
    formPositions = where.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
    ImmutableListMultimap.Builder<String, Integer> byStem = ImmutableListMultimap.builder();
    for (int x = 0; x < distinctForms.size(); x++) {
      byStem.put(stems.get(formPositions[x][0]), x);
    }
    formsOfStem = byStem.build();
    nearForms = IntStream.range(0, distinctForms.size())
        .filter(x -> nearSpellable(formPositions[x][0], distinctForms.get(x)))
        .boxed()
        .sorted(Comparator.comparing(distinctForms::get, NEAR_ORDER))
        .mapToInt(Integer::intValue)
        .toArray();
    letterCounts = new byte[distinctForms.size()][];
    for (int x : nearForms) {
      letterCounts[x] = letterCounts(distinctForms.get(x));
    }
    lexicalForms = IntStream.range(0, distinctForms.size())
        .filter(x -> synsets[formPositions[x][0]].length > 0)
        .toArray();
    allSynsets = union(synsets);
    allRelated = union(related);
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
    totalWeight = total;
    contentMass = mass;
  }

  /** The sorted union of the key sets of the distinct forms. */
  private int[] union(int[][] keysByPosition) {
    return Arrays.stream(formPositions).flatMapToInt(p -> Arrays.stream(keysByPosition[p[0]]))
        .sorted().distinct().toArray();
  }

  private boolean nearSpellable(int i, String form) {
    return content[i] && !number[i] && form.length() >= Alignment.NEAR_MIN_LENGTH
        && form.length() <= Alignment.NEAR_MAX_LENGTH;
  }

  /** Returns the number of distinct forms. */
  int formCount() {
    return distinctForms.size();
  }

  /** Returns the weight of the positions of distinct form {@code x}, which all weigh the same. */
  double formWeight(int x) {
    return weights[formPositions[x][0]];
  }

  /** Returns the stem of distinct form {@code x}. */
  String formStem(int x) {
    return stems.get(formPositions[x][0]);
  }

  static byte @Nullable [] letterCounts(String form) {
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
    for (int k = 0; k < form.length(); k++) {
      char c = form.charAt(k);
      if (Character.isDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean hasDigit(String form) {
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
