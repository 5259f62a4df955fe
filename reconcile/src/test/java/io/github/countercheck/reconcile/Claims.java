package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.time.LocalDate;

/** Small hand-made claims for rule tests: the text is a short Arabic phrase, the span fits it. */
public final class Claims {

  private Claims() {}

  public static Claim claim(String doc, int start, String text, Quantity q, Event e, Subject s,
      String attribution, String location) {
    return new Claim(doc, Span.of(start, start + text.length()), text, q, e, s, attribution,
        location, null, Language.AR, Modality.ASSERTED);
  }

  public static Claim killed(String doc, Quantity q, Subject s) {
    return claim(doc, 10, "قتل " + q.low() + " شخصا", q, Event.KILLED, s, null, null);
  }

  public static Claim killed(String doc, Quantity q, Subject s, String location) {
    return claim(doc, 10, "قتل " + q.low() + " شخصا", q, Event.KILLED, s, null, location);
  }

  public static DocumentMetadata doc(String id, String date) {
    return new DocumentMetadata(id, "outlet " + id, date == null ? null : LocalDate.parse(date));
  }
}
