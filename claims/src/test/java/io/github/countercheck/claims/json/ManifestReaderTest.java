package io.github.countercheck.claims.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ManifestReaderTest {

  private static final String MANIFEST = """
      {"documents":[
        {"file":"000_a.txt","publisher":null,"published":"2022-01-06",
         "dateCue":"2022-01-06","publisherCue":null},
        {"file":"004_b.txt","publisher":"الميادين","published":"2022-01-05","extra":{"x":[1]}},
        {"file":"009_c.txt"}
      ],"version":1}
      """;

  @Test
  void readsMetadataByFileInManifestOrder() {
    Map<String, DocumentMetadata> m = ManifestReader.read(new StringReader(MANIFEST), "manifest.json");
    assertThat(m.keySet()).containsExactly("000_a.txt", "004_b.txt", "009_c.txt");
    assertThat(m.get("000_a.txt")).isEqualTo(
        new DocumentMetadata("000_a.txt", null, LocalDate.of(2022, 1, 6)));
    assertThat(m.get("004_b.txt").publisher()).isEqualTo("الميادين");
    assertThat(m.get("009_c.txt").published()).isNull();
  }

  @Test
  void aLeadingDotSlashNamesTheFileBesideTheManifest() {
    String json = "{\"documents\":[{\"file\":\"./a.txt\",\"publisher\":\"AFP\"},"
        + "{\"file\":\"././b.txt\"}]}";
    assertThat(ManifestReader.read(new StringReader(json), "m.json").keySet())
        .containsExactly("a.txt", "b.txt");
    assertThat(ManifestReader.readTsv(new StringReader("file\toutlet\n./a.txt\tAFP\n"), "m.tsv")
        .get("a.txt").publisher()).isEqualTo("AFP");
    String twice = "{\"documents\":[{\"file\":\"./a.txt\"},{\"file\":\"a.txt\"}]}";
    assertThatThrownBy(() -> ManifestReader.read(new StringReader(twice), "m.json"))
        .hasMessageContaining("'a.txt' is listed twice");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // text | day | time of day (empty: a whole day) | offset (empty: none) | written back as
    "2013-02-26|2013-02-26|||2013-02-26",
    "2013-02-26T08:13:12|2013-02-26|08:13:12||2013-02-26T08:13:12",
    "2013-02-26 08:13:12|2013-02-26|08:13:12||2013-02-26T08:13:12",
    "2013-02-26T08:13|2013-02-26|08:13||2013-02-26T08:13:00",
    "2013-02-26T08:13:12.750|2013-02-26|08:13:12||2013-02-26T08:13:12",
    "2013-02-26T06:13:12Z|2013-02-26|06:13:12|Z|2013-02-26T06:13:12Z",
    "2013-02-26t06:13:12z|2013-02-26|06:13:12|Z|2013-02-26T06:13:12Z",
    "2013-02-26T08:13:12+02:00|2013-02-26|08:13:12|+02:00|2013-02-26T08:13:12+02:00",
    "2013-02-26 23:30-05:00|2013-02-26|23:30|-05:00|2013-02-26T23:30:00-05:00",
  })
  void readsADateOrADateTimeAtThePrecisionGiven(String text, LocalDate day, LocalTime time,
      String offset, String written) {
    String json = "{\"documents\":[{\"file\":\"a.txt\",\"published\":\"" + text + "\"}]}";
    PublicationTime t = ManifestReader.read(new StringReader(json), "m.json").get("a.txt")
        .published();
    assertThat(t.date()).isEqualTo(day);
    assertThat(t.time()).isEqualTo(time);
    assertThat(t.offset()).isEqualTo(offset == null ? null : ZoneOffset.of(offset));
    assertThat(t.hasTime()).isEqualTo(time != null);
    assertThat(t).hasToString(written);
  }

  @Test
  void readsTheStoryAUserAssigned() {
    String json = """
        {"documents":[
          {"file":"a.txt","story":"cairo-train-crash"},
          {"file":"b.txt","story":null},
          {"file":"c.txt","story":"  "}
        ]}""";
    Map<String, DocumentMetadata> m = ManifestReader.read(new StringReader(json), "m.json");
    assertThat(m.get("a.txt").story()).isEqualTo("cairo-train-crash");
    assertThat(m.get("b.txt").story()).isNull();
    assertThat(m.get("c.txt").story()).as("a blank story is no story").isNull();
  }

  @Test
  void skipsAByteOrderMark() {
    Map<String, DocumentMetadata> m = ManifestReader.read(
        new StringReader("\uFEFF{\"documents\":[{\"file\":\"a.txt\"}]}"), "m.json");
    assertThat(m).containsOnlyKeys("a.txt");
  }

  @Test
  void readsAFileAsJsonOrTabSeparatedByItsExtension(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("manifest.json");
    Files.writeString(json, "{\"documents\":[{\"file\":\"a.txt\",\"publisher\":\"AFP\"}]}",
        StandardCharsets.UTF_8);
    Path tsv = dir.resolve("Manifest.TSV");
    Files.writeString(tsv, "file\toutlet\na.txt\tAFP\n", StandardCharsets.UTF_8);
    assertThat(ManifestReader.isTsv(tsv)).isTrue();
    assertThat(ManifestReader.isTsv(json)).isFalse();
    assertThat(ManifestReader.read(json)).isEqualTo(ManifestReader.read(tsv));
    assertThat(ManifestReader.read(tsv).get("a.txt").publisher()).isEqualTo("AFP");
    assertThatThrownBy(() -> ManifestReader.read(dir.resolve("missing.tsv")))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("missing.tsv");
  }

  @Test
  void readsAnEmptyDocumentList() {
    assertThat(ManifestReader.read(new StringReader("{\"documents\":[]}"), "m.json")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "\"published\":\"2022-01-05\"|\"published\":\"2022-13-01\"|manifest.json:4: field 'published': '2022-13-01' is not a date (yyyy-mm-dd)",
    "\"published\":\"2022-01-05\"|\"published\":\"5 January\"|manifest.json:4: field 'published': '5 January' is not a date (yyyy-mm-dd)",
    "\"published\":\"2022-01-05\"|\"published\":\"2022-01-05T25:00\"|manifest.json:4: field 'published': '2022-01-05T25:00' is not a date (yyyy-mm-dd) or a date-time (yyyy-mm-ddThh:mm[:ss] or yyyy-mm-dd hh:mm[:ss], optionally with Z or an offset such as +02:00)",
    "\"published\":\"2022-01-05\"|\"published\":\"2022-01-05T08\"|manifest.json:4: field 'published': '2022-01-05T08' is not a date (yyyy-mm-dd) or a date-time",
    "\"published\":\"2022-01-05\"|\"published\":20220105|manifest.json:4: field 'published': '20220105' is not a date (yyyy-mm-dd) or a date-time",
    "\"published\":\"2022-01-05\"|\"published\":\"\"|manifest.json:4: field 'published': '' is not a date",
    "\"published\":\"2022-01-05\"|\"published\":\"2022-01-05T08:00+2\"|manifest.json:4: field 'published': '2022-01-05T08:00+2' is not a date",
    "\"publisher\":\"الميادين\"|\"story\":[1]|manifest.json:4: field 'story': '[' is not a string or null",
    "\"publisher\":\"الميادين\"|\"publisher\":42|manifest.json:4: field 'publisher': '42' is not a string or null",
    "\"file\":\"009_c.txt\"|\"file\":\"000_a.txt\"|manifest.json:5: field 'file': '000_a.txt' is listed twice",
    "\"file\":\"009_c.txt\"|\"name\":\"009_c.txt\"|manifest.json:5: field 'file': missing",
    "\"file\":\"009_c.txt\"}|\"file\":\"009_c.txt\",}|manifest.json:5: not valid JSON",
  })
  void namesTheFileLineAndFieldOfABrokenManifest(String good, String bad, String message) {
    assertThat(MANIFEST).contains(good);
    String broken = MANIFEST.replace(good, bad);
    assertThatThrownBy(() -> ManifestReader.read(new StringReader(broken), "manifest.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void refusesAManifestWithoutDocuments() {
    assertThatThrownBy(() -> ManifestReader.read(new StringReader("[]"), "m.json"))
        .hasMessageStartingWith("m.json:1: a manifest must be a JSON object");
    assertThatThrownBy(() -> ManifestReader.read(new StringReader("{\"files\":[]}"), "m.json"))
        .hasMessageStartingWith("m.json:1: field 'documents': missing");
    assertThatThrownBy(() -> ManifestReader.read(new StringReader(""), "m.json"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aManifestBeyondTheParsersLimitsNamesTheLine() {
    // Jackson refuses nesting deeper than 1,000 and numbers longer than 1,000 digits; the
    // refusal was an UncheckedIOException ("cannot read") with no line
    String deep = "{\"documents\":[],\n\"about\":" + "[".repeat(1_001);
    assertThatThrownBy(() -> ManifestReader.read(new StringReader(deep), "m.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("m.json:2: not valid JSON: Document nesting depth (1001)");
    String longNumber = "{\"documents\":[\n{\"file\":\"a.txt\",\"n\":1" + "0".repeat(1_000) + "}]}";
    assertThatThrownBy(() -> ManifestReader.read(new StringReader(longNumber), "m.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("m.json:2: not valid JSON: Number value length (1001)");
  }

  @Test
  void aFileNameThatIsOnlyDotSlashAndSpaceIsNamedLikeABlankOne() {
    // "./ " loses its "./" and leaves a blank id: the refusal did not name the manifest or line
    String json = "{\"documents\":[\n{\"file\":\"./ \"}]}";
    assertThatThrownBy(() -> ManifestReader.read(new StringReader(json), "m.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("m.json:2: field 'file': './ ' is not a file name");
  }
}
