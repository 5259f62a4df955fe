package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
    assertThat(V.canonicalName(attribution)).contains(canonical);
  }

  @Test
  void unknownSourcesAreFoldedByTheirWords() {
    assertThat(V.canonicalName("مصدر أمني")).isEmpty();
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
}
