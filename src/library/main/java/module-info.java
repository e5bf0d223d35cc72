/**
 * claimcompare: compare claims across news articles. Normalise variant renderings ({@code
 * org.claimcompare.normalize}), extract quotes and reported statements ({@code
 * org.claimcompare.extract}), score two renderings with an explanation ({@code
 * org.claimcompare.score}) and group claims into clusters ({@code org.claimcompare.cluster}); the
 * facade {@link org.claimcompare.Claims} and the values it returns sit in {@code org.claimcompare}.
 *
 * <p>The library does no I/O beyond reading its own resources (word lists and the compiled WordNet
 * index) from its own jar, logs nothing and keeps no mutable global state.
 */
module org.claimcompare {
  requires com.google.common;
  // Transitive: Scorer.asSimilarityScore() returns Commons Text's SimilarityScore.
  requires transitive org.apache.commons.text;
  // OpenNLP's Snowball stemmer (an automatic module).
  requires org.apache.opennlp.tools;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports org.claimcompare;
  exports org.claimcompare.normalize;
  exports org.claimcompare.extract;
  exports org.claimcompare.score;
  exports org.claimcompare.cluster;
}
