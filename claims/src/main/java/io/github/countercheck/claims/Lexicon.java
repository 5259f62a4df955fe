package io.github.countercheck.claims;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.internal.DataFile;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.TextAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The language knowledge of claim extraction for one language: event cues and event nouns, subject
 * nouns in their singular, dual and plural forms, the words for "others", "as many", "of them",
 * attribution, modality, time and place cues.
 *
 * <p>The built-in lexicons are JSON resource files, documented in {@code lexicon/README.md} of the
 * {@code claims} jar ({@code io/github/countercheck/claims/lexicon/ar.json} and {@code en.json}).
 * A user can replace one with a file of the same shape:
 *
 * <pre>{@code
 * Lexicon arabic = Lexicon.load(Path.of("my-ar.json"));
 * ClaimExtractor extractor = ClaimExtractor.builder().lexicon(arabic).build();
 * }</pre>
 *
 * A malformed file is refused at load with its name, the line and the field. Immutable and
 * thread-safe.
 */
public final class Lexicon {

  /** The grammatical number of a subject noun form. */
  enum Number {
    SINGULAR, DUAL, PLURAL
  }

  /** A subject noun form: what it counts and in which number. */
  record SubjectForm(Subject subject, Number number) {}

  /** The roles of attribution words. */
  enum AttributionRole {
    PREPOSITION, VERB, CONTINUATION
  }

  /** The roles of time words. */
  enum TimeRole {
    DAY, RELATIVE, MODIFIER
  }

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      // a section written twice would silently keep only its last list (two branches once added
      // constructions.RELEASE each): refused, with its line
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static volatile Lexicon arabic;
  private static volatile Lexicon english;

  private final Language language;
  private final String source;
  final PhraseIndex<Event> eventCues;
  final PhraseIndex<Event> eventNouns;
  /** Dual event nouns (قتيلان، جريحين): a count of two and its event in one word. */
  final PhraseIndex<Event> eventDuals;
  final PhraseIndex<SubjectForm> subjects;
  /**
   * The dual and singular subject forms alone: the nouns that count without a numeral (شرطيان،
   * جندي). Only its key bit is read, by the sentence filter of {@link ClaimExtractor}.
   */
  final PhraseIndex<Boolean> countableSubjects;
  /** The dual subject forms alone (شرطيان); only the key bit is read, as of the one above. */
  final PhraseIndex<Boolean> dualSubjects;
  /**
   * The singular forms of people (شرطي، رجل) and, in Arabic, their accusatives in «ا» (رجلا،
   * جنديا: issue 16, a casualty verb's object counts one); only the key bit is read.
   */
  final PhraseIndex<Boolean> personSingulars;
  final PhraseIndex<Boolean> others;
  final PhraseIndex<Boolean> asMany;
  final PhraseIndex<Boolean> partitive;
  final PhraseIndex<Boolean> oneOfThem;
  final PhraseIndex<AttributionRole> attribution;
  final PhraseIndex<Boolean> attributionStops;
  final PhraseIndex<Modality> modality;
  final PhraseIndex<TimeRole> time;
  /** The possessive endings a time word takes in {@link #time} ("yesterday's"), longest first. */
  final List<String> possessiveEndings;
  final PhraseIndex<Boolean> placeCues;
  final PhraseIndex<Boolean> placeStops;
  final PhraseIndex<Boolean> functionWords;
  final PhraseIndex<Boolean> nonHumanPlurals;
  final List<String> humanPluralEndings;
  /** The key table: every word of every index's entries, looked up once per word of a text. */
  private final LexiconKeys keys;
  final PhraseIndex<QuantityKind> boundsAfterNoun;
  final PhraseIndex<Boolean> chainVerbs;
  final PhraseIndex<Boolean> anotherOne;
  final PhraseIndex<Boolean> conjunctions;
  final PhraseIndex<Boolean> casualtyNouns;
  /** Words that make an event a rate (نسبة الوفيات، death rate): no count. */
  final PhraseIndex<Boolean> rates;
  /** Place names (a gazetteer), read after a locative word: في سوريا، بحلب, in Gaza. */
  final PhraseIndex<Boolean> places;
  /** The normalized place names as written, to tell «بغداد» from «بـ» + a place. */
  final java.util.Set<String> placeForms;
  /** Direction words before a place name: شمال، وسط; northern, central. */
  final PhraseIndex<Boolean> placeDirections;
  /** Locative prepositions before a gazetteer name: في، قرب، بالقرب من; in, near. */
  final PhraseIndex<Boolean> placePrepositions;
  /** Words that open a clause of its own (بينما، فيما; while): an event cue before them governs their clause. */
  final PhraseIndex<Boolean> clauseOpeners;
  /** Verbs that bring a toll to a number (ارتفعت إلى، بلغ; rose to): its toll noun may stand far before. */
  final PhraseIndex<Boolean> tollVerbs;
  /** Words that make a construction with a number next to them ("claimed 40 lives", "day 3 of"). */
  final PhraseIndex<Construction> constructions;
  /**
   * The words of {@link Construction#PERSON_HEAD} (demonyms, "national"), indexed apart from the
   * other constructions under a key bit of their own, read by {@link PersonHead} only: the
   * constructions lookups at those words fail the bit test.
   */
  final PhraseIndex<Boolean> personHeads;
  /** {@link ImplicitCountRule}'s table read for this lexicon's indices and key bits. */
  final ImplicitCountRule.Table implicitRules;
  /** The grammar words of the {@code words} section, by role. */
  final GrammarForms words;
  /** The scope cues (منذ اندلاع الأزمة; the deadliest since), read by {@link ScopeReader}. */
  final ScopeCues scopeCues;
  /** The first words of the scope cues; only its key bit is read, to skip sentences with none. */
  final PhraseIndex<Boolean> scopeWords;

