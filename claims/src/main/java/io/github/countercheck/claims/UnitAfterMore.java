package io.github.countercheck.claims;

import io.github.countercheck.core.Language;

/**
 * (en28late) English: "more" (a word of the lexicon's {@code others}) right before a unit of forces
 * ({@code constructions.FORCE_UNIT}: companies, battalions, platoons) describes the unit, as
 * "extra" does, and takes no subject from a count before it: "six more companies of para-military
 * forces had been deployed" counts the companies, whose force follows "of". Read by {@code
 * CountedNounReader.nounAfter}, which then reads the unit as it reads it after a bare count;
 * stateless.
 */
final class UnitAfterMore {
  private UnitAfterMore() {}

  /**
   * @param v the sentence
   * @param next the token right after the word of {@code others}
   * @return whether a unit of forces stands there
   */
  static boolean follows(SentenceView v, int next) {
    return v.language == Language.EN && next < v.to && v.w.isWord(next)
        && v.is(next, Construction.FORCE_UNIT);
  }
}
