/** JMH benchmarks of the hot paths. Not for deployment. */
package io.github.countercheck.benchmarks;
