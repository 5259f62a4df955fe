package io.github.countercheck.reconcile.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.claims.json.ClaimJson;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Estimate;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Relation;
import io.github.countercheck.reconcile.Status;
import io.github.countercheck.reconcile.Story;
import io.github.countercheck.reconcile.Verdict;
import io.github.countercheck.reconcile.Voice;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the JSON that {@link ReconciliationJson} writes back into a {@link Reconciliation}. Every
 * error names the field by its path from the root ({@code groups[2].estimate.low}).
 */
final class ReconciliationReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReconciliationReader() {}

  static Reconciliation read(Reader in) {
    JsonNode root;
    try (JsonParser p = MAPPER.getFactory().createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      root = MAPPER.readTree(p);
      if (root != null && p.nextToken() != null) {
        throw new IllegalArgumentException("line " + p.currentTokenLocation().getLineNr()
            + ": unexpected content after the reconciliation object");
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new IllegalArgumentException(
          "line " + line + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the reconciliation: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a reconciliation must be a JSON object with "
          + "'documents' and 'groups' arrays");
    }
    List<DocumentMetadata> documents = new ArrayList<>();
    JsonNode docs = array(root, "documents", "documents");
    for (int i = 0; i < docs.size(); i++) {
      documents.add(document(docs.get(i), "documents[" + i + "]"));
    }
    List<Story> stories = new ArrayList<>();
    if (root.hasNonNull("stories")) {
      JsonNode ss = array(root, "stories", "stories");
      for (int i = 0; i < ss.size(); i++) {
        stories.add(story(ss.get(i), "stories[" + i + "]"));
      }
    }
    List<ClaimGroup> groups = new ArrayList<>();
    JsonNode gs = array(root, "groups", "groups");
    for (int i = 0; i < gs.size(); i++) {
      groups.add(group(gs.get(i), "groups[" + i + "]"));
    }
    return new Reconciliation(documents, groups, stories);
  }

  private static DocumentMetadata document(JsonNode n, String path) {
    object(n, path);
    String id = text(n, "id", path);
    String publisher = optionalText(n, "publisher", path);
    PublicationTime published = time(n, "published", path);
    String story = optionalText(n, "story", path);
    return checked(path, () -> new DocumentMetadata(id, publisher, published, story));
  }

  private static Story story(JsonNode n, String path) {
    object(n, path);
    String id = text(n, "id", path);
    String title = text(n, "title", path);
    JsonNode ds = array(n, "documents", path + ".documents");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < ds.size(); i++) {
      ids.add(string(ds.get(i), path + ".documents[" + i + "]"));
    }
    PublicationTime first = time(n, "first", path);
    PublicationTime last = time(n, "last", path);
    return checked(path, () -> new Story(id, title, ids, first, last));
  }

  private static ClaimGroup group(JsonNode n, String path) {
    object(n, path);
    String story = optionalText(n, "story", path);
    Event event = enumValue(n, "event", path, Event.class, null);
    Subject subject = enumValue(n, "subject", path, Subject.class, null);
    Modality modality = enumValue(n, "modality", path, Modality.class, Modality.ASSERTED);
    Scope scope = enumValue(n, "scope", path, Scope.class, Scope.INCIDENT);
    String location = optionalText(n, "location", path);
    List<Claim> claims = new ArrayList<>();
    JsonNode cs = array(n, "claims", path + ".claims");
    for (int i = 0; i < cs.size(); i++) {
      String at = path + ".claims[" + i + "]";
      JsonNode c = cs.get(i);
      object(c, at);
      claims.add(checked(at, () -> ClaimJson.readClaim(c.toString())));
    }
    List<Relation> relations = new ArrayList<>();
    JsonNode rs = array(n, "relations", path + ".relations");
    for (int i = 0; i < rs.size(); i++) {
      relations.add(relation(rs.get(i), path + ".relations[" + i + "]"));
    }
    Estimate estimate = null;
    if (n.hasNonNull("estimate")) {
      JsonNode e = n.get("estimate");
      String at = path + ".estimate";
      object(e, at);
      long low = integer(e, "low", at);
      Long best = e.hasNonNull("best") ? integer(e, "best", at) : null;
      Long high = e.hasNonNull("high") ? integer(e, "high", at) : null;
      estimate = checked(at, () -> new Estimate(low, best, high));
    }
    Status status = enumValue(n, "status", path, Status.class, null);
    List<String> notes = new ArrayList<>();
    JsonNode ns = array(n, "notes", path + ".notes");
    for (int i = 0; i < ns.size(); i++) {
      notes.add(string(ns.get(i), path + ".notes[" + i + "]"));
    }
    List<Voice> voices = new ArrayList<>();
    JsonNode vs = array(n, "voices", path + ".voices");
    for (int i = 0; i < vs.size(); i++) {
      voices.add(voice(vs.get(i), path + ".voices[" + i + "]"));
    }
    Estimate est = estimate;
    return checked(path, () -> new ClaimGroup(event, modality, subject, location, claims,
        relations, est, status, notes, voices, story, scope));
  }

  private static Relation relation(JsonNode n, String path) {
    object(n, path);
    long a = integer(n, "a", path);
    long b = integer(n, "b", path);
    if (a > Integer.MAX_VALUE || b > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(path + ": index too large");
    }
    Verdict verdict = enumValue(n, "verdict", path, Verdict.class, null);
    String reason = text(n, "reason", path);
    return checked(path, () -> new Relation((int) a, (int) b, verdict, reason));
  }

  private static Voice voice(JsonNode n, String path) {
    object(n, path);
    String name = text(n, "name", path);
    JsonNode os = array(n, "outlets", path + ".outlets");
    List<String> outlets = new ArrayList<>();
    for (int i = 0; i < os.size(); i++) {
      outlets.add(string(os.get(i), path + ".outlets[" + i + "]"));
    }
    return checked(path, () -> new Voice(name, outlets));
  }

  /** Runs a constructor, putting the path before the message of what it refuses. */
  private static <T> T checked(String path, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  private static void object(JsonNode n, String path) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException(path + ": not an object");
    }
  }

  private static JsonNode array(JsonNode n, String name, String path) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(path + ": missing");
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(path + ": not an array");
    }
    return v;
  }

  private static String string(JsonNode v, String path) {
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(path + ": " + v + " is not a string");
    }
    return v.textValue();
  }

  private static String text(JsonNode n, String name, String path) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(path + "." + name + ": missing");
    }
    return string(v, path + "." + name);
  }

  private static String optionalText(JsonNode n, String name, String path) {
    JsonNode v = n.get(name);
    return v == null || v.isNull() ? null : string(v, path + "." + name);
  }

  private static PublicationTime time(JsonNode n, String name, String path) {
    String t = optionalText(n, name, path);
    if (t == null) {
      return null;
    }
    try {
      return PublicationTime.parse(t);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + "." + name + ": '" + t
          + "' is not a date (yyyy-mm-dd) or a date-time (yyyy-mm-ddThh:mm:ss, optionally with Z "
          + "or an offset such as +02:00)", e);
    }
  }

  private static long integer(JsonNode n, String name, String path) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(path + "." + name + ": missing");
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
      throw new IllegalArgumentException(path + "." + name + ": " + v
          + " is not a non-negative whole number");
    }
    return v.longValue();
  }

  private static <E extends Enum<E>> E enumValue(
      JsonNode n, String name, String path, Class<E> type, E absent) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      if (absent == null) {
        throw new IllegalArgumentException(path + "." + name + ": missing");
      }
      return absent;
    }
    String s = string(v, path + "." + name);
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + "." + name + ": '" + s + "' is not one of "
          + Arrays.toString(type.getEnumConstants()));
    }
  }
}
