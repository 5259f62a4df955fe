package io.github.countercheck.claims.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.countercheck.core.DocumentMetadata;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a {@code manifest.json}: what is known of each article in a directory.
 *
 * <pre>{@code
 * {"documents":[
 *   {"file":"001_x.txt","publisher":"الجزيرة","published":"2022-01-06",
 *    "dateCue":"...","publisherCue":"..."}]}
 * }</pre>
 *
 * <p>{@code file} is required and unique; {@code publisher} and {@code published} (an ISO date,
 * {@code yyyy-mm-dd}) may be null or absent; other fields are ignored. A broken manifest gives an
 * {@link IllegalArgumentException} that names the manifest, the line and the field, such as
 * {@code manifest.json:7: field 'published': '2022-13-01' is not a date (yyyy-mm-dd)}.
 *
 * <pre>{@code
 * Map<String, DocumentMetadata> byFile = ManifestReader.read(Path.of("seeds", "manifest.json"));
 * }</pre>
 */
public final class ManifestReader {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ManifestReader() {}

  /**
   * Reads a manifest file (UTF-8).
   *
   * @param manifest the file
   * @return the metadata by file name, in manifest order
   * @throws IllegalArgumentException naming the file, line and field when the manifest is broken
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public static Map<String, DocumentMetadata> read(Path manifest) {
    Objects.requireNonNull(manifest, "manifest");
    try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      return read(r, manifest.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(manifest + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a manifest.
   *
   * @param in   the manifest text; not closed
   * @param name the name used in error messages, such as {@code manifest.json}
   * @return the metadata by file name, in manifest order
   * @throws IllegalArgumentException naming {@code name}, the line and the field when the manifest
   *     is broken
   * @throws UncheckedIOException if reading fails
   */
  public static Map<String, DocumentMetadata> read(Reader in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Map<String, DocumentMetadata> out = new LinkedHashMap<>();
    try (JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw error(name, p, null, "a manifest must be a JSON object with a 'documents' array");
      }
      boolean sawDocuments = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (!field.equals("documents")) {
          p.skipChildren();
          continue;
        }
        sawDocuments = true;
        if (t != JsonToken.START_ARRAY) {
          throw error(name, p, "documents", "not an array");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (p.currentToken() != JsonToken.START_OBJECT) {
            throw error(name, p, "documents", "an entry is not an object");
          }
          DocumentMetadata m = readEntry(p, name);
          if (out.putIfAbsent(m.id(), m) != null) {
            throw error(name, p, "file", "'" + m.id() + "' is listed twice");
          }
        }
      }
      if (!sawDocuments) {
        throw error(name, p, "documents", "missing");
      }
      if (p.nextToken() != null) {
        throw error(name, p, null, "unexpected content after the manifest object");
      }
    } catch (JsonParseException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new IllegalArgumentException(
          name + ":" + line + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
    return Collections.unmodifiableMap(out);
  }

  private static DocumentMetadata readEntry(JsonParser p, String name) throws IOException {
    String file = null;
    String publisher = null;
    LocalDate published = null;
    int entryLine = p.currentTokenLocation().getLineNr();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "file" -> {
          if (t != JsonToken.VALUE_STRING || p.getText().isBlank()) {
            throw error(name, p, "file", "'" + p.getText() + "' is not a file name");
          }
          file = p.getText();
        }
        case "publisher" -> {
          if (t == JsonToken.VALUE_NULL) {
            publisher = null;
          } else if (t == JsonToken.VALUE_STRING) {
            publisher = p.getText();
          } else {
            throw error(name, p, "publisher", "'" + p.getText() + "' is not a string or null");
          }
        }
        case "published" -> {
          if (t == JsonToken.VALUE_NULL) {
            published = null;
          } else {
            String s = p.getText();
            try {
              if (t != JsonToken.VALUE_STRING || s.length() != 10) {
                throw new DateTimeParseException("not yyyy-mm-dd", s, 0);
              }
              published = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
              throw error(name, p, "published", "'" + s + "' is not a date (yyyy-mm-dd)");
            }
          }
        }
        default -> p.skipChildren();
      }
    }
    if (file == null) {
      throw new IllegalArgumentException(
          name + ":" + entryLine + ": field 'file': missing in the entry starting here");
    }
    return new DocumentMetadata(file, publisher, published);
  }

  private static IllegalArgumentException error(
      String name, JsonParser p, String field, String message) {
    int line = p.currentTokenLocation().getLineNr();
    return new IllegalArgumentException(
        name + ":" + line + ": " + (field == null ? "" : "field '" + field + "': ") + message);
  }
}
