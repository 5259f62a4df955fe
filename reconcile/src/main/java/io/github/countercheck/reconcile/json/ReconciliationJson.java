package io.github.countercheck.reconcile.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.internal.ClaimJsonWriter;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Estimate;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Relation;
import io.github.countercheck.reconcile.Story;
import io.github.countercheck.reconcile.Voice;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link Reconciliation} as the contract's {@code reconcile} output (section 5):
 *
 * <pre>{@code
 * {"documents":[{"id":…,"publisher":…,"published":"2022-01-05"},
 *               {"id":…,"publisher":…,"published":"2022-01-05T14:05:00+06:00","story":"s1"}],
 *  "stories":[{"id":"s1","title":"…","documents":[…],
 *              "first":"2022-01-05","last":"2022-01-06T09:30:00"}],
 *  "groups":[{"story":"s1","event":"KILLED","subject":"SECURITY_FORCES","location":"ألماتي",
 *             "claims":[ …claims as in ClaimJson… ],
 *             "relations":[{"a":0,"b":1,"verdict":"UPDATE","reason":"rule 5 UPDATE: …"}],
 *             "estimate":{"low":20,"best":null,"high":99},
 *             "status":"CONSISTENT","notes":[…],
 *             "voices":[{"name":"وكالة الأنباء الفرنسية","outlets":["الميادين"]}]}]}
 * }</pre>
 *
 * <p>Fields are written in this fixed order; {@code location} and {@code publisher}/{@code
 * published} as null when unknown; {@code published} at the precision it was given (a date, or a
 * date-time with its offset when it had one: {@link PublicationTime#toString()}); {@code estimate}
 * is left out where none can be made; a group's {@code modality} is written only when it is not
 * {@code ASSERTED}, its {@code scope} only when it is not {@code INCIDENT}. Stories are written only
 * where there are some: a document's {@code story} when it has one, a group's {@code story} when it
 * belongs to one, and the {@code stories} array (between {@code documents} and {@code groups}) when
 * the reconciliation has any; so a reconciliation without stories reads as it always has. The
 * same reconciliation always gives the same bytes.
 *
 * <p>{@link #read(Reader)} reads it back, so that a pipeline can store its results and reload
 * them: the reconciliation read equals the one written, and writing it again gives the same
 * bytes, compact or indented.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("run.json"))) {
 *   ReconciliationJson.write(r, w);
 * }
 * Reconciliation back;
 * try (Reader in = Files.newBufferedReader(Path.of("run.json"))) {
 *   back = ReconciliationJson.read(in);        // back.equals(r)
 * }
 * }</pre>
 */
