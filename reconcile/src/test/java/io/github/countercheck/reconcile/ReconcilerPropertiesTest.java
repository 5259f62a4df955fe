package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties over random claim sets: nothing lost, valid indices, order-independent, deterministic. */
final class ReconcilerPropertiesTest {

  private static final String[] PLACES = {null, "ألماتي", "Almaty", "كازاخستان", "نور سلطان", "القاهرة", "مكان ما"};
  private static final String[] SOURCES = {null, "وزارة الداخلية", "الداخلية وزارة", "AFP"};

  @Test
  void noClaimIsLostRelationsAreValidAndOrderDoesNotMatter() {
    Random random = new Random(20220106);
    for (int round = 0; round < 300; round++) {
      int n = random.nextInt(60);
      List<DocumentMetadata> docs = new ArrayList<>();
      for (int d = 0; d < 6; d++) {
        LocalDate date = random.nextInt(5) == 0 ? null : LocalDate.of(2022, 1, 1 + random.nextInt(20));
        docs.add(new DocumentMetadata("d" + d + ".txt", random.nextBoolean() ? "P" + d % 3 : null, date));
      }
      List<Claim> claims = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        claims.add(randomClaim(random));
      }
      Reconciler reconciler = Reconciler.builder().maxPairwise(2 + random.nextInt(20)).build();
      Reconciliation r = reconciler.reconcile(claims, docs);

      Map<Claim, Integer> seen = new IdentityHashMap<>();
      for (ClaimGroup g : r.groups()) {
        for (Claim c : g.claims()) {
          seen.merge(c, 1, Integer::sum);
        }
        for (Relation rel : g.relations()) {
          assertThat(rel.a()).isBetween(0, g.claims().size() - 1);
          assertThat(rel.b()).isBetween(rel.a() + 1, g.claims().size() - 1);
          assertThat(rel.reason()).startsWith("rule ").contains(rel.verdict().name());
        }
        boolean conflict = g.relations().stream().anyMatch(x -> x.verdict() == Verdict.CONFLICT);
        assertThat(g.status() == Status.DISPUTED).isEqualTo(conflict);
        Estimate e = g.estimate();
        if (e != null) {
          assertThat(e.low()).isLessThanOrEqualTo(e.high() == null ? Long.MAX_VALUE : e.high());
        }
        assertThat(g.claims()).allSatisfy(c -> assertThat(c.event()).isEqualTo(g.event()));
        assertThat(g.claims()).allSatisfy(c -> assertThat(c.subject().isKindOf(g.subject())).isTrue());
      }
      assertThat(seen).hasSize(claims.size());
      assertThat(seen.values()).allMatch(k -> k == 1);

      List<Claim> shuffled = new ArrayList<>(claims);
      Collections.shuffle(shuffled, random);
      List<DocumentMetadata> shuffledDocs = new ArrayList<>(docs);
      Collections.shuffle(shuffledDocs, random);
      Reconciliation again = reconciler.reconcile(shuffled, shuffledDocs);
      assertThat(ReconciliationJson.write(again)).isEqualTo(ReconciliationJson.write(r));
    }
  }

  static Claim randomClaim(Random r) {
    Quantity q = switch (r.nextInt(7)) {
      case 0 -> Quantity.exact(r.nextInt(40));
      case 1 -> Quantity.approximate(r.nextInt(40));
      case 2 -> Quantity.moreThan(r.nextInt(40));
      case 3 -> Quantity.atMost(r.nextInt(40));
      case 4 -> Quantity.range(r.nextInt(40), r.nextInt(40));
      case 5 -> Quantity.vague(20, 99);
      default -> Quantity.atLeast(r.nextInt(40));
    };
    Event[] events = {Event.KILLED, Event.INJURED, Event.DEPLOYED, Event.OTHER};
    String text = "قتل " + q.low();
    int start = r.nextInt(50);
    return new Claim("d" + r.nextInt(7) + ".txt", Span.of(start, start + text.length()), text, q,
        events[r.nextInt(events.length)], Subject.values()[r.nextInt(Subject.values().length)],
        SOURCES[r.nextInt(SOURCES.length)], PLACES[r.nextInt(PLACES.length)], null, Language.AR,
        r.nextInt(8) == 0 ? Modality.EXPECTED : Modality.ASSERTED);
  }
}
