package io.github.countercheck.reconcile.story;

import java.util.List;

/**
 * A term of a {@link StoryTracker}'s stream: a number given in order of first sight (vectors are
 * sorted by it, so a cosine is a merge of two sorted arrays), its document frequency, and the
 * active stories that index it.
 */
final class StreamTerm {
  final int id;
  /** The stream's document frequency plus the background collection's. */
  int df;
  /** The stories that index the term, or null when none does. */
  List<StoryState> posting;

  StreamTerm(int id, int backgroundDf) {
    this.id = id;
    this.df = backgroundDf;
  }
}
