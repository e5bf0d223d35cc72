package org.claimcompare.semantic;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The vectors of a text's tokens in context, each with the characters it covers: {@code
 * text.substring(start(k), end(k))} is token {@code k}'s piece of the text.
 *
 * <p>The arrays are owned by this object and must not be changed.
 *
 * @param starts the first character of each token (UTF-16 index)
 * @param ends the end of each token (exclusive)
 * @param vectors the unit vector of each token
 */
public record TokenVectors(int[] starts, int[] ends, float[][] vectors) {
  /** No tokens: what an encoder without token vectors gives. */
  public static final TokenVectors NONE = new TokenVectors(new int[0], new int[0], new float[0][]);

  /**
   * Validates the lengths.
   *
   * @param starts see the record description
   * @param ends see the record description
   * @param vectors see the record description
   */
  public TokenVectors {
    checkArgument(starts.length == ends.length && ends.length == vectors.length,
        "one start, end and vector per token: %s, %s, %s", starts.length, ends.length, vectors.length);
  }

  /**
   * Returns the number of tokens.
   *
   * @return the number of tokens
   */
  public int size() {
    return starts.length;
  }
}
