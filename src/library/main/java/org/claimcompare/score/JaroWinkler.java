package org.claimcompare.score;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Jaro-Winkler similarity of two strings, allocating nothing when neither is longer than {@value
 * #BIT_SET_LENGTH} chars.
 *
 * <p>Jaro's score (M. A. Jaro, "Advances in record-linkage methodology as applied to matching the
 * 1985 census of Tampa, Florida", JASA 84, 1989) counts the {@code m} characters of the shorter
 * string that match, in order, an unmatched equal character of the longer one at most {@code
 * max(longer / 2 - 1, 0)} positions away, and the {@code t} matched characters that come in a
 * different order: {@code j = (m / |x| + m / |y| + (m - t / 2) / m) / 3}, and 0 when {@code m = 0}.
 * Winkler's prefix bonus (W. E. Winkler, "String comparator metrics and enhanced decision rules in
 * the Fellegi-Sunter model of record linkage", 1990) raises a score of at least 0.7 to {@code j +
 * 0.1 p (1 - j)}, where {@code p} is the length of the common prefix, at most 4.
 *
 * <p>The result is exactly, bit for bit, what {@code new JaroWinklerSimilarity().apply(x, y)}
 * returns in Apache Commons Text 1.12.0, for every pair of strings: 1 for equal strings (two empty
 * strings included), the same greedy matching (each character of the shorter string takes the
 * first free equal character of the longer one in its window; the second string counts as the
 * longer when the lengths are equal), and the same floating-point operations in the same order. Like Commons Text it works
 * on UTF-16 chars, not code points: a surrogate pair is two characters, either half of which may
 * match. For example {@code similarity("MARTHA", "MARHTA")} is {@code 0.9611111111111111} and
 * {@code similarity("DWAYNE", "DUANE")} is {@code 0.8400000000000001}.
 *
 * <p>Cost: O(|x| |y|) time in the worst case (each character of the shorter string scans its match
 * window); no memory up to {@value #BIT_SET_LENGTH} chars, where the matched positions are kept in
 * the bits of two {@code long}s, and two arrays of flags for longer strings. Stateless, so
 * thread-safe.
 */
final class JaroWinkler {
  /** The longest string whose matched positions fit in the bits of a {@code long}. */
  static final int BIT_SET_LENGTH = Long.SIZE;

  /** Scores below this get no prefix bonus (Winkler's boost threshold). */
  private static final double BOOST_THRESHOLD = 0.7;

  /** Winkler's scaling factor for each character of common prefix. */
  private static final double PREFIX_SCALE = 0.1;

  /** The longest prefix that earns a bonus. */
  private static final int MAX_PREFIX = 4;

  private JaroWinkler() {}

  /** The Jaro-Winkler similarity of {@code x} and {@code y}, in [0, 1]. */
  static double similarity(String x, String y) {
    checkNotNull(x, "x");
    checkNotNull(y, "y");
    if (x.equals(y)) {
      return 1.0;
    }
    // Commons Text's roles: the first string is the longer only if strictly longer.
    boolean xLonger = x.length() > y.length();
    String longer = xLonger ? x : y;
    String shorter = xLonger ? y : x;
    long counts = longer.length() <= BIT_SET_LENGTH
        ? matchesInBits(shorter, longer)
        : matchesInArrays(shorter, longer);
    int matches = (int) (counts >>> 32);
    if (matches == 0) {
      return 0.0;
    }
    return winkler(jaro(x.length(), y.length(), matches, (int) counts), commonPrefix(x, y));
  }

  /**
   * Jaro's score from the match counts, with Commons Text's operations in its order: the mismatched
   * pairs halved as a double, the three ratios added left to right, then divided by 3.
   */
  private static double jaro(int xLength, int yLength, int matches, int halfTranspositions) {
    double m = matches;
    return (m / xLength + m / yLength + (m - halfTranspositions / 2.0) / m) / 3;
  }

  /** Winkler's prefix bonus on a Jaro score, computed as {@code j + (0.1 * p) * (1 - j)}. */
  private static double winkler(double jaro, int prefix) {
    return jaro < BOOST_THRESHOLD ? jaro : jaro + PREFIX_SCALE * prefix * (1.0 - jaro);
  }

  /** The length of the common prefix of {@code x} and {@code y}, at most {@value #MAX_PREFIX}. */
  private static int commonPrefix(String x, String y) {
    int limit = Math.min(MAX_PREFIX, Math.min(x.length(), y.length()));
    int p = 0;
    while (p < limit && x.charAt(p) == y.charAt(p)) {
      p++;
    }
    return p;
  }

  /** The match window's half-width for a longer string of {@code length} chars. */
  private static int window(int length) {
    return Math.max(length / 2 - 1, 0);
  }

  /**
   * Jaro's greedy matching with the matched positions as bits, for a longer string of at most 64
   * chars: each character of {@code shorter} in turn takes the first unmatched equal character of
   * {@code longer} in its window. Returns the matches in the high 32 bits and the matched pairs
   * whose characters differ, taken in order on both sides, in the low 32 bits.
   */
  private static long matchesInBits(String shorter, String longer) {
    int range = window(longer.length());
    long shorterMatched = 0;
    long longerMatched = 0;
    for (int i = 0; i < shorter.length(); i++) {
      char c = shorter.charAt(i);
      int from = Math.max(i - range, 0);
      int to = Math.min(i + range + 1, longer.length()); // at least 1 here, so the shift is < 64
      long free = (-1L << from) & (-1L >>> (Long.SIZE - to)) & ~longerMatched;
      for (; free != 0; free &= free - 1) {
        int k = Long.numberOfTrailingZeros(free); // lowest position first, as a scan would
        if (longer.charAt(k) == c) {
          longerMatched |= 1L << k;
          shorterMatched |= 1L << i;
          break;
        }
      }
    }
    int differing = 0;
    for (long s = shorterMatched, l = longerMatched; s != 0; s &= s - 1, l &= l - 1) {
      if (shorter.charAt(Long.numberOfTrailingZeros(s)) != longer.charAt(Long.numberOfTrailingZeros(l))) {
        differing++;
      }
    }
    return (long) Long.bitCount(shorterMatched) << 32 | differing;
  }

  /** {@link #matchesInBits}'s matching for strings of any length, with arrays of flags. */
  private static long matchesInArrays(String shorter, String longer) {
    int range = window(longer.length());
    boolean[] shorterMatched = new boolean[shorter.length()];
    boolean[] longerMatched = new boolean[longer.length()];
    int matches = 0;
    for (int i = 0; i < shorter.length(); i++) {
      char c = shorter.charAt(i);
      int to = Math.min(i + range + 1, longer.length());
      for (int k = Math.max(i - range, 0); k < to; k++) {
        if (!longerMatched[k] && longer.charAt(k) == c) {
          longerMatched[k] = true;
          shorterMatched[i] = true;
          matches++;
          break;
        }
      }
    }
    int differing = 0;
    for (int i = 0, k = 0; i < shorter.length(); i++) {
      if (shorterMatched[i]) {
        while (!longerMatched[k]) {
          k++;
        }
        if (shorter.charAt(i) != longer.charAt(k++)) {
          differing++;
        }
      }
    }
    return (long) matches << 32 | differing;
  }
}
