package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A relation read from a group reaches its two claims, not only their indexes. */
final class RelationClaimsTest {

  @Test
  void theEnginesRelationsReachTheirClaims() {
    Reconciliation r = Reconciler.create().reconcile(SeedClaims.claims(), SeedClaims.documents());
    int relations = 0;
    for (ClaimGroup g : r.groups()) {
      for (Relation rel : g.relations()) {
        assertThat(rel.claimA()).isSameAs(g.claims().get(rel.a()));
        assertThat(rel.claimB()).isSameAs(g.claims().get(rel.b()));
        relations++;
      }
    }
    assertThat(relations).isPositive();
  }

  @Test
  void relationsMadeByHandReachTheirClaimsOnceInAGroup() {
    Claim twelve = Claims.killed("a.txt", Quantity.exact(12), Subject.PERSON);
    Claim fifty = Claims.killed("b.txt", Quantity.exact(50), Subject.PERSON);
    Relation alone = new Relation(0, 1, Verdict.CONFLICT, "rule 5 CONFLICT: 12 and 50");
    assertThatThrownBy(alone::claimA).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ClaimGroup.relations()");

    ClaimGroup g = new ClaimGroup(Event.KILLED, Modality.ASSERTED, Subject.PERSON, null,
        List.of(twelve, fifty), List.of(alone), null, Status.DISPUTED, List.of(),
        List.of(new Voice("a", List.of("a")), new Voice("b", List.of("b"))));
    Relation inGroup = g.relations().get(0);
    assertThat(inGroup).isEqualTo(alone);
    assertThat(inGroup.claimA()).isEqualTo(twelve);
    assertThat(inGroup.claimB()).isEqualTo(fifty);
  }

  @Test
  void aReconciliationReadFromJsonReachesItsClaims() {
    Reconciliation r = Reconciler.create().reconcile(SeedClaims.claims(), SeedClaims.documents());
    Reconciliation back = ReconciliationJson.read(new StringReader(ReconciliationJson.write(r)));
    ClaimGroup g = back.groups().stream().filter(x -> !x.relations().isEmpty()).findFirst()
        .orElseThrow();
    Relation rel = g.relations().get(0);
    assertThat(rel.claimA()).isEqualTo(g.claims().get(rel.a()));
    assertThat(rel.claimB()).isEqualTo(g.claims().get(rel.b()));
  }
}
