package org.claimcompare.semantic;

import java.util.List;

/**
 * Turns texts into vectors whose cosine says how alike their meanings are: the model behind the
 * semantic scorer. {@link OnnxEncoder} runs a sentence-embedding model in process; implement
 * this interface to use any other (a remote service, a GPU build, another language's model).
 *
 * <p>Contract: {@link #encode} returns one vector of {@link #dimension()} floats per text, in the
 * order given, of unit length (or all zeros for a text the model cannot represent); the same text
 * always gives the same vector. Implementations are thread-safe.
 */
public interface SentenceEncoder {

  /**
   * Returns the length of every vector this encoder gives.
   *
   * @return the number of dimensions
   */
  int dimension();

  /**
   * Encodes texts to unit sentence vectors.
   *
   * @param texts the texts
   * @return one vector per text, in the order of {@code texts}
   */
  float[][] encode(List<String> texts);

  /**
   * Encodes one text to the vectors of its tokens in context, for explanations: which word of one
   * text the model pairs with which of the other. By default, none: the scorer then explains the
   * sentence similarity without word pairs.
   *
   * @param text the text
   * @return its tokens' spans and unit vectors
   */
  default TokenVectors tokens(String text) {
    return TokenVectors.NONE;
  }

  /**
   * Returns the cosine this model gives two unrelated texts, on average: where the semantic
   * scorer's rescaled cosine starts ({@link Fusion}). Models differ widely (about 0.03 for
   * all-MiniLM-L6-v2, 0.71 for E5-small), so that a cosine means nothing without it. By default 0.
   *
   * @return the mean cosine of unrelated texts, in [-1, 1)
   */
  default double unrelatedCosine() {
    return 0;
  }

  /**
   * Returns the cosine this model gives two tokens of unrelated texts, on average: where the
   * rescaled cosine of two words starts when the explanation pairs words by meaning (as
   * BERTScore's baseline rescaling does). Contextual token vectors of some models are all alike
   * (about 0.54 for E5-small, 0.02 for all-MiniLM-L6-v2). By default 0.
   *
   * @return the mean cosine of tokens of unrelated texts, in [-1, 1)
   */
  default double unrelatedTokenCosine() {
    return 0;
  }

  /**
   * Returns a short name of the model, for reports and for keeping the vectors of different models
   * apart.
   *
   * @return for example {@code "all-minilm-l6-v2-q"}
   */
  String name();
}
