package io.github.countercheck.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared news corpus for tests that read whole articles: the folder named by the system
 * property {@code countercheck.corpus} ({@code .ci/run} sets it to {@code ../shared/corpus} when
 * that folder exists). Articles are never copied into the repository.
 */
public final class TestCorpus {

  /** The system property naming the corpus folder. */
  public static final String PROPERTY = "countercheck.corpus";

  private TestCorpus() {}

  /** @return the corpus folder, or null unless the property names an existing folder */
  private static Path root() {
    String p = System.getProperty(PROPERTY, "");
    if (p.isBlank() || p.startsWith("${")) {
      return null;
    }
    Path dir = Path.of(p).toAbsolutePath();
    return Files.isDirectory(dir) ? dir : null;
  }

  /**
   * A sub-folder of the corpus, or skips the calling test with a message saying how to run it.
   *
   * @param sub the sub-folder, such as {@code arabic-news-2013}
   * @return its path
   */
  public static Path require(String sub) {
    Path root = root();
    assumeTrue(root != null && Files.isDirectory(root.resolve(sub)),
        "skipped: needs the shared corpus; run .ci/run, or mvn -B verify"
            + " -Dcountercheck.corpus=$(cd ../shared/corpus && pwd)  (folder " + sub + ")");
    return root.resolve(sub);
  }
}
