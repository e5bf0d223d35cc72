/**
 * The semantic scorer of claimcompare: sentence embeddings run in process by ONNX Runtime, fused with
 * the library's explained alignment. The library does not depend on it.
 */
module org.claimcompare.semantic {
  requires transitive org.claimcompare;
  requires com.google.common;
  // ONNX Runtime and the Hugging Face tokenizers (automatic modules).
  requires com.microsoft.onnxruntime;
  requires ai.djl.tokenizers;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports org.claimcompare.semantic;
}
