package io.github.countercheck.claims.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PushbackReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a manifest: what is known of each article in a directory (its publisher, when it was
 * published, and optionally the story it belongs to), from a {@code manifest.json} or a
 * {@code manifest.tsv}.
 *
 * <h2>{@code manifest.json}</h2>
 *
 * <pre>{@code
 * {"documents":[
 *   {"file":"001_x.txt","publisher":"الجزيرة","published":"2022-01-06",
 *    "dateCue":"...","publisherCue":"..."},
 *   {"file":"002_y.txt","publisher":"Reuters","published":"2022-01-06T14:05:00+02:00",
 *    "story":"almaty-unrest"}]}
 * }</pre>
 *
 * <p>{@code file} is required and unique (a leading {@code ./} is dropped: {@code "./a.txt"}
 * names {@code a.txt}); {@code publisher}, {@code published} and {@code story} may be null or
 * absent; other fields are ignored. {@code published} is an ISO-8601 date ({@code
 * yyyy-mm-dd}) or date-time ({@code yyyy-mm-ddThh:mm[:ss]}, optionally with {@code Z} or an offset
 * such as {@code +02:00}; a space may stand for the {@code T}), kept at the precision given (see
 * {@link PublicationTime}). {@code story} is a story id of the user's, which overrides the story
 * clustering. A broken manifest gives an {@link IllegalArgumentException} that names the manifest,
 * the line and the field, such as {@code manifest.json:7: field 'published': '2022-13-01' is not a
 * date (yyyy-mm-dd) or a date-time (...)}.
 *
 * <h2>{@code manifest.tsv}</h2>
 *
 * <p>Tab-separated values (UTF-8, an optional byte-order mark, LF or CRLF line ends), the first
 * line a header naming the columns; a spreadsheet or a crawler writes it:
 *
 * <pre>{@code
 * file	outlet	category	timestamp
 * a.txt	almasryalyoum	accidents	2013-02-26 08:13:12
 * b.txt	shorouknews	politics	2013-02-26
 * }</pre>
 *
 * <p>Columns are found by name, case-insensitively, in any order: {@code file} (required); the
 * publisher from {@code publisher}, else {@code outlet}; the time from the first of {@code
 * published}, {@code time}, {@code timestamp}, {@code date} and {@code datetime} that the header
 * has (a date or a date-time, as in the JSON); optionally {@code story}. Other columns are ignored.
 * A blank cell means unknown; a blank line is skipped; a cell wrapped in double quotes is unquoted
 * ({@code ""} stands for one quote), but a cell cannot hold a tab or a line break. Every line must
 * have as many cells as the header. Errors name the manifest, the line and the column, such as
 * {@code manifest.tsv:12: column 'timestamp': '2013-02-30 08:13:12' is not a date (yyyy-mm-dd) or
 * a date-time (...)}; a file listed twice is an error, as in the JSON.
 *
 * <pre>{@code
 * Map<String, DocumentMetadata> byFile = ManifestReader.read(Path.of("seeds", "manifest.json"));
 * Map<String, DocumentMetadata> crawl = ManifestReader.read(Path.of("corpus", "manifest.tsv"));
 * crawl.get("a.txt").published();   // 2013-02-26T08:13:12 (null when the row has no time)
 * }</pre>
 */
public final class ManifestReader {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ManifestReader() {}

  /**
   * Reads a manifest file (UTF-8): tab-separated values when its name ends with {@code .tsv}
   * (in any case), JSON otherwise.
   *
   * @param manifest the file, such as {@code manifest.json} or {@code manifest.tsv}
   * @return the metadata by file name, in manifest order
   * @throws IllegalArgumentException naming the file, line and field (or column) when the manifest
   *     is broken
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public static Map<String, DocumentMetadata> read(Path manifest) {
    Objects.requireNonNull(manifest, "manifest");
    boolean tsv = isTsv(manifest);
    try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      return tsv ? readTsv(r, manifest.toString()) : read(r, manifest.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(manifest + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * @param manifest a manifest file
   * @return whether {@link #read(Path)} reads it as tab-separated values: its name ends with
   *     {@code .tsv}, in any case
   */
  public static boolean isTsv(Path manifest) {
    Path name = manifest.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
  }

