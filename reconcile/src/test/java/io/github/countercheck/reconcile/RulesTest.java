package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rules verdicts cite are written once, and the documentation quotes them as written. */
final class RulesTest {

  private static final Reconciliation SEEDS =
      Reconciler.create().reconcile(SeedClaims.claims(), SeedClaims.documents());

  @Test
  void rulesOneToNineAreKept() {
    assertThat(Rules.all().keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(Rules.all().values()).allSatisfy(r -> assertThat(r.text()).hasSizeGreaterThan(40));
  }

  @Test
  void everyRuleTheSeedsCiteIsKept() {
    Set<Integer> cited = new TreeSet<>();
    for (ClaimGroup g : SEEDS.groups()) {
      for (Relation r : g.relations()) {
        cited.add(Rules.cited(r.reason()));
      }
      for (String n : g.notes()) {
        cited.add(Rules.cited(n));
      }
    }
    assertThat(cited).doesNotContain(0).contains(4, 5);
    assertThat(Rules.all().keySet()).containsAll(cited);
  }

  @Test
  void readsTheRuleACitationNames() {
    assertThat(Rules.cited("rule 5 AGREE: 12 and 12 overlap")).isEqualTo(5);
    assertThat(Rules.cited("rule 3: no date for u.txt")).isEqualTo(3);
    assertThat(Rules.cited("rule 12 X")).isEqualTo(12);
    assertThat(Rules.cited("rules apply")).isZero();
    assertThat(Rules.cited("rule ")).isZero();
    assertThat(Rules.cited("rule ٥ AGREE")).isZero();
    assertThat(Rules.cited("")).isZero();
  }

  @Test
  void theDocumentationHasASectionPerRuleQuotingItsText() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "reconciliation.md"), StandardCharsets.UTF_8);
    String flat = doc.replaceAll("\\s+", " ");
    for (Rules.Rule r : Rules.all().values()) {
      assertThat(doc).contains("\n## Rule " + r.number() + "\n");   // the anchor #rule-N
      assertThat(flat).contains("**" + r.name() + ".** " + r.text());
    }
  }
}
