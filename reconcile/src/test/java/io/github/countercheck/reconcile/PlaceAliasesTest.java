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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    "بالقاهرة, القاهرة", "الاسكندرية, الإسكندرية", "بور سعيد, بورسعيد", "في حلب, حلب", "غزة, قطاع غزة",
    "مدينة غزة, مدينة غزة", "سورية, سوريا", "Syria, سوريا", "حماه, حماة", "كربلا, كربلاء", "صنعا, صنعاء",
    "بالمنصورة, المنصورة", "Mansoura, المنصورة", "في محافظة الدقهلية, الدقهلية", "Daqahliya, الدقهلية",
    "الأقصر جنوبي, الأقصر", "Luxor, الأقصر", "مدينة نصر, مدينة نصر", "ميدان التحرير, ميدان التحرير",
    "المحلة, المحلة الكبرى", "رفح المصرية, رفح المصرية", "سيناء الشمالية, شمال سيناء",
    "اثيوبيا, إثيوبيا", "أثيوبيا, إثيوبيا", "Mogadishu, مقديشو", "كوريا الشمالية, كوريا الشمالية",
    "جنوب السودان, جنوب السودان", "الخرطوم بحري, الخرطوم بحري", "في ولاية شمال دارفور, شمال دارفور",
    "South Kordofan, جنوب كردفان", "وباكستان, باكستان", "إسلام أباد, إسلام آباد", "Lashkar Gah, لشكركاه",
  })
  void foldsAliasesToTheCanonicalName(String location, String canonical) {
    assertThat(P.canonicalName(location)).isEqualTo(canonical);
  }

  @Test
  void aCountryContainsItsCities() {
    assertThat(P.contains("كازاخستان", "Almaty")).isTrue();
    assertThat(P.contains("Almaty", "كازاخستان")).isFalse();
    assertThat(P.contains("مصر", "ألماتي")).isFalse();
  }

  @Test
  void containmentGoesThroughEveryLevel() {
    assertThat(P.contains("مصر", "المنصورة")).isTrue();
    assertThat(P.contains("الدقهلية", "المنصورة")).isTrue();
    assertThat(P.contains("الدقهلية", "الدقهلية")).isTrue();
    assertThat(P.contains("الغربية", "المنصورة")).isFalse();
    assertThat(P.contains("المنصورة", "الدقهلية")).isFalse();
    assertThat(P.contains("مصر", "رابعة العدوية")).isTrue(); // a square in a district of Cairo
    assertThat(P.contains("سيناء", "العريش")).isTrue(); // a city of a governorate of a region
    assertThat(P.contains("القاهرة", "العريش")).isFalse();
    assertThat(P.contains("الأردن", "الرمثا")).isTrue();
    assertThat(P.contains("مصر", "قرية مجهولة")).isFalse();
  }

  @Test
  void aPlaceKnowsItsChainOfContainers() {
    PlaceAliases.Place mansoura = P.resolve("المنصورة");
    PlaceAliases.Place dakahlia = P.resolve("الدقهلية");
    PlaceAliases.Place egypt = P.resolve("مصر");
    PlaceAliases.Place tanta = P.resolve("طنطا");
    assertThat(mansoura.parent()).isEqualTo(dakahlia);
    assertThat(mansoura.top()).isEqualTo(egypt).isEqualTo(mansoura.region());
    assertThat(List.of(egypt.depth(), dakahlia.depth(), mansoura.depth())).containsExactly(0, 1, 2);
    assertThat(mansoura.within(dakahlia)).isTrue();
    assertThat(mansoura.within(egypt)).isTrue();
    assertThat(mansoura.within(mansoura)).isTrue();
    assertThat(dakahlia.within(mansoura)).isFalse();
    assertThat(mansoura.within(P.resolve("الغربية"))).isFalse();
    assertThat(mansoura.within(null)).isFalse();
    assertThat(mansoura.isCity()).isTrue();
    assertThat(dakahlia.isCity()).isTrue();
    assertThat(egypt.isCity()).isFalse();
    assertThat(mansoura.commonAncestor(tanta)).isEqualTo(egypt);
    assertThat(mansoura.commonAncestor(P.resolve("ميت غمر"))).isEqualTo(dakahlia);
    assertThat(mansoura.commonAncestor(dakahlia)).isEqualTo(dakahlia);
    assertThat(mansoura.commonAncestor(P.resolve("حلب"))).isNull();
    PlaceAliases.Place unknown = P.resolve("قرية مجهولة");
    assertThat(unknown.top()).isEqualTo(unknown);
    assertThat(unknown.depth()).isZero();
    assertThat(unknown.within(egypt)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"طرابلس", "Tripoli", "رفح", "عمان", "القدس", "القدس الشرقية", "الصحراء الغربية", "الكونغو",
      "البنجاب", "في مدينة طرابلس", "كوريا"})
  void ambiguousNamesNameNoPlace(String location) {
    assertThat(P.canonicalName(location)).isNull();
    assertThat(P.resolve(location)).isNotNull(); // an unknown place: its own words
  }

  @Test
  void anAmbiguousNameDoesNotHideAPlaceNamedBeside() {
    assertThat(P.canonicalName("طرابلس لبنان")).isEqualTo("لبنان");
    assertThat(P.canonicalName("القدس الشرقية")).isNull(); // not الشرقية, the governorate of Egypt
    assertThat(P.canonicalName("المنطقة الشرقية")).isEqualTo("المنطقة الشرقية");
    assertThat(P.canonicalName("الغوطة الشرقية")).isEqualTo("الغوطة الشرقية");
    assertThat(P.canonicalName("محافظة الشرقية")).isEqualTo("الشرقية");
  }

  @Test
  void theBuiltInTableHasThreeLevelsAndTheCountriesNewsNames() {
    Map<Integer, Integer> perDepth = new TreeMap<>();
    P.places().forEach(p -> perDepth.merge(p.depth(), 1, Integer::sum));
    System.out.println("PLACES per depth (0 = country): " + perDepth + ", " + P.size() + " in all");
    assertThat(P.size()).isGreaterThanOrEqualTo(600);
    assertThat(perDepth.get(0)).isGreaterThanOrEqualTo(80);
    assertThat(perDepth.get(1)).isGreaterThan(100);
    assertThat(perDepth.get(2)).isGreaterThan(100);
    PlaceAliases.Place egypt = P.byId("egypt");
    assertThat(GOVERNORATE_IDS).hasSize(27).allSatisfy(id -> {
      assertThat(P.byId(id)).as(id).isNotNull();
      assertThat(P.byId(id).within(egypt)).as(id).isTrue();
    });
    for (String arab : new String[] {"مصر", "السعودية", "الإمارات", "قطر", "الكويت", "البحرين",
        "سلطنة عمان", "اليمن", "العراق", "سوريا", "لبنان", "الأردن", "فلسطين", "ليبيا", "تونس",
        "الجزائر", "المغرب", "موريتانيا", "السودان", "الصومال", "جيبوتي", "جزر القمر"}) {
      assertThat(P.resolve(arab)).as(arab).satisfies(p -> {
        assertThat(p.known()).isTrue();
        assertThat(p.depth()).isZero();
      });
    }
  }

  /** The 27 governorates of Egypt. */
  private static final Set<String> GOVERNORATE_IDS = Set.of("cairo", "giza", "alexandria",
      "qalyubia", "dakahlia", "sharqia", "gharbia", "monufia", "beheira", "kafr_el_sheikh",
      "damietta", "port_said", "ismailia", "suez", "north_sinai", "south_sinai", "matrouh",
      "new_valley", "red_sea_eg", "fayoum", "beni_suef", "minya", "assiut", "sohag", "qena",
      "luxor", "aswan");

  /** Every place of the table lies, through its containers, in a country; only countries are top-level. */
  @Test
  void everyPlaceLiesInACountry() throws IOException {
    try (InputStream in = PlaceAliases.class.getResourceAsStream("places.json")) {
      for (JsonNode e : new ObjectMapper().readTree(in).get("places")) {
        PlaceAliases.Place p = P.byId(e.get("id").asText());
        assertThat(p).as(e.get("id").asText()).isNotNull();
        boolean country = "country".equals(e.path("kind").asText());
        assertThat(p.parent() == null).as("%s is top-level", p.key()).isEqualTo(country);
        assertThat(p.top().key()).isEqualTo(P.byId(p.top().key()).key());
        if (e.hasNonNull("in")) {
          assertThat(p.parent().key()).isEqualTo(e.get("in").asText());
        }
        assertThat(p.depth()).isLessThanOrEqualTo(4);
      }
    }
  }

  @Test
  void rejectsACycleAnUnknownContainerAndAnAmbiguousAlias() {
    assertThatThrownBy(() -> PlaceAliases.fromJson(json(
        "{\"places\":[{\"id\":\"a\",\"name\":\"أ\",\"in\":\"b\"},"
            + "{\"id\":\"b\",\"name\":\"ب\",\"in\":\"a\"}]}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
    assertThatThrownBy(() -> PlaceAliases.fromJson(json(
        "{\"places\":[{\"id\":\"a\",\"name\":\"أ\",\"in\":\"a\"}]}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
    assertThatThrownBy(() -> PlaceAliases.fromJson(json(
        "{\"places\":[{\"id\":\"x\",\"name\":\"إكس\"},"
            + "{\"id\":\"c\",\"name\":\"سي\",\"in\":\"y\"},"
            + "{\"id\":\"y\",\"name\":\"واي\",\"in\":\"z\"}]}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'z'");
    assertThatThrownBy(() -> PlaceAliases.fromJson(json(
        "{\"ambiguous\":[\"طرابلس\"],\"places\":[{\"id\":\"t\",\"name\":\"طرابلس\"}]}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ambiguous");
  }

  @Test
  void readsThreeLevelsInAnyOrder() {
    PlaceAliases mine = PlaceAliases.fromJson(json(
        "{\"places\":[{\"id\":\"c\",\"name\":\"سي\",\"in\":\"g\"},"
            + "{\"id\":\"g\",\"name\":\"جي\",\"in\":\"x\"},"
            + "{\"id\":\"x\",\"name\":\"إكس\"}]}"));
    assertThat(mine.contains("إكس", "سي")).isTrue();
    assertThat(mine.contains("جي", "سي")).isTrue();
    assertThat(mine.contains("سي", "جي")).isFalse();
    assertThat(mine.resolve("سي").depth()).isEqualTo(2);
  }

  @Test
  void unknownAndEmptyPlacesHaveNoCanonicalName() {
    assertThat(P.canonicalName("قرية مجهولة")).isNull();
    assertThat(P.canonicalName("")).isNull();
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
    assertThat(mine.canonicalName("x land")).isEqualTo("إكس");
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

  /**
   * Every name of the extractor's gazetteer resolves to a known place, unless the table lists it as
   * ambiguous (رفح): what the extractor finds by name, the reconciliation knows.
   */
  @Test
  void everyNameOfTheExtractorsGazetteerIsAPlaceOrAmbiguous() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> gazetteer = new HashSet<>();
    for (String lang : new String[] {"ar", "en"}) {
      try (InputStream in = Lexicon.class.getResourceAsStream("lexicon/" + lang + ".json")) {
        json.readTree(in).get("places").forEach(n -> gazetteer.add(n.asText()));
      }
    }
    Set<String> ambiguous = new HashSet<>();
    try (InputStream in = PlaceAliases.class.getResourceAsStream("places.json")) {
      json.readTree(in).get("ambiguous").forEach(n -> ambiguous.add(n.asText()));
    }
    assertThat(gazetteer).hasSizeGreaterThan(100);
    for (String name : gazetteer) {
      if (!ambiguous.contains(name)) {
        assertThat(P.canonicalName(name)).as(name).isNotNull();
      }
    }
  }
}
