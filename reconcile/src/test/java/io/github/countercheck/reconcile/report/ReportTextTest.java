package io.github.countercheck.reconcile.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.Claims;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReportTextTest {

  @Test
  void writesTheTimeOfDayOnlyWhenGiven() {
    assertThat(ReportText.when(PublicationTime.parse("2013-02-26"), true)).isEqualTo("26 Feb 2013");
    assertThat(ReportText.when(PublicationTime.parse("2013-02-26T08:05:00"), false))
        .isEqualTo("26 Feb 08:05");
    assertThat(ReportText.when(PublicationTime.parse("2013-02-26T08:05:09"), true))
        .isEqualTo("26 Feb 2013 08:05:09");
    assertThat(ReportText.when(PublicationTime.parse("2013-02-26T06:13:12Z"), true))
        .isEqualTo("26 Feb 2013 06:13:12 UTC");
    assertThat(ReportText.when(PublicationTime.parse("2013-02-26T08:13+02:00"), true))
        .isEqualTo("26 Feb 2013 08:13 +02:00");
    assertThat(ReportText.when(null, true)).isEqualTo("undated");
  }

  @Test
  void figuresInAFewWords() {
    assertThat(ReportText.shortFigure(Quantity.exact(1200))).isEqualTo("1,200");
    assertThat(ReportText.shortFigure(Quantity.approximate(12))).isEqualTo("about 12");
    assertThat(ReportText.shortFigure(Quantity.moreThan(1000))).isEqualTo("more than 1,000");
    assertThat(ReportText.shortFigure(Quantity.vague(20, 99))).isEqualTo("20–99 vague");
    assertThat(ReportText.shortFigure(Quantity.range(10, 20))).isEqualTo("10–20");
  }

  @Test
  void keepsTextOnOneLineWithoutReordering() {
    assertThat(ReportText.oneLine("a\nb\u0007c\u202Ed\u2066e")).isEqualTo("a b cde");
  }

  @Test
  void describesAFigureInTheWordsOfTheReasons() {
    for (Quantity q : List.of(Quantity.exact(12), Quantity.approximate(12), Quantity.atLeast(12),
        Quantity.moreThan(12), Quantity.atMost(12), Quantity.lessThan(12), Quantity.range(10, 20),
        Quantity.vague(20, 99))) {
      Reconciliation r = Reconciler.create().reconcile(List.of(
          Claims.claim("a.txt", 10, "قتل 12 شخصا", q, Event.KILLED, Subject.PERSON, null, null),
          Claims.claim("b.txt", 10, "قتل 12 شخصا", q, Event.KILLED, Subject.PERSON, null, null)),
          List.of(Claims.doc("a.txt", "2013-02-26"), Claims.doc("b.txt", "2013-02-26")));
      Relation rel = r.groups().get(0).relations().get(0);
      assertThat(rel.reason()).as(q.toString())
          .contains(": " + ReportText.describe(q) + " (a.txt");
    }
  }
}
