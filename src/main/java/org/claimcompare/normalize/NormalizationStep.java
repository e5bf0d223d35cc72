package org.claimcompare.normalize;

/** Temporary. */
public enum NormalizationStep {
  /** x. */ UNICODE, /** x. */ PUNCTUATION, /** x. */ EDITORIAL_BRACKETS, /** x. */ CASE_FOLD,
  /** x. */ DIACRITICS, /** x. */ WHITESPACE, /** x. */ SPELLING, /** x. */ ALIASES
}
