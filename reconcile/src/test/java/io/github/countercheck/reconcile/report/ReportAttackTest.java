package io.github.countercheck.reconcile.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reports of foreign text written by an attacker: control characters, bidi overrides, markup and
 * huge fields in every field a report prints (issue 17).
 */
final class ReportAttackTest {

  private static final String ESC = "\u001b[2J\u001b]0;owned\u0007";
  private static final String RLO = "\u202E";

  private static Claim claim(String doc, long n, String text, String attribution, String location) {
    return new Claim(doc, Span.of(10, 10 + text.length()), text, Quantity.exact(n), Event.KILLED,
        Subject.POLICE, attribution, location, "yesterday" + ESC, Language.AR, Modality.ASSERTED);
  }

  private static Reconciliation hostile() {
    String a = "a" + ESC + "\n# heading.txt";
    String b = "b.txt";
    List<Claim> claims = List.of(
        claim(a, 12, "قتل 12 " + ESC + "<script>x</script>", "[Reuters](http://evil)" + ESC,
            "ألماتي"),
        claim(b, 30, "قتل 30 *bold* `code` _em_ |pipe|", "AFP\n\n# injected",
            "Almaty" + RLO + "DETUPSID"));
    List<DocumentMetadata> docs = List.of(
        new DocumentMetadata(a, "[Reuters](http://evil)\n# h" + ESC, LocalDate.of(2022, 1, 5)),
        new DocumentMetadata(b, "<img src=x onerror=alert(1)>" + RLO, LocalDate.of(2022, 1, 6)));
    return Reconciler.create().reconcile(claims, docs);
  }

  @Test
  void theTableCarriesNoControlCharacter() {
    String t = ReconciliationReport.table(hostile(),
        ReportOptions.defaults().documentTitles(Map.of("b.txt", "title" + ESC + RLO)));
    for (char c : t.toCharArray()) {
      assertThat(c == '\n' || c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f))
          .as("control U+%04X in the table", (int) c).isTrue();
      assertThat(c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069')
          .as("bidi control U+%04X in the table", (int) c).isFalse();
    }
  }

  @Test
  void markdownGetsNoHeadingLinkOrHtmlFromTheInput() {
    String md = ReconciliationReport.markdown(hostile());
    assertThat(md).doesNotContain("[Reuters](http://evil)").doesNotContain("<script>")
        .doesNotContain("\n# heading").doesNotContain("\n# injected").doesNotContain("\n# h")
        .doesNotContain("*bold*").doesNotContain("_em_").doesNotContain("`code`")
        .doesNotContain("\u001b").doesNotContain(RLO);
    for (String line : md.split("\n")) {
      assertThat(line).doesNotStartWith("# h").doesNotStartWith("# i");
    }
  }

  @Test
  void htmlIsolatesForeignTextAndDropsBidiOverrides() {
    String html = HtmlReport.render(hostile(), ReportOptions.defaults());
    assertThat(html).doesNotContain(RLO).doesNotContain("\u001b").doesNotContain("<script>")
        .doesNotContain("<img");
    // the place in a heading is isolated, so that it cannot reorder the status after it
    assertThat(html).contains("KILLED · POLICE · <bdi>ألماتي</bdi><span class=\"status");
    assertThat(html).contains("<bdi>رويترز via [Reuters](http://evil)\n# h␛[2J␛]0;owned␇</bdi>");
    // in SVG titles (plain text) foreign text is isolated with FSI ... PDI
    int title = html.indexOf("<title>[0]");
    assertThat(title).isPositive();
    String svgTitle = html.substring(title, html.indexOf("</title>", title));
    assertThat(svgTitle).contains("\u2068").contains("\u2069");
  }

  @Test
  void aFourMegabytePublisherIsReportedInLinearTime() {
    String huge = "Reuters ".repeat(512 * 1024);   // 4 MB of words, wrapped at every space
    List<Claim> claims = List.of(claim("a.txt", 12, "قتل 12", null, null),
        claim("b.txt", 30, "قتل 30", null, null));
    List<DocumentMetadata> docs = List.of(
        new DocumentMetadata("a.txt", huge, LocalDate.of(2022, 1, 5)),
        new DocumentMetadata("b.txt", "x" + huge, LocalDate.of(2022, 1, 6)));
    Reconciliation r = Reconciler.create().reconcile(claims, docs);
    // 25 s before the fix (each wrapped line copied the rest); well under a second now
    String table = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> ReconciliationReport.table(r));
    assertThat(table.length()).isGreaterThan(huge.length());
    assertThat(table.split("\n")).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ReconciliationReport.markdown(r));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> HtmlReport.render(r,
        ReportOptions.defaults()));
  }
}
