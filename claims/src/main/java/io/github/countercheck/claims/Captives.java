package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (issue 16, ar28court) People captured in fighting are held, an arrest by the devsets' READMEs
 * (captives taken by fighters, as people held by an armed group): a word of capture (the
 * lexicon's {@code constructions.CAPTURE}: «أسر، أسروا، أسرنا، أسرت») right before a count of
 * people that has no event of its own (or only a cue farther back than the capture), or before at
 * most {@link #CAPTOR_WORDS} words of its subject, makes the count ARRESTED with that word as its
 * cue: «تمكنت المقاومة من أسر عشرة من عناصر المليشيا»، «المسلحين أسروا ثمانية من الركاب»، «إضافة
 * إلى أسر 78 آخرين». «أسر» is also the plural of «أسرة» (families), which stands after its count
 * («وصول 9 أسر») or after «ل» («لأسر الضحايا»): neither is read. A count that has an event keeps it («شكاوى من أسر 14 طفلا تم إلقاء
 * القبض عليهم», «أسر 5 شهداء»). So are people abducted ({@code constructions.ABDUCTION}: «خطف،
 * اختطاف، خطفوا»), as the READMEs of devset7 annotate abduction by an armed group («خطفت الجبهة 8
 * عناصر من الفرقة»، «خطف مسلحون ستة أجانب»), but only an explicit count: a child or a named person
 * abducted is no count of an armed group's («قاموا بخطف طفل»، «اختطاف الناشطة درية»). Called
 * from {@link SentenceReader#read} right after a count is resolved, as {@link LivesLost} is.
 */
final class Captives {
  /** How many words of the captors may stand between the capture and the count («أسر المسلحون 40»). */
  static final int CAPTOR_WORDS = 2;
  private static final char LAM = '\u0644';

  private Captives() {}

  /**
   * Gives a count of people with no event the arrest of a capture before it.
   *
   * @param v the sentence
   * @param s the count, resolved
   */
  static void apply(SentenceView v, CountSlot s) {
    if (s.quantity == null || s.subject != null && s.subject.root() != Subject.PERSON) {
      return;
    }
    for (int k = s.from - 1; k >= Math.max(v.from, s.from - 1 - CAPTOR_WORDS) && v.w.isWord(k); k--) {
      if (v.inQuantity(k)) {
        return;
      }
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && (m.value() == Construction.OTHER_ACT || m.value() == Construction.TRIAL)) {
        return; // «المسؤولة عن خطف وبيع العشرات»: another act between, as Defendants reads it
      }
      if (m != null && (m.value() == Construction.CAPTURE
          || m.value() == Construction.ABDUCTION && s.numeral) && k + m.words() <= s.from) {
        if (v.w.charAt(k, 0) == LAM || k > v.from && v.inQuantity(k - 1)
            || s.event != null && s.event != Event.OTHER && (s.cueFrom < 0 || s.cueFrom >= k)) {
          return; // «لأسر الضحايا»، «9 أسر»: families; «أسر 14 طفلا تم القبض عليهم»: its own event
        }
        s.event = Event.ARRESTED;
        s.cueFrom = k;
        s.cueTo = k + m.words();
        if (s.subject == null) {
          s.subject = Subject.PERSON;
        }
        s.subjectKnown = true;
        return;
      }
    }
  }
}
