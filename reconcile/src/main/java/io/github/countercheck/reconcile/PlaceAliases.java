package io.github.countercheck.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.core.TextNormalizer;
import io.github.countercheck.core.internal.Proclitics;
import io.github.countercheck.core.internal.WordRuns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Place alias folding as data (rule 3): canonical places, their Arabic and English aliases, and
 * which place contains which. Immutable and thread-safe.
 *
 * <p>Places form a tree of any depth through {@code in}: a top-level place (a country) has no
 * {@code in}; any other place names the id of the place that contains it, at any level: a
 * governorate or province in a country, a city in a governorate, a district in a city. The
 * built-in table has three levels and a few more: country, then governorate, province, state or
 * region, then city or district (and a few districts or squares inside a city). {@code kind} says
 * which (country, region, governorate, province, state, city, district) for a reader; the tree,
 * not the kind, decides containment.
 *
 * <p>The built-in table is the resource {@code places.json} next to this class:
 *
 * <pre>{@code
 * {"ignore":["في","مدينة","in","city"],
 *  "ambiguous":["طرابلس","Tripoli"],
 *  "places":[{"id":"kazakhstan","name":"كازاخستان","kind":"country","aliases":["كزاخستان","Kazakhstan"]},
 *            {"id":"almaty","name":"ألماتي","kind":"city","in":"kazakhstan",
 *             "aliases":["ألما أتا","ألمآتا","الما اتا","Almaty","Alma-Ata"]}]}
 * }</pre>
 *
 * <p>Folding: the location text is normalized with {@link TextNormalizer#normalizeForm} and cut
 * into words at every character that is not a letter or digit ({@code Alma-Ata} is {@code alma
 * ata}); the first alias found, longest first, names the place; the first word of an alias may
 * carry proclitics (و، ف، ب، ل، ك) and the article (في مدينة ألماتي، بالقاهرة، وكازاخستان). A name
 * of the {@code ambiguous} list (one that names several places, such as طرابلس of Libya and of
 * Lebanon) names none, and its words are not read as a shorter alias (القدس الشرقية is not
 * الشرقية). A location that matches no alias is an unknown place, keyed by its words without the
 * {@code ignore} words; a location made only of ignore words is no place.
 *
 * <pre>{@code
 * PlaceAliases places = PlaceAliases.builtIn();
 * places.canonicalName("في مدينة ألمآتا");   // ألماتي
 * places.contains("كازاخستان", "Almaty");   // true
 * places.contains("مصر", "المنصورة");       // true: a city of the governorate الدقهلية, in مصر
 * }</pre>
 */
public final class PlaceAliases {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static volatile PlaceAliases builtIn;

  /**
   * A resolved place: a canonical entry, or an unknown place keyed by its words. {@code parent} is
   * the place that contains it, null for a top-level place (a country) and for an unknown place.
   */
  record Place(String key, String name, Place parent, boolean known) {
    /** @return the top-level place (the country) that contains this one, or this one */
    Place region() {
      return top();
    }

    /** @return whether this place lies inside another (a city, district or province): not top-level */
    boolean isCity() {
      return parent != null;
    }

    /** @return the top-level place (the country) that contains this one, or this one */
    Place top() {
      Place p = this;
      while (p.parent != null) {
        p = p.parent;
      }
      return p;
    }

    /** @return the number of places that contain this one: 0 for a country, 1 for its provinces */
    int depth() {
      int d = 0;
      for (Place p = parent; p != null; p = p.parent) {
        d++;
      }
      return d;
    }

    /**
     * @param other a place, or null
     * @return whether this place is {@code other} or lies inside it, at any depth
     */
    boolean within(Place other) {
      if (other == null) {
        return false;
      }
      for (Place p = this; p != null; p = p.parent) {
        if (p.equals(other)) {
          return true;
        }
      }
      return false;
    }

    /**
     * @param other a place, or null
     * @return the smallest place that contains both (one may be the other), or null when they lie
     *     in different countries
     */
    Place commonAncestor(Place other) {
      for (Place p = this; p != null; p = p.parent) {
        if (other != null && other.within(p)) {
          return p;
        }
      }
      return null;
    }
  }

  /** Stands in {@link #byAlias} for a name of the {@code ambiguous} list: it names no place. */
  private static final Place AMBIGUOUS = new Place("?", "?", null, false);

  private final Map<String, Place> byAlias;
  private final Map<String, Place> byId;
  private final Set<String> ignore;
  private final int maxWords;

  private PlaceAliases(Map<String, Place> byAlias, Map<String, Place> byId, Set<String> ignore) {
    this.byAlias = Map.copyOf(byAlias);
    this.byId = Map.copyOf(byId);
    this.ignore = Set.copyOf(ignore);
    int max = 1;
    for (String k : byAlias.keySet()) {
      max = Math.max(max, k.split(" ").length);
    }
    this.maxWords = max;
  }

  /** @return the built-in table ({@code places.json}), loaded once */
  public static PlaceAliases builtIn() {
    PlaceAliases p = builtIn;
    if (p == null) {
      p = Bundled.read("places.json", PlaceAliases::fromJson);
      builtIn = p;
    }
    return p;
  }

  /** @return a table with no places: every location is an unknown place keyed by its words */
  public static PlaceAliases none() {
    return new PlaceAliases(Map.of(), Map.of(), Set.of());
  }

  /**
   * Reads a table in the format of the built-in {@code places.json}.
   *
   * @param in the JSON; not closed
   * @return the table
   * @throws IllegalArgumentException naming the entry when the table is malformed (a container
   *     that is not in the table, places that contain each other, an alias given to two places or
   *     listed as ambiguous, a missing name)
   * @throws UncheckedIOException if reading fails
   */
  public static PlaceAliases fromJson(InputStream in) {
    Objects.requireNonNull(in, "in");
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("places table is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.path("places").isArray()) {
      throw new IllegalArgumentException("places table needs a 'places' array");
    }
    Set<String> ignore = new HashSet<>();
    for (JsonNode w : root.path("ignore")) {
      ignore.add(key(w.asText()));
    }
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    for (JsonNode e : root.get("places")) {
      String id = e.path("id").asText("");
      if (id.isBlank() || !e.path("name").isTextual()) {
        throw new IllegalArgumentException("place entry " + e + " needs an id and a name");
      }
      if (entries.put(id, e) != null) {
        throw new IllegalArgumentException("place id '" + id + "' is listed twice");
      }
    }
    Map<String, Place> byId = new HashMap<>();
    for (String id : entries.keySet()) {
      place(id, entries, byId, new LinkedHashSet<>());
    }
    Map<String, Place> byAlias = new HashMap<>();
    for (JsonNode a : root.path("ambiguous")) {
      String k = key(a.asText());
      if (!k.isEmpty()) {
        byAlias.put(k, AMBIGUOUS);
      }
    }
    for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
      Place p = byId.get(e.getKey());
      List<String> names = new ArrayList<>();
      names.add(p.name());
      e.getValue().path("aliases").forEach(a -> names.add(a.asText()));
      for (String n : names) {
        String k = key(n);
        if (k.isEmpty()) {
          continue;
        }
        Place old = byAlias.put(k, p);
        if (old == AMBIGUOUS) {
          throw new IllegalArgumentException("alias '" + n + "' of '" + p.key()
              + "' is listed as ambiguous");
        }
        if (old != null && old != p) {
          throw new IllegalArgumentException("alias '" + n + "' names both '" + old.key()
              + "' and '" + p.key() + "'");
        }
      }
    }
    return new PlaceAliases(byAlias, byId, ignore);
  }

  /**
   * Builds the place {@code id} after the places that contain it.
   *
   * @param path the ids being built, outer to inner, to report a cycle
   */
  private static Place place(String id, Map<String, JsonNode> entries, Map<String, Place> byId,
      Set<String> path) {
    Place done = byId.get(id);
    if (done != null) {
      return done;
    }
    if (!path.add(id)) {
      throw new IllegalArgumentException("places '" + String.join("' in '", path) + "' in '" + id
          + "' form a cycle");
    }
    JsonNode e = entries.get(id);
    JsonNode in = e.get("in");
    Place parent = null;
    if (in != null && !in.isNull()) {
      if (!entries.containsKey(in.asText())) {
        throw new IllegalArgumentException("place '" + id + "' is in '" + in.asText()
            + "', which is not a place of the table");
      }
      parent = place(in.asText(), entries, byId, path);
    }
    Place p = new Place(id, e.get("name").asText(), parent, true);
    byId.put(id, p);
    path.remove(id);
    return p;
  }

  /**
   * @param location a location as the text words it
   * @return the canonical name of the place, or null if the table does not know it
   */
  public @Nullable String canonicalName(String location) {
    Place p = resolve(location);
    return p != null && p.known() ? p.name() : null;
  }

  /**
   * Whether one place contains (or is) another, at any depth: a country contains its provinces
   * and their cities, a governorate its cities.
   *
   * @param outer a location
   * @param inner another location
   * @return whether both are known and {@code outer} is {@code inner} or contains it
   */
  public boolean contains(String outer, String inner) {
    Place o = resolve(outer);
    Place i = resolve(inner);
    return o != null && i != null && o.known() && i.known() && i.within(o);
  }

  /**
   * @param key a known place's key (its id in the table)
   * @return the place, or null when the table has no place of that key
   */
  Place byKey(String key) {
    return byId.get(key);
  }

  /**
   * Resolves a location to a known place: a name the table does not know (or a fragment the
   * extractor took for one) can be compared with no other, so it is read as no place, not as a
   * place of its own.
   *
   * @param location a location as the text words it, or null
   * @return the known place, or null
   */
  Place resolveKnown(String location) {
    Place place = resolve(location);
    return place != null && place.known() ? place : null;
  }

  /**
   * Resolves a location: a known place, an unknown place keyed by its words, or null when it names
   * no place at all.
   */
  Place resolve(String location) {
    if (location == null) {
      return null;
    }
    List<String> words = WordRuns.lettersAndDigits(TextNormalizer.normalizeForm(location));
    for (int i = 0; i < words.size(); i++) {
      lengths:
      for (int len = Math.min(maxWords, words.size() - i); len >= 1; len--) {
        String rest = len == 1 ? "" : " " + String.join(" ", words.subList(i + 1, i + len));
        for (String first : forms(words.get(i))) {
          Place p = byAlias.get(first + rest);
          if (p == AMBIGUOUS) {
            i += len - 1; // an ambiguous name: none of its words names a place
            break lengths;
          }
          if (p != null) {
            return p;
          }
        }
      }
    }
    StringBuilder k = new StringBuilder();
    for (String w : words) {
      boolean skip = false;
      for (String f : forms(w)) {
        if (ignore.contains(f)) {
          skip = true;
          break;
        }
      }
      if (!skip) {
        k.append(k.length() == 0 ? "" : " ").append(w);
      }
    }
    if (k.length() == 0) {
      return null;
    }
    String key = "?" + k;
    return new Place(key, location.strip(), null, false);
  }

  /**
   * The word itself, then without proclitics, then without the article, as {@link
   * Proclitics#PLACE_NAMES} reads them.
   */
  private static List<String> forms(String w) {
    return Proclitics.PLACE_NAMES.candidates(w);
  }


  private static String key(String text) {
    return String.join(" ", WordRuns.lettersAndDigits(TextNormalizer.normalizeForm(text)));
  }

  /** @return the number of canonical places in the table */
  public int size() {
    return byId.size();
  }

  /** @return the canonical places of the table, in no order */
  Collection<Place> places() {
    return byId.values();
  }

  /**
   * @param id a place id of the table
   * @return the place, or null when the table has no such id
   */
  Place byId(String id) {
    return byId.get(id);
  }
}
