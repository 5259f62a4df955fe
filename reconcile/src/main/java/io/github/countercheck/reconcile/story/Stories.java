package io.github.countercheck.reconcile.story;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.Story;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stories of a set of documents, as a {@link StoryClusterer} found them: the story of each
 * document, and each story's title, documents and first and last publication times. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * Stories stories = StoryClusterer.create().cluster(documents);
 * List<DocumentMetadata> meta = stories.metadata(documents);  // each with its story id
 * Reconciliation r = Reconciler.create().reconcile(claims, meta, stories.titles());
 * }</pre>
 */
public final class Stories {
  /** Most chars of a title. */
  static final int TITLE_CHARS = 80;
  /** Most chars of the first line kept to make a title from. */
  private static final int LINE_CHARS = 400;

  private final Map<String, String> byDocument;
  private final List<Story> stories;
  private final Map<String, Story> byId;
  private final Map<String, String> titles;

  Stories(Map<String, String> byDocument, List<Story> stories) {
    this.byDocument = Collections.unmodifiableMap(new LinkedHashMap<>(byDocument));
    this.stories = List.copyOf(stories);
    Map<String, Story> ids = new LinkedHashMap<>();
    Map<String, String> t = new LinkedHashMap<>();
    for (Story s : stories) {
      ids.put(s.id(), s);
      t.put(s.id(), s.title());
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.titles = Collections.unmodifiableMap(t);
  }

  /**
   * @param documentId a document id
   * @return the story of that document, if it was clustered
   */
  public Optional<String> storyOf(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    return Optional.ofNullable(byDocument.get(documentId));
  }

  /** @return the story id of each document, in the order the documents were added */
  public Map<String, String> byDocument() {
    return byDocument;
  }

  /** @return the stories, in the order they were created */
  public List<Story> stories() {
    return stories;
  }

  /**
   * @param storyId a story id
   * @return that story, if there is one
   */
  public Optional<Story> story(String storyId) {
    Objects.requireNonNull(storyId, "storyId");
    return Optional.ofNullable(byId.get(storyId));
  }

  /** @return the title of each story, by story id, in creation order */
  public Map<String, String> titles() {
    return titles;
  }

  /** @return the number of stories */
  public int size() {
    return stories.size();
  }

  /**
   * The metadata of documents with their story ids, for
   * {@link io.github.countercheck.reconcile.Reconciler#reconcile(Collection, Collection, Map)}.
   *
   * @param documents documents, some of them clustered here
   * @return each document's metadata with its story, or with none when it was not clustered
   */
  public List<DocumentMetadata> metadata(Collection<Document> documents) {
    Objects.requireNonNull(documents, "documents");
    List<DocumentMetadata> out = new ArrayList<>(documents.size());
    for (Document d : documents) {
      DocumentMetadata m = DocumentMetadata.of(d);
      String story = byDocument.get(d.id());
      out.add(story == null ? m : m.withStory(story));
    }
    return out;
  }

  @Override
  public String toString() {
    return "Stories[" + byDocument.size() + " documents, " + stories.size() + " stories]";
  }

  /** The first non-blank line of a text, at most {@link #LINE_CHARS} chars of it. */
  static String firstLine(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int end = text.indexOf('\n', i);
      if (end < 0) {
        end = n;
      }
      String line = text.substring(i, Math.min(end, i + LINE_CHARS));
      if (!line.isBlank()) {
        return line;
      }
      i = end + 1;
    }
    return "";
  }

  /**
   * A title from a line: control, format (bidi, zero-width) and unpaired surrogate chars dropped,
   * runs of white space made one space, trimmed, and cut at a word boundary to at most
   * {@link #TITLE_CHARS} chars, with {@code …} when cut.
   *
   * @param line a line, or null
   * @return the title, possibly empty
   */
  static String title(String line) {
    if (line == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(Math.min(line.length(), LINE_CHARS));
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < line.length()
          && Character.isLowSurrogate(line.charAt(i + 1))) {
        int cp = line.codePointAt(i);
        int type = Character.getType(cp);
        if (type != Character.FORMAT && type != Character.PRIVATE_USE
            && type != Character.UNASSIGNED) {
          if (space && b.length() > 0) {
            b.append(' ');
          }
          space = false;
          b.appendCodePoint(cp);
        }
        i++;
        continue;
      }
      int type = Character.getType(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else if (type == Character.CONTROL || type == Character.FORMAT
          || type == Character.SURROGATE || type == Character.PRIVATE_USE
          || type == Character.UNASSIGNED) {
        continue;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    if (b.length() <= TITLE_CHARS) {
      return b.toString();
    }
    int cut = b.lastIndexOf(" ", TITLE_CHARS - 1);
    if (cut < TITLE_CHARS / 2) {
      cut = TITLE_CHARS - 1;
      if (Character.isLowSurrogate(b.charAt(cut))) {
        cut--;
      }
    }
    return b.substring(0, cut) + "…";
  }
}
