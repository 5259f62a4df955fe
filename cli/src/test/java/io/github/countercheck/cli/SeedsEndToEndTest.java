package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.QuantityKind;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.claims.json.ManifestReader;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentLoader;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Relation;
import io.github.countercheck.reconcile.Status;
import io.github.countercheck.reconcile.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on the seeds, from the articles and their manifest to the conclusions a
 * careful fact-checker draws (issue 5): nothing here is built by hand.
 */
final class SeedsEndToEndTest {

  private static final Path SEEDS = Path.of("..", "seeds");
  private static final Reconciliation R = reconcileSeeds();

  private static Reconciliation reconcileSeeds() {
    Map<String, DocumentMetadata> meta = ManifestReader.read(SEEDS.resolve("manifest.json"));
    List<Document> docs = DocumentLoader.loadDirectory(SEEDS, meta);
    ClaimExtractor extractor = ClaimExtractor.create();
    List<Claim> claims = new ArrayList<>();
    docs.forEach(d -> claims.addAll(extractor.extract(d)));
    return Reconciler.create().reconcile(claims, docs.stream().map(DocumentMetadata::of).toList());
  }

  private static ClaimGroup group(Predicate<Claim> member) {
    List<ClaimGroup> found = R.groups().stream()
        .filter(g -> g.claims().stream().anyMatch(member)).toList();
    assertThat(found).as("groups holding the claim").hasSize(1);
    return found.get(0);
  }

  private static int index(ClaimGroup g, Predicate<Claim> member) {
    for (int i = 0; i < g.claims().size(); i++) {
      if (member.test(g.claims().get(i))) {
        return i;
      }
    }
    throw new AssertionError("not in group");
  }

  private static Verdict verdict(ClaimGroup g, Predicate<Claim> a, Predicate<Claim> b) {
    int i = index(g, a);
    int j = index(g, b);
    return g.relations().stream()
        .filter(r -> r.a() == Math.min(i, j) && r.b() == Math.max(i, j))
        .map(Relation::verdict).findFirst().orElseThrow();
  }

  private static Predicate<Claim> claim(String docPrefix, Event e, Subject s, QuantityKind k) {
    return c -> c.document().startsWith(docPrefix) && c.event() == e && c.subject() == s
        && c.quantity().kind() == k;
  }

  private static final Predicate<Claim> EIGHT_SF =
      claim("004", Event.KILLED, Subject.SECURITY_FORCES, QuantityKind.EXACT);
  private static final Predicate<Claim> TWELVE_POLICE =
      claim("001", Event.KILLED, Subject.POLICE, QuantityKind.EXACT);
  private static final Predicate<Claim> ABOUT_TWELVE_POLICE =
      claim("002", Event.KILLED, Subject.POLICE, QuantityKind.APPROXIMATE);
  private static final Predicate<Claim> TWENTY_SIX =
      claim("003", Event.KILLED, Subject.PROTESTER, QuantityKind.EXACT);
  private static final Predicate<Claim> DOZENS_PROTESTERS =
      claim("001", Event.KILLED, Subject.PROTESTER, QuantityKind.VAGUE);
  private static final Predicate<Claim> HUNDREDS_INJURED =
      claim("000", Event.INJURED, Subject.PERSON, QuantityKind.VAGUE);
  private static final Predicate<Claim> THOUSAND_INJURED =
      claim("001", Event.INJURED, Subject.PERSON, QuantityKind.MORE_THAN);

  @Test
  void theTwelvePoliceUpdateTheEightSecurityForces() {
    ClaimGroup g = group(EIGHT_SF);
    assertThat(group(TWELVE_POLICE)).isSameAs(g);
    assertThat(verdict(g, EIGHT_SF, TWELVE_POLICE)).isEqualTo(Verdict.UPDATE);
    assertThat(verdict(g, TWELVE_POLICE, ABOUT_TWELVE_POLICE)).isEqualTo(Verdict.AGREE);
  }

  @Test
  void theDozensOfProtestersAreVaguerThanTwentySixAndTheFramingsJoinThem() {
    ClaimGroup g = group(TWENTY_SIX);
    assertThat(group(DOZENS_PROTESTERS)).isSameAs(g);
    assertThat(verdict(g, DOZENS_PROTESTERS, TWENTY_SIX)).isEqualTo(Verdict.VAGUER);
    assertThat(g.claims()).extracting(Claim::subject)
        .contains(Subject.MILITANT, Subject.RIOTER);
    assertThat(String.join(" ", g.notes())).contains("framing");
  }

  @Test
  void theInjuredFiguresOfTheSameDayConflict() {
    ClaimGroup g = group(HUNDREDS_INJURED);
    assertThat(group(THOUSAND_INJURED)).isSameAs(g);
    assertThat(verdict(g, HUNDREDS_INJURED, THOUSAND_INJURED)).isEqualTo(Verdict.CONFLICT);
    assertThat(g.status()).isEqualTo(Status.DISPUTED);
  }

  @Test
  void arrestsSoldiersAndAircraftAreSingleSourceGroupsOfTheirOwn() {
    ClaimGroup arrests = group(claim("001", Event.ARRESTED, Subject.PERSON, QuantityKind.MORE_THAN));
    ClaimGroup soldiers = group(claim("003", Event.DEPLOYED, Subject.SOLDIER, QuantityKind.EXACT));
    ClaimGroup aircraft = group(claim("002", Event.DEPLOYED, Subject.AIRCRAFT, QuantityKind.MORE_THAN));
    assertThat(List.of(arrests, soldiers, aircraft)).extracting(ClaimGroup::status)
        .containsOnly(Status.SINGLE_SOURCE);
    assertThat(soldiers).isNotSameAs(aircraft);
    assertThat(arrests.claims()).hasSize(1);
  }

  @Test
  void everyClaimIsInExactlyOneGroup() {
    int total = R.groups().stream().mapToInt(g -> g.claims().size()).sum();
    assertThat(total).isEqualTo(R.claimCount());
    assertThat(R.claimCount()).isGreaterThanOrEqualTo(19);
  }
}
