package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * A body found or recovered is a death reported: «العثور على جثة شاب», «تبين وجود جثة على الخط»,
 * «عثر حارس على جثة الرجل», «انتشال جثة طفل» (devset6 and devset7: bodies are KILLED). A find
 * (the lexicon's {@code constructions.BODY_FOUND}) at most {@link #GAP} words before a singular
 * body noun with no article lets it count one death though no other cue of the sentence tells of
 * one; «لم ينجحوا في العثور على الجثة» (with the article) names a body told of before, and
 * «جهود البحث قائمة لانتشال جثة طفلة» (a find with «ل» of purpose) a body still sought.
 */
final class BodiesFound {
  /** How many words may stand between the find and the body («عثر رجال الإنقاذ على جثة»). */
  static final int GAP = 3;
  /** The proclitic «ل» of purpose («لانتشال جثة»، «للعثور على جثة»): a body still sought. */
  private static final char LAM = '\u0644';

  private BodiesFound() {}

  /**
   * @param v     the sentence
   * @param body  the first token of a singular body noun
   * @param words how many words the noun covers
   * @return whether the body counts one death: another KILLED cue of the sentence tells of one
   *     («العثور على جثة طفل ... ملابسات مقتله») or a find stands before it
   */
  static boolean counts(SentenceView v, int body, int words) {
    return killedCueElsewhere(v, body, body + words) || found(v, body)
        || DefiniteVictim.bodyOf(v, body, words); // hook (issue 16): «نقل جثة الطفلة»
  }

  /** Whether a KILLED cue of the sentence lies wholly outside tokens {@code [a, b)}. */
  private static boolean killedCueElsewhere(SentenceView v, int a, int b) {
    for (int j = v.from; j < v.to; j++) {
      Match<Event> cue = v.cueAt(j);
      if (cue != null && cue.value() == Event.KILLED && (j + cue.words() <= a || j >= b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param v    the sentence
   * @param body the token of a singular body noun
   * @return whether a find stands a few words before the body, in its clause, with no number
   *     between, and the body has no article
   */
  static boolean found(SentenceView v, int body) {
    if (v.hasArticle(body)) {
      return false;
    }
    for (int k = body - 1; k >= Math.max(v.from, body - 1 - GAP); k--) {
      if (!v.w.isWord(k) || v.inQuantity(k)) {
        return false;
      }
      if (v.is(k, Construction.BODY_FOUND)) {
        return v.w.charAt(k, 0) != LAM; // «جهود البحث قائمة لانتشال جثة طفلة مفقودة»: a purpose
      }
    }
    return false;
  }
}
