package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.claimcompare.Similarity;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;

/**
 * A baseline scorer that turns each text into a profile once and compares profiles. Scoring two
 * texts directly prepares both, so direct and prepared scores are computed by the same code and
 * agree exactly. Subclasses compare profiles symmetrically, bit for bit.
 *
 * @param <P> the profile of one text
 */
abstract class ProfileScorer<P> implements Scorer {

  /** Builds the profiles of the texts together, so that they can share a term dictionary. */
  abstract List<P> profiles(List<String> texts);

  /** The score of two profiles in [0, 1]; {@code compare(a, b) == compare(b, a)} exactly. */
  abstract double compare(P a, P b);

  /** The words of a profile's text, the keys a candidate generator blocks on. */
  abstract List<String> words(P profile);

  @Override
  public final Similarity similarity(String a, String b) {
    return Similarity.of(score(a, b));
  }

  @Override
  public final double score(String a, String b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return prepare(List.of(a, b)).score(0, 1);
  }

  @Override
  public final PreparedTexts prepare(List<String> texts) {
    checkNotNull(texts, "texts");
    ImmutableList<String> copy = ImmutableList.copyOf(texts);
    return new Prepared<>(this, copy, ImmutableList.copyOf(profiles(copy)));
  }

  private record Prepared<P>(ProfileScorer<P> scorer, ImmutableList<String> texts, ImmutableList<P> profiles)
      implements PreparedTexts {
    @Override
    public int size() {
      return profiles.size();
    }

    @Override
    public String text(int i) {
      return texts.get(i);
    }

    @Override
    public List<String> words(int i) {
      return scorer.words(profiles.get(i));
    }

    @Override
    public double score(int i, int j) {
      return scorer.compare(profiles.get(i), profiles.get(j));
    }

    @Override
    public Similarity similarity(int i, int j) {
      return Similarity.of(score(i, j));
    }
  }
}
