package io.github.countercheck.reconcile.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.reconcile.Estimate;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.SeedClaims;
import io.github.countercheck.reconcile.json.ReconciliationJson.Layout;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import org.junit.jupiter.api.Test;

final class ReportTest {

  private static final Reconciliation R =
      Reconciler.create().reconcile(SeedClaims.claims(), SeedClaims.documents());

  @Test
  void tableHasOneBlockPerGroupWithFiguresVerdictsAndEstimate() {
    String t = ReconciliationReport.table(R);
    assertThat(t.split("\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(110));
    assertThat(t.split("=".repeat(100), -1)).hasSize(R.groups().size() + 1);
    assertThat(t).contains("KILLED · SECURITY_FORCES · ألماتي  CONSISTENT")
        .contains("INJURED · PERSON")
        .contains("«قتل 12 شرطيا»")
        // the update from 8 (5 Jan) to 12 police (6 Jan), named once, citing its rule
        .contains("Updates:\n  - 8 (").contains("→ 12 POLICE (").contains("(rule 5 UPDATE)")
        .contains("Chain: 8 (")
        .contains("Estimate: low")
        .doesNotContain("\u001b[");
    assertThat(ReconciliationReport.table(R, ReportOptions.defaults().colour(true)))
        .contains("\u001b[31mDISPUTED\u001b[0m");
  }

  @Test
  void markdownHasAHeadingAndATablePerGroup() {
    String md = ReconciliationReport.markdown(R);
    assertThat(md.split("\n## ", -1)).hasSize(R.groups().size() + 1);
    assertThat(md).contains("| # | figure | subject | voice | outlet | date | quote |")
        .contains("**CONFLICT**").contains("> [rule 4](docs/reconciliation.md#rule-4): framing")
        .contains("([rule 5 CONFLICT](docs/reconciliation.md#rule-5))");
  }

  @Test
  void jsonIsDeterministicAndCarriesTheContractFields() {
    String a = ReconciliationJson.write(R);
    String b = ReconciliationJson.write(
        Reconciler.create().reconcile(SeedClaims.claims(), SeedClaims.documents()));
    assertThat(a).isEqualTo(b).startsWith("{\"documents\":[{\"id\":\"000_46fbe9a3268b7406.txt\"")
        .contains("\"groups\":[{\"event\":\"KILLED\"")
        .contains("\"verdict\":\"UPDATE\",\"reason\":\"rule 5 UPDATE")
        .contains("\"status\":\"DISPUTED\"")
        .contains("\"modality\":\"EXPECTED\"");
    String pretty = ReconciliationJson.write(R, Layout.INDENTED);
    assertThat(pretty.replaceAll("\\s+", "")).isEqualTo(a.replaceAll("\\s+", ""));
    assertThat(pretty.lines().count()).isGreaterThan(50);
  }
}
