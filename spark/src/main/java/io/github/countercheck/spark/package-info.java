/**
 * Countercheck on Apache Spark: {@link io.github.countercheck.spark.SparkCountercheck} runs the
 * library's extraction, story clustering and reconciliation on a Spark session (embedded {@code
 * local[*]} by default, a cluster under {@code spark-submit}), with results identical to the
 * single-JVM library; {@link io.github.countercheck.spark.ReconcileStream} keeps a reconciliation
 * up to date as articles arrive (Structured Streaming). Spark is a {@code provided} dependency:
 * the application (or {@code spark-submit}) brings it.
 */
package io.github.countercheck.spark;
