/**
 * The semantic scorer: sentence embeddings run in process ({@link
 * org.claimcompare.semantic.OnnxEncoder}, or any {@link org.claimcompare.semantic.SentenceEncoder}),
 * fused with the library's explained word alignment, nearest neighbours by embedding as clustering
 * candidates, and calibration of thresholds on a user's labelled data.
 */
@NullMarked
package org.claimcompare.semantic;

import org.jspecify.annotations.NullMarked;
