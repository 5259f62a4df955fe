package io.github.countercheck.claims.numbers;

import com.fasterxml.jackson.core.JsonPointer;
import io.github.countercheck.claims.internal.DataFile;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The vague amounts a recognizer knows (عشرات، مئات الآلاف، بضعة، dozens, several) and the
 * interval of whole counts each allows. Immutable and thread-safe.
 *
 * <p>The defaults are the claim contract's table, read from the bundled {@code vague-amounts.json}:
 * بضعة/بضع/عدة/a few/several 3–9; عشرات/dozens 20–99; مئات/hundreds 200–999; آلاف/thousands
 * 2000–9999; عشرات الآلاف 20000–99999; مئات الآلاف 200000–999999; ملايين/millions 2000000–9999999.
 * A user replaces them with {@link #fromJson(InputStream)} or {@link #of(List)} and hands the
 * result to {@link NumeralRecognizer#create(VagueAmounts)}.
 *
 * <pre>{@code
 * VagueAmounts mine = VagueAmounts.of(List.of(
 *     new VagueAmounts.Amount("TENS", 10, 99, List.of("عشرات", "dozens"))));
 * NumeralRecognizer r = NumeralRecognizer.create(mine);
 * }</pre>
 */
public final class VagueAmounts {
  private static final String RESOURCE = "vague-amounts.json";
  private static final VagueAmounts DEFAULTS = fromJson(Resources.open(RESOURCE), RESOURCE);

  /**
   * One vague amount.
   *
   * @param name  a name for it (TENS, HUNDREDS...)
   * @param low   the least count it allows
   * @param high  the greatest count it allows
   * @param forms the words or phrases that say it, as written (normalized when matched)
   */
  public record Amount(String name, long low, long high, List<String> forms) {
    /**
     * Validates the amount and copies the forms.
     *
     * @param name  a name for it (TENS, HUNDREDS...)
     * @param low   the least count it allows
     * @param high  the greatest count it allows
     * @param forms the words or phrases that say it, as written (normalized when matched)
     */
    public Amount {
      Objects.requireNonNull(name, "name");
      forms = List.copyOf(forms);
      if (low < 0 || high < low) {
        throw new IllegalArgumentException("vague amount " + name + ": bad interval [" + low + ", " + high + "]");
      }
      if (forms.isEmpty()) {
        throw new IllegalArgumentException("vague amount " + name + " has no forms");
      }
      for (String f : forms) {
        if (f.isBlank()) {
          throw new IllegalArgumentException("vague amount " + name + " has a blank form");
        }
      }
    }
  }

  private final List<Amount> amounts;
  private final PhraseTrie<Amount> trie = new PhraseTrie<>();

  private VagueAmounts(List<Amount> amounts) {
    this.amounts = List.copyOf(amounts);
    for (Amount a : this.amounts) {
      for (String f : a.forms()) {
        trie.put(Cues.normal(f), a, (x, y) -> x);
      }
    }
  }

  /** @return the contract's default vague amounts */
  public static VagueAmounts defaults() {
    return DEFAULTS;
  }

  /**
   * @param amounts the vague amounts; the first one listed wins when two share a form
   * @return a table holding them
   */
  public static VagueAmounts of(List<Amount> amounts) {
    return new VagueAmounts(Objects.requireNonNull(amounts, "amounts"));
  }

  /**
   * Reads a table in the format of the bundled {@code vague-amounts.json}: {@code {"amounts":
   * [{"name": "TENS", "low": 20, "high": 99, "forms": ["عشرات", "dozens"]}, ...]}}. The stream is
   * closed.
   *
   * @param in the JSON
   * @return the table
   * @throws UncheckedIOException if the stream cannot be read
   * @throws IllegalArgumentException if the JSON is not such a table, naming the line and the
   *     field at fault, such as {@code vague amounts:3: field 'amounts[0].low': ...}
   */
  public static VagueAmounts fromJson(InputStream in) {
    return fromJson(Objects.requireNonNull(in, "in"), "vague amounts");
  }

  private static VagueAmounts fromJson(InputStream in, String name) {
    DataFile file = DataFile.read(in, name);
    file.requireObject(DataFile.at(), Set.of("about", "amounts"));
    JsonPointer list = DataFile.at("amounts");
    int n = file.list(list);
    List<Amount> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      JsonPointer a = list.appendIndex(i);
      file.requireObject(a, Set.of("name", "low", "high", "forms"));
      String amount = file.text(a.appendProperty("name"));
      long low = file.whole(a.appendProperty("low"));
      long high = file.whole(a.appendProperty("high"));
      List<String> forms = file.texts(a.appendProperty("forms"));
      if (low < 0 || high < low) {
        throw file.error(a.appendProperty("low"),
            "vague amount " + amount + ": bad interval [" + low + ", " + high + "]");
      }
      if (forms.isEmpty()) {
        throw file.error(a.appendProperty("forms"), "vague amount " + amount + " has no forms");
      }
      out.add(new Amount(amount, low, high, forms));
    }
    return new VagueAmounts(out);
  }

  /** @return the amounts, in the order given */
  public List<Amount> amounts() {
    return amounts;
  }

  /**
   * Looks a whole phrase up.
   *
   * @param phrase a word or phrase as written (it is normalized here)
   * @return the amount it names, or null if none
   */
  public @Nullable Amount lookup(String phrase) {
    String p = Cues.normal(Objects.requireNonNull(phrase, "phrase")).strip();
    PhraseTrie.Match<Amount> m = new PhraseTrie.Match<>();
    return trie.longest(p.toCharArray(), 0, p.length(), m) && m.end == p.length() ? m.value : null;
  }

  PhraseTrie<Amount> trie() {
    return trie;
  }

  @Override
  public String toString() {
    return "VagueAmounts" + amounts.stream().map(a -> a.name() + "[" + a.low() + ", " + a.high() + "]").toList();
  }
}
