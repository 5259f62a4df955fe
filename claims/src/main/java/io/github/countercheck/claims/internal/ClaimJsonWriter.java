package io.github.countercheck.claims.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Scope;
import java.io.IOException;
import java.util.Objects;

/**
 * Not API: writes a claim to a Jackson generator, for {@code claims.json.ClaimJson} and for the
 * JSON documents that embed claims ({@code reconcile.json.ReconciliationJson}). Public only so
 * that those packages can share it; the public API takes and gives text, never Jackson types.
 */
public final class ClaimJsonWriter {

  private ClaimJsonWriter() {}

  /**
   * Writes one claim as a JSON object to a generator, for embedding claims in larger documents
   * (the reconciliation JSON); the fields and their order are {@code ClaimJson}'s.
   *
   * @param claim the claim
   * @param gen   the generator, positioned where a value may be written
   * @throws IOException if the generator fails
   */
  public static void write(Claim claim, JsonGenerator gen) throws IOException {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(gen, "gen");
    gen.writeStartObject();
    gen.writeStringField("document", claim.document());
    gen.writeObjectFieldStart("span");
    gen.writeNumberField("start", claim.span().start());
    gen.writeNumberField("end", claim.span().end());
    gen.writeEndObject();
    gen.writeStringField("text", claim.text());
    writeQuantity(claim.quantity(), gen);
    gen.writeStringField("event", claim.event().name());
    gen.writeStringField("subject", claim.subject().name());
    if (claim.attribution() != null) {
      gen.writeStringField("attribution", claim.attribution());
    }
    if (claim.location() != null) {
      gen.writeStringField("location", claim.location());
    }
    if (claim.time() != null) {
      gen.writeStringField("time", claim.time());
    }
    gen.writeStringField("language", claim.language().code());
    if (claim.modality() != Modality.ASSERTED) {
      gen.writeStringField("modality", claim.modality().name());
    }
    if (claim.scope() != Scope.INCIDENT) {
      gen.writeStringField("scope", claim.scope().name());
      if (claim.scopeCue() != null) {
        gen.writeStringField("scopeCue", claim.scopeCue());
      }
    }
    gen.writeEndObject();
  }

  private static void writeQuantity(Quantity q, JsonGenerator gen) throws IOException {
    gen.writeObjectFieldStart("quantity");
    gen.writeStringField("kind", q.kind().name());
    gen.writeFieldName("value");
    if (q.value() == null) {
      gen.writeNull();
    } else {
      gen.writeNumber(q.value());
    }
    gen.writeNumberField("low", q.low());
    gen.writeFieldName("high");
    if (q.high() == null) {
      gen.writeNull();
    } else {
      gen.writeNumber(q.high());
    }
    gen.writeEndObject();
  }
}