  private Lexicon(LexiconFile f, String source) {
    this.language = Language.fromCode(f.language());
    this.source = source;
    PhraseIndex.Builder<Event> cues = PhraseIndex.builder();
    PhraseIndex.Builder<Event> nouns = PhraseIndex.builder();
    PhraseIndex.Builder<Event> duals = PhraseIndex.builder();
    addEvents(f, cues, nouns, duals);
    this.eventCues = cues.build();
    this.eventNouns = nouns.build();
    this.eventDuals = duals.build();
    PhraseIndex.Builder<SubjectForm> subj = PhraseIndex.builder();
    PhraseIndex.Builder<Boolean> countable = PhraseIndex.builder();
    PhraseIndex.Builder<Boolean> dualForms = PhraseIndex.builder();
    PhraseIndex.Builder<Boolean> personSingular = PhraseIndex.builder();
    addSubjects(f, language, subj, countable, dualForms, personSingular);
    this.subjects = subj.build();
    this.countableSubjects = countable.build();
    this.dualSubjects = dualForms.build();
    this.personSingulars = personSingular.build();
    this.others = words(f.others());
    this.asMany = words(f.asMany());
    this.partitive = words(f.partitive());
    this.oneOfThem = words(f.oneOfThem());
    PhraseIndex.Builder<AttributionRole> attr = PhraseIndex.builder();
    f.attribution().prepositions().forEach(w -> attr.add(w, AttributionRole.PREPOSITION));
    f.attribution().verbs().forEach(w -> attr.add(w, AttributionRole.VERB));
    f.attribution().continuations().forEach(w -> attr.add(w, AttributionRole.CONTINUATION));
    this.attribution = attr.build();
    this.attributionStops = words(f.attribution().stops());
    PhraseIndex.Builder<Modality> mod = PhraseIndex.builder();
    f.modality().getOrDefault(Modality.EXPECTED, List.of()).forEach(w -> mod.add(w, Modality.EXPECTED));
    f.modality().getOrDefault(Modality.DENIED, List.of()).forEach(w -> mod.add(w, Modality.DENIED));
    this.modality = mod.build();
    PhraseIndex.Builder<TimeRole> tb = PhraseIndex.builder();
    timeWords(tb, f.time(), f.time().days(), TimeRole.DAY);
    timeWords(tb, f.time(), f.time().relative(), TimeRole.RELATIVE);
    timeWords(tb, f.time(), f.time().modifiers(), TimeRole.MODIFIER);
    this.time = tb.build();
    this.possessiveEndings = f.time().possessiveEndings().stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.placeCues = words(f.placeCues());
    this.placeStops = words(f.placeStops());
    this.functionWords = words(f.functionWords());
    this.nonHumanPlurals = words(f.nonHumanPlurals());
    PhraseIndex.Builder<QuantityKind> bounds = PhraseIndex.builder();
    f.boundsAfterNoun().forEach((kind, list) -> list.forEach(w -> bounds.add(w, kind)));
    this.boundsAfterNoun = bounds.build();
    this.chainVerbs = words(f.attribution().chainVerbs());
    this.anotherOne = words(f.anotherOne());
    this.conjunctions = words(f.conjunctions());
    this.casualtyNouns = words(f.casualtyNouns());
    this.rates = words(f.rates());
    this.clauseOpeners = words(f.clauseOpeners());
    this.tollVerbs = words(f.tollVerbs());
    this.places = words(f.places());
    this.placeForms = f.places().stream()
        .map(io.github.countercheck.core.TextNormalizer::normalizeForm)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.placeDirections = words(f.placeDirections());
    this.placePrepositions = words(f.placePrepositions());
    this.constructions = constructions(f);
    this.personHeads = words(f.constructions().getOrDefault(Construction.PERSON_HEAD, List.of()));
    this.words = new GrammarForms(f.words());
    this.scopeCues = ScopeCues.compile(f.scope());
    this.scopeWords = words(scopeCues.firstWords());
    this.keys = LexiconKeys.register(this,
        eventCues, eventNouns, subjects, others, asMany, partitive, oneOfThem,
        attribution, attributionStops, modality, time, placeCues, placeStops, functionWords,
        nonHumanPlurals, boundsAfterNoun, chainVerbs, anotherOne, conjunctions, casualtyNouns,
        eventDuals, rates, clauseOpeners, tollVerbs, places, placeDirections,
        placePrepositions, countableSubjects, dualSubjects, personSingulars, scopeWords,
        constructions, personHeads);
    this.humanPluralEndings = f.humanPluralEndings().stream()
        .map(io.github.countercheck.core.TextNormalizer::normalizeForm).toList();
    this.implicitRules = new ImplicitCountRule.Table(this); // after the key bits
  }

