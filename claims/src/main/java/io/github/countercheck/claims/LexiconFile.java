package io.github.countercheck.claims;

import java.util.List;
import java.util.Map;

/** The JSON shape of a lexicon file, bound by Jackson. See {@link Lexicon}. */
record LexiconFile(
    String language,
    String about,
    Map<Event, EventWords> events,
    Map<Subject, SubjectWords> subjects,
    List<String> others,
    List<String> asMany,
    List<String> partitive,
    List<String> oneOfThem,
    AttributionWords attribution,
    Map<Modality, List<String>> modality,
    TimeWords time,
    List<String> placeCues,
    List<String> placeStops,
    List<String> functionWords,
    List<String> humanPluralEndings,
    List<String> nonHumanPlurals,
    Map<QuantityKind, List<String>> boundsAfterNoun,
    List<String> anotherOne,
    List<String> conjunctions,
    List<String> casualtyNouns,
    List<String> rates,
    List<String> clauseOpeners,
    List<String> tollVerbs,
    List<String> places,
    List<String> placeDirections,
    List<String> placePrepositions,
    Map<Construction, List<String>> constructions,
    GrammarWords words,
    ScopeWords scope) {

  LexiconFile {
    others = nonNull(others);
    asMany = nonNull(asMany);
    partitive = nonNull(partitive);
    oneOfThem = nonNull(oneOfThem);
    placeCues = nonNull(placeCues);
    placeStops = nonNull(placeStops);
    functionWords = nonNull(functionWords);
    humanPluralEndings = nonNull(humanPluralEndings);
    nonHumanPlurals = nonNull(nonHumanPlurals);
    boundsAfterNoun = boundsAfterNoun == null ? Map.of() : boundsAfterNoun;
    anotherOne = nonNull(anotherOne);
    conjunctions = nonNull(conjunctions);
    casualtyNouns = nonNull(casualtyNouns);
    rates = nonNull(rates);
    clauseOpeners = nonNull(clauseOpeners);
    tollVerbs = nonNull(tollVerbs);
    places = nonNull(places);
    placeDirections = nonNull(placeDirections);
    placePrepositions = nonNull(placePrepositions);
    events = events == null ? Map.of() : events;
    subjects = subjects == null ? Map.of() : subjects;
    constructions = constructions == null ? Map.of() : constructions;
    modality = modality == null ? Map.of() : modality;
    attribution = attribution == null ? new AttributionWords(null, null, null, null, null) : attribution;
    time = time == null ? new TimeWords(null, null, null, null, null) : time;
    words = words == null ? GrammarWords.NONE : words;
  }

  void validate() {
    if (language == null) {
      throw new IllegalArgumentException("field 'language' is missing (expected \"ar\" or \"en\")");
    }
    if (events.containsKey(Event.OTHER)) {
      throw new IllegalArgumentException("field 'events': OTHER takes no cues");
    }
    events.forEach((event, words) -> {
      checkWords("events." + event + ".cues", words.cues());
      checkWords("events." + event + ".counted", words.counted());
      checkWords("events." + event + ".dual", words.dual());
    });
    constructions.forEach((role, words) -> checkWords("constructions." + role, words));
    checkOneRolePerPhrase();
    subjects.forEach((subject, words) -> {
      checkWords("subjects." + subject + ".singular", words.singular());
      checkWords("subjects." + subject + ".dual", words.dual());
      checkWords("subjects." + subject + ".plural", words.plural());
    });
  }

  /**
   * Refuses a phrase listed under two construction roles: the lexicon reads each phrase in one
   * role, the first in {@link Construction}'s order, so the second list would silently lose it (two
   * branches once put «مستشفى» in HOSPITAL and CARE_WORD, and «بين» in SIDES and AMONG_VICTIMS,
   * and a rule of each lost its word). Phrases are compared as the lexicon reads them, normalized.
   */
  private void checkOneRolePerPhrase() {
    Map<String, String> fieldOf = new java.util.HashMap<>();
    List<String> clashes = new java.util.ArrayList<>();
    new java.util.TreeMap<>(constructions).forEach((role, words) -> {
      for (int i = 0; i < words.size(); i++) {
        String phrase = collapseSpaces(
            io.github.countercheck.core.TextNormalizer.normalizeForm(words.get(i)).trim());
        String field = "constructions." + role + "[" + i + "]";
        String before = fieldOf.putIfAbsent(phrase, field);
        if (before != null && !before.startsWith("constructions." + role + "[")) {
          clashes.add("field '" + field + "' (\"" + words.get(i) + "\") is also '" + before + "'");
        }
      }
    });
    if (!clashes.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", clashes)
          + ": a phrase plays one construction role");
    }
  }

  /** {@code s} with every run of spaces one space, as the phrase index splits its words. */
  private static String collapseSpaces(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' || b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void checkWords(String field, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w == null || w.isBlank()) {
        throw new IllegalArgumentException("field '" + field + "[" + i + "]' is empty");
      }
    }
  }

  static List<String> nonNull(List<String> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  record EventWords(List<String> cues, List<String> counted, List<String> dual) {
    EventWords {
      cues = nonNull(cues);
      counted = nonNull(counted);
      dual = nonNull(dual);
    }
  }

  record SubjectWords(List<String> singular, List<String> dual, List<String> plural) {
    SubjectWords {
      singular = nonNull(singular);
      dual = nonNull(dual);
      plural = nonNull(plural);
    }
  }

  record AttributionWords(List<String> prepositions, List<String> verbs,
      List<String> continuations, List<String> stops, List<String> chainVerbs) {
    AttributionWords {
      chainVerbs = nonNull(chainVerbs);
      prepositions = nonNull(prepositions);
      verbs = nonNull(verbs);
      continuations = nonNull(continuations);
      stops = nonNull(stops);
    }
  }

  /**
   * The {@code scope} section: word classes, cue phrases by scope and reach, the words that open a
   * clause continuing the one before (when), and the words that open an embedded clause (which,
   * الذي). See {@link ScopeCues}.
   */
  record ScopeWords(String about, Map<String, List<String>> classes, List<ScopeGroup> cues,
      List<String> continuers, List<String> embedders, List<String> connectives) {
    ScopeWords {
      connectives = nonNull(connectives);
      classes = classes == null ? Map.of() : Map.copyOf(classes);
      cues = cues == null ? List.of() : List.copyOf(cues);
      continuers = nonNull(continuers);
      embedders = nonNull(embedders);
    }
  }

  /** One group of cue phrases with the scope they give and how far they reach. */
  record ScopeGroup(Scope scope, ScopeCues.Reach governs, List<String> phrases) {
    ScopeGroup {
      phrases = nonNull(phrases);
    }
  }

  /**
   * The {@code time} section: weekdays, relative times and the words that join them; the
   * possessive endings a time word takes ("yesterday's attack" is yesterday's), and the time words
   * whose possessive is no time ("today's world").
   */
  record TimeWords(List<String> days, List<String> relative, List<String> modifiers,
      List<String> possessiveEndings, List<String> noPossessive) {
    TimeWords {
      days = nonNull(days);
      relative = nonNull(relative);
      modifiers = nonNull(modifiers);
      possessiveEndings = nonNull(possessiveEndings);
      noPossessive = nonNull(noPossessive);
    }
  }

  /**
   * The {@code words} section: the grammar words the rules test one token at a time, compared
   * whole (see {@link WordForms}), each list named by the role it plays. See the lexicon README.
   */
  record GrammarWords(String about, List<String> ratioOne, List<String> bareOne, List<String> outOf,
      List<String> every, List<String> per, List<String> of, List<String> article,
      List<String> and, List<String> casualtyJoin, List<String> among, List<String> eventOf,
      List<String> auxiliaries, List<String> determiners, List<String> complementizers,
      List<String> quoting, List<String> noSingleCountAfter, List<String> possessiveSuffixes,
      List<String> articles, List<String> partitiveDeterminers, List<String> to,
      List<String> rankDeterminers, List<String> superlatives, List<String> superlativeEndings,
      List<String> riseVerbs, List<String> upParticle, List<String> tenseAuxiliaries,
      List<String> gerundEndings, List<String> ageEndings, List<String> agent,
      List<String> tollParticles, List<String> several, List<String> toward,
      List<String> caseNouns, List<String> degreeAdverbs, List<String> partOut) {
    static final GrammarWords NONE = new GrammarWords(null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null);

    GrammarWords {
      ratioOne = nonNull(ratioOne);
      bareOne = nonNull(bareOne);
      outOf = nonNull(outOf);
      every = nonNull(every);
      per = nonNull(per);
      of = nonNull(of);
      article = nonNull(article);
      and = nonNull(and);
      casualtyJoin = nonNull(casualtyJoin);
      among = nonNull(among);
      eventOf = nonNull(eventOf);
      auxiliaries = nonNull(auxiliaries);
      determiners = nonNull(determiners);
      complementizers = nonNull(complementizers);
      quoting = nonNull(quoting);
      noSingleCountAfter = nonNull(noSingleCountAfter);
      possessiveSuffixes = nonNull(possessiveSuffixes);
      articles = nonNull(articles);
      partitiveDeterminers = nonNull(partitiveDeterminers);
      to = nonNull(to);
      rankDeterminers = nonNull(rankDeterminers);
      superlatives = nonNull(superlatives);
      superlativeEndings = nonNull(superlativeEndings);
      riseVerbs = nonNull(riseVerbs);
      upParticle = nonNull(upParticle);
      tenseAuxiliaries = nonNull(tenseAuxiliaries);
      gerundEndings = nonNull(gerundEndings);
      ageEndings = nonNull(ageEndings);
      agent = nonNull(agent);
      tollParticles = nonNull(tollParticles);
      several = nonNull(several);
      toward = nonNull(toward);
      caseNouns = nonNull(caseNouns);
      degreeAdverbs = nonNull(degreeAdverbs);
      partOut = nonNull(partOut);
    }
  }
}
