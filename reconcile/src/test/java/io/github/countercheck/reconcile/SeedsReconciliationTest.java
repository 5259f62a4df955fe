package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Subject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The conclusions a careful fact-checker draws from the seeds (issue 5). */
final class SeedsReconciliationTest {

  private static final Reconciliation R =
      Reconciler.create().reconcile(SeedClaims.claims(), SeedClaims.documents());

  private static ClaimGroup groupOf(String doc, String text) {
    return R.groups().stream()
        .filter(g -> g.claims().stream().anyMatch(c -> c.document().equals(doc) && c.text().equals(text)))
        .findFirst().orElseThrow();
  }

  private static int index(ClaimGroup g, String doc, String text) {
    for (int i = 0; i < g.claims().size(); i++) {
      Claim c = g.claims().get(i);
      if (c.document().equals(doc) && c.text().equals(text)) {
        return i;
      }
    }
    throw new AssertionError(text + " not in group");
  }

  private static Relation relation(ClaimGroup g, String docA, String a, String docB, String b) {
    int i = index(g, docA, a);
    int j = index(g, docB, b);
    return g.relations().stream()
        .filter(r -> r.a() == Math.min(i, j) && r.b() == Math.max(i, j))
        .findFirst().orElseThrow(() -> new AssertionError("no relation " + a + " / " + b));
  }

