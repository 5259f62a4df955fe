package io.github.countercheck.reconcile.report;

import static io.github.countercheck.core.TestStrings.occurrences;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Claims;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Story;
import io.github.countercheck.reconcile.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reports of a reconciliation with stories: story headings in order, the incident before its
 * cumulative figures, the chain in time order with times, each conflict once, and documents
 * without a publisher named by their title.
 */
final class StoryReportTest {

  /*
   * Story "giza" (26 Feb): a1 (state TV, 10:00) says 12 killed; a2 (AFP, 08:05) says 8 killed,
   * twice; a2 also gives a cumulative total since 2011. The reports are within the same-time span
   * (3 hours), so the two 8s against the 12 are two CONFLICT pairs of the same figures and voices:
   * one conflict. The ids sort a1 before a2: the chain must still put 08:05 first.
   * Story "aswan" (1 Mar): b1, with no publisher, says 3 injured; b2 (Reuters) says 3 injured.
   */
  private static final List<DocumentMetadata> DOCS = List.of(
      new DocumentMetadata("a1.txt", "state TV", PublicationTime.parse("2013-02-26T10:00:00"), "giza"),
      new DocumentMetadata("a2.txt", "AFP", PublicationTime.parse("2013-02-26T08:05:00"), "giza"),
      new DocumentMetadata("b1.txt", null, PublicationTime.parse("2013-03-01"), "aswan"),
      new DocumentMetadata("b2.txt", "Reuters", PublicationTime.parse("2013-03-01T10:00:00"), "aswan"));

  private static final List<Claim> CLAIMS = List.of(
      Claims.killed("a1.txt", Quantity.exact(12), Subject.PERSON),
      Claims.claim("a2.txt", 10, "قتل 8 أشخاص", Quantity.exact(8), Event.KILLED, Subject.PERSON,
          null, null),
      Claims.claim("a2.txt", 90, "مقتل 8 ركاب", Quantity.exact(8), Event.KILLED, Subject.PERSON,
          null, null),
      Claims.claim("a2.txt", 200, "قتل 300 منذ 2011", Quantity.exact(300), Event.KILLED,
          Subject.PERSON, null, null).withScope(Scope.CUMULATIVE, "منذ 2011"),
      Claims.claim("b1.txt", 10, "أصيب 3 أشخاص", Quantity.exact(3), Event.INJURED, Subject.PERSON,
          null, null),
      Claims.claim("b2.txt", 10, "أصيب 3 أشخاص", Quantity.exact(3), Event.INJURED, Subject.PERSON,
          null, null));

  private static final Reconciliation R = Reconciler.create().reconcile(CLAIMS, DOCS,
      Map.of("giza", "Train crash <Giza>", "aswan", "Bus overturns near Aswan"));

  private static final ReportOptions OPTIONS = ReportOptions.defaults()
      .documentTitles(Map.of("b1.txt", "  Three hurt as a bus\u202E overturns\n near Aswan  "));

  @Test
  void theFixtureHasTwoStoriesACumulativeGroupAndARepeatedConflict() {
    assertThat(R.stories()).extracting(Story::id).containsExactly("giza", "aswan");
    assertThat(R.groups()).extracting(ClaimGroup::scope).contains(Scope.CUMULATIVE);
    ClaimGroup killed = R.groups().stream()
        .filter(g -> g.scope() == Scope.INCIDENT && g.event() == Event.KILLED).findFirst()
        .orElseThrow();
    assertThat(killed.claims()).extracting(Claim::document).containsExactly("a2.txt", "a2.txt",
        "a1.txt");   // in time order
    assertThat(killed.relations()).filteredOn(r -> r.verdict() == Verdict.CONFLICT).hasSize(2);
  }

