package io.github.countercheck.reconcile;

import static io.github.countercheck.reconcile.Claims.doc;
import static io.github.countercheck.reconcile.Claims.killed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ReconcilerRulesTest {

  private static final Reconciler R = Reconciler.create();
  private static final List<DocumentMetadata> DOCS = List.of(
      doc("a.txt", "2022-01-05"), doc("b.txt", "2022-01-05"), doc("c.txt", "2022-01-06"),
      doc("d.txt", "2022-01-20"), doc("u.txt", null));

  private static Reconciliation run(Claim... claims) {
    return R.reconcile(List.of(claims), DOCS);
  }

  private static Relation onlyRelation(Claim x, Claim y) {
    Reconciliation r = run(x, y);
    assertThat(r.groups()).hasSize(1);
    assertThat(r.groups().get(0).relations()).hasSize(1);
    return r.groups().get(0).relations().get(0);
  }

  @Test
  void emptyInputGivesNoGroups() {
    Reconciliation r = R.reconcile(List.of(), List.of());
    assertThat(r.groups()).isEmpty();
    assertThat(r.documents()).isEmpty();
  }

  @ParameterizedTest(name = "{0} vs {1} → {2}")
  @CsvSource({
    // rule 1 and 5, same day: intervals, not bare values
    "exact 12,       approx 12,    AGREE",
    "exact 12,       exact 12,     AGREE",
    "vague 20 99,    exact 26,     VAGUER",
    "range 20 30,    exact 25,     AGREE",
    "range 10 50,    exact 30,     VAGUER",
    "more 200,       exact 500,    VAGUER",
    "more 200,       least 300,    AGREE",
    "exact 8,        exact 12,     CONFLICT",
    "vague 200 999,  more 1000,    CONFLICT",
    "most 10,        exact 10,     VAGUER",
    "less 10,        exact 10,     CONFLICT",
    "exact 999,      vague 200 999, VAGUER",
  })
  void judgesClaimsOfTheSameDayAsIntervals(String x, String y, Verdict expected) {
    Relation rel = onlyRelation(killed("a.txt", q(x), Subject.PERSON), killed("b.txt", q(y), Subject.PERSON));
    assertThat(rel.verdict()).isEqualTo(expected);
    assertThat(rel.reason()).startsWith("rule 5 " + expected);
  }

  @Test
  void aLaterLargerCumulativeCountIsAnUpdate() {
    Relation rel = onlyRelation(killed("a.txt", Quantity.exact(8), Subject.POLICE),
        killed("c.txt", Quantity.exact(12), Subject.POLICE));
    assertThat(rel.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(rel.reason()).isEqualTo("rule 5 UPDATE: the later report (2022-01-06) moves the"
        + " cumulative count from 8 (a.txt, 2022-01-05) to 12 (c.txt)");
  }

  @Test
  void aLaterSmallerCumulativeCountIsADownwardRevisionConflict() {
    Reconciliation r = run(killed("a.txt", Quantity.exact(12), Subject.POLICE),
        killed("c.txt", Quantity.exact(8), Subject.POLICE));
    Relation rel = r.groups().get(0).relations().get(0);
    assertThat(rel.verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(rel.reason()).contains("downward revision");
    assertThat(r.groups().get(0).status()).isEqualTo(Status.DISPUTED);
  }

  @Test
  void aNonCumulativeEventNeverUpdates() {
    Claim x = Claims.claim("a.txt", 0, "أرسلت 100 جندي", Quantity.exact(100), Event.DEPLOYED,
        Subject.SOLDIER, null, null);
    Claim y = Claims.claim("c.txt", 0, "أرسلت 300 جندي", Quantity.exact(300), Event.DEPLOYED,
        Subject.SOLDIER, null, null);
    Relation rel = onlyRelation(x, y);
    assertThat(rel.verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(rel.reason()).contains("DEPLOYED is not a cumulative count");
  }

  @Test
  void aMissingDateMakesTimesComparable() {
    Relation rel = onlyRelation(killed("a.txt", Quantity.exact(8), Subject.POLICE),
        killed("u.txt", Quantity.exact(12), Subject.POLICE));
    assertThat(rel.verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(rel.reason()).contains("a date is unknown");
    assertThat(run(killed("a.txt", Quantity.exact(8), Subject.POLICE),
        killed("u.txt", Quantity.exact(12), Subject.POLICE)).groups().get(0).notes())
        .anyMatch(n -> n.startsWith("rule 3: no date for u.txt"));
  }

  @Test
  void aClaimWhoseDocumentIsUnknownIsListedUndated() {
    Reconciliation r = R.reconcile(List.of(killed("zzz.txt", Quantity.exact(3), Subject.CHILD)), List.of());
    assertThat(r.documents()).containsExactly(new DocumentMetadata("zzz.txt", null, null));
    assertThat(r.groups().get(0).voices()).extracting(Voice::name).containsExactly("zzz.txt");
  }

  @Test
  void injuredIsNeverComparedWithKilled() {
    Claim injured = Claims.claim("a.txt", 0, "أصيب 500", Quantity.exact(500), Event.INJURED,
        Subject.PERSON, null, null);
    Reconciliation r = run(killed("b.txt", Quantity.exact(12), Subject.PERSON), injured);
    assertThat(r.groups()).hasSize(2).allSatisfy(g -> assertThat(g.relations()).isEmpty());
  }

  @Test
  void subCategoryWithinParentIsSubsetAndBeyondIsConflictAtTheSameTime() {
    Relation within = onlyRelation(killed("a.txt", Quantity.vague(20, 99), Subject.SECURITY_FORCES),
        killed("b.txt", Quantity.exact(12), Subject.POLICE));
    assertThat(within.verdict()).isEqualTo(Verdict.SUBSET);
    assertThat(within.reason()).startsWith("rule 4 SUBSET: 12 POLICE");
    Relation beyond = onlyRelation(killed("a.txt", Quantity.exact(8), Subject.SECURITY_FORCES),
        killed("b.txt", Quantity.exact(12), Subject.POLICE));
    assertThat(beyond.verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(beyond.reason()).startsWith("rule 4 CONFLICT").contains("exceeds");
  }

  @Test
  void siblingsShareTheirParentsGroupButAreNotComparedAndGiveNoEstimate() {
    Reconciliation r = run(killed("a.txt", Quantity.exact(5), Subject.POLICE),
        killed("b.txt", Quantity.exact(7), Subject.SOLDIER));
    assertThat(r.groups()).singleElement().satisfies(g -> {
      assertThat(g.subject()).isEqualTo(Subject.SECURITY_FORCES);
      assertThat(g.relations()).isEmpty();
      assertThat(g.estimate()).isNull();
    });
  }

  @Test
  void framingsJoinOneGroupWithANoteButCiviliansStayApart() {
    Reconciliation r = run(killed("a.txt", Quantity.exact(26), Subject.PROTESTER),
        killed("b.txt", Quantity.vague(20, 99), Subject.RIOTER),
        killed("c.txt", Quantity.vague(20, 99), Subject.MILITANT),
        killed("c.txt", Quantity.exact(4), Subject.CIVILIAN));
    assertThat(r.groups()).hasSize(2);
    ClaimGroup crowd = r.groups().stream().filter(g -> g.claims().size() == 3).findFirst().orElseThrow();
    assertThat(crowd.subject()).isEqualTo(Subject.PERSON);
    assertThat(crowd.notes()).anyMatch(n -> n.contains("framing"));
    assertThat(crowd.relations()).extracting(Relation::verdict).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void unspecifiedPeopleJoinTheOnlyOtherClassOrStandAlone() {
    Reconciliation one = run(killed("a.txt", Quantity.exact(16), Subject.PERSON),
        killed("b.txt", Quantity.exact(4), Subject.CHILD));
    assertThat(one.groups()).singleElement().satisfies(g -> {
      assertThat(g.subject()).isEqualTo(Subject.PERSON);
      assertThat(g.relations()).singleElement().extracting(Relation::verdict).isEqualTo(Verdict.SUBSET);
      assertThat(Objects.requireNonNull(g.estimate()).best()).isEqualTo(16L);
    });
    Reconciliation two = run(killed("a.txt", Quantity.exact(16), Subject.PERSON),
        killed("a.txt", Quantity.exact(4), Subject.CHILD),
        killed("b.txt", Quantity.exact(3), Subject.POLICE));
    assertThat(two.groups()).hasSize(3);
  }

  @ParameterizedTest
  @CsvSource({
    "ألماتي, في مدينة ألما أتا",
    "ألمآتا, Almaty",
    "الما اتا, Alma-Ata",
    "نور سلطان, Astana",
    "بالقاهرة, Cairo",
  })
  void foldsPlaceAliasesIntoOneGroup(String x, String y) {
    Reconciliation r = run(killed("a.txt", Quantity.exact(12), Subject.POLICE, x),
        killed("b.txt", Quantity.exact(12), Subject.POLICE, y));
    assertThat(r.groups()).singleElement().satisfies(g -> assertThat(g.claims()).hasSize(2));
  }

  @Test
  void differentPlacesAreDifferentGroups() {
    Reconciliation r = run(killed("a.txt", Quantity.exact(12), Subject.POLICE, "ألماتي"),
        killed("b.txt", Quantity.exact(3), Subject.POLICE, "نور سلطان"));
    assertThat(r.groups()).hasSize(2).extracting(ClaimGroup::location)
        .containsExactlyInAnyOrder("ألماتي", "أستانا");
  }

  @Test
  void unknownPlacesAreReadAsNoPlace() {
    // fragments and names the place table does not know cannot be compared: no place
    Reconciliation r = run(killed("a.txt", Quantity.exact(12), Subject.POLICE, "في بلدة كذا"),
        killed("b.txt", Quantity.exact(3), Subject.POLICE, "كذا"),
        killed("c.txt", Quantity.exact(3), Subject.POLICE, "مكان آخر"));
    assertThat(r.groups()).singleElement().extracting(ClaimGroup::location).isNull();
    // so they join the only known place, as claims with no place do
    Reconciliation known = run(killed("a.txt", Quantity.exact(12), Subject.POLICE, "ألماتي"),
        killed("b.txt", Quantity.exact(12), Subject.POLICE, "عبد"),
        killed("c.txt", Quantity.exact(12), Subject.POLICE, "مكان آخر"));
    assertThat(known.groups()).singleElement().extracting(ClaimGroup::location)
        .isEqualTo("ألماتي");
    // and stay apart from two known places
    Reconciliation two = run(killed("a.txt", Quantity.exact(12), Subject.POLICE, "ألماتي"),
        killed("b.txt", Quantity.exact(3), Subject.POLICE, "موسكو"),
        killed("c.txt", Quantity.exact(5), Subject.POLICE, "مكان آخر"));
    assertThat(two.groups()).hasSize(3);
  }

  @Test
  void aCountryContainsItsOnlyCityButNotTwoCities() {
    Reconciliation one = run(killed("a.txt", Quantity.exact(8), Subject.POLICE, "كازاخستان"),
        killed("b.txt", Quantity.exact(8), Subject.POLICE, "ألماتي"),
        killed("c.txt", Quantity.exact(8), Subject.POLICE));
    assertThat(one.groups()).singleElement().extracting(ClaimGroup::location).isEqualTo("ألماتي");
    Reconciliation two = run(killed("a.txt", Quantity.exact(30), Subject.POLICE, "كازاخستان"),
        killed("b.txt", Quantity.exact(8), Subject.POLICE, "ألماتي"),
        killed("b.txt", Quantity.exact(3), Subject.POLICE, "شيمكنت"),
        killed("c.txt", Quantity.exact(8), Subject.POLICE));
    assertThat(two.groups()).hasSize(4);
  }

  @Test
  void datesOutsideTheWindowAreSeparateGroups() {
    Claim early = killed("a.txt", Quantity.exact(8), Subject.POLICE);
    Claim late = killed("d.txt", Quantity.exact(8), Subject.POLICE);
    assertThat(run(early, late).groups()).hasSize(2);
    Reconciler wide = Reconciler.builder().window(Duration.ofDays(30)).build();
    assertThat(wide.reconcile(List.of(early, late), DOCS).groups()).hasSize(1);
  }

  @Test
  void expectedAndDeniedClaimsAreKeptApartFromAsserted() {
    Claim asserted = killed("a.txt", Quantity.exact(8), Subject.POLICE);
    Claim denied = new Claim("b.txt", Span.of(0, 6), "نفى 20", Quantity.exact(20), Event.KILLED,
        Subject.POLICE, null, null, null, Language.AR, Modality.DENIED);
    Reconciliation r = run(asserted, denied);
    assertThat(r.groups()).hasSize(2).extracting(ClaimGroup::modality)
        .containsExactly(Modality.ASSERTED, Modality.DENIED);
  }

  @Test
  void otherEventsAndSubjectsAreEachAGroupOfTheirOwn() {
    Claim x = Claims.claim("a.txt", 0, "41 جنسية", Quantity.exact(41), Event.OTHER, Subject.OTHER, null, null);
    Claim y = Claims.claim("b.txt", 0, "41 جنسية", Quantity.exact(41), Event.OTHER, Subject.OTHER, null, null);
    assertThat(run(x, y).groups()).hasSize(2);
  }

  @Test
  void theSameSourceThroughTwoOutletsIsOneVoice() {
    Claim x = Claims.claim("a.txt", 0, "قتل 12", Quantity.exact(12), Event.KILLED, Subject.POLICE,
        "وزارة الداخلية", null);
    Claim y = Claims.claim("b.txt", 0, "قتل 12", Quantity.exact(12), Event.KILLED, Subject.POLICE,
        "الداخلية وزارة", null);
    ClaimGroup g = run(x, y).groups().get(0);
    assertThat(g.voices()).singleElement().satisfies(v -> {
      assertThat(v.name()).isEqualTo("وزارة الداخلية");
      assertThat(v.outlets()).containsExactly("outlet a.txt", "outlet b.txt");
    });
    assertThat(g.status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void estimateWeighsEachVoiceOnceAndTakesTheLowestSpecificFigure() {
    Reconciliation r = run(
        Claims.claim("a.txt", 0, "قتل 10", Quantity.exact(10), Event.KILLED, Subject.POLICE, "X", null),
        Claims.claim("a.txt", 20, "قتل 12", Quantity.exact(12), Event.KILLED, Subject.POLICE, "Y", null),
        Claims.claim("b.txt", 0, "قتل 12", Quantity.exact(12), Event.KILLED, Subject.POLICE, "Y", null),
        Claims.claim("b.txt", 20, "قتل 13", Quantity.approximate(13), Event.KILLED, Subject.POLICE, "Z", null),
        Claims.claim("b.txt", 40, "عشرات", Quantity.vague(3, 9), Event.KILLED, Subject.POLICE, "W", null));
    Estimate e = Objects.requireNonNull(r.groups().get(0).estimate());
    assertThat(e.low()).isEqualTo(10);
    assertThat(e.best()).isEqualTo(12L);
    assertThat(e.high()).isEqualTo(13L);
  }

  @Test
  void vagueFiguresAloneGiveNoBestButNarrowTheInterval() {
    Reconciliation r = run(killed("a.txt", Quantity.vague(20, 99), Subject.POLICE),
        killed("b.txt", Quantity.atLeast(50), Subject.POLICE));
    assertThat(r.groups().get(0).estimate()).isEqualTo(new Estimate(50, null, 99L));
  }

  @Test
  void rejectsBadSettingsAndConflictingMetadata() {
    assertThatThrownBy(() -> Reconciler.builder().windowDays(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> Reconciler.builder().vaguerThreshold(2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2.0");
    assertThatThrownBy(() -> R.reconcile(List.of(), List.of(doc("a.txt", "2022-01-01"), doc("a.txt", "2022-01-02"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.txt");
  }

  @Test
  void largeGroupsJudgeOnlyEachVoicesLatestFigure() {
    // voice k speaks in m<k>.txt on the 5th and in m<k+5>.txt on the 6th
    Claim[] many = new Claim[50];
    List<DocumentMetadata> docs = new java.util.ArrayList<>();
    for (int d = 0; d < 10; d++) {
      docs.add(doc("m" + d + ".txt", d < 5 ? "2022-01-05" : "2022-01-06"));
    }
    for (int i = 0; i < many.length; i++) {
      many[i] = Claims.claim("m" + i % 10 + ".txt", i * 10, "قتل 12", Quantity.exact(12),
          Event.KILLED, Subject.POLICE, "source " + i % 5, null);
    }
    ClaimGroup g = R.reconcile(List.of(many), docs).groups().get(0);
    assertThat(g.claims()).hasSize(50);
    assertThat(g.relations()).hasSize(10); // 5 voices, every pair of their latest figures
    assertThat(g.notes()).anyMatch(n -> n.startsWith("rule 9: 50 claims"));
  }

  @Test
  void largeGroupsWithManyVoicesAreJudgedAlongADateChain() {
    Claim[] many = new Claim[50];
    List<DocumentMetadata> docs = new java.util.ArrayList<>();
    for (int i = 0; i < many.length; i++) {
      many[i] = Claims.claim("m" + i + ".txt", 0, "قتل 12", Quantity.exact(12), Event.KILLED,
          Subject.POLICE, "source " + i, null);
      docs.add(doc("m" + i + ".txt", "2022-01-05"));
    }
    ClaimGroup g = R.reconcile(List.of(many), docs).groups().get(0);
    assertThat(g.relations()).hasSize(49)
        .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.AGREE));
    assertThat(g.notes()).anyMatch(n -> n.contains("each against the one before it"));
  }

  static Quantity q(String s) {
    String[] p = s.trim().split(" ");
    long a = Long.parseLong(p[1]);
    return switch (p[0]) {
      case "exact" -> Quantity.exact(a);
      case "approx" -> Quantity.approximate(a);
      case "more" -> Quantity.moreThan(a);
      case "least" -> Quantity.atLeast(a);
      case "most" -> Quantity.atMost(a);
      case "less" -> Quantity.lessThan(a);
      case "range" -> Quantity.range(a, Long.parseLong(p[2]));
      case "vague" -> Quantity.vague(a, Long.parseLong(p[2]));
      default -> throw new IllegalArgumentException(s);
    };
  }
}
