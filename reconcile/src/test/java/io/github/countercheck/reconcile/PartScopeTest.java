package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.report.HtmlReport;
import io.github.countercheck.reconcile.report.ReconciliationReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parts of a count ({@link Scope#PART}) never join the incident's groups, nor each other: a
 * breakdown ("4 Japanese among the dead") and a condition ("3 in serious condition") are no rival
 * figures of the toll.
 *
 * <p>Story "luxor": a1 (10:00) says 19 killed, among them 4 Japanese, and 2 killed by nationality
 * (2 French); a2 (10:30) says 18 killed, 9 of them Chinese; a1 also says 3 injured, and that 1 of
 * them is in serious condition. As INCIDENT claims, 4, 2 and 9 would conflict with 19 and 18 at the
 * same hour and pull the estimate's low down to 2.
 */
final class PartScopeTest {

  private static final List<DocumentMetadata> DOCS = List.of(
      new DocumentMetadata("a1.txt", "AFP", PublicationTime.parse("2013-02-26T10:00:00"), "luxor"),
      new DocumentMetadata("a2.txt", "MENA", PublicationTime.parse("2013-02-26T10:30:00"),
          "luxor"));

  private static Claim part(Claim c, String cue) {
    return c.withScope(Scope.PART, cue);
  }

  private static final List<Claim> CLAIMS = List.of(
      Claims.claim("a1.txt", 10, "قتل 19 سائحا", Quantity.exact(19), Event.KILLED, Subject.PERSON,
          null, null),
      part(Claims.claim("a1.txt", 40, "4 يابانيين", Quantity.exact(4), Event.KILLED,
          Subject.PERSON, null, null), "بينهم"),
      part(Claims.claim("a1.txt", 60, "2 فرنسيين", Quantity.exact(2), Event.KILLED,
          Subject.PERSON, null, null), "فرنسيين"),
      Claims.claim("a1.txt", 90, "أصيب 3 أشخاص", Quantity.exact(3), Event.INJURED,
          Subject.PERSON, null, null),
      part(Claims.claim("a1.txt", 120, "واحد", Quantity.exact(1), Event.INJURED, Subject.PERSON,
          null, null), "منهم حالته خطيرة"),
      Claims.claim("a2.txt", 10, "مقتل 18 سائحا", Quantity.exact(18), Event.KILLED,
          Subject.PERSON, null, null),
      part(Claims.claim("a2.txt", 40, "9 صينيين", Quantity.exact(9), Event.KILLED,
          Subject.PERSON, null, null), "منهم"));

  private static final Reconciliation R =
      Reconciler.create().reconcile(CLAIMS, DOCS, Map.of("luxor", "Balloon crash in Luxor"));

  @Test
  void aPartNeverJoinsTheIncidentsGroup() {
    ClaimGroup killed = R.groups().stream()
        .filter(g -> g.scope() == Scope.INCIDENT && g.event() == Event.KILLED).findFirst()
        .orElseThrow();
    assertThat(killed.claims()).extracting(c -> c.quantity().low()).containsExactlyInAnyOrder(19L,
        18L);
    assertThat(killed.estimate()).isNotNull().satisfies(e -> assertThat(e.low()).isEqualTo(18));
    ClaimGroup injured = R.groups().stream()
        .filter(g -> g.scope() == Scope.INCIDENT && g.event() == Event.INJURED).findFirst()
        .orElseThrow();
    assertThat(injured.claims()).extracting(c -> c.quantity().low()).containsExactly(3L);
    for (ClaimGroup g : R.groups()) {
      if (g.scope() != Scope.PART) {
        assertThat(g.claims()).noneMatch(c -> c.scope() == Scope.PART);
      }
    }
  }

  @Test
  void eachPartIsAGroupOfItsOwnWithNoRivalFigures() {
    List<ClaimGroup> parts = R.groups().stream().filter(g -> g.scope() == Scope.PART).toList();
    assertThat(parts).hasSize(4);
    assertThat(parts).allSatisfy(g -> {
      assertThat(g.claims()).hasSize(1);
      assertThat(g.relations()).isEmpty();
      assertThat(g.status()).isEqualTo(Status.SINGLE_SOURCE);
    });
  }

  @Test
  void theReportsListPartsUnderTheirOwnHeading() {
    String heading = "Parts of a count: breakdowns and shares of a larger figure";
    assertThat(ReconciliationReport.table(R)).contains(heading)
        .contains("KILLED · PERSON · place not stated · part figures");
    assertThat(ReconciliationReport.markdown(R)).contains(heading);
    assertThat(HtmlReport.render(R)).contains(heading);
  }
}
