package org.claimcompare.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article names each person it gives a full name for: every occurrence of the person's
 * surname as a whole word (a regular-expression word boundary on each side).
 *
 * <p>The occurrences are found in one pass over the article, whatever the number of persons:
 * a surname can only start where a word starts, so each word start is looked up by its first word
 * in a map of surnames. Questions about a range of the article are then answered by binary search,
 * so that resolving a pronoun costs O(log n) rather than a search of the range for every person.
 */
final class Mentions {
  private final List<String> persons;
  /** Start and end of each occurrence, ordered by start then end; the person it names. */
  private final int[] start;
  private final int[] end;
  private final int[] person;
  /** For each occurrence, the next one that names another person, or the number of occurrences. */
  private final int[] nextOther;

  private Mentions(List<String> persons, List<int[]> found) {
    this.persons = persons;
    found.sort(Comparator.<int[]>comparingInt(f -> f[0]).thenComparingInt(f -> f[1]));
    int n = found.size();
    start = new int[n];
    end = new int[n];
    person = new int[n];
    for (int k = 0; k < n; k++) {
      start[k] = found.get(k)[0];
      end[k] = found.get(k)[1];
      person[k] = found.get(k)[2];
    }
    nextOther = new int[n];
    for (int k = n - 1; k >= 0; k--) {
      nextOther[k] = k + 1 == n || person[k + 1] != person[k] ? k + 1 : nextOther[k + 1];
    }
  }

  /**
   * Finds the surnames (the last word) of {@code fullNames} in {@code text}.
   *
   * @param text the article's text
   * @param fullNames the persons, each a full name
   */
  static Mentions of(String text, List<String> fullNames) {
    Map<String, List<Integer>> byFirstWord = new HashMap<>();
    List<Pattern> patterns = new ArrayList<>();
    List<int[]> found = new ArrayList<>();
    for (int id = 0; id < fullNames.size(); id++) {
      String full = fullNames.get(id);
      String surname = full.substring(full.lastIndexOf(' ') + 1);
      Pattern pattern = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b");
      patterns.add(pattern);
      int firstWordEnd = wordEnd(surname, 0);
      if (firstWordEnd > 0) {
        byFirstWord.computeIfAbsent(surname.substring(0, firstWordEnd), w -> new ArrayList<>()).add(id);
      } else {
        addAll(text, pattern, id, found); // a surname that does not start with a word character
      }
    }
    Matcher m = Pattern.compile("").matcher(text).useTransparentBounds(true);
    for (int i = 0; i < text.length(); ) {
      int wordEnd = wordEnd(text, i);
      if (wordEnd == i) {
        i++;
        continue;
      }
      for (int id : byFirstWord.getOrDefault(text.substring(i, wordEnd), List.of())) {
        m.usePattern(patterns.get(id)).region(i, text.length());
        if (m.lookingAt()) {
          found.add(new int[] {i, m.end(), id});
        }
      }
      i = wordEnd;
    }
    return new Mentions(List.copyOf(fullNames), found);
  }

  private static void addAll(String text, Pattern pattern, int id, List<int[]> found) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end(), id});
    }
  }

  /** The end of the run of letters, digits and underscores at {@code from}: a word's end. */
  private static int wordEnd(String s, int from) {
    int i = from;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!Character.isLetterOrDigit(cp) && cp != '_') {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** Returns whether a person is named in {@code text[from, to)}. */
  boolean any(int from, int to) {
    return firstInside(from, to) >= 0;
  }

  /** Returns the person named in {@code text[from, to)} if exactly one is. */
  Optional<String> single(int from, int to) {
    int k = firstInside(from, to);
    if (k < 0) {
      return Optional.empty();
    }
    // Another person's occurrence inside the range: the first one after k, or, if that one runs
    // past the end, a later one (they all start close to the end, so there are few).
    for (int other = nextOther[k]; other < start.length && start[other] < to; other++) {
      if (person[other] != person[k] && end[other] <= to) {
        return Optional.empty();
      }
    }
    return Optional.of(persons.get(person[k]));
  }

  /** The first occurrence that lies inside {@code [from, to)}, or -1. */
  private int firstInside(int from, int to) {
    int k = Arrays.binarySearch(start, from);
    if (k < 0) {
      k = -k - 1;
    }
    while (k > 0 && start[k - 1] == from) {
      k--;
    }
    for (; k < start.length && start[k] < to; k++) {
      if (end[k] <= to) {
        return k;
      }
    }
    return -1;
  }
}
