package io.github.countercheck.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one thread has read, as JMH secondary results: in throughput mode {@code bytes} is UTF-8
 * bytes per second (divide by 10<sup>6</sup> for MB/s), {@code tokens} tokens per second
 * (10<sup>9</sup> over it is ns per token), {@code found} claims or matches per second. Also the
 * cursor that cycles through a corpus, one document per operation.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Volume {
  /** UTF-8 bytes read since the iteration began. */
  public long bytes;
  /** Tokens read since the iteration began. */
  public long tokens;
  /** Results found (claims, mentions, matches) since the iteration began. */
  public long found;

  private int next;

  /** Resets the counters at the start of each iteration. */
  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
    tokens = 0;
    found = 0;
  }

  /**
   * Takes the next document of a corpus and counts its volume.
   *
   * @param corpus the corpus
   * @return the index of the document to process
   */
  int next(Corpus corpus) {
    int i = next;
    next = i + 1 == corpus.size() ? 0 : i + 1;
    bytes += corpus.bytes[i];
    tokens += corpus.tokens[i];
    return i;
  }

  /**
   * @param n results found by this operation
   * @return {@code n}
   */
  int found(int n) {
    found += n;
    return n;
  }
}