  /**
   * The constructions section, every role but {@code PERSON_HEAD} (its words have an index of
   * their own, {@link #personHeads}), with the names written like duals.
   */
  private static PhraseIndex<Construction> constructions(LexiconFile f) {
    PhraseIndex.Builder<Construction> cons = PhraseIndex.builder();
    sorted(Construction.class, f.constructions()).forEach((role, list) -> {
      if (role != Construction.PERSON_HEAD) {
        list.forEach(w -> cons.add(w, role));
      }
    });
    namesLikeDuals(f).forEach(w -> cons.add(w, Construction.NAME_LIKE_DUAL));
    return cons.build();
  }

  /** The event sections: cues, counted nouns, and duals (which are counted nouns too). */
  private static void addEvents(LexiconFile f, PhraseIndex.Builder<Event> cues,
      PhraseIndex.Builder<Event> nouns, PhraseIndex.Builder<Event> duals) {
    for (Map.Entry<Event, LexiconFile.EventWords> e : sorted(Event.class, f.events()).entrySet()) {
      e.getValue().cues().forEach(w -> cues.add(w, e.getKey()));
      e.getValue().counted().forEach(w -> nouns.add(w, e.getKey()));
      e.getValue().dual().forEach(w -> {
        nouns.add(w, e.getKey());
        duals.add(w, e.getKey());
      });
    }
  }

