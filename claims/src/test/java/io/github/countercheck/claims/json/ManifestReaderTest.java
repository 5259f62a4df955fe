package io.github.countercheck.claims.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.core.DocumentMetadata;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
  void readsAnEmptyDocumentList() {
    assertThat(ManifestReader.read(new StringReader("{\"documents\":[]}"), "m.json")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "\"published\":\"2022-01-05\"|\"published\":\"2022-13-01\"|manifest.json:4: field 'published': '2022-13-01' is not a date (yyyy-mm-dd)",
    "\"published\":\"2022-01-05\"|\"published\":\"5 January\"|manifest.json:4: field 'published': '5 January' is not a date (yyyy-mm-dd)",
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
}
