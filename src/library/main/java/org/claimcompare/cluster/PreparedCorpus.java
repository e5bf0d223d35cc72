package org.claimcompare.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;
import org.jspecify.annotations.Nullable;

/**
 * The distinct texts of a {@link ClusterState}'s linked claims, prepared by its scorer in the order
 * they first came, kept with the state so that an addition prepares only its new texts ({@link
 * Scorer#prepareAdapted(PreparedTexts, List, LongConsumer)}, which gives exactly what preparing all
 * texts afresh gives, rarity included).
 *
 * <p>A run wants its distinct texts in the id order of their first claim; {@link #prepare} returns
 * a view of the corpus in that order. Scores do not depend on the order the texts were prepared in
 * (a text's weights are those of its words' document frequencies), so the run sees what preparing
 * its texts in its order gives.
 *
 * <p>The map from text to index is shared along a line of additions and only grows: a corpus
 * answers only for its first {@link #size()} texts. The first corpus extended from this one takes
 * the map over; a second extension of the same corpus (an earlier state added to again) builds a
 * map of its own. Thread-safe.
 */
final class PreparedCorpus {
  private final Scorer scorer;
  private final PreparedTexts texts;
  private final Map<String, Integer> indexOf;
  private final AtomicBoolean handedOn = new AtomicBoolean();

  private PreparedCorpus(Scorer scorer, PreparedTexts texts, Map<String, Integer> indexOf) {
    this.scorer = scorer;
    this.texts = texts;
    this.indexOf = indexOf;
  }

  int size() {
    return texts.size();
  }

  /** Whether this corpus was prepared by {@code other} (an equal scorer). */
  boolean preparedBy(Scorer other) {
    return scorer.equals(other);
  }

  /**
   * Prepares {@code distinct} for a run: the texts this corpus does not have are added (in the order
   * given), and {@code made} receives the corpus that has them all.
   *
   * @param earlier the corpus so far, or null to prepare all texts
   */
  static PreparedTexts prepare(@Nullable PreparedCorpus earlier, Scorer scorer, List<String> distinct,
      LongConsumer progress, java.util.function.Consumer<PreparedCorpus> made) {
    PreparedCorpus corpus;
    if (earlier == null || !earlier.preparedBy(scorer)) {
      Map<String, Integer> indexOf = new HashMap<>(2 * distinct.size());
      for (String text : distinct) {
        indexOf.putIfAbsent(text, indexOf.size());
      }
      corpus = new PreparedCorpus(scorer, scorer.prepareAdapted(distinct, progress), indexOf);
      made.accept(corpus);
      return corpus.texts;
    }
    corpus = earlier.extendedWith(distinct, progress);
    made.accept(corpus);
    return corpus.view(distinct);
  }

  /** This corpus and the texts of {@code distinct} it lacks, in their order. */
  private PreparedCorpus extendedWith(List<String> distinct, LongConsumer progress) {
    Map<String, Integer> map = handedOn.compareAndSet(false, true) ? indexOf : copyOfMap();
    List<String> more = new ArrayList<>();
    int n = texts.size();
    for (String text : distinct) {
      if (!map.containsKey(text)) {
        map.put(text, n + more.size());
        more.add(text);
      }
    }
    PreparedTexts all = more.isEmpty() ? texts : scorer.prepareAdapted(texts, more, progress);
    return new PreparedCorpus(scorer, all, map);
  }

  /** The map of this corpus's texts alone, for a second line of additions. */
  private Map<String, Integer> copyOfMap() {
    Map<String, Integer> map = new HashMap<>(2 * texts.size());
    for (int t = 0; t < texts.size(); t++) {
      map.put(texts.text(t), t);
    }
    return map;
  }

  /** The corpus's texts in the order of {@code distinct}, each of which it has. */
  private PreparedTexts view(List<String> distinct) {
    int[] at = new int[distinct.size()];
    boolean same = at.length == texts.size();
    for (int k = 0; k < at.length; k++) {
      at[k] = indexOf.get(distinct.get(k));
      same &= at[k] == k;
    }
    return same ? texts : texts.subset(at);
  }
}
