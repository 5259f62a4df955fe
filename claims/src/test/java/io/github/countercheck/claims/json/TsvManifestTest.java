package io.github.countercheck.claims.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import java.io.StringReader;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TsvManifestTest {

  /** As the shared corpus writes it: file, outlet, category, original path, crawl time, bytes. */
  private static final String CRAWL = String.join("\n",
      "file\toutlet\tcategory\toriginal_path\ttimestamp\tbytes",
      "a.txt\talmasryalyoum\taccidents\trss/a/2013-02-26 08:13:12#a.txt\t2013-02-26 08:13:12\t3144",
      "b.txt\tshorouknews\tpolitics\trss/b.txt\t2013-02-26\t873",
      "c.txt\t\tcases\trss/c.txt\t\t12",
      "");

  private static Map<String, DocumentMetadata> read(String tsv) {
    return ManifestReader.readTsv(new StringReader(tsv), "manifest.tsv");
  }

  @Test
  void readsTheCorpusLayoutOutletAndTimestampInFileOrder() {
    Map<String, DocumentMetadata> m = read(CRAWL);
    assertThat(m.keySet()).containsExactly("a.txt", "b.txt", "c.txt");
    assertThat(m.get("a.txt")).isEqualTo(new DocumentMetadata("a.txt", "almasryalyoum",
        PublicationTime.parse("2013-02-26T08:13:12"), null));
    assertThat(m.get("b.txt").published().hasTime()).as("a date stays a day").isFalse();
    assertThat(m.get("c.txt").publisher()).as("a blank cell is unknown").isNull();
    assertThat(m.get("c.txt").published()).isNull();
  }

  @Test
  void readsAByteOrderMarkAndCarriageReturns() {
    assertThat(read("\uFEFF" + CRAWL.replace("\n", "\r\n"))).isEqualTo(read(CRAWL));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
    // header | row | publisher | published | story
    "file\tpublisher\tpublished\tstory|a.txt\tAFP\t2013-02-26T08:00Z\ts1|AFP|2013-02-26T08:00:00Z|s1",
    "FILE\tOutlet\tTime|a.txt\tAFP\t2013-02-26|AFP|2013-02-26|",
    "Date\tFile|2013-02-26 08:00\ta.txt||2013-02-26T08:00:00|",
    "file\tdatetime\tStory|a.txt\t2013-02-26T08:00:00+02:00\t ||2013-02-26T08:00:00+02:00|",
    // the publisher column wins over outlet, published over timestamp, whatever their order
    "outlet\ttimestamp\tfile\tpublisher\tpublished|x\t2013-01-01\ta.txt\tAFP\t2013-02-26|AFP|2013-02-26|",
    // a spreadsheet's quotes
    "\"file\"\t\"publisher\"|\"a.txt\"\t\"Al \"\"Ahram\"\"\"|Al \"Ahram\"||",
    // no publisher nor time column at all
    "file\tbytes|a.txt\t12|||",
  })
  void findsColumnsByNameInAnyCaseAndOrder(String header, String row, String publisher,
      String published, String story) {
    DocumentMetadata m = read(header + "\n" + row + "\n").get("a.txt");
    assertThat(m).isNotNull();
    assertThat(m.publisher()).isEqualTo(publisher);
    assertThat(m.published() == null ? null : m.published().toString()).isEqualTo(published);
    assertThat(m.story()).isEqualTo(story);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
    "outlet\ttimestamp|x\t2013-02-26|manifest.tsv:1: no 'file' column in the tab-separated header (it names outlet, timestamp)",
    "file outlet timestamp|x|manifest.tsv:1: no 'file' column in the tab-separated header (it names file outlet timestamp)",
    "file\tFile|a.txt\tb.txt|manifest.tsv:1: column 'file': named twice in the header",
    "file\ttimestamp|a.txt\t2013-02-30 08:13:12|manifest.tsv:2: column 'timestamp': '2013-02-30 08:13:12' is not a date (yyyy-mm-dd) or a date-time (yyyy-mm-ddThh:mm[:ss] or yyyy-mm-dd hh:mm[:ss], optionally with Z or an offset such as +02:00)",
    "file\tDate|a.txt\t26/02/2013|manifest.tsv:2: column 'Date': '26/02/2013' is not a date",
    "file\toutlet\ttimestamp|a.txt\tAFP|manifest.tsv:2: has 2 cells where the header names 3 columns",
    "file\toutlet|a.txt\tAFP\textra|manifest.tsv:2: has 3 cells where the header names 2 columns",
    "file\toutlet|\tAFP|manifest.tsv:2: column 'file': blank",
  })
  void namesTheLineAndColumnOfABrokenManifest(String header, String row, String message) {
    assertThatThrownBy(() -> read(header + "\n" + row + "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void refusesAFileListedTwiceNamingBothLines() {
    String tsv = CRAWL + "\n" + "a.txt\tx\ty\tz\t2013-02-27\t1\n";
    assertThatThrownBy(() -> read(tsv))
        .hasMessage("manifest.tsv:6: column 'file': 'a.txt' is listed twice (first on line 2)");
  }

  @Test
  void skipsBlankLinesAndCountsThemInLineNumbers() {
    String tsv = "file\ttime\n\na.txt\t2013-02-26\n   \nb.txt\tnoon\n";
    assertThatThrownBy(() -> read(tsv)).hasMessageStartingWith("manifest.tsv:5: column 'time'");
    assertThat(read("file\ttime\n\na.txt\t2013-02-26\n\n")).containsOnlyKeys("a.txt");
  }

  @Test
  void refusesAnEmptyManifestAndReadsAHeaderAlone() {
    assertThatThrownBy(() -> read("")).hasMessageStartingWith("manifest.tsv:1: no header");
    assertThatThrownBy(() -> read("\uFEFF\n")).hasMessageStartingWith("manifest.tsv:1: no header");
    assertThat(read("file\toutlet\n")).isEmpty();
  }

  @Test
  void randomInputGivesAClearErrorOrAResultNeverACrash() {
    Random random = new Random(14);
    String alphabet = "\t\n\r\"ab.txt-:0123456789 TZ+\uFEFFفلم";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sb = new StringBuilder(random.nextBoolean() ? "file\toutlet\ttime\n" : "");
      int n = random.nextInt(60);
      for (int j = 0; j < n; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        Map<String, DocumentMetadata> m = read(sb.toString());
        assertThat(m.keySet()).allSatisfy(k -> assertThat(k).isNotBlank());
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).startsWith("manifest.tsv:");
      }
    }
  }
}
