package io.github.countercheck.claims.numbers;

import com.fasterxml.jackson.core.JsonPointer;
import io.github.countercheck.claims.internal.DataFile;
import io.github.countercheck.claims.numbers.NumberWords.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * How the parts of a numeral combine, read once from {@code numeral-grammar.json} (its {@code
 * about} tells the format): for each class of part (a number-word type, digits, a hyphen), the
 * readings that may take it given the facts about what was read before it, each a small named
 * value of conditions, an {@link Action action} and the facts it sets and clears; the stops and
 * rejects that end or refuse a numeral; the classes a numeral starts with, and those a
 * denominator starts with. {@link CompoundReader} runs it. The conditions are bit masks over
 * {@link Fact}s, so a reading is tested with a few integer operations. Immutable once read.
 */
final class NumeralGrammar {
  static final String RESOURCE = "numeral-grammar.json";

  /** What the reader knows when it reads a token: the names the grammar's conditions use. */
  enum Fact {
    UNIT("unit"), TENS("tens"), TEEN("teen"), HUNDREDS("hundreds"), DIGITS("digits"),
    EMPTY("empty"), STARTED("started"), JOINER("joiner"), ARTICLE("article"),
    NEGATIVE("negative"),
    JOINED("joined"), WAW("waw"), OTHER_PROCLITIC("otherProclitic"),
    TWO_PROCLITICS("twoProclitics"), UNIT_JUST_BEFORE("unitJustBefore"),
    SMALL_DIGITS("smallDigits"), TOTAL("total"), SCALED("scaled"),
    SMALLER_SCALE("smallerScale"), POSITIVE("positive"), LONE_TEEN_FORM("loneTeenForm"),
    IN_LINK("inLink"), GLUED("glued"), AFTER_TENS("afterTens"),
    BEFORE_LATIN_UNIT("beforeLatinUnit"), DIGITS_SEEN("digitsSeen"),
    LAST_HUNDRED("lastHundred"), AFTER_FRACTION("afterFraction"), BEFORE_SCALE("beforeScale");

    /** The facts a reading may set or clear: the reader's state; the others are computed. */
    static final int STATE = bits(UNIT, TENS, TEEN, HUNDREDS, DIGITS, EMPTY, STARTED, JOINER,
        ARTICLE, NEGATIVE);

    final String key;
    final int bit;

    Fact(String key) {
      this.key = key;
      this.bit = CueList.bitOf(this);
    }

    static int bits(Fact... facts) {
      int m = 0;
      for (Fact f : facts) {
        m |= f.bit;
      }
      return m;
    }
  }

  /** What a reading does with the value of its token (see the file's {@code about}). */
  enum Action {
    ADD("add"), SET("set"), MULTIPLY("multiply"), SCALE("scale"), DUAL("dual"),
    PLURAL("plural"), TIMES_TOTAL("timesTotal"), DIVIDE("divide"), POINT("point"), MARK("mark");

    final String key;

    Action(String key) {
      this.key = key;
    }
  }

  /**
   * A condition on the facts: all of {@code must} hold, none of {@code mustNot}, and, when
   * {@code any} or {@code anyNot} is given, one of {@code any} holds or one of {@code anyNot}
   * does not.
   */
  record Condition(String name, int must, int mustNot, int any, int anyNot) {
    boolean holds(int facts) {
      return (facts & must) == must && (facts & mustNot) == 0
          && (any == 0 && anyNot == 0 || (facts & any) != 0 || (~facts & anyNot) != 0);
    }

    int uses() {
      return must | mustNot | any | anyNot;
    }
  }

  /** A reading of a class of part: its condition, its action, the facts it sets and clears. */
  record Reading(Condition when, Action action, int set, int clear, boolean last) {}

  /** The class of a digit run with or without thousands separators. */
  static final int DIGITS = Type.values().length;
  /** The class of a digit run with a decimal mark. */
  static final int DECIMAL = DIGITS + 1;
  /** The class of a {@code -} token. */
  static final int HYPHEN = DIGITS + 2;
  private static final int CLASSES = DIGITS + 3;
  private static final Reading[] NONE = new Reading[0];

  private final Reading[][] readings = new Reading[CLASSES][];
  /** The facts the stops and the readings of each class ask about. */
  private final int[] uses = new int[CLASSES];
  private final Condition[] stops;
  private final Condition[] rejects;
  private final boolean[] starts = new boolean[DIGITS];
  private final boolean[] denominators = new boolean[DIGITS];
  private final WordList fractionFirstMarks;

  private NumeralGrammar(DataFile file) {
    file.requireObject(DataFile.at(), Set.of("about", "facts", "starts", "stops", "readings",
        "rejects", "denominators", "fractionFirstDecimalMarks"));
    fractionFirstMarks = WordList.read(file, "fractionFirstDecimalMarks");
    checkFacts(file);
    stops = conditions(file, "stops");
    rejects = conditions(file, "rejects");
    classes(file, "starts", starts);
    classes(file, "denominators", denominators);
    List<List<Reading>> byClass = new ArrayList<>();
    for (int c = 0; c < CLASSES; c++) {
      byClass.add(new ArrayList<>());
    }
    JsonPointer list = DataFile.at("readings");
    int n = file.list(list);
    for (int i = 0; i < n; i++) {
      JsonPointer at = list.appendIndex(i);
      file.requireObject(at, Set.of("name", "class", "when", "whenAny", "do", "set", "clear",
          "last", "examples"));
      file.texts(at.appendProperty("examples"));
      int cls = classOf(file, at.appendProperty("class"));
      Condition when = condition(file, at);
      Action action = action(file, at.appendProperty("do"));
      int set = stateFacts(file, at.appendProperty("set"));
      int clear = stateFacts(file, at.appendProperty("clear"));
      byClass.get(cls).add(new Reading(when, action, set, clear, file.flag(at.appendProperty("last"))));
    }
    int stopUses = 0;
    for (Condition s : stops) {
      stopUses |= s.uses();
    }
    for (int c = 0; c < CLASSES; c++) {
      readings[c] = byClass.get(c).toArray(NONE);
      uses[c] = stopUses;
      for (Reading r : readings[c]) {
        uses[c] |= r.when().uses();
      }
    }
  }

