package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.Lexicon;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class PlaceAliasesTest {

  private static final PlaceAliases P = PlaceAliases.builtIn();

  @ParameterizedTest
  @CsvSource({
    "ألماتي, ألماتي", "ألما أتا, ألماتي", "ألمآتا, ألماتي", "الما اتا, ألماتي", "ألما آتا, ألماتي",
    "Almaty, ألماتي", "Alma-Ata, ألماتي", "في مدينة ألماتي, ألماتي", "ولاية ألماتي بكازاخستان, ألماتي",
    "نور سلطان, أستانا", "Nur-Sultan, أستانا", "أستانا, أستانا",
    "كزاخستان, كازاخستان", "وكازاخستان, كازاخستان", "in Kazakhstan, كازاخستان",
    "بالقاهرة, القاهرة", "الاسكندرية, الإسكندرية", "بور سعيد, بورسعيد", "في حلب, حلب", "قطاع غزة, غزة",
  })
  void foldsAliasesToTheCanonicalName(String location, String canonical) {
    assertThat(P.canonicalName(location)).contains(canonical);
  }

  @Test
  void aCountryContainsItsCities() {
    assertThat(P.contains("كازاخستان", "Almaty")).isTrue();
    assertThat(P.contains("Almaty", "كازاخستان")).isFalse();
    assertThat(P.contains("مصر", "ألماتي")).isFalse();
  }

  @Test
  void unknownAndEmptyPlacesHaveNoCanonicalName() {
    assertThat(P.canonicalName("قرية مجهولة")).isEmpty();
    assertThat(P.canonicalName("")).isEmpty();
    assertThat(P.resolve("في مدينة")).isNull();
    assertThat(P.resolve("في بلدة كذا").key()).isEqualTo(P.resolve("كذا").key());
  }

  @Test
  void randomTextNeverCrashes() {
    Random r = new Random(5);
    for (int i = 0; i < 500; i++) {
      char[] cs = new char[r.nextInt(30)];
      for (int j = 0; j < cs.length; j++) {
        cs[j] = (char) (r.nextBoolean() ? 0x0621 + r.nextInt(40) : r.nextInt(0x3000));
      }
      P.resolve(new String(cs));
    }
  }

  @Test
  void readsAUserTableAndRejectsABrokenOne() {
    PlaceAliases mine = PlaceAliases.fromJson(json(
        "{\"places\":[{\"id\":\"x\",\"name\":\"إكس\",\"aliases\":[\"X-Land\"]},"
            + "{\"id\":\"y\",\"name\":\"واي\",\"in\":\"x\"}]}"));
    assertThat(mine.canonicalName("x land")).contains("إكس");
    assertThat(mine.contains("X-Land", "واي")).isTrue();
    assertThat(mine.size()).isEqualTo(2);
    assertThatThrownBy(() -> PlaceAliases.fromJson(json(
        "{\"places\":[{\"id\":\"y\",\"name\":\"واي\",\"in\":\"nowhere\"}]}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
    assertThatThrownBy(() -> PlaceAliases.fromJson(json(
        "{\"places\":[{\"id\":\"a\",\"name\":\"س\"},{\"id\":\"b\",\"name\":\"س\"}]}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names both");
  }

  private static ByteArrayInputStream json(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** The extractor's gazetteer holds every name of the place table, so that what it reads resolves. */
  @Test
  void everyNameOfThePlaceTableIsInTheExtractorsGazetteer() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> gazetteer = new HashSet<>();
    for (String lang : new String[] {"ar", "en"}) {
      try (InputStream in = Lexicon.class.getResourceAsStream("lexicon/" + lang + ".json")) {
        json.readTree(in).get("places").forEach(n -> gazetteer.add(n.asText()));
      }
    }
    Set<String> names = new HashSet<>();
    try (InputStream in = PlaceAliases.class.getResourceAsStream("places.json")) {
      for (JsonNode place : json.readTree(in).get("places")) {
        place.get("aliases").forEach(n -> names.add(n.asText()));
      }
    }
    assertThat(names).hasSizeGreaterThan(100);
    assertThat(gazetteer).containsAll(names);
  }
}
