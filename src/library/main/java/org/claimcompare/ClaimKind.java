package org.claimcompare;

import java.util.Locale;

/** How a claim appears in its article. */
public enum ClaimKind {
  /** Words inside quotation marks, attributed to a speaker or not. */
  QUOTE,
  /**
   * A statement reported without quotation marks ("Peskov said that Moscow is willing ..."), or
   * partly quoted and partly paraphrased (a mixed attribution: its text spans both parts).
   */
  REPORTED,
  /**
   * Words inside quotation marks too short to be a claim of their own (fewer than the extractor's
   * minimum): scare quotes and quoted terms ("rigged", "can't stand"), whose reuse across outlets
   * may be news. Clustering and the report leave them out unless asked.
   */
  FRAGMENT;

  /**
   * Returns the lower-case name used in JSON output.
   *
   * @return {@code "quote"}, {@code "reported"} or {@code "fragment"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
