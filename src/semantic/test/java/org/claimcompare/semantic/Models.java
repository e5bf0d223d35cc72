package org.claimcompare.semantic;

/** The model the tests share: loaded once per test JVM (half a second), closed by the JVM's exit. */
final class Models {
  private Models() {}

  static final OnnxEncoder DEFAULT = OnnxEncoder.load(OnnxEncoder.Model.DEFAULT);
}
