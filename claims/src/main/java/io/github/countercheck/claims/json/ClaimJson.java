package io.github.countercheck.claims.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.QuantityKind;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.claims.internal.ClaimJsonWriter;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes and reads claims as the JSON objects of the claim contract (section 1), one object per
 * claim, and as JSON Lines (one object per line).
 *
 * <p>Fields are written in a fixed order ({@code document}, {@code span}, {@code text},
 * {@code quantity}, {@code event}, {@code subject}, then {@code attribution}, {@code location} and
 * {@code time} when present, {@code language}, {@code modality} only when it is not
 * {@code ASSERTED}, and {@code scope} with {@code scopeCue} only when the scope is not {@code
 * INCIDENT}), so the same claim always gives the same bytes. {@code scope} and {@code scopeCue}
 * are an optional extension of the contract: a reader that does not know them reads the claim as
 * before. In {@code quantity},
 * {@code value} and {@code high} are written as {@code null} when they are null.
 *
 * <p>Reading ignores unknown fields; {@code modality} defaults to {@code ASSERTED} and {@code
 * scope} to {@code INCIDENT} (whose {@code scopeCue}, if any, is dropped); an unknown scope is an
 * error naming the field. The
 * {@code text} is required and must be as long as the span; the {@code document} must not be
 * blank; a quantity's bounds must be those its kind gives its value (section 2 of the contract:
 * an {@code EXACT} 999 is {@code [999, 999]}); one line holds one object (a second value after it
 * is an error, not dropped). A malformed object gives an {@link
 * IllegalArgumentException} naming the field (and, for JSON Lines, the line number).
 *
 * <pre>{@code
 * String line = ClaimJson.write(claim);
 * Claim back = ClaimJson.readClaim(line);   // equals claim
 * }</pre>
 */
