package org.claimcompare.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.claimcompare.Claim;
import org.claimcompare.Claims;

/**
 * Test inputs: the claims of the articles in {@code seeds/}, and a synthetic sample of renderings
 * made from their words (deterministic for a seed: groups of renderings of made-up sentences, with
 * words dropped, replaced and moved, exact copies and copies but for case, a few groups of
 * hundreds and many lone sentences), so that the blocking generator, large clusters and nodes of
 * copies are all exercised.
 */
final class SampleClaims {
  private SampleClaims() {}

  /** The claims the library extracts from {@code seeds/}, ids {@code file#n}. */
  static List<Claim> seeds() {
    List<Claim> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        out.addAll(Claims.extract(Claims.article(file.getFileName().toString(), text)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** {@code size} synthetic claims, ids in no particular order. */
  static List<Claim> synthetic(int size, long seed) {
    List<String> vocabulary = new ArrayList<>(vocabulary());
    Random random = new Random(seed);
    List<Claim> out = new ArrayList<>(size);
    int group = 0;
    while (out.size() < size) {
      List<String> base = new ArrayList<>();
      int length = 4 + random.nextInt(16);
      for (int k = 0; k < length; k++) {
        // Skewed: low ranks (common words of the articles) come up far more often.
        double u = random.nextDouble();
        base.add(vocabulary.get((int) (vocabulary.size() * u * u * u)));
      }
      int renderings = random.nextInt(100) < 2 ? 80 + random.nextInt(120)
          : random.nextInt(100) < 40 ? 1 : 1 + random.nextInt(10);
      for (int r = 0; r < renderings && out.size() < size; r++) {
        String text = String.join(" ", r == 0 ? base : rendering(base, vocabulary, random));
        if (random.nextInt(20) == 0) {
          text = text.toUpperCase(Locale.ROOT);
        }
        String id = String.format(Locale.ROOT, "%08x-%d-%d", random.nextInt(), group, r);
        out.add(Claims.claim(id, text));
      }
      group++;
    }
    return out;
  }

  private static List<String> rendering(List<String> base, List<String> vocabulary, Random random) {
    if (random.nextInt(6) == 0) {
      return base;
    }
    List<String> words = new ArrayList<>();
    for (String w : base) {
      int roll = random.nextInt(100);
      if (roll < 12) {
        continue;
      }
      words.add(roll < 22 ? vocabulary.get(random.nextInt(vocabulary.size())) : w);
    }
    if (words.size() > 2 && random.nextBoolean()) {
      int k = random.nextInt(words.size() - 1);
      words.add(k, words.remove(k + 1));
    }
    return words.isEmpty() ? base : words;
  }

  /** The distinct words of the seed articles, in a fixed order (by length, then alphabet). */
  private static TreeSet<String> vocabulary() {
    TreeSet<String> words = new TreeSet<>((a, b) -> a.length() != b.length()
        ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path file : files.sorted().toList()) {
        for (String w : Files.readString(file, StandardCharsets.UTF_8).split("[^\\p{L}]+")) {
          if (!w.isEmpty()) {
            words.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
