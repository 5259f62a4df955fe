package io.github.countercheck.spark;

import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.reconcile.story.StoryClusterer;

/**
 * What each executor JVM builds once and shares between its tasks (both are immutable and
 * thread-safe): the claim extractor (its lexicons and tables take about a second and a half to
 * load) and the story clusterer's reader. Lazy holders: built on the first task that needs them.
 */
final class Workers {
  private Workers() {}

  /** @return this JVM's extractor */
  static ClaimExtractor extractor() {
    return ExtractorHolder.EXTRACTOR;
  }

  /** @return this JVM's story clusterer */
  static StoryClusterer clusterer() {
    return ClustererHolder.CLUSTERER;
  }

  private static final class ExtractorHolder {
    static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();
  }

  private static final class ClustererHolder {
    static final StoryClusterer CLUSTERER = StoryClusterer.create();
  }
}
