/**
 * The claimcompare evaluation harness: readers for public data sets, plain lexical baselines as
 * {@link org.claimcompare.score.Scorer}s, and the metrics that compare them.
 */
module org.claimcompare.eval {
  requires transitive org.claimcompare;
  requires com.google.common;
  requires org.apache.commons.text;
  requires transitive com.fasterxml.jackson.databind;
  // Commons Math 3 has no module name of its own: an automatic module, named after its jar.
  requires commons.math3;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports org.claimcompare.eval;
}