public final class ReconciliationJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ReconciliationJson() {}

  /** How the JSON is laid out. */
  public enum Layout {
    /** On one line, no spaces: for files a program reads. */
    COMPACT,
    /** Indented by two spaces, one field a line: for people and diffs. */
    INDENTED
  }

  /**
   * Writes the JSON on one line.
   *
   * @param r the reconciliation
   * @return its JSON, ending with a newline
   */
  public static String write(Reconciliation r) {
    return write(r, Layout.COMPACT);
  }

  /**
   * Writes the JSON.
   *
   * @param r      the reconciliation
   * @param layout compact or indented
   * @return its JSON, ending with a newline
   */
  public static String write(Reconciliation r, Layout layout) {
    StringWriter out = new StringWriter();
    write(r, out, layout);
    return out.toString();
  }

  /**
   * Writes the JSON on one line, followed by a newline.
   *
   * @param r   the reconciliation
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Reconciliation r, Writer out) {
    write(r, out, Layout.COMPACT);
  }

  /**
   * Writes the JSON, followed by a newline.
   *
   * @param r      the reconciliation
   * @param out    where to write; flushed, not closed
   * @param layout compact or indented
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Reconciliation r, Writer out, Layout layout) {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(out, "out");
    try {
      JsonGenerator gen = FACTORY.createGenerator(out);
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (layout == Layout.INDENTED) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
        pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        gen.setPrettyPrinter(pp);
      }
      writeTo(r, gen);
      gen.close();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reconciliation: " + e.getMessage(), e);
    }
  }

  private static void writeTo(Reconciliation r, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeArrayFieldStart("documents");
    for (DocumentMetadata d : r.documents()) {
      writeDocument(d, gen);
    }
    gen.writeEndArray();
    if (!r.stories().isEmpty()) {
      gen.writeArrayFieldStart("stories");
      for (Story s : r.stories()) {
        writeStory(s, gen);
      }
      gen.writeEndArray();
    }
    gen.writeArrayFieldStart("groups");
    for (ClaimGroup g : r.groups()) {
      writeGroup(g, gen);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void writeDocument(DocumentMetadata d, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", d.id());
    gen.writeStringField("publisher", d.publisher());
    gen.writeStringField("published", time(d.published()));
    if (d.story() != null) {
      gen.writeStringField("story", d.story());
    }
    gen.writeEndObject();
  }

  private static void writeStory(Story s, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", s.id());
    gen.writeStringField("title", s.title());
    writeStrings("documents", s.documents(), gen);
    gen.writeStringField("first", time(s.first()));
    gen.writeStringField("last", time(s.last()));
    gen.writeEndObject();
  }

  /** A group: its category (the fields left at their defaults left out), claims and judgement. */
  private static void writeGroup(ClaimGroup g, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    if (g.story() != null) {
      gen.writeStringField("story", g.story());
    }
    gen.writeStringField("event", g.event().name());
    gen.writeStringField("subject", g.subject().name());
    if (g.modality() != Modality.ASSERTED) {
      gen.writeStringField("modality", g.modality().name());
    }
    if (g.scope() != Scope.INCIDENT) {
      gen.writeStringField("scope", g.scope().name());
    }
    gen.writeStringField("location", g.location());
    gen.writeArrayFieldStart("claims");
    for (Claim c : g.claims()) {
      ClaimJsonWriter.write(c, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("relations");
    for (Relation rel : g.relations()) {
      gen.writeStartObject();
      gen.writeNumberField("a", rel.a());
      gen.writeNumberField("b", rel.b());
      gen.writeStringField("verdict", rel.verdict().name());
      gen.writeStringField("reason", rel.reason());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    Estimate e = g.estimate();
    if (e != null) {
      gen.writeObjectFieldStart("estimate");
      gen.writeNumberField("low", e.low());
      writeNullableNumber("best", e.best(), gen);
      writeNullableNumber("high", e.high(), gen);
      gen.writeEndObject();
    }
    gen.writeStringField("status", g.status().name());
    writeStrings("notes", g.notes(), gen);
    gen.writeArrayFieldStart("voices");
    for (Voice v : g.voices()) {
      gen.writeStartObject();
      gen.writeStringField("name", v.name());
      writeStrings("outlets", v.outlets(), gen);
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** A field whose value is an array of strings. */
  private static void writeStrings(String field, List<String> values, JsonGenerator gen)
      throws IOException {
    gen.writeArrayFieldStart(field);
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }

  /** A field whose value is a number or an explicit null. */
  private static void writeNullableNumber(String field, Long value, JsonGenerator gen)
      throws IOException {
    gen.writeFieldName(field);
    if (value == null) {
      gen.writeNull();
    } else {
      gen.writeNumber(value);
    }
  }

  /**
   * Reads a reconciliation from its JSON, as {@link #write(Reconciliation, Writer, Layout)}
   * writes it (compact or indented; UTF-8 text, one JSON object). Fields the writer leaves out
   * take their defaults: no {@code stories}, a group's {@code modality} {@code ASSERTED}, its
   * {@code scope} {@code INCIDENT}, its {@code story} none, its {@code estimate} none. Unknown
   * fields are ignored. Claims are read as {@link
   * io.github.countercheck.claims.json.ClaimJson#readClaim(String)} reads them.
   *
   * @param in the JSON; read to its end, not closed
   * @return the reconciliation; it equals the one written, and writing it gives the same bytes
   * @throws IllegalArgumentException when the JSON is malformed or a field is missing or invalid,
   *     naming the field by its path, such as {@code groups[2].relations[0].verdict: 'SAME' is not
   *     one of [AGREE, ...]}
   * @throws UncheckedIOException if reading fails
   */
  public static Reconciliation read(Reader in) {
    Objects.requireNonNull(in, "in");
    return ReconciliationReader.read(in);
  }

  /** @return the time at its precision, or null */
  private static String time(PublicationTime t) {
    return t == null ? null : t.toString();
  }
}
