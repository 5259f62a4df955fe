package io.github.countercheck.reconcile.story;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The story gold of {@code stories/gold/stories.json}: real cross-outlet stories of the
 * {@code arabic-news-2013} corpus with the groups, statuses and estimates a fact-checker signs
 * (see the README beside it for the format and the reasoning).
 */
final class StoryGold {

  /** The classpath resource holding the stories. */
  static final String RESOURCE = "/stories/gold/stories.json";

  private StoryGold() {}

  /** An article of a story: its file, outlet and crawl time as in {@code manifest.tsv}. */
  record Doc(String file, String outlet, String published) {
    Doc {
      Objects.requireNonNull(file, "file");
    }
  }

  /**
   * A claim of the annotation: where it is and what it counts.
   *
   * @param missedByExtractor true when the extractor did not find it (the span is the number)
   * @param why               for an excluded claim, why it must stay out of the story's groups
   */
  record Expected(String document, int start, int end, String text, String event, long low,
      Long high, boolean missedByExtractor, String why) {
    Expected {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(event, "event");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span " + start + "-" + end + " in " + document);
      }
      if (high != null && high < low) {
        throw new IllegalArgumentException("high " + high + " below low " + low + " in " + document);
      }
    }
  }

  /** The estimate a fact-checker signs; {@code best} or {@code high} may be null. */
  record Signed(long low, Long best, Long high) {
    Signed {
      if (best != null && (best < low || high != null && best > high)) {
        throw new IllegalArgumentException("best " + best + " outside [" + low + ", " + high + "]");
      }
    }
  }

  /** A group the fact-checker forms. */
  record Group(String id, String event, String subject, String scope, String place,
      List<Expected> claims, String status, Signed estimate, List<String> verdicts, String note) {
    Group {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(estimate, "estimate");
      claims = List.copyOf(claims);
      verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
      if (claims.isEmpty()) {
        throw new IllegalArgumentException("group " + id + " has no claim");
      }
    }
  }

  /** A story: its documents, groups and the claims that must stay out of them. */
  record Story(String id, String title, String kind, List<Doc> documents, List<Group> groups,
      List<Expected> excluded) {
    Story {
      Objects.requireNonNull(id, "id");
      documents = List.copyOf(documents);
      groups = List.copyOf(groups);
      excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }
  }

  /** The file's top level. */
  record Set(String corpus, String offsets, List<Story> stories) {
    Set {
      stories = List.copyOf(stories);
    }
  }

  /** @return the stories of the classpath resource */
  static List<Story> load() {
    try (InputStream in = StoryGold.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
  }

  /**
   * @param in the JSON
   * @return its stories
   */
  static List<Story> read(InputStream in) throws IOException {
    ObjectMapper mapper = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    return mapper.readValue(in, Set.class).stories();
  }
}
