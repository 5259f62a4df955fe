package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.QuantityKind;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.io.Serializable;

/**
 * A claim as plain serializable fields, for a {@link Partitioner.Summary} that travels between
 * machines: it gives back an equal {@link Claim}, so that claims of different slices compare in
 * the canonical {@link ClaimOrder}.
 */
record ClaimRef(String document, int start, int end, String text, QuantityKind kind, Long value,
    long low, Long high, Event event, Subject subject, String attribution, String location,
    String time, Language language, Modality modality, Scope scope, String scopeCue)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  static ClaimRef of(Claim c) {
    Quantity q = c.quantity();
    return new ClaimRef(c.document(), c.span().start(), c.span().end(), c.text(), q.kind(),
        q.value(), q.low(), q.high(), c.event(), c.subject(), c.attribution(), c.location(),
        c.time(), c.language(), c.modality(), c.scope(), c.scopeCue());
  }

  /** @return the claim */
  Claim claim() {
    return new Claim(document, Span.of(start, end), text, new Quantity(kind, value, low, high),
        event, subject, attribution, location, time, language, modality, scope, scopeCue);
  }

  /** @return the earlier of two claims in canonical order */
  static ClaimRef first(ClaimRef a, ClaimRef b) {
    return ClaimOrder.compare(a.claim(), b.claim()) <= 0 ? a : b;
  }
}
