package io.github.countercheck.reconcile.report;

import static io.github.countercheck.core.TestStrings.occurrences;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.Span;
import io.github.countercheck.reconcile.Claims;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Rules;
import io.github.countercheck.reconcile.SeedClaims;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class HtmlReportTest {

  private static final Reconciliation SEEDS =
      Reconciler.create().reconcile(SeedClaims.claims(), SeedClaims.documents());

  @Test
  void drawsOneTimelinePerGroupAndLinksEveryMarkToAnExistingQuote() {
    String html = HtmlReport.render(SEEDS);
    assertThat(occurrences(html, "<svg ")).isEqualTo(SEEDS.groups().size());
    assertThat(occurrences(html, "<section class=\"group\"")).isEqualTo(SEEDS.groups().size());
    Set<String> ids = new HashSet<>();
    Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    while (id.find()) {
      ids.add(id.group(1));
    }
    Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    int links = 0;
    while (href.find()) {
      assertThat(ids).contains(href.group(1));
      links++;
    }
    assertThat(links).isGreaterThanOrEqualTo(SEEDS.claimCount() * 2);
    for (int g = 0; g < SEEDS.groups().size(); g++) {
      for (int c = 0; c < SEEDS.groups().get(g).claims().size(); c++) {
        assertThat(ids).contains("g" + g + "-c" + c);
      }
    }
  }

  @Test
  void tellsTheSecurityForcesUpdateAndTheInjuredConflictUpFront() {
    String html = HtmlReport.render(SEEDS);
    int glance = html.indexOf("At a glance");
    int firstSection = html.indexOf("<section");
    String top = html.substring(glance, firstSection);
    assertThat(top).contains("v-CONFLICT").contains("more than 1,000")
        .contains("v-UPDATE").contains("SECURITY_FORCES");
    // the disputed group comes first
    assertThat(html.substring(firstSection)).startsWith("<section class=\"group\" id=\"g")
        .contains("DISPUTED");
    assertThat(html.substring(firstSection, html.indexOf("</section>", firstSection)))
        .contains("INJURED");
  }

  @Test
  void quotesKeepTheirLanguageAndDirection() {
    String html = HtmlReport.render(SEEDS);
    assertThat(html).contains("<blockquote lang=\"ar\" dir=\"rtl\">قتل 12 شرطيا</blockquote>");
    assertThat(html).contains("<html lang=\"en\">").contains("<meta charset=\"utf-8\">");
  }

  @Test
  void isSelfContained() {
    String html = HtmlReport.render(SEEDS);
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("@import")
        .doesNotContain("url(http").doesNotContain("src=");
    // the only absolute URL is the SVG namespace, which is a name, not a request
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://")
        .doesNotContain("https://");
  }

  @Test
  void drawsOpenEndedFiguresAsArrowsAndVagueOnesAsBars() {
    Claim open = new Claim("a.txt", new Span(0, 4), "more", Quantity.moreThan(1000),
        Event.INJURED, Subject.PERSON, null, null, null, Language.EN, Modality.ASSERTED);
    Claim vague = new Claim("b.txt", new Span(0, 4), "hund", Quantity.vague(200, 999),
        Event.INJURED, Subject.PERSON, null, null, null, Language.EN, Modality.ASSERTED);
    Reconciliation r = Reconciler.create().reconcile(List.of(open, vague), List.of(
        new DocumentMetadata("a.txt", "A", null), new DocumentMetadata("b.txt", "B", null)));
    String svg = HtmlReport.render(r);
    svg = svg.substring(svg.indexOf("<svg"), svg.indexOf("</svg>"));
    assertThat(occurrences(svg, "<rect ")).isEqualTo(2);
    assertThat(occurrences(svg, "class=\"open-end\"")).isEqualTo(1);   // one arrow head
    assertThat(svg).contains(">undated</text>").contains("&gt;1,000");
  }

  @Test
  void escapesMarkupInNamesAndQuotes() {
    Claim c = new Claim("<x>.txt", new Span(0, 9), "<b>5</b>&", Quantity.exact(5), Event.KILLED,
        Subject.PERSON, "\"the <i>army</i>\"", null, null, Language.EN, Modality.ASSERTED);
    StringWriter out = new StringWriter();
    HtmlReport.write(Reconciler.create().reconcile(List.of(c), List.of()), out);
    assertThat(out.toString()).contains("&lt;b&gt;5&lt;/b&gt;&amp;")
        .contains("&quot;the &lt;i&gt;army&lt;/i&gt;&quot;").doesNotContain("<b>5")
        .doesNotContain("<i>army");
  }

  @Test
  void rendersAnEmptyReconciliation() {
    String html = HtmlReport.render(new Reconciliation(List.of(), List.of()));
    assertThat(html).contains("0 claims from 0 documents in 0 groups").doesNotContain("<svg");
  }

  @Test
  void theHtmlLegendHoldsTheRulesItCitesAndEachCitationLinksThere() {
    String html = HtmlReport.render(SEEDS);
    assertThat(html).contains("<dt id=\"rule-5\">Rule 5: " + Rules.all().get(5).name() + "</dt>")
        .contains("<dt id=\"rule-4\">").doesNotContain("<dt id=\"rule-8\">")
        .contains("<a class=\"rule\" href=\"#rule-5\"");
    // each text once: in the legend, not in every citation
    String text = Html.esc(Rules.all().get(5).text());
    assertThat(html.indexOf(text)).isPositive().isEqualTo(html.lastIndexOf(text));
  }

  /*
   * Two outlets on one day: "AFP", an outlet named like the agency, gives 8 citing nobody, so it
   * speaks with the agency's voice (rule 6), listed under the agency's name; "Al Masry" gives 12.
   */
  private static final Reconciliation AGENCY = Reconciler.create().reconcile(List.of(
      Claims.claim("a.txt", 10, "قتل 8 أشخاص", Quantity.exact(8), Event.KILLED, Subject.PERSON,
          null, null),
      Claims.claim("b.txt", 10, "قتل 12 شخصا", Quantity.exact(12), Event.KILLED, Subject.PERSON,
          null, null)), List.of(
      new DocumentMetadata("a.txt", "AFP", PublicationTime.parse("2013-02-26T08:05:00"), null),
      new DocumentMetadata("b.txt", "Al Masry", PublicationTime.parse("2013-02-26T10:00:00"), null)));

  /** Each group section's legend colours, and the colours its timeline marks and figures use. */
  private static void assertMarksUseLegendColours(String html) {
    String[] sections = html.split("<section class=\"group\"");
    assertThat(sections.length).isGreaterThan(1);
    for (int k = 1; k < sections.length; k++) {
      String section = sections[k];
      Set<String> legend = new HashSet<>();
      Matcher swatch = Pattern.compile("<li><span class=\"swatch\" style=\"background:(#\\w+)\"")
          .matcher(section);
      while (swatch.find()) {
        legend.add(swatch.group(1));
      }
      Set<String> used = new HashSet<>();
      Matcher mark = Pattern.compile("<circle [^>]*fill=\"(#\\w+)\" stroke=\"#fff\"|"
          + "fill-opacity=\"0.3\" stroke=\"(#\\w+)\"|<td><span class=\"swatch\" style=\"background:(#\\w+)\"")
          .matcher(section);
      while (mark.find()) {
        used.add(mark.group(1) != null ? mark.group(1)
            : mark.group(2) != null ? mark.group(2) : mark.group(3));
      }
      assertThat(used).isNotEmpty();
      assertThat(legend).containsAll(used);
    }
  }

  @Test
  void aVoiceUnderAnotherNameIsDrawnInItsLegendColour() {
    String html = HtmlReport.render(AGENCY);
    // the legend names the agency, carried by AFP; its figure is drawn in the agency's colour
    assertThat(html).contains("<li><span class=\"swatch\" style=\"background:#0072B2\"></span>"
        + "<bdi>Al Masry</bdi>")
        .contains("<li><span class=\"swatch\" style=\"background:#E69F00\"></span>"
        + "<bdi>وكالة الأنباء الفرنسية</bdi> <span class=\"where\">via <bdi>AFP</bdi>");
    assertThat(html).contains("fill=\"#E69F00\"").doesNotContain("#999999");
    assertMarksUseLegendColours(html);
    assertMarksUseLegendColours(HtmlReport.render(SEEDS));
  }

  @Test
  void datesAndTimesAreNeverBrokenAcrossLines() {
    for (String html : List.of(HtmlReport.render(AGENCY), HtmlReport.render(SEEDS))) {
      // "26 Feb 2013 08:05" is written with no-break spaces wherever it is printed
      assertThat(html).containsPattern("\\d{1,2}\u00A0(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
          + "|Nov|Dec)\u00A0\\d{4}")
          .doesNotContainPattern("\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\b")
          .doesNotContainPattern("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}\\b");
    }
    assertThat(HtmlReport.render(AGENCY)).contains("26\u00A0Feb\u00A02013\u00A008:05");
  }
}
