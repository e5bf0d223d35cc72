/**
 * Evaluation against public data sets: baseline scorers, data-set readers, metrics, and the
 * protocols that put them together (threshold choice by cross-validation, correlation with graded
 * gold scores, clustering against gold groups), and claim extraction measured against attribution
 * annotation ({@link org.claimcompare.eval.ExtractionEvaluation}).
 *
 * <p>Everything here is pure: readers parse text that the caller has read, and results are values.
 * The command line's {@code eval} command does the file I/O. Correlations use Apache Commons Math
 * and the claims reader uses Jackson, both optional dependencies of the library like the command
 * line's.
 */
@NullMarked
package org.claimcompare.eval;

import org.jspecify.annotations.NullMarked;
