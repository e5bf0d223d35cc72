package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.claimcompare.Similarity;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;

/**
 * A scorer that, asked to prepare the very texts it was built for, answers from scores computed
 * once: the candidate pairs' from {@link CandidateScores}, any other pair's computed on first use
 * and kept. The clusterer can then be run at many thresholds without scoring a pair twice. For any
 * other texts it is the wrapped scorer. It gives exactly the wrapped scorer's scores.
 */
final class CachedScorer implements Scorer {
  private final Scorer scorer;
  private final ImmutableList<String> texts;
  private final PreparedTexts prepared;
  private final CandidateScores candidates;
  private final ConcurrentHashMap<Long, Double> others = new ConcurrentHashMap<>();

  /** Wraps {@code scorer}, whose preparation of {@code texts} the candidate scores came from. */
  CachedScorer(Scorer scorer, List<String> texts, PreparedTexts prepared, CandidateScores candidates) {
    this.scorer = scorer;
    this.texts = ImmutableList.copyOf(texts);
    this.prepared = prepared;
    this.candidates = candidates;
  }

  @Override
  public Similarity similarity(String a, String b) {
    return scorer.similarity(a, b);
  }

  @Override
  public double score(String a, String b) {
    return scorer.score(a, b);
  }

  @Override
  public PreparedTexts prepare(List<String> texts) {
    checkNotNull(texts, "texts");
    return texts.equals(this.texts) ? new Cached() : scorer.prepare(texts);
  }

  /** Already adapted to its texts; adapting to other texts gives the wrapped scorer's adaptation. */
  @Override
  public Scorer adaptedTo(List<String> corpus) {
    checkNotNull(corpus, "corpus");
    return corpus.equals(texts) ? this : scorer.adaptedTo(corpus);
  }

  /** Returns the wrapped scorer's form, as {@code cached TfIdfCosine[idf from 1262 texts]}. */
  @Override
  public String toString() {
    return "cached " + scorer;
  }

  private final class Cached implements PreparedTexts {
    @Override
    public int size() {
      return prepared.size();
    }

    @Override
    public String text(int i) {
      return prepared.text(i);
    }

    @Override
    public List<String> words(int i) {
      return prepared.words(i);
    }

    @Override
    public double score(int i, int j) {
      return candidates.find(i, j).orElseGet(() ->
          others.computeIfAbsent((long) Math.min(i, j) * texts.size() + Math.max(i, j), k -> prepared.score(i, j)));
    }

    @Override
    public Similarity similarity(int i, int j) {
      return prepared.similarity(i, j);
    }
  }
}