  @Test
  void eightSecurityForcesAndTwelvePoliceAreOneGroupAndTheTwelveIsAnUpdate() {
    ClaimGroup g = groupOf(SeedClaims.D004, "مقتل 8 من القوات الأمنية");
    assertThat(g).isSameAs(groupOf(SeedClaims.D001, "قتل 12 شرطيا"));
    assertThat(g.event()).isEqualTo(Event.KILLED);
    assertThat(g.subject()).isEqualTo(Subject.SECURITY_FORCES);
    assertThat(g.location()).isEqualTo("ألماتي");
    Relation r = relation(g, SeedClaims.D004, "مقتل 8 من القوات الأمنية", SeedClaims.D001, "قتل 12 شرطيا");
    assertThat(r.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(r.reason()).startsWith("rule 5 UPDATE").contains("2022-01-06").contains("8").contains("12");
    assertThat(g.status()).isEqualTo(Status.CONSISTENT);
  }

  @Test
  void twelvePoliceAndAboutTwelvePoliceAgree() {
    ClaimGroup g = groupOf(SeedClaims.D001, "قتل 12 شرطيا");
    assertThat(relation(g, SeedClaims.D001, "قتل 12 شرطيا", SeedClaims.D002, "نحو 12شرطياً").verdict())
        .isEqualTo(Verdict.AGREE);
  }

  @Test
  void dozensOfSecurityForcesHoldTheTwelvePoliceAndUpdateTheEight() {
    ClaimGroup g = groupOf(SeedClaims.D000, "العشرات من قوات الأمن");
    assertThat(g).isSameAs(groupOf(SeedClaims.D001, "قتل 12 شرطيا"));
    assertThat(relation(g, SeedClaims.D000, "العشرات من قوات الأمن", SeedClaims.D001, "قتل 12 شرطيا")
        .verdict()).isEqualTo(Verdict.SUBSET);
    assertThat(relation(g, SeedClaims.D004, "مقتل 8 من القوات الأمنية", SeedClaims.D000,
        "العشرات من قوات الأمن").verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(g.relations()).noneMatch(r -> r.verdict() == Verdict.CONFLICT);
    // the 8 was moved past: the estimate comes from the later reports
    assertThat(g.estimate()).isNotNull();
    assertThat(g.estimate().low()).isGreaterThan(8);
  }

  @Test
  void twentySixProtestersAndDozensAreOneGroupWithTheDozensVaguer() {
    ClaimGroup g = groupOf(SeedClaims.D003, "مقتل 26 محتجاً");
    assertThat(g).isSameAs(groupOf(SeedClaims.D001, "عشرات المحتجين"));
    Relation r = relation(g, SeedClaims.D001, "عشرات المحتجين", SeedClaims.D003, "مقتل 26 محتجاً");
    assertThat(r.verdict()).isEqualTo(Verdict.VAGUER);
    assertThat(r.reason()).startsWith("rule 5 VAGUER").contains("[20, 99]").contains("26");
    assertThat(g.relations()).noneMatch(x -> x.verdict() == Verdict.CONFLICT);
    assertThat(Objects.requireNonNull(g.estimate()).best()).isEqualTo(26L);
  }

  @Test
  void attackersAndRioterFramingsJoinTheProtestersWithANote() {
    ClaimGroup g = groupOf(SeedClaims.D003, "مقتل 26 محتجاً");
    assertThat(g.claims()).extracting(Claim::text).contains(
        "القضاء على العشرات من المعتدين", "القضاء على عشرات المهاجمين", "مصرع العشرات من مثيري الشغب");
    assertThat(g.notes()).anyMatch(n -> n.startsWith("rule 4: framing") && n.contains("MILITANT")
        && n.contains("RIOTER") && n.contains("PROTESTER"));
    assertThat(groupOf(SeedClaims.D004, "مقتل 8 من القوات الأمنية").notes())
        .noneMatch(n -> n.contains("framing"));
  }

  @Test
  void hundredsAndMoreThanAThousandInjuredTheSameDayConflict() {
    ClaimGroup g = groupOf(SeedClaims.D000, "أصيب المئات");
    assertThat(g).isSameAs(groupOf(SeedClaims.D001, "أصيب أكثر من 1000 شخص"));
    assertThat(g.claims()).hasSize(2);
    assertThat(g.relations()).singleElement().satisfies(r -> {
      assertThat(r.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(r.reason()).startsWith("rule 5 CONFLICT").contains("same day (2022-01-06)");
    });
    assertThat(g.status()).isEqualTo(Status.DISPUTED);
    assertThat(Objects.requireNonNull(g.estimate()).best()).isNull();
  }

  @Test
  void arrestsSoldiersAndAircraftAreSeparateSingleSourceGroups() {
    ClaimGroup arrested = groupOf(SeedClaims.D001, "أكثر من مئتي شخص");
    ClaimGroup soldiers = groupOf(SeedClaims.D003, "200 جندي");
    ClaimGroup aircraft = groupOf(SeedClaims.D002, "أكثر من 70 طائرة");
    assertThat(List.of(arrested, soldiers, aircraft)).doesNotHaveDuplicates()
        .allSatisfy(g -> {
          assertThat(g.claims()).hasSize(1);
          assertThat(g.status()).isEqualTo(Status.SINGLE_SOURCE);
        });
    assertThat(arrested.event()).isEqualTo(Event.ARRESTED);
    assertThat(soldiers.modality()).isEqualTo(Modality.EXPECTED);
  }

  @Test
  void votesOfTheSameOutletAndCitedSourcesAreListed() {
    ClaimGroup g = groupOf(SeedClaims.D001, "قتل 12 شرطيا");
    assertThat(g.voices()).extracting(Voice::name)
        .contains("التلفزيون الرسمي الكازاخي", "وكالة الأنباء الفرنسية");
    assertThat(g.voices()).filteredOn(v -> v.name().equals("وكالة الأنباء الفرنسية"))
        .singleElement().extracting(Voice::outlets).isEqualTo(List.of("الميادين"));
  }

  @Test
  void keepsEveryClaimAndIgnoresInputOrder() {
    assertThat(R.claimCount()).isEqualTo(SeedClaims.claims().size());
    List<Claim> shuffled = new ArrayList<>(SeedClaims.claims());
    Collections.shuffle(shuffled, new Random(3));
    assertThat(Reconciler.create().reconcile(shuffled, SeedClaims.documents())).isEqualTo(R);
  }
}
