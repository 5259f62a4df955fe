package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** {@link Reconciliation#voiceOf}: each claim's voice, as the engine found it (rule 6). */
final class VoiceOfClaimTest {

  private static final LocalDate DAY = LocalDate.of(2013, 2, 26);

  /*
   * One story of killed people on one day:
   *   a.txt, published by "AFP" (an outlet named like an agency), cites nobody: 8;
   *   b.txt, "Al Masry", cites «فرانس برس» (an alias of the same agency): 8;
   *   b.txt also cites «وزارة الصحة» for 9, and gives 10 of its own (one outlet, three voices);
   *   c.txt has no publisher and cites nobody: 11.
   */
  private static final List<DocumentMetadata> DOCS = List.of(
      new DocumentMetadata("a.txt", "AFP", DAY),
      new DocumentMetadata("b.txt", "Al Masry", DAY),
      new DocumentMetadata("c.txt", null, DAY));

  private static final List<Claim> CLAIMS = List.of(
      Claims.claim("a.txt", 10, "قتل 8 أشخاص", Quantity.exact(8), Event.KILLED, Subject.PERSON,
          null, null),
      Claims.claim("b.txt", 10, "قتل 8 أشخاص", Quantity.exact(8), Event.KILLED, Subject.PERSON,
          "فرانس برس", null),
      Claims.claim("b.txt", 40, "قتل 9 أشخاص", Quantity.exact(9), Event.KILLED, Subject.PERSON,
          "وزارة الصحة", null),
      Claims.claim("b.txt", 70, "قتل 10 أشخاص", Quantity.exact(10), Event.KILLED, Subject.PERSON,
          null, null),
      Claims.claim("c.txt", 10, "قتل 11 شخصا", Quantity.exact(11), Event.KILLED, Subject.PERSON,
          null, null));

  private static String voiceOf(Reconciliation r, String document, long figure) {
    for (ClaimGroup g : r.groups()) {
      for (int i = 0; i < g.claims().size(); i++) {
        Claim c = g.claims().get(i);
        if (c.document().equals(document) && c.quantity().low() == figure) {
          Voice v = r.voiceOf(g, i);
          return v == null ? "(none)" : v.name();
        }
      }
    }
    throw new AssertionError("no claim of " + figure + " in " + document);
  }

  @Test
  void eachClaimHasTheVoiceTheEngineGaveIt() {
    Reconciliation r = Reconciler.create().reconcile(CLAIMS, DOCS);
    assertThat(r.groups()).hasSize(1);
    assertThat(r.groups().get(0).voices()).extracting(Voice::name)
        .containsExactlyInAnyOrder("وكالة الأنباء الفرنسية", "وزارة الصحة", "Al Masry", "c.txt");
    // the outlet named like the agency, and the alias the other outlet cites: the agency's voice
    assertThat(voiceOf(r, "a.txt", 8)).isEqualTo("وكالة الأنباء الفرنسية");
    assertThat(voiceOf(r, "b.txt", 8)).isEqualTo("وكالة الأنباء الفرنسية");
    // one outlet carrying three voices: each claim its own
    assertThat(voiceOf(r, "b.txt", 9)).isEqualTo("وزارة الصحة");
    assertThat(voiceOf(r, "b.txt", 10)).isEqualTo("Al Masry");
    // a document without a publisher speaks as itself
    assertThat(voiceOf(r, "c.txt", 11)).isEqualTo("c.txt");
  }

  @Test
  void anotherVoiceTableIsFollowedWhenGiven() {
    Reconciliation r = Reconciler.builder().voices(VoiceAliases.none()).build()
        .reconcile(CLAIMS, DOCS);
    ClaimGroup g = r.groups().get(0);
    // without the table, "AFP" is an outlet like another and «فرانس برس» a source of its own
    assertThat(g.voices()).extracting(Voice::name).contains("AFP", "فرانس برس");
    for (int i = 0; i < g.claims().size(); i++) {
      Voice v = Objects.requireNonNull(r.voiceOf(g, i, VoiceAliases.none()));
      Claim c = g.claims().get(i);
      assertThat(v.name()).isEqualTo(c.attribution() != null ? c.attribution()
          : c.document().equals("a.txt") ? "AFP" : c.document().equals("b.txt") ? "Al Masry"
          : "c.txt");
    }
  }

  @Test
  void everySeedClaimSpeaksWithAVoiceThatCarriedItsOutlet() {
    Reconciliation r = Reconciler.create().reconcile(SeedClaims.claims(), SeedClaims.documents());
    int claims = 0;
    for (ClaimGroup g : r.groups()) {
      for (int i = 0; i < g.claims().size(); i++) {
        Claim c = g.claims().get(i);
        DocumentMetadata d = r.documents().stream().filter(m -> m.id().equals(c.document()))
            .findFirst().orElseThrow();
        String outlet = d.publisher() != null ? d.publisher() : d.id();
        assertThat(r.voiceOf(g, i)).isNotNull().satisfies(v -> assertThat(v.outlets()).contains(outlet));
        claims++;
      }
    }
    assertThat(claims).isEqualTo(SeedClaims.claims().size());
  }

  @Test
  void aClaimIndexOutsideTheGroupIsRefused() {
    Reconciliation r = Reconciler.create().reconcile(CLAIMS, DOCS);
    ClaimGroup g = r.groups().get(0);
    assertThatThrownBy(() -> r.voiceOf(g, g.claims().size()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> r.voiceOf(null, 0)).isInstanceOf(NullPointerException.class);
  }
}
