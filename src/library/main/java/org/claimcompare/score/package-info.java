/**
 * Similarity scoring: how close two renderings are, in [0, 1], with an explanation of which words
 * matched and why.
 */
@NullMarked
package org.claimcompare.score;

import org.jspecify.annotations.NullMarked;
