package io.github.countercheck.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.core.TextNormalizer;
import io.github.countercheck.core.internal.Proclitics;
import io.github.countercheck.core.internal.WordRuns;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

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
 * VoiceAliases.builtIn().canonicalName("نقلت فرانس برس");   // وكالة الأنباء الفرنسية
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
      v = Bundled.read("voices.json", VoiceAliases::fromJson);
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
   * @return the canonical name of the source, or null if the table does not know it
   */
  public @Nullable String canonicalName(String attribution) {
    Objects.requireNonNull(attribution, "attribution");
    List<String> w = words(attribution);
    for (int i = 0; i < w.size(); i++) {
      for (int len = Math.min(maxWords, w.size() - i); len >= 1; len--) {
        String name = byAlias.get(String.join(" ", w.subList(i, i + len)));
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  /**
   * The voice of an outlet named as a source the table knows: a publisher whose whole name is one
   * of its names ("Reuters", «وكالة رويترز», "REUTERS") speaks as that source, so the figures it
   * prints and those other outlets attribute to it are one voice. A name that only contains an
   * alias ("Reuters Arabic blog") is not matched: an outlet is not its source's voice by a word.
   *
   * @param publisher the publisher's name as given
   * @return the canonical name of the source, or null
   */
  String outletVoice(String publisher) {
    return byAlias.get(String.join(" ", words(publisher)));
  }

  /**
   * The key under which spellings of one outlet's name are one outlet: NFKC, then {@link
   * TextNormalizer#normalizeForm} (Latin case, Arabic letter forms, zero-width and bidi marks
   * U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF deleted), whitespace runs as one space,
   * trimmed. "Reuters", "REUTERS" and "Reuters" followed by a zero-width space have one key.
   *
   * @param publisher a publisher's name
   * @return its key
   */
  static String foldOutlet(String publisher) {
    String n = TextNormalizer.normalizeForm(Normalizer.normalize(publisher, Normalizer.Form.NFKC));
    return collapseSpaces(n);
  }

  /**
   * A publisher's name as written, without its invisible marks (zero-width, bidi, byte-order) and
   * with whitespace runs as one space: the name reports print for the outlet.
   *
   * @param publisher a publisher's name
   * @return the name cleaned, or the name itself when nothing is left of it
   */
  static String cleanOutlet(String publisher) {
    StringBuilder sb = new StringBuilder(publisher.length());
    for (int i = 0; i < publisher.length(); i++) {
      char c = publisher.charAt(i);
      if (!isInvisible(c)) {
        sb.append(c);
      }
    }
    String clean = collapseSpaces(sb);
    return clean.isEmpty() ? publisher : clean;
  }

  /** Zero-width and bidi marks (U+200B–U+200F, U+202A–U+202E, U+2060, U+2066–U+2069, U+061C, U+FEFF). */
  private static boolean isInvisible(char c) {
    return c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c == '\u2060'
        || c >= '\u2066' && c <= '\u2069' || c == '\u061C' || c == '\uFEFF';
  }

  private static String collapseSpaces(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The voice key of an attribution: the canonical source's name when the table knows it, else
   * the attribution's words, sorted.
   */
  String key(String attribution) {
    String known = canonicalName(attribution);
    if (known != null) {
      return "v:" + known;
    }
    return "a:" + String.join(" ", new TreeSet<>(words(attribution)));
  }

  /**
   * Normalized words without the conjunction و and the article ال ({@link
   * Proclitics#VOICE_NAMES}).
   */
  private static List<String> words(String text) {
    String n = TextNormalizer.normalizeForm(Normalizer.normalize(text, Normalizer.Form.NFKC));
    List<String> out = new ArrayList<>();
    for (String word : WordRuns.lettersAndDigits(n)) {
      List<String> forms = Proclitics.VOICE_NAMES.candidates(word);
      out.add(forms.get(forms.size() - 1)); // without و and ال
    }
    return out;
  }
}
