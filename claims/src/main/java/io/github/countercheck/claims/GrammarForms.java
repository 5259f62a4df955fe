package io.github.countercheck.claims;

/**
 * The grammar words of a lexicon's {@code words} section, one {@link WordForms} per role, as the
 * rule readers test them. Immutable.
 */
final class GrammarForms {
  /** The number one as a term of a ratio: «1 من 800», "one in 800". */
  final WordForms ratioOne;
  /** One written as a word, alone: "two were killed and one was injured". */
  final WordForms bareOne;
  /** The link between the terms of a ratio: «من», "in". */
  final WordForms outOf;
  /** «كل», "every": «واحد من كل عشرة». */
  final WordForms every;
  /** «لكل», "per": the base of a rate, no count. */
  final WordForms per;
  /** The partitive link «من», "of": 8 من القوات؛ dozens of protesters. */
  final WordForms of;
  /** A separate article read as part of a link: "of the". */
  final WordForms article;
  /** The conjunction as a word of its own: «و», "and". */
  final WordForms and;
  /** The conjunction that joins two casualty nouns into one total: «مصرع و إصابة 6». */
  final WordForms casualtyJoin;
  /** The link after an event noun to the group it counts: «قتلى من المدنيين», "dead among". */
  final WordForms among;
  /** The link after a subject noun to the event noun that says what it is: «7 حالات من المصابين». */
  final WordForms eventOf;
  /** Auxiliaries of an English passive: "were killed". */
  final WordForms auxiliaries;
  /** Words that make a singular noun one person: "a", "an", "his". */
  final WordForms determiners;
  /** Words that open a report after a verb: «إن», "that". */
  final WordForms complementizers;
  /** The link of a reporting chain: «نقلت الوكالة عن المتحدث», "quoting". */
  final WordForms quoting;
  /** Words after which a singular event noun counts no one: «بين قتيل وجريح», «لكل قتيل». */
  final WordForms noSingleCountAfter;
  /** Possessive pronoun suffixes: «زوجته». */
  final WordForms possessiveSuffixes;
  /** The articles of a noun phrase: "the", "a", "an" (a source name before its verb; an object). */
  final WordForms articles;
  /** Determiners after a partitive: "one of the soldiers", "three of these bodies". */
  final WordForms partitiveDeterminers;
  /** "to": a sentence's goal ("sentenced 21 defendants to death"), the second word of "up to". */
  final WordForms to;
  /** Determiners of a ranking superlative: "one of the deadliest", "one of its worst". */
  final WordForms rankDeterminers;
  /** Superlatives of no regular ending: "most", "worst". */
  final WordForms superlatives;
  /** The ending of a regular superlative: "-est". */
  final WordForms superlativeEndings;
  /** Verbs that say a count rose, before "up to": "has gone up to 27". */
  final WordForms riseVerbs;
  /** The first word of "up to" after a verb of rising. */
  final WordForms upParticle;
  /** Auxiliaries of a finite verb form: "have died", "were killed". */
  final WordForms tenseAuxiliaries;
  /** The ending of a form in -ing, no finite verb: "killing". */
  final WordForms gerundEndings;
  /** The ending of an age written with a number: "30-year-old". */
  final WordForms ageEndings;
  /** The word that names the doer of a passive verb: "held by kidnappers". */
  final WordForms agent;
  /** The last word of a toll verb that always reports a toll: "rose to", "stood at". */
  final WordForms tollParticles;
  /** «عدة», "several": after a noun, its adjective (في مدن عدة), no count. */
  final WordForms several;
  /** «إلى», "to": the number a toll reaches («ارتفع عدد القتلى إلى 53»). */
  final WordForms toward;
  /** «حالة، حالات، حالتين»: cases, the noun by which hospitals count whom they treat. */
  final WordForms caseNouns;
  /** (en30total) Adverbs of how badly, after a part of a count: "150 were injured, 30 seriously". */
  final WordForms degreeAdverbs;
  /** (en30total) The word before "of" in a part of a whole: "12 out of the 20 people killed". */
  final WordForms partOut;

  GrammarForms(LexiconFile.GrammarWords g) {
    ratioOne = WordForms.of(g.ratioOne());
    bareOne = WordForms.of(g.bareOne());
    outOf = WordForms.of(g.outOf());
    every = WordForms.of(g.every());
    per = WordForms.of(g.per());
    of = WordForms.of(g.of());
    article = WordForms.of(g.article());
    and = WordForms.of(g.and());
    casualtyJoin = WordForms.of(g.casualtyJoin());
    among = WordForms.of(g.among());
    eventOf = WordForms.of(g.eventOf());
    auxiliaries = WordForms.of(g.auxiliaries());
    determiners = WordForms.of(g.determiners());
    complementizers = WordForms.of(g.complementizers());
    quoting = WordForms.of(g.quoting());
    noSingleCountAfter = WordForms.of(g.noSingleCountAfter());
    possessiveSuffixes = WordForms.of(g.possessiveSuffixes());
    articles = WordForms.of(g.articles());
    partitiveDeterminers = WordForms.of(g.partitiveDeterminers());
    to = WordForms.of(g.to());
    rankDeterminers = WordForms.of(g.rankDeterminers());
    superlatives = WordForms.of(g.superlatives());
    superlativeEndings = WordForms.of(g.superlativeEndings());
    riseVerbs = WordForms.of(g.riseVerbs());
    upParticle = WordForms.of(g.upParticle());
    tenseAuxiliaries = WordForms.of(g.tenseAuxiliaries());
    gerundEndings = WordForms.of(g.gerundEndings());
    ageEndings = WordForms.of(g.ageEndings());
    agent = WordForms.of(g.agent());
    tollParticles = WordForms.of(g.tollParticles());
    several = WordForms.of(g.several());
    toward = WordForms.of(g.toward());
    caseNouns = WordForms.of(g.caseNouns());
    degreeAdverbs = WordForms.of(g.degreeAdverbs());
    partOut = WordForms.of(g.partOut());
  }
}
