package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** A group's status is decided over all its claims, whatever its size; none is judged against its own document. */
final class VerdictsAtAnySizeTest {

  private static final Reconciler R = Reconciler.create();

  private static DocumentMetadata doc(String id, String publisher, String time) {
    return new DocumentMetadata(id, publisher, PublicationTime.parse(time), null);
  }

  private static Claim police(String doc, int start, Quantity q, String attribution) {
    return Claims.claim(doc, start, "قتل " + q.low() + " شرطيا", q, Event.KILLED, Subject.POLICE,
        attribution, null);
  }

  /** 12 police killed (Reuters) / 50 (AP), the same day, and an article with 19 other counts. */
  private static Reconciliation issueExample(boolean withArticle) {
    List<Claim> claims = new ArrayList<>();
    claims.add(police("reuters.txt", 0, Quantity.exact(12), null));
    claims.add(police("ap.txt", 0, Quantity.exact(50), null));
    List<DocumentMetadata> docs = new ArrayList<>(List.of(doc("reuters.txt", "Reuters", "2022-01-05"),
        doc("ap.txt", "AP", "2022-01-05")));
    if (withArticle) {
      // 19 counts, each from its own source, each a range that holds both figures: taken alone
      // they agree with everything, and in canonical order the article sits between AP and Reuters
      for (int k = 0; k < 19; k++) {
        claims.add(police("news.txt", 100 * k, Quantity.range(10, 60), "source " + k));
      }
      docs.add(doc("news.txt", "News", "2022-01-05"));
    }
    return R.reconcile(claims, docs);
  }

  @Test
  void theIssuesExampleStaysDisputedWhenAnArticleWithNineteenCountsJoinsTheGroup() {
    ClaimGroup pair = issueExample(false).groups().get(0);
    assertThat(pair.status()).isEqualTo(Status.DISPUTED);

    List<ClaimGroup> groups = issueExample(true).groups();
    assertThat(groups).singleElement().satisfies(g -> {
      assertThat(g.claims()).hasSize(21);
      assertThat(g.status()).isEqualTo(Status.DISPUTED);
      // the conflict is named: a relation between the Reuters and the AP claim
      assertThat(g.relations()).anySatisfy(r -> {
        assertThat(r.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(List.of(g.claims().get(r.a()).document(), g.claims().get(r.b()).document()))
            .containsExactlyInAnyOrder("reuters.txt", "ap.txt");
        assertThat(r.reason()).contains("12 (reuters.txt").contains("50 (ap.txt");
      });
      // and the list stays short: the chain of 21 voices and one witness, not 210 pairs
      assertThat(g.relations().size()).isLessThan(25);
      assertThat(g.notes()).anyMatch(n -> n.contains("every pair of claims was searched"));
    });
  }

  @Test
  void everyClaimInAConflictIsNamedOnceInALargeGroup() {
    // 30 sources agree on 20; two outliers, 3 and 90, each conflict with all of them
    List<Claim> claims = new ArrayList<>();
    List<DocumentMetadata> docs = new ArrayList<>();
    for (int k = 0; k < 32; k++) {
      long v = k == 7 ? 3 : k == 21 ? 90 : 20;
      claims.add(police("d" + k + ".txt", 0, Quantity.exact(v), "source " + k));
      docs.add(doc("d" + k + ".txt", "outlet " + k, "2022-01-05"));
    }
    ClaimGroup g = R.reconcile(claims, docs).groups().get(0);
    assertThat(g.status()).isEqualTo(Status.DISPUTED);
    List<String> inConflict = new ArrayList<>();
    for (Relation r : g.relations()) {
      if (r.verdict() == Verdict.CONFLICT) {
        inConflict.add(g.claims().get(r.a()).document());
        inConflict.add(g.claims().get(r.b()).document());
      }
    }
    // every claim is in a conflict (each 20 with both outliers): each is named
    assertThat(inConflict).containsAll(docs.stream().map(DocumentMetadata::id).toList());
    assertThat(g.relations().size()).isLessThan(32 * 31 / 2 / 4);
  }

  @Test
  void aClaimIsNeverJudgedAgainstItsOwnDocument() {
    Claim first = police("a.txt", 0, Quantity.exact(8), null);
    Claim second = police("a.txt", 40, Quantity.exact(12), null);
    ClaimGroup g = R.reconcile(List.of(first, second),
        List.of(doc("a.txt", "Outlet", "2022-01-05"))).groups().get(0);
    assertThat(g.relations()).isEmpty();
    assertThat(g.status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void aDocumentsOwnConflictingFiguresDoNotDisputeALargeGroup() {
    // one document, two sources, 8 and 12: never against each other, whatever the group's size
    List<Claim> claims = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      claims.add(police("a.txt", 40 * k, Quantity.exact(k % 2 == 0 ? 8 : 12), "source " + k));
    }
    ClaimGroup g = R.reconcile(claims, List.of(doc("a.txt", "Outlet", "2022-01-05"))).groups().get(0);
    assertThat(g.claims()).hasSize(30);
    assertThat(g.relations()).isEmpty();
    assertThat(g.status()).isEqualTo(Status.CONSISTENT);
  }

  @Test
  void aSubCategoryAboveItsParentIsFoundInALargeGroup() {
    // 25 reports of about 20 security forces killed, one of 40 police: a sub-count above its parent
    List<Claim> claims = new ArrayList<>();
    List<DocumentMetadata> docs = new ArrayList<>();
    for (int k = 0; k < 25; k++) {
      claims.add(Claims.claim("d" + k + ".txt", 0, "قتل 20", Quantity.approximate(20),
          Event.KILLED, Subject.SECURITY_FORCES, "source " + k, null));
      docs.add(doc("d" + k + ".txt", "outlet " + k, "2022-01-05"));
    }
    claims.add(police("p.txt", 0, Quantity.exact(40), "source p"));
    docs.add(doc("p.txt", "outlet p", "2022-01-05"));
    ClaimGroup g = R.reconcile(claims, docs).groups().get(0);
    assertThat(g.status()).isEqualTo(Status.DISPUTED);
    assertThat(g.relations()).filteredOn(r -> r.verdict() == Verdict.CONFLICT)
        .anySatisfy(r -> assertThat(r.reason()).startsWith("rule 4 CONFLICT"));
  }

  @Test
  void aLargeGroupOfUpdatesIsNotDisputed() {
    // a toll that rises every day: each later report above the earlier ones
    List<Claim> claims = new ArrayList<>();
    List<DocumentMetadata> docs = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      int day = k / 5;
      claims.add(police("d" + k + ".txt", 0, Quantity.exact(10 + 10L * day), "source " + k));
      docs.add(doc("d" + k + ".txt", "outlet " + k, "2022-01-0" + (1 + day)));
    }
    ClaimGroup g = R.reconcile(claims, docs).groups().get(0);
    assertThat(g.claims()).hasSize(30);
    assertThat(g.status()).isEqualTo(Status.CONSISTENT);
    assertThat(Objects.requireNonNull(g.estimate()).best()).isEqualTo(60L);
  }
}
