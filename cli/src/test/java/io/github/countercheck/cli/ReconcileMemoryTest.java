package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Measures, roughly, the heap {@code reconcile} needs per claim: what the claims and their
 * reconciliation keep, and the peak while reconciling (garbage included). {@link
 * ClaimBudget#HEAP_PER_CLAIM}, by which the command refuses input beyond the heap, must stay
 * above both.
 */
final class ReconcileMemoryTest {

  private static long used() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  @Test
  void aClaimNeedsLessHeapThanTheCommandReserves() {
    int n = 20_000;
    Random random = new Random(17);
    long base = used();
    List<Claim> claims = new ArrayList<>(n);
    List<DocumentMetadata> documents = new ArrayList<>(n / 4);
    for (int i = 0; i < n; i++) {
      String doc = "d" + (i / 4) + ".txt";
      String text = "قتل " + (10 + random.nextInt(90)) + " محتجا في " + "القاهرة";
      // new strings per claim, as JSON Lines reading makes them
      claims.add(new Claim(new String(doc), Span.of(i % 500, i % 500 + text.length()),
          new String(text), Quantity.exact(10 + random.nextInt(90)), Event.KILLED,
          Subject.PROTESTER, "مصدر " + random.nextInt(200), new String("القاهرة"), null,
          Language.AR, Modality.ASSERTED));
      if (i % 4 == 0) {
        documents.add(new DocumentMetadata(doc, "outlet " + random.nextInt(30),
            LocalDate.of(2013, 2, 1).plusDays(random.nextInt(5))));
      }
    }
    long held = used() - base;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    Reconciliation r = Reconciler.create().reconcile(claims, documents);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long kept = used() - base;
    System.out.printf(Locale.ROOT, "reconcile memory: %d claims in %d groups; claims %d B/claim, "
        + "claims and reconciliation %d B/claim, peak %d B/claim (garbage included)%n",
        n, r.groups().size(), held / n, kept / n, (peak - base) / n);
    assertThat(r.claimCount()).isEqualTo(n);
    assertThat(kept / n).isPositive().isLessThan(ClaimBudget.HEAP_PER_CLAIM / 2);
  }
}
