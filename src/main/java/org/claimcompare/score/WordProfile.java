package org.claimcompare.score;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.claimcompare.MatchType;
import org.claimcompare.normalize.NormalizationStep;
import org.claimcompare.normalize.Word;

/**
 * The per-text work of the standard scorer, done once per text: normalised words, how each word
 * was changed by normalisation, its weight, and an index from word form to positions.
 */
final class WordProfile {
  final ImmutableList<String> surfaces;
  final ImmutableList<String> forms;
  final MatchType[] changes;
  final double[] weights;
  final boolean[] content;
  final double totalWeight;
  final double contentMass;
  final ImmutableListMultimap<String, Integer> positions;
  /** Positions of the words that may align by near spelling: content words, long, no digits. */
  final int[] nearCandidates;

  WordProfile(List<Word> words, double stopWordWeight) {
    int n = words.size();
    ImmutableList.Builder<String> s = ImmutableList.builderWithExpectedSize(n);
    ImmutableList.Builder<String> f = ImmutableList.builderWithExpectedSize(n);
    ImmutableListMultimap.Builder<String, Integer> p = ImmutableListMultimap.builder();
    changes = new MatchType[n];
    weights = new double[n];
    content = new boolean[n];
    double total = 0;
    double mass = 0;
    for (int i = 0; i < n; i++) {
      Word w = words.get(i);
      s.add(w.surface());
      f.add(w.form());
      p.put(w.form(), i);
      changes[i] = change(w);
      content[i] = !StopWords.contains(w.form());
      weights[i] = content[i] ? 1.0 : stopWordWeight;
      total += weights[i];
      mass += content[i] ? 1.0 : 0.0;
    }
    if (total == 0 && n > 0) {
      // Only function words at weight 0: weigh them all alike so the text still matches itself.
      Arrays.fill(weights, 1.0);
      total = n;
    }
    nearCandidates =
        IntStream.range(0, n).filter(i -> content[i] && nearEligible(words.get(i).form())).toArray();
    surfaces = s.build();
    forms = f.build();
    positions = p.build();
    totalWeight = total;
    contentMass = mass;
  }

  private static boolean nearEligible(String form) {
    return form.length() >= Alignment.NEAR_MIN_LENGTH && form.chars().noneMatch(Character::isDigit);
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
