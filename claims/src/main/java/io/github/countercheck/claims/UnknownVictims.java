package io.github.countercheck.claims;

/**
 * Who is killed or injured is people: «مصرع 2 أشقياء», «إصابة 4 مسجلين خطر». A count right after a
 * casualty cue of killing or injury whose noun no lexicon knows counts people, unless the noun is
 * one of the lexicon's {@code nonHumanPlurals}; a noun the subjects know (سيارات، طائرات) keeps its
 * subject. So does a count right after a cue of arrest that only people take ({@link
 * Construction#ARREST_OF_PEOPLE}: «اعتقال 7 أعضاء»، «القبض على 5 مسجلين»; or of detention, {@link
 * Construction#DETENTION}: «حبس 3 أشقاء»), not after «ضبط 91 مخالفة».
 */
final class UnknownVictims {
  private UnknownVictims() {}

  /**
   * @param v        the sentence
   * @param event    the event of the count
   * @param cueTo    the token after its cue, or -1
   * @param cueFrom  the token where its cue starts, or -1
   * @param count    the first token of the count
   * @param noun     the token of its noun, or -1
   * @return whether the unknown noun of the count names the people hit
   */
  static boolean victims(SentenceView v, Event event, int cueFrom, int cueTo, int count, int noun) {
    return (event == Event.KILLED || event == Event.INJURED
        || event == Event.ARRESTED && cueFrom >= 0 && (v.is(cueFrom, Construction.ARREST_OF_PEOPLE)
            || v.is(cueFrom, Construction.DETENTION)))
        && cueFrom >= 0 && cueFrom < count
        && cueTo == count && noun >= 0 && v.w.isWord(noun)
        && v.match(v.lex.nonHumanPlurals, noun) == null && !v.lex.words.per.has(v.w, noun);
  }
}