  /**
   * Reads a {@code manifest.tsv}: a header line naming the columns, then one line per file (see
   * the class description).
   *
   * <pre>{@code
   * try (Reader r = Files.newBufferedReader(Path.of("manifest.tsv"))) {
   *   Map<String, DocumentMetadata> byFile = ManifestReader.readTsv(r, "manifest.tsv");
   * }
   * }</pre>
   *
   * @param in   the manifest text; not closed
   * @param name the name used in error messages, such as {@code manifest.tsv}
   * @return the metadata by file name, in manifest order
   * @throws IllegalArgumentException naming {@code name}, the line and the column when the
   *     manifest is broken, or when the header has no {@code file} column
   * @throws UncheckedIOException if reading fails
   */
  public static Map<String, DocumentMetadata> readTsv(Reader in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return TsvManifest.read(in, name);
  }

  /**
   * Reads a {@code manifest.json}.
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
    JsonParser p;
    try {
      p = FACTORY.createParser(skipByteOrderMark(in));
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
    try (p) {
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
    } catch (JsonProcessingException e) {
      // a syntax error, or one of the parser's limits (nesting depth, number length), which
      // carries no location: then the parser's is the line
      JsonLocation at = e.getLocation() == null ? p.currentLocation() : e.getLocation();
      int line = at.getLineNr();
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
    PublicationTime published = null;
    String story = null;
    int entryLine = p.currentTokenLocation().getLineNr();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "file" -> {
          // "./ " is as blank as " " once its "./" is dropped
          if (t != JsonToken.VALUE_STRING || fileName(p.getText()).isBlank()) {
            throw error(name, p, "file", "'" + p.getText() + "' is not a file name");
          }
          file = fileName(p.getText());
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
            String text = p.getText();
            if (t != JsonToken.VALUE_STRING) {
              throw error(name, p, "published", notATime(text));
            }
            try {
              published = PublicationTime.parse(text);
            } catch (IllegalArgumentException e) {
              throw error(name, p, "published", notATime(text));
            }
          }
        }
        case "story" -> {
          if (t == JsonToken.VALUE_NULL) {
            story = null;
          } else if (t == JsonToken.VALUE_STRING) {
            story = p.getText();
          } else {
            throw error(name, p, "story", "'" + p.getText() + "' is not a string or null");
          }
        }
        default -> p.skipChildren();
      }
    }
    if (file == null) {
      throw new IllegalArgumentException(
          name + ":" + entryLine + ": field 'file': missing in the entry starting here");
    }
    return new DocumentMetadata(file, publisher, published, story);
  }

  /**
   * A manifest's file name as the document id it names: a leading {@code ./} (any number of them)
   * is dropped, so that {@code "./a.txt"} names {@code a.txt}, the file beside the manifest.
   *
   * @param file the name as written
   * @return the name without leading {@code ./}
   */
  static String fileName(String file) {
    String f = file;
    while (f.startsWith("./") && f.length() > 2) {
      f = f.substring(2);
    }
    return f;
  }

  /**
   * @param text a value that is neither a date nor a date-time
   * @return the message saying so, and what a date or a date-time looks like
   */
  static String notATime(String text) {
    return "'" + text + "' is not a date (yyyy-mm-dd) or a date-time (yyyy-mm-ddThh:mm[:ss] or "
        + "yyyy-mm-dd hh:mm[:ss], optionally with Z or an offset such as +02:00)";
  }

  /** A reader that skips one leading byte-order mark, as Windows editors write one. */
  private static Reader skipByteOrderMark(Reader in) throws IOException {
    PushbackReader r = new PushbackReader(in, 1);
    int c = r.read();
    if (c != -1 && c != '\uFEFF') {
      r.unread(c);
    }
    return r;
  }

  private static IllegalArgumentException error(
      String name, JsonParser p, String field, String message) {
    int line = p.currentTokenLocation().getLineNr();
    return new IllegalArgumentException(
        name + ":" + line + ": " + (field == null ? "" : "field '" + field + "': ") + message);
  }
}
