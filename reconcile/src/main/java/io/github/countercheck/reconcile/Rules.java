package io.github.countercheck.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The rules that verdicts and notes cite by number ({@code "rule 5 AGREE: …"}), read once from the
 * resource {@code rules.json} beside this class: the one place their texts are kept. The reports
 * show them; {@code docs/reconciliation.md} explains each and quotes its text.
 *
 * <pre>{@code
 * Rules.Rule why = Rules.all().get(Rules.cited(relation.reason()));   // null when none is cited
 * }</pre>
 */
public final class Rules {

  /**
   * A rule.
   *
   * @param number its number, as reasons cite it
   * @param name   a short name
   * @param text   the rule in words
   */
  public record Rule(int number, String name, String text) {

    /**
     * Checks the parts.
     *
     * @param number its number, as reasons cite it
     * @param name   a short name
     * @param text   the rule in words
     */
    public Rule {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }

  private static final Map<Integer, Rule> RULES = load();

  private Rules() {}

  private static Map<Integer, Rule> load() {
    return Bundled.read("rules.json", in -> {
      JsonNode root = new ObjectMapper().readTree(in);
      Map<Integer, Rule> m = new TreeMap<>();
      for (JsonNode r : root.path("rules")) {
        Rule rule = new Rule(r.path("rule").asInt(), r.path("name").asText(),
            r.path("text").asText());
        if (rule.number() <= 0 || rule.name().isBlank() || rule.text().isBlank()) {
          throw new IllegalStateException("rules.json: a rule needs a number, a name and a text: " + r);
        }
        if (m.put(rule.number(), rule) != null) {
          throw new IllegalStateException("rules.json: rule " + rule.number() + " is given twice");
        }
      }
      return java.util.Collections.unmodifiableMap(m);
    });
  }

  /** @return every rule, by number, in order (unmodifiable) */
  public static Map<Integer, Rule> all() {
    return RULES;
  }

  /**
   * The rule a reason or note cites: the number after a leading {@code "rule "}.
   *
   * @param reasonOrNote a relation's reason or a group's note
   * @return the number, or 0 when the text cites none
   */
  public static int cited(String reasonOrNote) {
    if (!reasonOrNote.startsWith("rule ")) {
      return 0;
    }
    int n = 0;
    int i = 5;
    while (i < reasonOrNote.length() && i < 8 && Character.isDigit(reasonOrNote.charAt(i))
        && reasonOrNote.charAt(i) < 128) {
      n = n * 10 + reasonOrNote.charAt(i) - '0';
      i++;
    }
    return i == 5 ? 0 : n;
  }
}
