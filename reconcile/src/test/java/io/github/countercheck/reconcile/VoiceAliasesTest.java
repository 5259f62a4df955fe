package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class VoiceAliasesTest {

  private static final VoiceAliases V = VoiceAliases.builtIn();

  @ParameterizedTest
  @CsvSource({
    "AFP, وكالة الأنباء الفرنسية",
    "نقلت وكالة فرانس برس, وكالة الأنباء الفرنسية",
    "وفق وكالة الانباء الفرنسية, وكالة الأنباء الفرنسية",
    "Reuters news agency, رويترز",
    "التلفزيون الكازاخي الرسمي, التلفزيون الرسمي الكازاخي",
    "وزارة الداخلية في كازاخستان, وزارة الداخلية الكازاخية",
  })
  void foldsAliasesToTheCanonicalSource(String attribution, String canonical) {
    assertThat(V.canonicalName(attribution)).isEqualTo(canonical);
  }

  @Test
  void unknownSourcesAreFoldedByTheirWords() {
    assertThat(V.canonicalName("مصدر أمني")).isNull();
    assertThat(V.key("مصدر أمني")).isEqualTo(V.key("أمني مصدر"));
    assertThat(V.key("مصدر أمني")).isNotEqualTo(V.key("مصدر طبي"));
  }

  @Test
  void theAgencyUnderTwoNamesIsOneVoiceInAGroup() {
    Claim x = Claims.claim("a.txt", 0, "قتل 8", Quantity.exact(8), Event.KILLED, Subject.POLICE, "AFP", null);
    Claim y = Claims.claim("b.txt", 0, "قتل 8", Quantity.exact(8), Event.KILLED, Subject.POLICE,
        "وكالة الأنباء الفرنسية", null);
    ClaimGroup g = Reconciler.create().reconcile(List.of(x, y),
        List.of(Claims.doc("a.txt", "2022-01-05"), Claims.doc("b.txt", "2022-01-05"))).groups().get(0);
    assertThat(g.voices()).singleElement().satisfies(v -> {
      assertThat(v.name()).isEqualTo("وكالة الأنباء الفرنسية");
      assertThat(v.outlets()).containsExactly("outlet a.txt", "outlet b.txt");
    });
    assertThat(g.status()).isEqualTo(Status.SINGLE_SOURCE);
    ClaimGroup apart = Reconciler.builder().voices(VoiceAliases.none()).build()
        .reconcile(List.of(x, y), List.of()).groups().get(0);
    assertThat(apart.voices()).hasSize(2);
  }

  @Test
  void rejectsAnAliasGivenToTwoVoices() {
    String json = "{\"voices\":[{\"name\":\"أ\",\"aliases\":[\"X\"]},{\"name\":\"ب\",\"aliases\":[\"x\"]}]}";
    assertThatThrownBy(() -> VoiceAliases.fromJson(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names both");
  }

  @ParameterizedTest
  @CsvSource({
    "Reuters, REUTERS",
    "Reuters, Reuters\u200b",
    "Al  Ahram, al ahram",
    "'\u202bالأهرام\u202c', الأهرام",
    "ＲＥＵＴＥＲＳ, reuters",
    "'\ufeffBBC News ', BBC\u00a0News",
  })
  void foldsAnOutletsSpellings(String a, String b) {
    assertThat(VoiceAliases.foldOutlet(a)).isEqualTo(VoiceAliases.foldOutlet(b));
    assertThat(VoiceAliases.foldOutlet("Reuters")).isNotEqualTo(VoiceAliases.foldOutlet("Reuter"));
  }

  @Test
  void cleansAnOutletsNameForPrinting() {
    assertThat(VoiceAliases.cleanOutlet("Reuters\u200b")).isEqualTo("Reuters");
    assertThat(VoiceAliases.cleanOutlet("  Al \u2067Ahram\u2069  ")).isEqualTo("Al Ahram");
    assertThat(VoiceAliases.cleanOutlet("\u200b")).isEqualTo("\u200b");
  }

  @Test
  void oneOutletWhateverItsSpellingIsOneVoiceAndOneOutlet() {
    List<Claim> claims = List.of(
        Claims.killed("a.txt", Quantity.exact(8), Subject.POLICE),
        Claims.killed("b.txt", Quantity.exact(8), Subject.POLICE),
        Claims.killed("c.txt", Quantity.exact(8), Subject.POLICE));
    ClaimGroup g = Reconciler.create().reconcile(claims, List.of(
        new DocumentMetadata("a.txt", "Reuters", LocalDate.of(2022, 1, 5)),
        new DocumentMetadata("b.txt", "REUTERS", LocalDate.of(2022, 1, 5)),
        new DocumentMetadata("c.txt", "Reuters\u200b", LocalDate.of(2022, 1, 5)))).groups().get(0);
    assertThat(g.voices()).singleElement().satisfies(v -> {
      assertThat(v.name()).isEqualTo("رويترز");
      assertThat(v.outlets()).containsExactly("Reuters");
    });
    assertThat(g.status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void anAgencysOwnFigureAndAnOutletQuotingItAreOneVoice() {
    Claim own = Claims.killed("a.txt", Quantity.exact(8), Subject.POLICE);
    Claim quoted = Claims.claim("b.txt", 0, "قتل 8", Quantity.exact(8), Event.KILLED,
        Subject.POLICE, "وكالة رويترز", null);
    Claim other = Claims.killed("c.txt", Quantity.exact(8), Subject.POLICE);
    ClaimGroup g = Reconciler.create().reconcile(List.of(own, quoted, other), List.of(
        new DocumentMetadata("a.txt", "Reuters", LocalDate.of(2022, 1, 5)),
        new DocumentMetadata("b.txt", "الأهرام", LocalDate.of(2022, 1, 5)),
        new DocumentMetadata("c.txt", "Reuters Arabic blog", LocalDate.of(2022, 1, 5))))
        .groups().get(0);
    assertThat(g.voices()).extracting(Voice::name)
        .containsExactlyInAnyOrder("رويترز", "Reuters Arabic blog");
    assertThat(g.voices()).filteredOn(v -> v.name().equals("رويترز")).singleElement()
        .satisfies(v -> assertThat(v.outlets()).containsExactly("Reuters", "الأهرام"));
  }
}
