package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import io.github.countercheck.claims.SampledDevSet.Sentence;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@code DevSet<n><Language>Test} checks besides its set's own shape: the set, loaded
 * once ({@link SampledDevSet#load}); every sentence quoted exactly from its source file (the
 * Arabic sentences name their corpus, the English ones are of english-news-dev); and the extractor
 * scoring no worse than recorded ({@link SampledDevSet#assertScoresNoWorseThanRecorded}: the
 * English recorded files name the negative rate {@code negative.rate}, the Arabic ones
 * {@code negatives}). A subclass names its set and adds the test of its shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SampledDevSetTestBase {

  private final String name;
  private final String lang;
  private final Layout layout;
  private final String recordedFile;
  private final List<String> splits;

  /** The set, loaded before the tests. */
  SampledDevSet set;

  /**
   * @param name         the set's folder and file prefix, such as {@code devset6}
   * @param lang         {@code ar} or {@code en}
   * @param layout       how its report is laid out
   * @param recordedFile the recorded figures, in the set's folder
   * @param splits       the splits whose figures are compared with the recorded ones
   */
  SampledDevSetTestBase(String name, String lang, Layout layout, String recordedFile,
      String... splits) {
    this.name = name;
    this.lang = lang;
    this.layout = layout;
    this.recordedFile = recordedFile;
    this.splits = List.of(splits);
  }

  @BeforeAll
  void load() {
    set = SampledDevSet.load(name, lang);
  }

  @Test
  void everySentenceIsQuotedExactlyFromItsSourceFile() throws IOException {
    set.assertQuotedExactly("ar".equals(lang) ? Sentence::corpus : s -> "english-news-dev");
  }

  @Test
  void extractorScoresNoWorseThanRecorded() {
    set.assertScoresNoWorseThanRecorded(layout, recordedFile,
        "ar".equals(lang) ? "negatives" : "negative.rate", splits);
  }
}
