package io.github.countercheck.claims;

import io.github.countercheck.core.Language;

/**
 * (issue 16) Taking part is a crowd only in a crowd: «شارك، يشارك، مشاركين، انضم»; "took part",
 * "joined", "participants" (the lexicon's {@code constructions.TAKING_PART}) make a crowd size
 * only when the count takes part in a march, a protest, a sit-in or a funeral (a {@code
 * constructions.CROWD_NOUN} within its reach: «مسيرة شارك فيها الآلاف», «شارك نحو 400 شخص في
 * مظاهرة», "joined the peace march"). Workers on a project, pupils in a programme, voters in a
 * referendum, customers on a trip, guests of a forum or partners of a coalition are no crowd
 * («شارك 5000 عامل في الحفر», «يشارك في البرنامج 60 فردا», "joined two other coalition
 * partners"): the count is OTHER. Called from {@link NoCountReader#notCasualty} for a crowd count
 * whose cue or counted noun is a word of taking part.
 */
final class TakingPart {
  /**
   * How many tokens before the count or its cue a crowd noun may stand: its sentence before it
   * («مسيرة صامتة مساء الاثنين شارك فيها الآلاف», «تظاهر أفراد من أسر المتهمين ... قبل أن ينضم
   * إليهم عشرات»).
   */
  static final int BACK = 40;
  /** How many tokens after the count, its noun and its cue a crowd noun may stand. */
  static final int AHEAD = 10;

  /**
   * (issue 16) The largest count that is no crowd: a handful of people named as protesters or
   * gatherers is no crowd size.
   */
  static final long MOST_OF_NO_CROWD = 10;

  /**
   * (issue 16) The largest count of protesters named by a number with no crowd word of its own
   * that is no crowd: «نيابة طنطا تخلى سبيل 12 متظاهرا»، «توجه تهمة الإتلاف لـ31 متظاهرا».
   */
  static final long MOST_OF_NO_CROWD_WITHOUT_CUE = 50;

  private TakingPart() {}

  /**
   * (issue 16) A handful is no crowd: «سجن 4 متظاهرين»، «دهس 5 متظاهرين خلال المسيرة»، «بقيام 5
   * مسلحين باقتحام كمين»، «أسماء ثلاثة من منظمي المظاهرة»، «يسعى اثنان من الثوار»، «التجمع يتم بين
   * اثنين على الأقل». A crowd count whose interval ends at {@link #MOST_OF_NO_CROWD} or below (or,
   * open, starts there: «بين اثنين على الأقل», «أكثر من 5») counts
   * people tried, run over, storming or named, not the size of a crowd (the smallest crowd of the
   * Arabic development parts' gold is about fifty; «تظاهر العشرات» is one). Forces, aircraft and
   * vehicles, which the agreement rule makes deployed, are left to it («وتشارك الطائرات الثلاث في
   * تأمين الحفل»). Protesters named by a number with no crowd word of their own (the default reading
   * of «N متظاهرا») are no crowd up to {@link #MOST_OF_NO_CROWD_WITHOUT_CUE}: «تخلى سبيل 12
   * متظاهرا»، «توجه تهمة الإتلاف لـ31 متظاهرا»، «وتبرئة 13 آخرين»; with a crowd verb they are one
   * («وتجمع 40 متظاهرا»، «واعتصم 30 متظاهرا»). Called from {@link
   * NoCountReader#notCasualty} for Arabic.
   *
   * @param s a count whose event is a crowd's
   * @return whether it counts too few people to be a crowd
   */
  static boolean tooFew(CountSlot s) {
    Long high = s.quantity.high();
    long most = high != null ? high : s.quantity.low(); // «اثنين على الأقل»
    return (most <= MOST_OF_NO_CROWD || s.cueFrom < 0 && s.subject == Subject.PROTESTER
            && s.quantity.value() != null && most <= MOST_OF_NO_CROWD_WITHOUT_CUE)
        && NoCountReader.agree(Event.PARTICIPATED, s) == Event.PARTICIPATED; // forces: deployed
  }

