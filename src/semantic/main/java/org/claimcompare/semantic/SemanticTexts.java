package org.claimcompare.semantic;

import java.util.ArrayList;
import java.util.List;
import org.claimcompare.Similarity;
import org.claimcompare.score.PreparedTexts;

/** Texts prepared by a {@link SemanticScorer}: the lexical scorer's prepared texts and the vectors. */
final class SemanticTexts implements PreparedTexts {
  private final SemanticScorer scorer;
  private final List<String> texts;
  private final PreparedTexts words;
  private final Vectors vectors;

  SemanticTexts(SemanticScorer scorer, List<String> texts, PreparedTexts words, Vectors vectors) {
    this.scorer = scorer;
    this.texts = List.copyOf(texts);
    this.words = words;
    this.vectors = vectors;
  }

  @Override
  public int size() {
    return words.size();
  }

  @Override
  public List<String> words(int i) {
    return words.words(i);
  }

  @Override
  public List<String> terms(int i) {
    return words.terms(i);
  }

  @Override
  public String text(int i) {
    return texts.get(i);
  }

  @Override
  public double score(int i, int j) {
    return scorer.fusion().score(words.score(i, j), vectors.cosine(i, j));
  }

  @Override
  public Similarity similarity(int i, int j) {
    return Explanation.of(words.similarity(i, j), texts.get(i), texts.get(j), vectors.cosine(i, j),
        scorer.fusion(), scorer.encoder());
  }

  @Override
  public PreparedTexts subset(int[] indices) {
    List<String> some = new ArrayList<>(indices.length);
    for (int i : indices) {
      some.add(texts.get(i));
    }
    return new SemanticTexts(scorer, some, words.subset(indices), vectors.subset(indices));
  }

  /** The scorer that prepared these texts. */
  SemanticScorer scorer() {
    return scorer;
  }

  /** The texts, in order. */
  List<String> texts() {
    return texts;
  }

  /** The lexical scorer's prepared texts. */
  PreparedTexts words() {
    return words;
  }

  /** The sentence vectors, for the nearest-neighbour candidates. */
  Vectors vectors() {
    return vectors;
  }
}
