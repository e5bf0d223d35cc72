package org.claimcompare;

import java.util.Locale;

/**
 * A reason to keep two renderings apart although their words overlap. A scorer that finds one
 * multiplies its score by a factor below 1 and reports it as a {@link Penalty}.
 */
public enum Guard {
  /** One rendering is negated and the other is not: "will deploy" / "will not deploy". */
  NEGATION,
  /** Each rendering has a number the other lacks: "137 killed" / "300 killed". */
  NUMBER,
  /**
   * Each rendering names someone the other does not: "Peskov said" / "Medinsky said". A name is a
   * word capitalised inside a sentence that WordNet does not know; places, peoples and the famous
   * people WordNet lists ("Minsk", "Ukrainian", "Putin") do not count.
   */
  NAME;

  /**
   * Returns the lower-case name used in explanations and JSON output.
   *
   * @return for example {@code "negation"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
