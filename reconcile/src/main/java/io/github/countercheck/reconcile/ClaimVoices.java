package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.DocumentMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds which of a group's voices a claim speaks with (rule 6), from what a reconciliation keeps:
 * the claim's attribution, its document's publisher and the group's voices with their outlets.
 * It follows the engine's rule: a claim that cites a source speaks with that source's voice (its
 * canonical name in the voice table, else its words); a claim that cites none, with its outlet's,
 * or the agency's when the outlet is named as one. The voice is first looked for among those
 * that carried the claim's outlet, so a group whose outlets each carry one voice needs no table.
 */
final class ClaimVoices {

  private ClaimVoices() {}

  /**
   * @return the index in {@code g.voices()} of claim {@code ci}'s voice, or -1 when none of the
   *     group's voices was carried by the claim's outlet (a group not made by the reconciler) or
   *     several were and the table tells none of them to be it
   */
  static int index(Reconciliation r, ClaimGroup g, int ci, VoiceAliases table) {
    Objects.requireNonNull(g, "group");
    Objects.requireNonNull(table, "table");
    Claim c = g.claims().get(Objects.checkIndex(ci, g.claims().size()));
    DocumentMetadata m = document(r.documents(), c.document());
    String publisher = m == null ? null : m.publisher();
    String folded = publisher == null ? null : VoiceAliases.foldOutlet(publisher);
    List<Voice> voices = g.voices();
    List<Integer> carried = new ArrayList<>(2);
    for (int i = 0; i < voices.size(); i++) {
      for (String o : voices.get(i).outlets()) {
        if (publisher == null ? o.equals(c.document()) : VoiceAliases.foldOutlet(o).equals(folded)) {
          carried.add(i);
          break;
        }
      }
    }
    if (carried.size() <= 1) {
      return carried.isEmpty() ? -1 : carried.get(0);
    }
    String key;
    if (c.attribution() != null) {
      key = table.key(c.attribution());
    } else if (publisher != null && table.outletVoice(VoiceAliases.cleanOutlet(publisher)) != null) {
      key = "v:" + table.outletVoice(VoiceAliases.cleanOutlet(publisher));
    } else {
      key = null;   // the outlet speaks for itself
    }
    for (int i : carried) {
      String name = voices.get(i).name();
      boolean same = key == null
          ? publisher == null ? name.equals(c.document()) : VoiceAliases.foldOutlet(name).equals(folded)
          : key.startsWith("v:") ? name.equals(key.substring(2)) : table.key(name).equals(key);
      if (same) {
        return i;
      }
    }
    return -1;
  }

  /** The document's metadata: by binary search when sorted by id, as the reconciler sorts them. */
  private static DocumentMetadata document(List<DocumentMetadata> documents, String id) {
    int lo = 0;
    int hi = documents.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = documents.get(mid).id().compareTo(id);
      if (cmp == 0) {
        return documents.get(mid);
      } else if (cmp < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (DocumentMetadata d : documents) {   // a reconciliation built by hand, in another order
      if (d.id().equals(id)) {
        return d;
      }
    }
    return null;
  }
}
