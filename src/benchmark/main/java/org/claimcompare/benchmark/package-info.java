/**
 * The scale benchmark: whole-group samples of the WMT scale corpus, a Spark MLlib MinHash peer and
 * the cluster metrics, run together by {@code src/benchmark/scale.sh} (see {@code
 * docs/benchmarks.md}, section "Clustering at scale: 824 k renderings beside Spark MLlib").
 *
 * <p>Programs, not a library: each public class is a {@code main} that reads and writes files.
 */
@NullMarked
package org.claimcompare.benchmark;

import org.jspecify.annotations.NullMarked;
