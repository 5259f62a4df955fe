package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
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
}
