package io.github.countercheck.reconcile.story;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.internal.Shorten;
import io.github.countercheck.reconcile.Story;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
   * @return the story of that document, or null if it was not clustered
   */
  public @Nullable String storyOf(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    return byDocument.get(documentId);
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
   * @return that story, or null if there is none
   */
  public @Nullable Story story(String storyId) {
    Objects.requireNonNull(storyId, "storyId");
    return byId.get(storyId);
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

  /**
   * A short title for a text, for people: its first line that has a letter or a digit, with
   * control and format characters (bidi marks, zero-width characters) dropped and runs of white
   * space made one space, cut at a space to at most {@code maxChars} characters with {@code …}.
   * Stories are titled so (their earliest document, {@link #TITLE_CHARS}); the command line names
   * documents without a publisher so in its reports.
   *
   * <pre>{@code
   * Stories.titleOf("\n---\nمصرع 12 شخصا في تصادم قطار\nلقي 12 شخصا...", 80)   // "مصرع 12 شخصا في تصادم قطار"
   * }</pre>
   *
   * @param text     a text
   * @param maxChars the longest title, at least 2
   * @return the title, empty when no line has a letter or a digit
   * @throws IllegalArgumentException if {@code maxChars} is below 2
   */
  public static String titleOf(String text, int maxChars) {
    Objects.requireNonNull(text, "text");
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars " + maxChars + " must be at least 2");
    }
    int start = 0;
    while (start < text.length()) {
      int end = start;
      boolean words = false;
      StringBuilder line = new StringBuilder();
      boolean space = false;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r'
          && line.length() <= maxChars) {
        char ch = text.charAt(end++);
        int type = Character.getType(ch);
        if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
          space = line.length() > 0;
        } else if (!Character.isISOControl(ch) && type != Character.FORMAT
            && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
            && type != Character.SURROGATE) {
          if (space) {
            line.append(' ');
            space = false;
          }
          line.append(ch);
          words |= Character.isLetterOrDigit(ch);
        } else if (type == Character.SURROGATE && Character.isHighSurrogate(ch)
            && end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
          int cp = Character.toCodePoint(ch, text.charAt(end++));
          int cpType = Character.getType(cp);
          if (cpType != Character.FORMAT && cpType != Character.PRIVATE_USE
              && cpType != Character.UNASSIGNED) {
            if (space) {
              line.append(' ');
              space = false;
            }
            line.appendCodePoint(cp);
            words |= Character.isLetterOrDigit(cp);
          }
        }
      }
      if (words) {
        return Shorten.atSpace(line.toString(), maxChars);
      }
      while (end < text.length() && text.charAt(end) != '\n') {
        end++;
      }
      start = end + 1;
    }
    return "";
  }
}
