package org.claimcompare.score;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Compiles the library's WordNet index ({@link Synonyms#RESOURCE}) from WordNet 3.1 as extJWNL's
 * data jar ships it. extJWNL is a test dependency only: the library reads the compiled index.
 *
 * <p>Run it after upgrading OpenNLP (the stemmer) or the WordNet data, from the repository root:
 * <pre>
 * mvn -B -q -DskipDocs -pl src/library test-compile exec:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=org.claimcompare.score.WordNetIndexBuilder \
 *     -Dexec.args=src/library/main/resources/org/claimcompare/score/wordnet-3.1-index.tsv.gz
 * </pre>
 * {@code WordNetIndexTest} fails while the shipped index differs from what this builds.
 */
public final class WordNetIndexBuilder {
  private static final String PROPERTIES = "/net/sf/extjwnl/data/wordnet/wn31/res_properties.xml";

  /**
   * The relations that make two senses near-synonyms, one hop apart; a verb's hypernym counts too
   * ("murder" is a way to "kill"), a noun's does not ("guitar" and "flute" are both instruments).
   */
  static final Set<PointerType> RELATIONS = EnumSet.of(
      PointerType.SIMILAR_TO, PointerType.SEE_ALSO, PointerType.DERIVATION, PointerType.PERTAINYM,
      PointerType.VERB_GROUP, PointerType.PART_HOLONYM, PointerType.PART_MERONYM);

  private WordNetIndexBuilder() {}

  /** Writes the compiled index, gzip-compressed, to the path given, atomically. */
  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "wordnet", ".tmp");
    try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(temporary)), UTF_8)) {
      build().write(out);
    }
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Builds the index from WordNet: the synsets of every plain lemma filed under its stem. */
  static Synonyms build() throws JWNLException {
    Dictionary dictionary = Dictionary.getResourceInstance(PROPERTIES);
    Map<String, TreeSet<Integer>> byStem = new TreeMap<>();
    Map<String, TreeSet<Integer>> relatedByStem = new TreeMap<>();
    Map<Integer, int[]> relatedBySynset = new HashMap<>();
    Stems stems = new Stems();
    for (POS pos : POS.getAllPOS()) {
      for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(pos); it.hasNext(); ) {
        IndexWord word = it.next();
        String lemma = word.getLemma();
        if (!isPlainWord(lemma)) {
          continue;
        }
        long[] offsets = word.getSynsetOffsets();
        String stem = stems.of(lemma);
        TreeSet<Integer> keys = byStem.computeIfAbsent(stem, k -> new TreeSet<>());
        TreeSet<Integer> related = relatedByStem.computeIfAbsent(stem, k -> new TreeSet<>());
        for (int k = 0; k < Math.min(Synonyms.SENSES, offsets.length); k++) {
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
    return new Synonyms(frozen(byStem), frozen(relatedByStem));
  }

  private static Map<String, int[]> frozen(Map<String, TreeSet<Integer>> map) {
    Map<String, int[]> out = new TreeMap<>();
    map.forEach((stem, keys) -> {
      if (!keys.isEmpty()) {
        out.put(stem, keys.stream().mapToInt(Integer::intValue).toArray());
      }
    });
    return out;
  }

  private static int[] relatedTo(Synset synset) throws JWNLException {
    TreeSet<Integer> out = new TreeSet<>();
    for (Pointer p : synset.getPointers()) {
      PointerType type = p.getType();
      if (RELATIONS.contains(type) || (type == PointerType.HYPERNYM && synset.getPOS() == POS.VERB)) {
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

  /** Writes the index in its text form to a string, for comparisons. */
  static String text(Synonyms index) throws IOException {
    StringBuilder out = new StringBuilder();
    index.write(out);
    return out.toString();
  }
}
