package io.github.countercheck.claims.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One of the library's JSON data files (a lexicon, the number words, the vague amounts, the cue
 * and bound words), which a user may replace: read as a tree, with every error naming the file,
 * the line and the field, such as {@code vague-amounts.json:3: field 'amounts[0].low': ...}.
 *
 * <p>A JSON syntax error is reported at the line the parser stopped on. A value of the wrong shape
 * or meaning is reported by its JSON path; the line is found by reading the file again with a
 * parser that tracks token locations, so the tree itself carries no locations and costs nothing
 * when the file is good. Internal to the library: it has no compatibility promise.
 *
 * <pre>{@code
 * DataFile f = DataFile.read(in, "vague-amounts.json");
 * JsonPointer low = DataFile.at("amounts", 0, "low");
 * long l = f.whole(low); // or: vague-amounts.json:3: field 'amounts[0].low': not a whole number
 * }</pre>
 */
public final class DataFile {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private final String source;
  private final byte[] bytes;
  private final JsonNode root;

  private DataFile(String source, byte[] bytes, JsonNode root) {
    this.source = source;
    this.bytes = bytes;
    this.root = root;
  }

  /**
   * Reads and closes a stream holding one JSON object.
   *
   * @param in     the JSON (UTF-8)
   * @param source the file's name, for errors
   * @return the file
   * @throws IllegalArgumentException naming the source and line if it is no JSON object
   * @throws UncheckedIOException naming the source if the stream cannot be read
   */
  public static DataFile read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    byte[] bytes;
    try (InputStream s = in) {
      bytes = s.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(describe(source, e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ":1: not a JSON object");
    }
    return new DataFile(source, bytes, root);
  }

  /**
   * Builds a JSON path from field names and array indexes.
   *
   * @param steps field names ({@link String}) and array indexes ({@link Integer})
   * @return the path
   */
  public static JsonPointer at(Object... steps) {
    JsonPointer p = JsonPointer.empty();
    for (Object s : steps) {
      p = s instanceof Integer i ? p.appendIndex(i) : p.appendProperty((String) s);
    }
    return p;
  }

  /** @return the name errors give the file */
  public String source() {
    return source;
  }

  /** @return the file's top-level object */
  public JsonNode root() {
    return root;
  }

  /**
   * @param at a path
   * @return the node there, a missing node if there is none
   */
  public JsonNode get(JsonPointer at) {
    return root.at(at);
  }

  /**
   * The error for a bad value: {@code source:line: field 'a.b[0]': message}.
   *
   * @param at      the path of the bad value (or of the object that lacks it)
   * @param message what is wrong
   * @return the exception, to throw
   */
  public IllegalArgumentException error(JsonPointer at, String message) {
    return new IllegalArgumentException(
        source + ":" + lineOf(at) + ": field '" + name(at) + "': " + message);
  }

  /**
   * The phrases of a list: absent is empty; anything but a list of non-blank strings is refused.
   *
   * @param at the path of the list
   * @return the phrases in file order
   */
  public List<String> texts(JsonPointer at) {
    JsonNode n = get(at);
    if (n.isMissingNode() || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw error(at, "not a list of strings: " + n);
    }
    List<String> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      out.add(text(at.appendIndex(i)));
    }
    return List.copyOf(out);
  }

  /**
   * @param at the path of a required string
   * @return the string, not blank
   */
  public String text(JsonPointer at) {
    JsonNode n = get(at);
    if (n.isMissingNode()) {
      throw error(at, "missing");
    }
    if (!n.isTextual() || n.asText().isBlank()) {
      throw error(at, "not a non-empty string: " + n);
    }
    return n.asText();
  }

  /**
   * @param at the path of a required whole number
   * @return the number
   */
  public long whole(JsonPointer at) {
    JsonNode n = get(at);
    if (n.isMissingNode()) {
      throw error(at, "missing");
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      throw error(at, "not a whole number: " + n);
    }
    return n.asLong();
  }

  /**
   * @param at the path of an optional boolean
   * @return the boolean, false if absent
   */
  public boolean flag(JsonPointer at) {
    JsonNode n = get(at);
    if (n.isMissingNode()) {
      return false;
    }
    if (!n.isBoolean()) {
      throw error(at, "not true or false: " + n);
    }
    return n.asBoolean();
  }

  /**
   * @param at the path of a required list
   * @return its size
   */
  public int list(JsonPointer at) {
    JsonNode n = get(at);
    if (n.isMissingNode()) {
      throw error(at, "missing");
    }
    if (!n.isArray()) {
      throw error(at, "not a list: " + n);
    }
    return n.size();
  }

  /**
   * Refuses an object that is none or has a member not named here (a misspelt field would
   * otherwise be silently ignored).
   *
   * @param at    the path of the object
   * @param known its allowed members
   */
  public void requireObject(JsonPointer at, Set<String> known) {
    JsonNode n = get(at);
    if (!n.isObject()) {
      throw error(at, "not an object: " + n);
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        throw error(at.appendProperty(f), "unknown field (known: " + known.stream().sorted().toList() + ")");
      }
    }
  }

  /**
   * The line of a path: that of the first token at it, else that of its nearest enclosing
   * value that exists (a missing field is reported at its object).
   */
  int lineOf(JsonPointer at) {
    for (JsonPointer p = at; p != null; p = p.head()) {
      int line = scan(p);
      if (line > 0 || isRoot(p)) {
        return Math.max(line, 1);
      }
    }
    return 1;
  }

  private int scan(JsonPointer target) {
    try (JsonParser p = FACTORY.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (p.getParsingContext().pathAsPointer().equals(target)) {
          return p.currentTokenLocation().getLineNr();
        }
      }
    } catch (IOException e) {
      // the file was read once already; a failure here only loses the line
    }
    return -1;
  }

  private static boolean isRoot(JsonPointer p) {
    return p.equals(JsonPointer.empty());
  }

  /** {@code /words/1/type} as {@code words[1].type}. */
  static String name(JsonPointer at) {
    StringBuilder sb = new StringBuilder();
    for (JsonPointer p = at; p != null && !isRoot(p); p = p.tail()) {
      if (p.mayMatchElement()) {
        sb.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        sb.append(sb.length() > 0 ? "." : "").append(p.getMatchingProperty());
      }
    }
    return sb.toString();
  }

  /**
   * Describes a Jackson error as {@code source:line: field 'a.b[0]': message}, for files bound to
   * types with Jackson's databind.
   *
   * @param source the file's name
   * @param e      the error
   * @return the description
   */
  public static String describe(String source, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    StringBuilder sb = new StringBuilder(source);
    if (loc != null && loc.getLineNr() > 0) {
      sb.append(':').append(loc.getLineNr());
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      sb.append(": field '");
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          path.append(path.length() > 0 ? "." : "").append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
        }
      }
      sb.append(path).append('\'');
    } else if (!(e instanceof JsonMappingException)) {
      sb.append(": not valid JSON");
    }
    sb.append(": ").append(e.getOriginalMessage());
    return sb.toString();
  }
}