  /**
   * @param v the sentence
   * @param s a count whose event is a crowd's
   * @return whether the count takes part in something that is no crowd: its cue (or, with none,
   *     its counted noun) is a word of taking part or the crowd's noun («مشاركين», "participants"),
   *     it counts no protesters, rioters or forces, and no crowd noun stands within reach
   */
  static boolean noCrowd(SentenceView v, CountSlot s) {
    int word = s.cueFrom >= 0 ? s.cueFrom : s.nounFrom;
    if (word < 0 || !v.is(word, Construction.TAKING_PART) && !participants(v, word)) {
      return false;
    }
    if (s.subject == Subject.PROTESTER || s.subject == Subject.RIOTER
        || NoCountReader.agree(Event.PARTICIPATED, s) != Event.PARTICIPATED) {
      return false; // «شارك 300 متظاهر»; forces taking part are deployed («يشارك 70 جنديا في مهام»)
    }
    int lo = s.cueFrom >= 0 ? Math.min(s.from, s.cueFrom) : s.from;
    int hi = Math.max(s.end(), s.cueTo);
    for (int k = Math.max(v.from, lo - BACK); k < Math.min(v.to, hi + AHEAD); k++) {
      if (v.w.isWord(k) && (v.is(k, Construction.CROWD_NOUN) || v.is(k, Construction.FUNERAL))) {
        return false;
      }
    }
    return true;
  }

  /**
   * «تشييع جنازات خمسة من أبناء المحافظة», «جنازة تشييع 28 شخصا قتلوا», «لتشييع 3 من ضحايا
   * الأحداث», "the funeral of 12 victims": a count right after a funeral (the lexicon's {@code
   * constructions.FUNERAL}, with "of" between in English) counts the dead buried, not the crowd.
   *
   * @param v the sentence
   * @param s a count whose event is a crowd's
   * @return whether a funeral stands right before the count
   */
  static boolean buried(SentenceView v, CountSlot s) {
    int k = s.from - 1;
    if (k > v.from && v.w.isWord(k) && v.lex.words.of.has(v.w, k)) {
      k--; // "the funeral of 12 victims"
    }
    return k >= v.from && v.w.isWord(k) && v.is(k, Construction.FUNERAL);
  }

  /**
   * (ar28people) «نظمت الحركة 5 مظاهرات»، «انطلقت 3 مسيرات»، «المشاركة في عدة مظاهرات»: a count
   * whose own noun, right after it, is a crowd (a {@code constructions.CROWD_NOUN} that is no verb,
   * «العشرات تظاهروا»، and has no preposition or «و» on it, «عشرات الآلاف للاحتجاج») counts
   * marches and protests, not the people in them.
   *
   * @param v the sentence
   * @param s a count whose event is a crowd's
   * @return whether the count counts crowds
   */
  static boolean crowdsCounted(SentenceView v, CountSlot s) {
    int k = s.countTo;
    if (v.language != Language.AR || k >= v.to || !v.w.isWord(k)
        || !v.is(k, Construction.CROWD_NOUN)) {
      return false;
    }
    int n = v.w.length(k); // a verb of the crowd: «تظاهروا، يتظاهرون» (final «وا، ون», first «ي»)
    return !(n > 3 && v.w.charAt(k, n - 2) == '\u0648'
        && (v.w.charAt(k, n - 1) == '\u0627' || v.w.charAt(k, n - 1) == '\u0646'))
        && "\u064A\u0644\u0628\u0648\u0641".indexOf(v.w.charAt(k, 0)) < 0; // nor «للاحتجاج»
  }

  /** Whether the word is the crowd's own counted noun: «300 مشارك», "60 participants". */
  private static boolean participants(SentenceView v, int word) {
    PhraseIndex.Match<Event> m = v.match(v.lex.eventNouns, word);
    return m != null && m.value() == Event.PARTICIPATED;
  }
}