  @Test
  void tableGroupsByStoryWithTheIncidentBeforeItsCumulativeFigures() {
    String t = ReconciliationReport.table(R, OPTIONS);
    int giza = t.indexOf("STORY: Train crash <Giza>");
    int cumulative = t.indexOf("-- Cumulative figures");
    int aswan = t.indexOf("STORY: Bus overturns near Aswan");
    assertThat(giza).isPositive();
    assertThat(t.indexOf("KILLED · PERSON", giza)).isBetween(giza, cumulative);
    assertThat(cumulative).isLessThan(aswan);
    assertThat(t.indexOf("Chain: 300 (وكالة الأنباء الفرنسية via AFP, 26 Feb 2013 08:05)")).isBetween(cumulative, aswan);
    assertThat(t).contains("26 Feb 2013 08:05 – 26 Feb 2013 10:00 · 2 documents from 2 outlets")
        .contains("1 Mar 2013 – 1 Mar 2013 10:00 · 2 documents from 1 outlet and 1 without a"
            + " publisher")
        .contains("in 2 stories");
    assertThat(t.split("\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(110));
  }

  @Test
  void chainRunsInTimeOrderWithTimesAndNamesTheConflictOnce() {
    String t = ReconciliationReport.table(R, OPTIONS);
    // the two 8s of AFP at 08:05 are one link; the year is written once; AFP, an outlet named
    // like an agency, speaks with the agency's voice (rule 6), named as the voice table names it
    String afp = "وكالة الأنباء الفرنسية via AFP";
    assertThat(t).contains("Chain: 8 (" + afp + ", 26 Feb 2013 08:05) → 12 (state TV, 26 Feb 10:00)");
    assertThat(t.replace("\n      ", " ")).contains("Conflicts:\n  - 8 (" + afp + ", 26 Feb 2013 08:05)"
        + " vs 12 (state TV, 26 Feb 2013 10:00): the figures do not overlap (rule 5 CONFLICT; 2"
        + " pairs of claims)");
    assertThat(occurrences(t, " vs ")).isEqualTo(1);

    String md = ReconciliationReport.markdown(R, OPTIONS);
    assertThat(occurrences(md, "- **CONFLICT** ")).isEqualTo(1);
    assertThat(md).contains("**Chain:** 8 (" + afp + ", 26 Feb 2013 08:05) → 12 (state TV, 26 Feb"
        + " 10:00)")
        .contains("([rule 5 CONFLICT](docs/reconciliation.md#rule-5); 2 pairs of claims)");

    String html = HtmlReport.render(R, OPTIONS);
    assertThat(occurrences(html, "<li><span class=\"verdict v-CONFLICT\">")).isEqualTo(1);
    // every pair stays available, folded (the two 8s of one article are not judged: rule 8)
    assertThat(html).contains("<details><summary>All 2 verdicts between pairs of figures"
        + " (2 CONFLICT)</summary>");
  }

  @Test
  void markdownAndHtmlHeadTheStoriesInOrder() {
    String md = ReconciliationReport.markdown(R, OPTIONS);
    int giza = md.indexOf("\n## Story: Train crash &lt;Giza&gt;\n");
    int incident = md.indexOf("\n### The incident\n", giza);
    int cumulative = md.indexOf("\n### Cumulative figures", giza);
    int aswan = md.indexOf("\n## Story: Bus overturns near Aswan\n");
    assertThat(giza).isPositive();
    assertThat(incident).isBetween(giza, cumulative);
    assertThat(aswan).isGreaterThan(cumulative);
    assertThat(occurrences(md, "\n#### ")).isEqualTo(R.groups().size());

    String html = HtmlReport.render(R, OPTIONS);
    int hGiza = html.indexOf("<h2>Story: <bdi>Train crash &lt;Giza&gt;</bdi></h2>");
    int hCumulative = html.indexOf("<p class=\"scope\">Cumulative figures", hGiza);
    int hAswan = html.indexOf("<h2>Story: <bdi>Bus overturns near Aswan</bdi></h2>");
    assertThat(hGiza).isPositive();
    assertThat(hCumulative).isBetween(hGiza, hAswan);
    assertThat(occurrences(html, "<section class=\"group\"")).isEqualTo(R.groups().size());
    assertThat(html).doesNotContain("<Giza>");
  }

  @Test
  void aDocumentWithoutAPublisherIsNamedByItsTitleNotItsFileNameTwice() {
    String t = ReconciliationReport.table(R, OPTIONS);
    String title = "\u201cThree hurt as a bus overturns near Aswan\u201d";
    // a chain cuts a long title short
    assertThat(t).contains("Chain: 3 (\u201cThree hurt as a bus overturns near\u2026\u201d, 1 Mar 2013)"
        + " → 3 (رويترز via Reuters, 1 Mar 10:00)")
        .doesNotContain("\u202E")
        .doesNotContain("b1.txt (via b1.txt)");
    // an outlet named like an agency is the agency's voice (rule 6)
    assertThat(t.replace("\n  ", " ")).contains("from 2 voices: " + title + "; رويترز (via Reuters)")
        .doesNotContain("\u202E")
        .doesNotContain("b1.txt (via b1.txt)");
    // the file name stays where the quote is found
    assertThat(t).contains("«أصيب 3 أشخاص» b1.txt [10, 22)");
    assertThat(HtmlReport.render(R, OPTIONS)).contains("<bdi>" + title + "</bdi>");
    assertThat(ReconciliationReport.markdown(R, OPTIONS)).contains("| " + title + " | " + title + " |");

    // without titles, the document is named by its id, once
    String plain = ReconciliationReport.table(R);
    assertThat(plain).contains("Chain: 3 (b1.txt, 1 Mar 2013) → 3 (رويترز via Reuters, 1 Mar 10:00)")
        .doesNotContain("b1.txt (via b1.txt)");
  }

  @Test
  void withoutStoriesACumulativeGroupIsStillLabelled() {
    Reconciliation r = Reconciler.create().reconcile(List.of(
        Claims.killed("a.txt", Quantity.exact(5), Subject.PERSON),
        Claims.killed("a.txt", Quantity.exact(300), Subject.PERSON)
            .withScope(Scope.CUMULATIVE, "since 2011")), List.of(
        new DocumentMetadata("a.txt", "AFP", PublicationTime.parse("2013-02-26"), null)));
    assertThat(r.stories()).isEmpty();
    String t = ReconciliationReport.table(r);
    assertThat(t).contains("KILLED · PERSON · place not stated · cumulative figures  SINGLE_SOURCE")
        .contains("KILLED · PERSON · place not stated  SINGLE_SOURCE").doesNotContain("STORY");
    assertThat(ReconciliationReport.markdown(r))
        .contains("\n## KILLED · PERSON · place not stated · cumulative figures — SINGLE_SOURCE");
    assertThat(HtmlReport.render(r)).contains("place not stated · cumulative figures");
  }

  @Test
  void anUndatedFigureEndsTheChain() {
    Reconciliation r = Reconciler.create().reconcile(List.of(
        Claims.killed("u.txt", Quantity.exact(5), Subject.PERSON),
        Claims.killed("d.txt", Quantity.exact(5), Subject.PERSON)), List.of(
        new DocumentMetadata("u.txt", "Undated Daily", null, null),
        new DocumentMetadata("d.txt", "Dated Daily", PublicationTime.parse("2013-02-26T09:00"),
            null)));
    assertThat(ReconciliationReport.table(r))
        .contains("Chain: 5 (Dated Daily, 26 Feb 2013 09:00) → 5 (Undated Daily, undated)");
  }

  @Test
  void titlesAndStoryTitlesStayEscapedAndOnOneLine() {
    Reconciliation r = Reconciler.create().reconcile(List.of(
        Claims.killed("x.txt", Quantity.exact(4), Subject.PERSON)), List.of(
        new DocumentMetadata("x.txt", null, PublicationTime.parse("2013-02-26"), "s")),
        Map.of("s", "<b>bold</b>\u001b[31m\nsecond line"));
    ReportOptions o = ReportOptions.defaults()
        .documentTitles(Map.of("x.txt", "<script>alert(1)</script> | [link](http://x)"));
    String html = HtmlReport.render(r, o);
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>bold")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    String t = ReconciliationReport.table(r, o);
    assertThat(t).doesNotContain("\u001b").contains("STORY: <b>bold</b> [31m second line");
    String md = ReconciliationReport.markdown(r, o);
    assertThat(md).doesNotContain("\u001b").doesNotContain("<script>")
        .doesNotContain("[link](http://x)").contains("\\[link\\]");
  }
}
