package io.github.countercheck.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.core.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Voice alias folding as data (rule 6): the same original source under different names counts as
 * one voice — «وكالة الأنباء الفرنسية», «فرانس برس» and AFP. Immutable and thread-safe.
 *
 * <p>The built-in table is the resource {@code voices.json} next to this class:
 *
 * <pre>{@code
 * {"voices":[{"name":"وكالة الأنباء الفرنسية","aliases":["AFP","فرانس برس","Agence France-Presse"]}]}
 * }</pre>
 *
 * <p>An alias matches anywhere in an attribution as a run of whole words (longest first), after
 * {@link TextNormalizer#normalizeForm} and with the article (ال) and the conjunction (و) stripped
 * from every word: «وفق وكالة الانباء الفرنسية» is the AFP. An attribution that matches no alias
 * is its own voice, folded by its words alone (order and article ignored): «التلفزيون الرسمي
 * الكازاخي» and «التلفزيون الكازاخي الرسمي» are one voice.
 *
 * <pre>{@code
 * VoiceAliases.builtIn().canonicalName("نقلت فرانس برس");   // Optional[وكالة الأنباء الفرنسية]
 * }</pre>
 */
public final class VoiceAliases {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static volatile VoiceAliases builtIn;

  private final Map<String, String> byAlias;
  private final int maxWords;

  private VoiceAliases(Map<String, String> byAlias) {
    this.byAlias = Map.copyOf(byAlias);
    int max = 1;
    for (String k : byAlias.keySet()) {
      max = Math.max(max, k.split(" ").length);
    }
    this.maxWords = max;
  }

  /** @return the built-in table ({@code voices.json}), loaded once */
  public static VoiceAliases builtIn() {
    VoiceAliases v = builtIn;
    if (v == null) {
      try (InputStream in = VoiceAliases.class.getResourceAsStream("voices.json")) {
        if (in == null) {
          throw new IllegalStateException("resource voices.json is missing");
        }
        v = fromJson(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read voices.json", e);
      }
      builtIn = v;
    }
    return v;
  }

  /** @return a table with no aliases: every attribution is folded by its words alone */
  public static VoiceAliases none() {
    return new VoiceAliases(Map.of());
  }

  /**
   * Reads a table in the format of the built-in {@code voices.json}.
   *
   * @param in the JSON; not closed
   * @return the table
   * @throws IllegalArgumentException naming the entry when the table is malformed (a missing name,
   *     an alias given to two voices)
   */
  public static VoiceAliases fromJson(InputStream in) {
    Objects.requireNonNull(in, "in");
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("voices table is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.path("voices").isArray()) {
      throw new IllegalArgumentException("voices table needs a 'voices' array");
    }
    Map<String, String> byAlias = new HashMap<>();
    for (JsonNode e : root.get("voices")) {
      if (!e.path("name").isTextual() || e.get("name").asText().isBlank()) {
        throw new IllegalArgumentException("voice entry " + e + " needs a name");
      }
      String name = e.get("name").asText();
      List<String> names = new ArrayList<>();
      names.add(name);
      e.path("aliases").forEach(a -> names.add(a.asText()));
      for (String n : names) {
        String k = String.join(" ", words(n));
        if (k.isEmpty()) {
          continue;
        }
        String old = byAlias.put(k, name);
        if (old != null && !old.equals(name)) {
          throw new IllegalArgumentException(
              "alias '" + n + "' names both '" + old + "' and '" + name + "'");
        }
      }
    }
    return new VoiceAliases(byAlias);
  }

  /**
   * @param attribution an attribution as the text words it
   * @return the canonical name of the source, if the table knows it
   */
  public Optional<String> canonicalName(String attribution) {
    Objects.requireNonNull(attribution, "attribution");
    List<String> w = words(attribution);
    for (int i = 0; i < w.size(); i++) {
      for (int len = Math.min(maxWords, w.size() - i); len >= 1; len--) {
        String name = byAlias.get(String.join(" ", w.subList(i, i + len)));
        if (name != null) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The voice key of an attribution: the canonical source's name when the table knows it, else
   * the attribution's words, sorted.
   */
  String key(String attribution) {
    Optional<String> known = canonicalName(attribution);
    if (known.isPresent()) {
      return "v:" + known.get();
    }
    return "a:" + String.join(" ", new TreeSet<>(words(attribution)));
  }

  /** Normalized words without the conjunction و and the article ال. */
  private static List<String> words(String text) {
    String n = TextNormalizer.normalizeForm(text);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= n.length(); i++) {
      boolean w = i < n.length() && Character.isLetterOrDigit(n.charAt(i));
      if (w && start < 0) {
        start = i;
      } else if (!w && start >= 0) {
        String word = n.substring(start, i);
        if (word.length() > 3 && word.charAt(0) == 'و') {
          word = word.substring(1);
        }
        if (word.length() > 3 && word.startsWith("ال")) {
          word = word.substring(2);
        }
        out.add(word);
        start = -1;
      }
    }
    return out;
  }
}
