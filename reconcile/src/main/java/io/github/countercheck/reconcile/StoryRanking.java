package io.github.countercheck.reconcile;

import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stories of a run in their order: earliest publication first, undated last, then id. */
final class StoryRanking {

  private StoryRanking() {}

  /**
   * Ranks the stories the documents name by their earliest publication (undated last), then id;
   * documents that name none share the story "" when others do.
   *
   * @param referenced the run's documents
   * @param titles     a title per story id, where known
   * @param force      whether the run's documents name stories though these may not
   * @return the stories in rank order, or an empty list when no document names one
   */
  static List<Story> rank(List<DocumentMetadata> referenced, Map<String, String> titles,
      boolean force) {
    Map<String, List<DocumentMetadata>> byStory = new HashMap<>();
    boolean any = force;
    for (DocumentMetadata d : referenced) {
      any |= d.story() != null;
      byStory.computeIfAbsent(d.story() == null ? "" : d.story(), x -> new ArrayList<>()).add(d);
    }
    if (!any) {
      return List.of();
    }
    Comparator<DocumentMetadata> byTime = Comparator.comparing(DocumentMetadata::published,
        Comparator.nullsLast(Comparator.naturalOrder()));
    byTime = byTime.thenComparing(DocumentMetadata::id);
    List<Story> stories = new ArrayList<>(byStory.size());
    for (Map.Entry<String, List<DocumentMetadata>> e : byStory.entrySet()) {
      List<DocumentMetadata> docs = e.getValue();
      docs.sort(byTime);
      List<String> docIds = new ArrayList<>(docs.size());
      PublicationTime first = null;
      PublicationTime last = null;
      for (DocumentMetadata d : docs) {
        docIds.add(d.id());
        if (d.published() != null) {
          first = first == null ? d.published() : first;
          last = last == null || d.published().compareTo(last) > 0 ? d.published() : last;
        }
      }
      String title = titles.get(e.getKey());
      stories.add(new Story(e.getKey(), title != null ? title
          : e.getKey().isEmpty() ? "(documents with no story)" : e.getKey(), docIds, first, last));
    }
    stories.sort(Comparator.comparing(Story::first, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Story::id));
    return stories;
  }

}
