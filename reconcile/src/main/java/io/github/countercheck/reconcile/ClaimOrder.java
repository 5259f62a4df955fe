package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Quantity;
import java.util.Comparator;

/** The canonical claim order: it makes a reconciliation independent of the order of its input. */
final class ClaimOrder {

  private ClaimOrder() {}

  /** Canonical claim order: makes the output independent of the input order. */
  static final Comparator<Claim> CLAIM_ORDER = ClaimOrder::compare;

  /**
   * Canonical claim order: document, span, event, subject, modality, quantity (kind, low, high,
   * value), text, attribution, location, time, language. Written out by hand: it breaks ties of
   * the sort key on every claim, so it must be cheap.
   */
  static int compare(Claim a, Claim b) {
    int c = a.document().compareTo(b.document());
    if (c != 0) {
      return c;
    }
    return compareAfterDocument(a, b);
  }

  static int compareAfterDocument(Claim a, Claim b) {
    int c = Integer.compare(a.span().start(), b.span().start());
    if (c == 0) {
      c = Integer.compare(a.span().end(), b.span().end());
    }
    if (c == 0) {
      c = a.event().compareTo(b.event());
    }
    if (c == 0) {
      c = a.subject().compareTo(b.subject());
    }
    if (c == 0) {
      c = a.modality().compareTo(b.modality());
    }
    if (c == 0) {
      Quantity x = a.quantity();
      Quantity y = b.quantity();
      c = x.kind().compareTo(y.kind());
      if (c == 0) {
        c = Long.compare(x.low(), y.low());
      }
      if (c == 0) {
        c = Long.compare(x.highOrMax(), y.highOrMax());
      }
      if (c == 0) {
        c = Long.compare(x.value() == null ? -1 : x.value(), y.value() == null ? -1 : y.value());
      }
    }
    if (c == 0) {
      c = a.text().compareTo(b.text());
    }
    if (c == 0) {
      c = compareNullable(a.attribution(), b.attribution());
    }
    if (c == 0) {
      c = compareNullable(a.location(), b.location());
    }
    if (c == 0) {
      c = compareNullable(a.time(), b.time());
    }
    if (c == 0) {
      c = a.language().compareTo(b.language());
    }
    if (c == 0) {
      c = a.scope().compareTo(b.scope());
    }
    return c != 0 ? c : compareNullable(a.scopeCue(), b.scopeCue());
  }

  private static int compareNullable(String a, String b) {
    return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
  }
}
