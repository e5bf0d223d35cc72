/**
 * claimcompare's clustering on Apache Spark: {@link org.claimcompare.spark.SparkClusterer} turns a
 * Dataset of claims into a Dataset of cluster assignments equal to the library's, and {@link
 * org.claimcompare.spark.SparkMain} runs it from {@code spark-submit} or {@code java -jar}.
 */
package org.claimcompare.spark;
