package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Reports within a day are ordered by their time; "the same time" is a span, not a date. */
final class TimeOfDayTest {

  private static final Reconciler R = Reconciler.create();

  private static DocumentMetadata doc(String id, String time) {
    return new DocumentMetadata(id, "outlet " + id, PublicationTime.parse(time), null);
  }

  private static Claim police(String doc, long n) {
    return Claims.killed(doc, Quantity.exact(n), Subject.POLICE);
  }

  private static ClaimGroup group(Reconciler r, String timeA, long a, String timeB, long b) {
    List<ClaimGroup> groups = r.reconcile(List.of(police("a.txt", a), police("b.txt", b)),
        List.of(doc("a.txt", timeA), doc("b.txt", timeB))).groups();
    assertThat(groups).hasSize(1);
    return groups.get(0);
  }

  @Test
  void reportsWithinTheSpanAreAtTheSameTimeAndConflict() {
    ClaimGroup g = group(R, "2022-01-05T08:00:00", 8, "2022-01-05T10:30:00", 12);
    assertThat(g.status()).isEqualTo(Status.DISPUTED);
    assertThat(g.relations()).singleElement().satisfies(r -> {
      assertThat(r.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(r.reason()).isEqualTo("rule 5 CONFLICT: 8 (a.txt, 2022-01-05T08:00:00) and 12"
          + " (b.txt, 2022-01-05T10:30:00) do not overlap; at comparable times"
          + " (2022-01-05T08:00:00 and 2022-01-05T10:30:00, within 3 hours of each other)");
    });
  }

  @Test
  void aLaterReportOfTheSameDayPastTheSpanIsAnUpdate() {
    ClaimGroup g = group(R, "2022-01-05T08:00:00", 8, "2022-01-05T14:00:00", 12);
    assertThat(g.status()).isEqualTo(Status.CONSISTENT);
    assertThat(g.relations()).singleElement().satisfies(r -> {
      assertThat(r.verdict()).isEqualTo(Verdict.UPDATE);
      assertThat(r.reason()).isEqualTo("rule 5 UPDATE: the later report (2022-01-05T14:00:00)"
          + " moves the cumulative count from 8 (a.txt, 2022-01-05T08:00:00) to 12 (b.txt)");
    });
    // the estimate takes the later figure only: 8 was moved past
    assertThat(Objects.requireNonNull(g.estimate()).best()).isEqualTo(12L);
  }

  @Test
  void aLowerReportLaterTheSameDayIsADownwardRevision() {
    ClaimGroup g = group(R, "2022-01-05T08:00:00", 12, "2022-01-05T20:00:00", 8);
    assertThat(g.relations()).singleElement().satisfies(r -> {
      assertThat(r.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(r.reason()).contains("downward revision").contains("2022-01-05T20:00:00");
    });
  }

  @Test
  void theSpanIsASetting() {
    Reconciler hour = Reconciler.builder().sameTime(Duration.ofHours(1)).build();
    assertThat(hour.sameTime()).isEqualTo(Duration.ofHours(1));
    assertThat(group(hour, "2022-01-05T08:00:00", 8, "2022-01-05T10:30:00", 12).relations())
        .singleElement().extracting(Relation::verdict).isEqualTo(Verdict.UPDATE);
    Reconciler day = Reconciler.builder().sameTime(Duration.ofHours(24)).build();
    assertThat(group(day, "2022-01-05T08:00:00", 8, "2022-01-05T20:00:00", 12).status())
        .isEqualTo(Status.DISPUTED);
    assertThat(R.sameTime()).isEqualTo(Duration.ofHours(3));
    assertThatThrownBy(() -> Reconciler.builder().sameTime(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1M");
    assertThatThrownBy(() -> Reconciler.builder().sameTime(Duration.ofDays(400)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("366 days");
  }

  @Test
  void theSpanCrossesMidnight() {
    ClaimGroup g = group(R, "2022-01-05T23:00:00", 8, "2022-01-06T01:00:00", 12);
    assertThat(g.relations()).singleElement().extracting(Relation::verdict)
        .isEqualTo(Verdict.CONFLICT);
  }

  @Test
  void offsetsArePlacedOnOneTimeline() {
    // 10:00 in Cairo (+02:00) and 09:30 UTC are 90 minutes apart, within the span
    ClaimGroup g = group(R, "2022-01-05T10:00:00+02:00", 8, "2022-01-05T09:30:00Z", 12);
    assertThat(g.status()).isEqualTo(Status.DISPUTED);
    ClaimGroup apart = group(R, "2022-01-05T10:00:00+02:00", 8, "2022-01-05T12:30:00Z", 12);
    assertThat(apart.relations()).singleElement().extracting(Relation::verdict)
        .isEqualTo(Verdict.UPDATE);
  }

  @Test
  void aDateAloneIsTheWholeDayAsBefore() {
    ClaimGroup same = group(R, "2022-01-05", 8, "2022-01-05T22:00:00", 12);
    assertThat(same.relations()).singleElement().satisfies(r -> {
      assertThat(r.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(r.reason()).endsWith("on the same day (2022-01-05)");
    });
    ClaimGroup next = group(R, "2022-01-05T23:00:00", 8, "2022-01-06", 12);
    assertThat(next.relations()).singleElement().extracting(Relation::verdict)
        .isEqualTo(Verdict.UPDATE);
  }

  @Test
  void membersOfADayAreOrderedByTime() {
    // z.txt sorts after a.txt by id but was published first
    Reconciliation r = R.reconcile(List.of(police("a.txt", 12), police("z.txt", 8)),
        List.of(doc("a.txt", "2022-01-05T18:00:00"), doc("z.txt", "2022-01-05T07:00:00")));
    assertThat(r.groups().get(0).claims()).extracting(Claim::document)
        .containsExactly("z.txt", "a.txt");
  }

  @Test
  void ofEachVoiceOnlyItsLatestReportCounts() {
    // one source at 09:00 and at 11:00 (within the span, so no update), another at 10:00
    Claim early = Claims.claim("a.txt", 0, "قتل 8", Quantity.exact(8), Event.KILLED,
        Subject.POLICE, "وزارة الداخلية", null);
    Claim late = Claims.claim("c.txt", 0, "قتل 14", Quantity.exact(14), Event.KILLED,
        Subject.POLICE, "وزارة الداخلية", null);
    Claim other = Claims.claim("b.txt", 0, "قتل 14", Quantity.exact(14), Event.KILLED,
        Subject.POLICE, "مصدر طبي", null);
    ClaimGroup g = R.reconcile(List.of(early, late, other), List.of(
        doc("a.txt", "2022-01-05T09:00:00"), doc("c.txt", "2022-01-05T11:00:00"),
        doc("b.txt", "2022-01-05T10:00:00"))).groups().get(0);
    // 8 is the ministry's earlier figure: the estimate is 14 from both voices, not a median with 8
    assertThat(g.estimate()).isEqualTo(new Estimate(14, 14L, 14L));
  }
}
