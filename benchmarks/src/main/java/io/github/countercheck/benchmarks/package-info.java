/**
 * JMH benchmarks of the hot paths, each beside its reference in the same run: the floor (a pass
 * that only reads the text), a peer (Lucene's Arabic normalizer, ICU4J's spell-out parser, a
 * hand-rolled regex extractor) and our code. How to run them and the latest figures:
 * {@code BENCHMARKS.md} at the repository root. Not for deployment.
 */
package io.github.countercheck.benchmarks;