public final class ClaimJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private ClaimJson() {}

  /**
   * Writes one claim as a one-line JSON object.
   *
   * @param claim the claim
   * @return its JSON, with no trailing newline
   */
  public static String write(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      ClaimJsonWriter.write(claim, gen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes claims as JSON Lines: one object per line, each line ended by {@code \n}.
   *
   * @param claims the claims, written in the order given
   * @param out    where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void writeJsonLines(Iterable<Claim> claims, Writer out) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(out, "out");
    try {
      for (Claim c : claims) {
        out.write(write(c));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write claims: " + e.getMessage(), e);
    }
  }

  /**
   * Reads one claim from its JSON object.
   *
   * @param json the JSON object, as one line or pretty-printed
   * @return the claim
   * @throws IllegalArgumentException naming the field when the JSON is malformed or a field is
   *     missing or invalid
   */
  public static Claim readClaim(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode node;
    try (JsonParser parser = FACTORY.createParser(json)) {
      node = MAPPER.readTree(parser);
      if (node != null && parser.nextToken() != null) {
        // a second value after the object would otherwise be dropped without a word
        throw new IllegalArgumentException("more than one JSON value (another starts at column "
            + parser.currentTokenLocation().getColumnNr() + "): one claim per line");
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a claim must be a JSON object");
    }
    return fromNode(node);
  }

  /**
   * Reads claims from JSON Lines. Blank lines are skipped.
   *
   * @param in the lines; not closed
   * @return the claims, in line order
   * @throws IllegalArgumentException naming the line number and the field of the first bad line
   * @throws UncheckedIOException if reading fails
   */
  public static List<Claim> readJsonLines(Reader in) {
    Objects.requireNonNull(in, "in");
    List<Claim> claims = new ArrayList<>();
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    int lineNo = 0;
    try {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          claims.add(readClaim(line));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read claims: " + e.getMessage(), e);
    }
    return claims;
  }

  private static Claim fromNode(JsonNode n) {
    String document = text(n, "document", "document");
    if (document.isBlank()) {
      throw fieldError("document", "is blank: a claim must name its document");
    }
    JsonNode spanNode = object(n, "span", "span");
    int start = (int) integer(spanNode, "start", "span.start", Integer.MAX_VALUE);
    int end = (int) integer(spanNode, "end", "span.end", Integer.MAX_VALUE);
    if (end < start) {
      throw fieldError("span", "end " + end + " is before start " + start);
    }
    String text = text(n, "text", "text");
    if (text.length() != end - start) {
      throw fieldError("text", "'" + text + "' has length " + text.length()
          + " but the span [" + start + ", " + end + ") has length " + (end - start));
    }
    JsonNode qn = object(n, "quantity", "quantity");
    QuantityKind kind = enumValue(qn, "kind", "quantity.kind", QuantityKind.class);
    Long value = optionalInteger(qn, "value", "quantity.value");
    long low = integer(qn, "low", "quantity.low", Quantity.MAX_COUNT);
    Long high = optionalInteger(qn, "high", "quantity.high");
    Quantity quantity;
    try {
      quantity = new Quantity(kind, value, low, high);
    } catch (IllegalArgumentException e) {
      throw fieldError("quantity", e.getMessage());
    }
    checkBounds(quantity);
    Event event = enumValue(n, "event", "event", Event.class);
    Subject subject = enumValue(n, "subject", "subject", Subject.class);
    String attribution = optionalText(n, "attribution");
    String location = optionalText(n, "location");
    String time = optionalText(n, "time");
    String code = text(n, "language", "language");
    Language language;
    try {
      language = Language.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw fieldError("language", e.getMessage());
    }
    Modality modality = n.hasNonNull("modality")
        ? enumValue(n, "modality", "modality", Modality.class)
        : Modality.ASSERTED;
    Scope scope = n.hasNonNull("scope")
        ? enumValue(n, "scope", "scope", Scope.class)
        : Scope.INCIDENT;
    String scopeCue = optionalText(n, "scopeCue");
    return new Claim(document, new Span(start, end), text, quantity, event, subject, attribution,
        location, time, language, modality, scope, scope == Scope.INCIDENT ? null : scopeCue);
  }

  /**
   * Checks that the bounds are those the kind gives its value (claim contract, section 2): an
   * {@code EXACT} 999 is {@code [999, 999]}, not {@code [12, 12]}; a {@code RANGE} or {@code
   * VAGUE} amount states no value and has both bounds.
   */
  private static void checkBounds(Quantity q) {
    Quantity expected;
    if (q.kind() == QuantityKind.RANGE || q.kind() == QuantityKind.VAGUE) {
      if (q.value() != null) {
        throw fieldError("quantity.value", "a " + q.kind() + " quantity states no value, but has "
            + q.value());
      }
      if (q.high() == null) {
        throw fieldError("quantity.high", "a " + q.kind() + " quantity needs an upper bound");
      }
      return;
    }
    long v = q.value();
    expected = switch (q.kind()) {
      case EXACT -> Quantity.exact(v);
      case APPROXIMATE -> Quantity.approximate(v);
      case AT_LEAST -> Quantity.atLeast(v);
      case MORE_THAN -> Quantity.moreThan(v);
      case AT_MOST -> Quantity.atMost(v);
      case LESS_THAN -> Quantity.lessThan(v);
      case RANGE, VAGUE -> throw new AssertionError(q.kind());
    };
    if (expected.low() != q.low()) {
      throw fieldError("quantity.low", q.kind() + " " + v + " has low " + expected.low()
          + ", not " + q.low());
    }
    if (!Objects.equals(expected.high(), q.high())) {
      throw fieldError("quantity.high", q.kind() + " " + v + " has high "
          + (expected.high() == null ? "null (unbounded)" : expected.high()) + ", not "
          + (q.high() == null ? "null" : q.high()));
    }
  }

  private static IllegalArgumentException fieldError(String field, String message) {
    return new IllegalArgumentException("field '" + field + "': " + message);
  }

  private static JsonNode object(JsonNode n, String name, String path) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      throw fieldError(path, "missing");
    }
    if (!v.isObject()) {
      throw fieldError(path, "'" + v + "' is not an object");
    }
    return v;
  }

  private static String text(JsonNode n, String name, String path) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      throw fieldError(path, "missing");
    }
    if (!v.isTextual()) {
      throw fieldError(path, v + " is not a string");
    }
    return v.textValue();
  }

  private static String optionalText(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw fieldError(name, v + " is not a string");
    }
    return v.textValue();
  }

  private static long integer(JsonNode n, String name, String path, long max) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      throw fieldError(path, "missing");
    }
    return checkInteger(v, path, max);
  }

  private static Long optionalInteger(JsonNode n, String name, String path) {
    JsonNode v = n.get(name);
    return v == null || v.isNull() ? null : checkInteger(v, path, Quantity.MAX_COUNT);
  }

  private static long checkInteger(JsonNode v, String path, long max) {
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0 || v.longValue() > max) {
      throw fieldError(path, v + " is not a whole number from 0 to " + max);
    }
    return v.longValue();
  }

  private static <E extends Enum<E>> E enumValue(
      JsonNode n, String name, String path, Class<E> type) {
    String s = text(n, name, path);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    throw fieldError(path, "'" + s + "' is not one of " + Arrays.toString(type.getEnumConstants()));
  }
}
