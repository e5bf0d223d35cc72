/**
 * Clustering: groups claims into claim clusters deterministically, from candidate pairs supplied by
 * a pluggable {@code CandidateGenerator}.
 */
@NullMarked
package org.claimcompare.cluster;

import org.jspecify.annotations.NullMarked;