  /** @return the bundled grammar */
  static NumeralGrammar bundled() {
    return Bundled.GRAMMAR;
  }

  /**
   * Reads a grammar in the format of {@code numeral-grammar.json}.
   *
   * @throws IllegalArgumentException naming the file, the line and the field if it is malformed
   */
  static NumeralGrammar read(DataFile file) {
    return new NumeralGrammar(file);
  }

  private static final class Bundled {
    static final NumeralGrammar GRAMMAR = read(DataFile.read(Resources.open(RESOURCE), RESOURCE));
  }

  /** The readings of a class, in the order they are tried. */
  Reading[] readings(int cls) {
    return readings[cls];
  }

  /** The facts the stops and the readings of a class ask about. */
  int uses(int cls) {
    return uses[cls];
  }

  /** Whether a stop holds: the numeral ends before the token. */
  boolean stops(int facts) {
    for (Condition c : stops) {
      if (c.holds(facts)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a reject holds: what was read is no numeral. */
  boolean rejects(int facts) {
    for (Condition c : rejects) {
      if (c.holds(facts)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a numeral written in words may start with a word of this type. */
  boolean starts(Type type) {
    return starts[type.ordinal()];
  }

  /** Whether the denominator of a fraction (واحد من ثلاثة) may start with a word of this type. */
  boolean startsDenominator(Type type) {
    return type != null && denominators[type.ordinal()];
  }

  /**
   * The marks of a decimal written fraction first, glued between the two digit runs: the
   * Egyptian press's ر («6ر20» is 20.6).
   */
  WordList fractionFirstMarks() {
    return fractionFirstMarks;
  }

  // ---------------------------------------------------------------- loading

  /** Every fact documented, none unknown: the documentation cannot drift from the code. */
  private static void checkFacts(DataFile file) {
    JsonPointer at = DataFile.at("facts");
    Set<String> known = new HashSet<>();
    for (Fact f : Fact.values()) {
      known.add(f.key);
    }
    file.requireObject(at, known);
    Set<String> documented = new HashSet<>();
    for (Iterator<String> it = file.get(at).fieldNames(); it.hasNext(); ) {
      String f = it.next();
      file.text(at.appendProperty(f));
      documented.add(f);
    }
    known.removeAll(documented);
    if (!known.isEmpty()) {
      throw file.error(at, "facts not documented: " + known);
    }
  }

  private static Condition[] conditions(DataFile file, String member) {
    JsonPointer list = DataFile.at(member);
    int n = file.list(list);
    Condition[] out = new Condition[n];
    for (int i = 0; i < n; i++) {
      JsonPointer at = list.appendIndex(i);
      file.requireObject(at, Set.of("name", "when", "whenAny"));
      out[i] = condition(file, at);
    }
    return out;
  }

  private static Condition condition(DataFile file, JsonPointer at) {
    String name = file.text(at.appendProperty("name"));
    int[] when = facts(file, at.appendProperty("when"));
    int[] any = facts(file, at.appendProperty("whenAny"));
    return new Condition(name, when[0], when[1], any[0], any[1]);
  }

  /** The facts of a list, as the mask of those asked to hold and of those asked not to. */
  private static int[] facts(DataFile file, JsonPointer at) {
    List<String> names = file.texts(at);
    int[] m = new int[2];
    for (int k = 0; k < names.size(); k++) {
      String name = names.get(k);
      boolean not = name.startsWith("!");
      m[not ? 1 : 0] |= fact(file, at.appendIndex(k), not ? name.substring(1) : name).bit;
    }
    return m;
  }

  private static int stateFacts(DataFile file, JsonPointer at) {
    int[] m = facts(file, at);
    if (m[1] != 0 || (m[0] & ~Fact.STATE) != 0) {
      throw file.error(at, "only state facts, with no '!', may be set or cleared");
    }
    return m[0];
  }

  private static Fact fact(DataFile file, JsonPointer at, String name) {
    for (Fact f : Fact.values()) {
      if (f.key.equals(name)) {
        return f;
      }
    }
    throw file.error(at, "unknown fact " + name);
  }

  private static Action action(DataFile file, JsonPointer at) {
    String name = file.text(at);
    for (Action a : Action.values()) {
      if (a.key.equals(name)) {
        return a;
      }
    }
    throw file.error(at, "unknown action " + name);
  }

  private static int classOf(DataFile file, JsonPointer at) {
    String name = file.text(at);
    switch (name) {
      case "DIGITS" -> {
        return DIGITS;
      }
      case "DECIMAL" -> {
        return DECIMAL;
      }
      case "HYPHEN" -> {
        return HYPHEN;
      }
      default -> {
        return type(file, at, name).ordinal();
      }
    }
  }

  private static void classes(DataFile file, String member, boolean[] out) {
    JsonPointer at = DataFile.at(member);
    List<String> names = file.texts(at);
    for (int k = 0; k < names.size(); k++) {
      out[type(file, at.appendIndex(k), names.get(k)).ordinal()] = true;
    }
  }

  private static Type type(DataFile file, JsonPointer at, String name) {
    try {
      return Type.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw file.error(at, "unknown class " + name + " (known: DIGITS, DECIMAL, HYPHEN, "
          + Arrays.toString(Type.values()) + ")");
    }
  }
}
