package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On random groups, the status decided in {@code n log n} (any group past {@code maxPairwise 2})
 * equals the status of judging every pair ({@code maxPairwise 1000}), and every claim in a
 * conflict that judging every pair finds is named in a conflict of the short listing.
 */
final class ConflictsPropertyTest {

  private static final Subject[][] CLASSES = {
    {Subject.PERSON, Subject.SECURITY_FORCES, Subject.POLICE, Subject.SOLDIER},
    {Subject.PERSON, Subject.PROTESTER, Subject.RIOTER, Subject.MILITANT},
    {Subject.POLICE},
  };
  private static final String[] PUBLISHERS = {"Reuters", "REUTERS", "Reuters\u200b", "AP",
      "وكالة الأناضول", "الأهرام", "اليوم السابع", "BBC", null};
  private static final String[] SOURCES = {null, null, "AFP", "وزارة الصحة", "مصدر أمني", "رويترز"};

  @Test
  void theFastStatusEqualsJudgingEveryPair() {
    Random random = new Random(14);
    int disputed = 0;
    int groups = 0;
    for (int round = 0; round < 400; round++) {
      int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 200 : 40);
      int docCount = 1 + random.nextInt(Math.max(1, n / 2));
      Subject[] subjects = CLASSES[random.nextInt(CLASSES.length)];
      Event event = random.nextInt(5) == 0 ? Event.DEPLOYED : Event.KILLED;
      int mode = random.nextInt(3);
      List<DocumentMetadata> docs = new ArrayList<>();
      long[] clock = new long[docCount];
      for (int d = 0; d < docCount; d++) {
        int day = random.nextInt(3);
        int hour = random.nextInt(24);
        clock[d] = day * 24L + hour;
        PublicationTime t = switch (random.nextInt(6)) {
          case 0 -> null;
          case 1, 2 -> PublicationTime.parse("2022-01-0" + (5 + day));
          case 3 -> PublicationTime.parse(String.format("2022-01-0%dT%02d:%02d:00+02:00",
              5 + day, hour, random.nextInt(60)));
          default -> PublicationTime.parse(String.format("2022-01-0%dT%02d:%02d:00",
              5 + day, hour, random.nextInt(60)));
        };
        docs.add(new DocumentMetadata("d" + d + ".txt",
            PUBLISHERS[random.nextInt(PUBLISHERS.length)], t, null));
      }
      List<Claim> claims = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int d = random.nextInt(docCount);
        long v = switch (mode) {
          case 0 -> random.nextInt(60); // noise: conflicts everywhere
          case 1 -> 5 + clock[d] + random.nextInt(3); // a toll that grows with time
          default -> random.nextInt(30) == 0 ? 200 : 20 + random.nextInt(2); // one outlier, maybe
        };
        Quantity q = switch (random.nextInt(6)) {
          case 0 -> Quantity.approximate(Math.max(1, v));
          case 1 -> Quantity.atLeast(v);
          case 2 -> Quantity.range(v, v + random.nextInt(10));
          case 3 -> Quantity.atMost(v);
          default -> Quantity.exact(v);
        };
        Subject s = subjects[random.nextInt(subjects.length)];
        String text = "قتل " + v;
        int start = random.nextInt(500);
        claims.add(new Claim("d" + d + ".txt", io.github.countercheck.core.Span.of(start,
            start + text.length()), text, q, event, s, SOURCES[random.nextInt(SOURCES.length)],
            null, null, io.github.countercheck.core.Language.AR,
            io.github.countercheck.claims.Modality.ASSERTED));
      }
      Duration span = List.of(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(3),
          Duration.ofHours(30)).get(random.nextInt(4));
      Reconciliation fast = Reconciler.builder().maxPairwise(2).sameTime(span).build()
          .reconcile(claims, docs);
      Reconciliation every = Reconciler.builder().maxPairwise(1000).sameTime(span).build()
          .reconcile(claims, docs);
      assertThat(fast.groups()).hasSameSizeAs(every.groups());
      for (int g = 0; g < every.groups().size(); g++) {
        ClaimGroup e = every.groups().get(g);
        ClaimGroup f = fast.groups().get(g);
        assertThat(f.claims()).isEqualTo(e.claims());
        assertThat(f.status()).as("round %d, group %d of %d claims", round, g, e.claims().size())
            .isEqualTo(e.status());
        assertThat(f.estimate()).isEqualTo(e.estimate());
        Set<Integer> inConflict = new HashSet<>();
        for (Relation r : e.relations()) {
          if (r.verdict() == Verdict.CONFLICT) {
            inConflict.add(r.a());
            inConflict.add(r.b());
          }
          assertThat(e.claims().get(r.a()).document()).isNotEqualTo(e.claims().get(r.b()).document());
        }
        Set<Integer> named = new HashSet<>();
        for (Relation r : f.relations()) {
          if (r.verdict() == Verdict.CONFLICT) {
            named.add(r.a());
            named.add(r.b());
          }
        }
        assertThat(named).isEqualTo(inConflict);
        if (e.claims().size() > 2) {
          assertThat(f.relations().size()).isLessThanOrEqualTo(e.relations().size());
        }
        groups++;
        disputed += e.status() == Status.DISPUTED ? 1 : 0;
      }
    }
    // the rounds hold both outcomes, so the comparison is not vacuous
    assertThat(disputed).isBetween(groups / 10, groups - groups / 10);
  }
}
