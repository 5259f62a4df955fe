package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.PlaceAliases.Place;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads one slice of a run (any split of its claims) into its {@link Partitioner.Summary}: the
 * outlets and unknown voices it names first, and the sorted distinct days of each (block, subject
 * class, place) cell. Also what a summary and a key read of a document: its story and its day.
 */
final class SliceSummarizer {

  private SliceSummarizer() {}

  /**
   * The summary of one slice of the run (see {@link Partitioner#summarize}).
   *
   * @param places    the reconciler's place table
   * @param voices    the reconciler's voice table
   * @param claims    the slice's claims
   * @param documents the metadata of the documents those claims cite
   * @return the slice's summary
   * @throws IllegalArgumentException if two different metadata records share an id
   */
  static Partitioner.Summary summarize(PlaceAliases places, VoiceAliases voices,
      Collection<Claim> claims, Collection<DocumentMetadata> documents) {
    Map<String, DocumentMetadata> meta = DocumentIndex.byId(documents);
    boolean anyStory = false;
    for (DocumentMetadata d : meta.values()) {
      anyStory |= d.story() != null;
    }
    HashMap<String, String[]> outlets = new HashMap<>();
    Map<String, Claim> firstClaims = new HashMap<>();
    Map<String, String> voiceKeys = new HashMap<>();
    Map<String, String> placeKeys = new HashMap<>();
    Map<String, Map<String, Map<String, DayList>>> days = new HashMap<>();
    String lastDocument = null;
    for (Claim c : claims) {
      Objects.requireNonNull(c, "claim");
      DocumentMetadata m = meta.get(c.document());
      if (!c.document().equals(lastDocument) && m != null && m.publisher() != null) {
        // an outlet is named as written in its first document (by id) that has a claim
        outlets.merge(VoiceBook.outletKey(c.document(), m),
            new String[] {c.document(), VoiceAliases.cleanOutlet(m.publisher())},
            (a, b) -> a[0].compareTo(b[0]) <= 0 ? a : b);
      }
      lastDocument = c.document();
      if (c.attribution() != null) {
        String key = voiceKeys.computeIfAbsent(c.attribution(), voices::key);
        if (key.startsWith("a:")) {
          // a voice the table does not know is named by its first wording in canonical order
          firstClaims.merge(key, c, (a, b) -> ClaimOrder.compare(a, b) <= 0 ? a : b);
        }
      }
      if (Blocking.alone(c)) {
        continue;
      }
      String place = c.location() == null ? Blocking.UNPLACED
          : placeKeys.computeIfAbsent(c.location(), l -> {
            Place p = places.resolveKnown(l);
            return p == null ? Blocking.UNPLACED : p.key();
          });
      days.computeIfAbsent(Blocking.block(story(m), c), x -> new HashMap<>())
          .computeIfAbsent(Hierarchy.subjectClass(c.subject()), x -> new HashMap<>())
          .computeIfAbsent(place, x -> new DayList())
          .add(day(m));
    }
    HashMap<String, ClaimRef> wordings = new HashMap<>();
    firstClaims.forEach((k, c) -> wordings.put(k, ClaimRef.of(c)));
    HashMap<String, Map<String, Map<String, int[]>>> cells = new HashMap<>();
    days.forEach((block, classes) -> classes.forEach((cls, byPlace) -> byPlace.forEach(
        (place, list) -> cells.computeIfAbsent(block, x -> new HashMap<>())
            .computeIfAbsent(cls, x -> new HashMap<>()).put(place, list.distinct()))));
    return new Partitioner.Summary(anyStory, outlets, wordings, cells);
  }

  /** @return the story of a claim's block: the document's, or "" when it names none */
  static String story(DocumentMetadata m) {
    return m == null || m.story() == null ? "" : m.story();
  }

  /** @return the epoch day of a document's publication, or {@link Item#NO_DATE} */
  static int day(DocumentMetadata m) {
    return m == null || m.published() == null ? Item.NO_DATE
        : (int) m.published().date().toEpochDay();
  }

  /** The days of one cell of a slice, as met: sorted and made distinct once, at the end. */
  private static final class DayList {
    private int[] days = new int[4];
    private int count;

    void add(int day) {
      if (day == Item.NO_DATE || count > 0 && days[count - 1] == day) {
        return;
      }
      if (count == days.length) {
        days = Arrays.copyOf(days, count * 2);
      }
      days[count++] = day;
    }

    int[] distinct() {
      int[] d = Arrays.copyOf(days, count);
      Arrays.sort(d);
      int k = 0;
      for (int i = 0; i < d.length; i++) {
        if (k == 0 || d[k - 1] != d[i]) {
          d[k++] = d[i];
        }
      }
      return Arrays.copyOf(d, k);
    }
  }
}