  /**
   * The subject sections, each form with its number; the duals and singulars again as the nouns
   * that count without a numeral, and the singulars of people alone.
   */
  private static void addSubjects(LexiconFile f, Language language,
      PhraseIndex.Builder<SubjectForm> subj, PhraseIndex.Builder<Boolean> countable,
      PhraseIndex.Builder<Boolean> dualForms, PhraseIndex.Builder<Boolean> personSingular) {
    for (Map.Entry<Subject, LexiconFile.SubjectWords> e : sorted(Subject.class, f.subjects()).entrySet()) {
      Subject s = e.getKey();
      e.getValue().dual().forEach(w -> subj.add(w, new SubjectForm(s, Number.DUAL)));
      e.getValue().plural().forEach(w -> subj.add(w, new SubjectForm(s, Number.PLURAL)));
      e.getValue().singular().forEach(w -> subj.add(w, new SubjectForm(s, Number.SINGULAR)));
      e.getValue().dual().forEach(w -> {
        countable.add(w, Boolean.TRUE);
        dualForms.add(w, Boolean.TRUE);
      });
      e.getValue().singular().forEach(w -> countable.add(w, Boolean.TRUE));
      if (s.root() == Subject.PERSON) {
        e.getValue().singular().forEach(w -> personSingular.add(w, Boolean.TRUE));
      }
      if (language == Language.AR) {
        // after 11 to 99 the counted noun is an accusative singular with its alef: 44 رجلا، 17 سائحا;
        // (issue 16) of a person, it is also the object of a casualty verb: قتلوا شابا
        boolean person = s.root() == Subject.PERSON;
        e.getValue().singular().forEach(w -> {
          String acc = accusative(w);
          if (acc != null) {
            subj.add(acc, new SubjectForm(s, Number.PLURAL));
            if (person) {
              personSingular.add(acc, Boolean.TRUE);
            }
          }
        });
        if (person) { // and so are the plurals listed that are such an accusative
          Set<String> singular = e.getValue().singular().stream()
              .map(io.github.countercheck.core.TextNormalizer::normalizeForm)
              .collect(java.util.stream.Collectors.toSet());
          e.getValue().plural().stream().filter(w -> isAccusativeOf(w, singular))
              .forEach(w -> personSingular.add(w, Boolean.TRUE));
        }
      }
    }
  }

  /** Whether plural form {@code w} is one of {@code singular} (normalized) with a final alef. */
  private static boolean isAccusativeOf(String w, Set<String> singular) {
    String n = io.github.countercheck.core.TextNormalizer.normalizeForm(w).trim();
    return n.length() > 3 && n.charAt(n.length() - 1) == '\u0627'
        && singular.contains(n.substring(0, n.length() - 1));
  }

  /**
   * The accusative indefinite of a one-word Arabic noun, written with a final alef (رجل → رجلا);
   * null where Arabic writes no alef (a final teh marbuta, alef, alef maqsura or hamza), for a
   * phrase, and for a nisba noun in -ي, whose -يا is also how Arabic writes the names of countries
   * (سوري → سوريا, تركي → تركيا): the lexicon lists the accusative of a nisba where it is a count
   * (جنديا، شرطيا).
   */
  static String accusative(String singular) {
    String n = io.github.countercheck.core.TextNormalizer.normalizeForm(singular).trim();
    if (n.isEmpty() || n.indexOf(' ') >= 0) {
      return null;
    }
    char last = n.charAt(n.length() - 1);
    if (last == '\u0647' || last == '\u0627' || last == '\u064A' || last == '\u0621') {
      return null;
    }
    return n + '\u0627';
  }

  /** The map in the enum's order; an empty map is fine (a lexicon may leave a section out). */
  /**
   * (issue 16) The forms one subject lists as its plural and another as its dual: a group's name
   * spelled like a dual of people («طالبان»), {@link Construction#NAME_LIKE_DUAL}.
   */
  private static List<String> namesLikeDuals(LexiconFile f) {
    Map<String, Subject> duals = new HashMap<>();
    sorted(Subject.class, f.subjects())
        .forEach((s, words) -> words.dual().forEach(w -> duals.put(w, s)));
    List<String> names = new ArrayList<>();
    sorted(Subject.class, f.subjects()).forEach((s, words) -> words.plural().stream()
        .filter(w -> duals.containsKey(w) && duals.get(w) != s).forEach(names::add));
    return names;
  }

  private static <K extends Enum<K>, V> Map<K, V> sorted(Class<K> type, Map<K, V> map) {
    Map<K, V> m = new EnumMap<>(type);
    m.putAll(map);
    return m;
  }

  /** @return the most words any entry of any index has */
  int maxWords() {
    return keys.maxWords();
  }

