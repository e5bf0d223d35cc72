package org.claimcompare;

import java.util.Locale;

/** How a claim appears in its article. */
public enum ClaimKind {
  /** Words inside quotation marks, attributed to a speaker or not. */
  QUOTE,
  /** A statement reported without quotation marks ("Peskov said that Moscow is willing ..."). */
  REPORTED;

  /**
   * Returns the lower-case name used in JSON output.
   *
   * @return {@code "quote"} or {@code "reported"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
