package org.claimcompare.score;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Synonyms and near-synonyms from WordNet 3.1 (Princeton University). Two words are synonyms when
 * their stems share a WordNet synset among the {@value #SENSES} most frequent senses of a lemma in
 * one part of speech ("gang" / "bunch", "buy" / "purchase"), and near-synonyms when one of those
 * senses is one relation away from the other's ("willing" / "ready", "murder" / "kill", "Minsk" /
 * "Belarus"): similar, also-see, derivation, pertainym, verb group, part holonym or meronym, and a
 * verb's hypernym ("murder" is a way to "kill"; a noun's hypernym does not count: "guitar" and
 * "flute" are both instruments).
 *
 * <p>The index is compiled from WordNet ahead of time (by {@code WordNetIndexBuilder} in the
 * tests, which also check that the shipped index is what WordNet and the current stemmer give):
 * every single-word lemma is stemmed with the scorer's stemmer and its synsets are filed under the
 * stem, so inflected forms find them without a separate lemmatiser. The library reads the compiled
 * index, {@value #RESOURCE} in this package (1.2 MB compressed), once, on first use, in a fraction of a
 * second; it needs neither WordNet's reader nor its logging at run time, and works on the module
 * path. The index is immutable and shared by all threads.
 *
 * <p>Format: gzip-compressed UTF-8 lines {@code stem TAB synsets TAB related}, stems in ascending
 * order, each key list ascending and space-separated. A key is a synset offset (below 2^26 in
 * WordNet 3.1) times four plus the part of speech (noun 0, verb 1, adjective 2, adverb 3).
 */
final class Synonyms {
  /** Senses per lemma and part of speech that count: rare senses ("big" = pregnant) do not. */
  static final int SENSES = 3;

  /** The compiled index, a resource of this package. */
  static final String RESOURCE = "wordnet-3.1-index.tsv.gz";

  private static final int[] NONE = new int[0];

  private static final class Holder {
    static final Synonyms WORDNET = load();
  }

  private final ImmutableMap<String, int[]> synsetsByStem;
  private final ImmutableMap<String, int[]> relatedByStem;

  Synonyms(Map<String, int[]> synsetsByStem, Map<String, int[]> relatedByStem) {
    this.synsetsByStem = ImmutableMap.copyOf(synsetsByStem);
    this.relatedByStem = ImmutableMap.copyOf(relatedByStem);
  }

  /** Returns the WordNet index, reading it on first use. */
  static Synonyms wordNet() {
    return Holder.WORDNET;
  }

  /** Returns the sorted synset keys filed under {@code stem}; empty when WordNet lacks it. */
  int[] synsets(String stem) {
    return synsetsByStem.getOrDefault(stem, NONE);
  }

  /** Returns the sorted keys of the synsets one relation away from those filed under {@code stem}. */
  int[] related(String stem) {
    return relatedByStem.getOrDefault(stem, NONE);
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
    // Our own class reads our own resource: this works on the module path without opening the package.
    try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the WordNet index " + RESOURCE + " is missing from the claimcompare jar");
      }
      return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the WordNet index " + RESOURCE, e);
    }
  }

  /** Reads an index in the format above. */
  static Synonyms read(BufferedReader lines) throws IOException {
    ImmutableMap.Builder<String, int[]> synsets = ImmutableMap.builderWithExpectedSize(1 << 16);
    ImmutableMap.Builder<String, int[]> related = ImmutableMap.builderWithExpectedSize(1 << 16);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      int tab1 = line.indexOf('\t');
      int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
      if (tab2 < 0) {
        throw new IOException("line " + number + " of the WordNet index does not have three fields");
      }
      String stem = line.substring(0, tab1);
      int[] s = keys(line.substring(tab1 + 1, tab2));
      int[] r = keys(line.substring(tab2 + 1));
      if (s.length > 0) {
        synsets.put(stem, s);
      }
      if (r.length > 0) {
        related.put(stem, r);
      }
    }
    return new Synonyms(synsets.buildOrThrow(), related.buildOrThrow());
  }

  /** Writes this index in the format above (uncompressed), stems in ascending order. */
  void write(Appendable out) throws IOException {
    for (String stem : ImmutableSortedSet.<String>naturalOrder()
        .addAll(synsetsByStem.keySet()).addAll(relatedByStem.keySet()).build()) {
      out.append(stem).append('\t');
      append(out, synsets(stem)).append('\t');
      append(out, related(stem)).append('\n');
    }
  }

  private static Appendable append(Appendable out, int[] keys) throws IOException {
    for (int k = 0; k < keys.length; k++) {
      if (k > 0) {
        out.append(' ');
      }
      out.append(Integer.toString(keys[k]));
    }
    return out;
  }

  private static int[] keys(String field) {
    if (field.isEmpty()) {
      return NONE;
    }
    int[] keys = Arrays.stream(field.split(" ")).mapToInt(Integer::parseInt).toArray();
    for (int k = 1; k < keys.length; k++) {
      if (keys[k] <= keys[k - 1]) {
        throw new IllegalArgumentException("WordNet index keys out of order: " + field);
      }
    }
    return keys;
  }

  @Override
  public String toString() {
    return "Synonyms[WordNet 3.1, " + synsetsByStem.size() + " stems]";
  }
}