  /** {@link LexiconKeys#keysAndStems}: a word looked up once in the key table. */
  long keysAndStems(char[] normalized, int start, int end, int stemOffsets, int[] values,
      long[] ids, int[] entryStems, int at) {
    return keys.keysAndStems(normalized, start, end, stemOffsets, values, ids, entryStems, at);
  }

  /** {@link #keysAndStems(char[], int, int, int, int[], long[], int[], int)}, the key bits alone. */
  long keysAndStems(char[] normalized, int start, int end, int stemOffsets) {
    return keysAndStems(normalized, start, end, stemOffsets, new int[32], new long[1], new int[1],
        0);
  }

  private static PhraseIndex<Boolean> words(List<String> list) {
    PhraseIndex.Builder<Boolean> b = PhraseIndex.builder();
    list.forEach(w -> b.add(w, Boolean.TRUE));
    return b.build();
  }

  /** @return the built-in Arabic lexicon */
  public static Lexicon arabic() {
    Lexicon l = arabic;
    if (l == null) {
      l = arabic = builtIn("ar.json");
    }
    return l;
  }

  /** @return the built-in English lexicon */
  public static Lexicon english() {
    Lexicon l = english;
    if (l == null) {
      l = english = builtIn("en.json");
    }
    return l;
  }

  private static Lexicon builtIn(String name) {
    String resource = "lexicon/" + name;
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in lexicon resource " + resource);
      }
      return load(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in lexicon " + resource, e);
    }
  }

  /**
   * Loads a lexicon from a JSON file of the built-in lexicons' shape.
   *
   * @param file the file
   * @return the lexicon
   * @throws IllegalArgumentException naming the file, line and field if the file is malformed
   * @throws UncheckedIOException naming the file if it cannot be read
   */
  public static Lexicon load(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read lexicon: " + e.getMessage(), e);
    }
  }

  /**
   * Loads a lexicon from a JSON stream.
   *
   * @param in     the JSON
   * @param source the name to use in error messages
   * @return the lexicon
   * @throws IllegalArgumentException naming the source, line and field if the JSON is malformed
   */
  public static Lexicon load(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    LexiconFile f;
    try {
      f = MAPPER.readValue(in, LexiconFile.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(DataFile.describe(source, e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read lexicon: " + e.getMessage(), e);
    }
    try {
      f.validate();
      return new Lexicon(f, source);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /** @return the language this lexicon describes */
  public Language language() {
    return language;
  }

  /** @return where the lexicon was loaded from */
  public String source() {
    return source;
  }

  /**
   * Counts the event cues, event nouns and subject nouns of this lexicon that start at each word
   * of an analysed text (longest entry first, as extraction matches them). Extraction does not
   * call it: it is lexicon matching alone, for the benchmarks to measure; it may change.
   *
   * @param analysis an analysed text
   * @return the number of entries found, counting each word position once per index
   */
  public int countCues(TextAnalysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    TokenWords words = new TokenWords(analysis.tokens());
    int count = 0;
    for (int i = 0, n = words.size(); i < n; i++) {
      if (!words.isWord(i)) {
        continue;
      }
      if (eventCues.match(words, i) != null) {
        count++;
      }
      if (eventNouns.match(words, i) != null) {
        count++;
      }
      if (subjects.match(words, i) != null) {
        count++;
      }
    }
    return count;
  }

  @Override
  public String toString() {
    return "Lexicon[" + language.code() + ", " + source + ", " + eventCues.size() + " event cues, "
        + subjects.size() + " subject forms]";
  }

  /**
   * Adds time words under {@code role}, each also with every possessive ending of the section
   * ("last week's blast", "Sunday’s attack": the apostrophes fold alike), but for the words whose
   * possessive is no time ("today's world").
   */
  private static void timeWords(PhraseIndex.Builder<TimeRole> tb, LexiconFile.TimeWords section,
      List<String> words, TimeRole role) {
    for (String w : words) {
      tb.add(w, role);
      if (!section.noPossessive().contains(w)) {
        section.possessiveEndings().forEach(e -> tb.add(w + e, role));
      }
    }
  }
}
