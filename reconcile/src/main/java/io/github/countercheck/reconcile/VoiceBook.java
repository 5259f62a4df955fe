package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.DocumentMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The voices (rule 6) and outlets of one run: ids by key, each named when first met in canonical
 * order, then ranked by name. Not thread-safe: one per run.
 */
final class VoiceBook {

  private final VoiceAliases voices;
  /** Voice ids by attribution (claims that cite a source) and by outlet (claims that cite none). */
  private final Map<String, Integer> voiceByAttribution = new HashMap<>();
  private final Map<String, Integer> voiceByOutlet = new HashMap<>();
  /** Voice ids by key ({@link VoiceAliases#key}, or "o:" and the outlet): one id per voice. */
  private final Map<String, Integer> voiceByKey = new HashMap<>();
  /** Each voice's name: the alias table's, else its wording in the first claim, or the outlet. */
  private final List<String> voiceNames = new ArrayList<>();
  private final Map<String, Integer> outletIds = new HashMap<>();
  private final List<String> outlets = new ArrayList<>();
  /** Voices and outlets as the ranks of their names, which sort them as their names sort. */
  int[] voiceNameRank;
  String[] nameByRank;
  int[] outletRank;
  String[] outletByRank;

  /** The whole run's summary when this run is one partition of it, else null. */
  private final Partitioner.Summary run;

  /**
   * @param voices the voice table
   * @param run    the whole run's summary, which names the voices and outlets, when this run is
   *     one partition of it; else null, and each is named as first met
   */
  VoiceBook(VoiceAliases voices, Partitioner.Summary run) {
    this.voices = voices;
    this.run = run;
  }

  /**
   * @param document the document id
   * @param m        its metadata, or null
   * @return the outlet's key: "p:" and its folded publisher name, or "d:" and the document id
   */
  static String outletKey(String document, DocumentMetadata m) {
    return m != null && m.publisher() != null ? "p:" + VoiceAliases.foldOutlet(m.publisher())
        : "d:" + document;
  }

  /**
   * @return the id of the outlet with this key, named as first written: the cleaned publisher, or
   *     the document id when the publisher is unknown
   */
  int outlet(String outletKey, String document, DocumentMetadata m) {
    Integer id = outletIds.get(outletKey);
    if (id == null) {
      id = outlets.size();
      // one outlet whatever its spelling: ids by the folded name, named as first written
      outlets.add(!outletKey.startsWith("p:") ? document
          : run != null ? run.outletName(outletKey) : VoiceAliases.cleanOutlet(m.publisher()));
      outletIds.put(outletKey, id);
    }
    return id;
  }

  /** @return the id of the claim's voice: the source it cites, else its outlet's */
  int voice(Claim c, String outletKey, int outlet) {
    Integer voice;
    if (c.attribution() != null) {
      voice = voiceByAttribution.get(c.attribution());
      if (voice == null) {
        String key = voices.key(c.attribution());
        voice = voiceId(key, key.startsWith("v:") ? key.substring(2)
            : run != null ? run.wording(key) : c.attribution());
        voiceByAttribution.put(c.attribution(), voice);
      }
    } else {
      // the outlet speaks for itself; an outlet named as an agency is the agency's voice
      voice = voiceByOutlet.get(outletKey);
      if (voice == null) {
        String name = outlets.get(outlet);
        String agency = outletKey.startsWith("p:") ? voices.outletVoice(name) : null;
        voice = agency != null ? voiceId("v:" + agency, agency) : voiceId("o:" + outletKey, name);
        voiceByOutlet.put(outletKey, voice);
      }
    }
    return voice;
  }

  /** @return the id of the voice with this key, named {@code name} when it is new */
  private Integer voiceId(String key, String name) {
    Integer id = voiceByKey.get(key);
    if (id == null) {
      id = voiceNames.size();
      voiceNames.add(name);
      voiceByKey.put(key, id);
    }
    return id;
  }

  /** @return the number of voices met */
  int voiceCount() {
    return voiceNames.size();
  }

  /** Ranks the voices' names and the outlets, each with one sort of the distinct names. */
  void rank() {
    nameByRank = new TreeSet<>(voiceNames).toArray(new String[0]);
    voiceNameRank = new int[voiceNames.size()];
    for (int v = 0; v < voiceNameRank.length; v++) {
      voiceNameRank[v] = Arrays.binarySearch(nameByRank, voiceNames.get(v));
    }
    outletByRank = outlets.toArray(new String[0]);
    Arrays.sort(outletByRank);
    outletRank = new int[outlets.size()];
    for (int o = 0; o < outletRank.length; o++) {
      outletRank[o] = Arrays.binarySearch(outletByRank, outlets.get(o));
    }
  }
}
