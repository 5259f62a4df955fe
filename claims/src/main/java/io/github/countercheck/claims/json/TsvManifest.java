package io.github.countercheck.claims.json;

import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code manifest.tsv} (see {@link ManifestReader}): the header's columns found by name,
 * then one {@link DocumentMetadata} per line.
 */
final class TsvManifest {

  /** The names a publisher column goes by, the first present winning. */
  private static final List<String> PUBLISHER = List.of("publisher", "outlet");
  /** The names a time column goes by, the first present winning. */
  private static final List<String> TIME =
      List.of("published", "time", "timestamp", "date", "datetime");

  private final String name;
  private int lineNumber;

  private TsvManifest(String name) {
    this.name = name;
  }

  /**
   * @param in   the manifest text; not closed
   * @param name the name used in error messages
   * @return the metadata by file name, in manifest order
   */
  static Map<String, DocumentMetadata> read(Reader in, String name) {
    try {
      return new TsvManifest(name).read(new BufferedReader(in));
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  private Map<String, DocumentMetadata> read(BufferedReader in) throws IOException {
    String line = in.readLine();
    lineNumber = 1;
    if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
      line = line.substring(1);
    }
    if (line == null || line.isBlank()) {
      throw error(null, "no header: the first line names the columns, tab-separated, such as "
          + "'file<TAB>publisher<TAB>published'");
    }
    List<String> header = new ArrayList<>();
    for (String h : split(line)) {
      String named = unquote(h);
      header.add(named == null ? "" : named);
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).toLowerCase(Locale.ROOT);
      if (columns.putIfAbsent(column, i) != null && isUsed(column)) {
        throw error(column, "named twice in the header");
      }
    }
    Integer file = columns.get("file");
    if (file == null) {
      throw error(null, "no 'file' column in the tab-separated header (it names " + String.join(", ", header)
          + "); a manifest.tsv needs 'file', and may have 'publisher' or 'outlet', 'published',"
          + " 'time', 'timestamp', 'date' or 'datetime', and 'story'");
    }
    int publisher = first(columns, PUBLISHER);
    int time = first(columns, TIME);
    int story = columns.getOrDefault("story", -1);
    String timeColumn = time < 0 ? null : header.get(time);
    String fileColumn = header.get(file);

    Map<String, DocumentMetadata> out = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = split(line);
      if (cells.size() != header.size()) {
        throw error(null, "has " + cells.size() + " cell" + (cells.size() == 1 ? "" : "s")
            + " where the header names " + header.size() + " columns (a value cannot hold a tab)");
      }
      String id = cell(cells, file);
      if (id == null || ManifestReader.fileName(id).isBlank()) {
        throw error(fileColumn, "blank: every line names a file");
      }
      id = ManifestReader.fileName(id);
      String t = cell(cells, time);
      PublicationTime published = null;
      if (t != null) {
        try {
          published = PublicationTime.parse(t);
        } catch (IllegalArgumentException e) {
          throw error(timeColumn, ManifestReader.notATime(t));
        }
      }
      DocumentMetadata m =
          new DocumentMetadata(id, cell(cells, publisher), published, cell(cells, story));
      Integer before = firstLine.putIfAbsent(id, lineNumber);
      if (before != null) {
        throw error(fileColumn,
            "'" + id + "' is listed twice (first on line " + before + ")");
      }
      out.put(id, m);
    }
    return Collections.unmodifiableMap(out);
  }

  private static boolean isUsed(String column) {
    return column.equals("file") || column.equals("story") || PUBLISHER.contains(column)
        || TIME.contains(column);
  }

  /** @return the index of the first of these names the header has, or -1 */
  private static int first(Map<String, Integer> columns, List<String> names) {
    for (String n : names) {
      Integer i = columns.get(n);
      if (i != null) {
        return i;
      }
    }
    return -1;
  }

  /** @return the cell at {@code index}, stripped and unquoted; null when blank or index is -1 */
  private static String cell(List<String> cells, int index) {
    return index < 0 ? null : unquote(cells.get(index));
  }

  /** @return the text stripped and unquoted, or null when blank */
  private static String unquote(String text) {
    String s = text.strip();
    if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
      s = s.substring(1, s.length() - 1).replace("\"\"", "\"").strip();
    }
    return s.isEmpty() ? null : s;
  }

  /** Splits a line at every tab, keeping empty cells (a trailing one too). */
  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    int from = 0;
    for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', from)) {
      cells.add(line.substring(from, i));
      from = i + 1;
    }
    cells.add(line.substring(from));
    return cells;
  }

  private IllegalArgumentException error(String column, String message) {
    return new IllegalArgumentException(name + ":" + lineNumber + ": "
        + (column == null ? "" : "column '" + column + "': ") + message);
  }
}
