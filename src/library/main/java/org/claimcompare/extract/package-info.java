/**
 * Claim extraction: direct quotes and reported statements found in article text, with exact
 * character offsets and the speaker when the text names one.
 */
@NullMarked
package org.claimcompare.extract;

import org.jspecify.annotations.NullMarked;
