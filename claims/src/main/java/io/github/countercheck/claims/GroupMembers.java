package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * Members of a named group or force: «12 من عناصر القوات المسلحة», «9 من أفراد قوات النظام»,
 * «8 من مقاتلي البيشمركة», «3 من عناصر ميليشيا الحشد الشعبي». A noun of members (the lexicon's
 * {@code constructions.MEMBER_NOUN}: عناصر، مقاتلي، أفراد، قوات، مجندي، قادة) followed by the name
 * of a group or force that the subjects type (MILITANT: تنظيم داعش، جبهة النصرة، الحوثي؛ SOLDIER:
 * القوات المسلحة، البيشمركة؛ SECURITY_FORCES: قوات النظام) counts members of that group, whatever
 * the member noun counts alone («مقاتلي» alone is MILITANT; «مقاتلي البيشمركة» are soldiers). One
 * more member noun may stand between (عناصر ميليشيا الحشد), and the name may be set in quotation
 * marks or brackets («28 من عناصر "داعش"»، «العشرات من عناصر (داعش)»). A group that names mere
 * persons does not apply, nor a noun joined by «و» («3 جنود ومدني»: the civilian is a count of its
 * own). Others of a group are of that group, not of the count before («قتل 3 جنود وأصيب 3 آخرين
 * من الشرطة»), and a part counted by its event noun alone is of its whole's group («إصابة 17
 * ضابطا، منهم 3 مصابين بالخرطوش»); the number a toll of a group reaches is of that group («ارتفع
 * عدد مصابي الشرطة إلى 120»). A generic or unknown noun taken from such a group counts members
 * of it too («20 تشكيلا من قوات الأمن»، "four companies of the paramilitary forces": {@link
 * #memberOf}).
 */
final class GroupMembers {
  private GroupMembers() {}

  /**
   * hook (issue 16) of {@link CountedNounReader}: the group a count's noun names from token
   * {@code i} on, Arabic only: a member noun and its group, «من» before them, or «آخرين من» and a
   * group. Sets the subject and the noun when one applies.
   *
   * @return whether it applied
   */
  static boolean read(CountedNounReader r, SentenceView v, CountSlot s, int i) {
    if (i >= v.to) {
      return false;
    }
    if (member(r, v, s, i) || v.lex.words.of.has(v.w, i) && member(r, v, s, i + 1)) {
      return true;
    }
    Match<Boolean> others = v.match(v.lex.others, i);
    int j = others == null ? -1 : i + others.words();
    if (j < 0 || j + 1 >= v.to || !v.lex.words.of.has(v.w, j) || !v.w.isWord(j + 1)) {
      return false;
    }
    int g = groupAt(v, j + 1);
    Match<SubjectForm> m = g < 0 ? null : v.subjectAt(g);
    if (m == null || m.value().subject() == Subject.PERSON || v.nounAt(g) != null) {
      return false;
    }
    r.setSubject(s, g, m); // (ar19) «و3 آخرين من الشرطة»: others, of a group of their own
    s.others = true;
    s.nounFrom = i;
    return true;
  }

  /**
   * «N X من Y»: a count of a generic or unknown noun X (أشخاص، أفراد، تشكيلا، عنصر) taken from a
   * known group Y counts members of Y; one describing word may stand between (عنصر إضافي من
   * الشرطة). Sets the subject and widens the noun when it applies. A hook of {@link
   * CountedNounReader}, after the noun it reads and after a person noun it finds («20 شخصا من
   * المتظاهرين»، «مقتل عنصرين من الشرطة»).
   *
   * @param j the token after the counted noun X
   * @return whether it applied
   */
  static boolean memberOf(SentenceView v, CountSlot s, int j) {
    TokenWords w = v.w;
    Lexicon lex = v.lex;
    Language language = v.language;
    int to = v.to;
    if (j < to && w.isWord(j) && !v.isOf(j) && !v.inQuantity(j)
        && v.subjectAt(j) == null && v.cueAt(j) == null && v.nounAt(j) == null
        && v.match(lex.functionWords, j) == null && v.match(lex.partitive, j) == null
        && !v.startsClause(j)) {
      j++; // one adjective
    }
    if (j + 2 < to && lex.words.of.has(w, j) && lex.words.article.has(w, j + 1)) {
      j++; // "four companies of the paramilitary forces"
    }
    Match<QuantityKind> bound = language == Language.AR && j < to && w.isWord(j)
        ? v.match(lex.boundsAfterNoun, j) : null; // (ar19) «5 عناصر على الأقل من حزب الله»
    j += bound == null ? 0 : bound.words();
    int of = ofWords(v, j); // «من»، (ar29prec) «في صفوف»
    if (of == 0 || j + of >= to) {
      return false;
    }
    int g = language == Language.AR ? groupAt(v, j + of) : j + of; // (ar19) «من "داعش"»
    if (!w.isWord(g)) {
      return false;
    }
    for (int k = 0; language == Language.EN && k < 2 && g + 1 < to && w.isWord(g + 1)
        && v.subjectAt(g) == null && v.cueAt(g) == null && v.nounAt(g) == null
        && !v.inQuantity(g) && v.match(lex.functionWords, g) == null; k++) {
      g++; // "two companies of the state armed police": describing words before the group
    }
    if (v.subjectAt(g) == null || v.nounAt(g) != null) {
      return false;
    }
    Match<SubjectForm> m = v.subjectAt(g);
    if (m.value().subject() == Subject.PERSON) {
      return false;
    }
    s.subject = m.value().subject();
    s.subjectKnown = true;
    s.nounTo = g + m.words();
    if (bound != null && s.quantity.kind() == QuantityKind.EXACT) {
      long n = s.quantity.value();
      s.quantity = bound.value() == QuantityKind.AT_LEAST ? Quantity.atLeast(n)
          : Quantity.approximate(n);
    }
    return true;
  }

  /**
   * hook (issue 16) of {@link SentenceReader}: a part after «منهم، بينهم» that counts only by its
   * event noun («إصابة 17 ضابطا، منهم 3 مصابين بالخرطوش»، «12 متظاهرا بينهم ثلاث إصابات») counts
   * of the group its whole counts, not mere persons; (ar25implicit) so does a part whose own noun
   * names mere persons, a leader or a person counted alone, when the whole counts an armed group or
   * a force («قتل 19 مسلحا من داعش، بينهم قيادي سوري»، «قتلت 17 من عناصر ميليشيا الحوثي، من
   * بينهم قائد عسكري»: MILITANT; women among civilians stay persons); (ar28total) a part that names
   * security forces by a rank of any force («ضابط»، «مجند») among police or soldiers is of them
   * («102 من رجال الشرطة من بينهم 16 ضابطا»، «أربعة عسكريين بينهم ضابط»، «قتل 20 جنديا بينهم 3
   * ضباط»). A part with a noun of a kind of its own («بينهم 3 أطفال») keeps it, and so does a part
   * larger than the count before.
   *
   * @param partitive whether the count is a part of the count before
   */
  static void partOfGroup(SentenceView v, CountSlot s, boolean partitive) {
    CountSlot whole = s.whole;
    if (partitive && whole != null && v.language == Language.AR && s.subject == Subject.SECURITY_FORCES
        && whole.subjectKnown && whole.subject != null && whole.subject != Subject.SECURITY_FORCES
        && whole.subject.isKindOf(Subject.SECURITY_FORCES) && !larger(s, whole)) {
      s.subject = whole.subject; // (ar28total) «102 من رجال الشرطة من بينهم 16 ضابطا»: police officers
      return;
    }
    if (!partitive || whole == null || v.language != Language.AR || s.subject != Subject.PERSON
        || !(s.cueFrom >= 0 && s.cueFrom == s.nounFrom || armed(whole.subject))
        || !whole.subjectKnown || !namedGroup(whole.subject) || larger(s, whole)) {
      return;
    }
    s.subject = whole.subject; // (ar19)
  }

  /**
   * hook (issue 16) of {@link SentenceReader}: the number a toll reaches ({@link TollReach}) counts
   * the group its event word is in construct with («ارتفع عدد مصابي الشرطة ... إلى 120 مصابا»،
   * «وصل عدد قتلى الجيش إلى 20»، «ارتفع عدد القتلى المدنيين إلى 40»), when it names no group of its
   * own. A definite event word takes only a definite group, as its adjective.
   */
  static void tollOfGroup(SentenceView v, CountSlot s) {
    if (v.language != Language.AR || !s.numeral
        || s.subject != null && s.subject != Subject.PERSON) {
      return;
    }
    int j = TollReach.tollEvent(v, s.from);
    Match<Event> m = j < 0 ? null : v.cueAt(j) != null ? v.cueAt(j) : v.nounAt(j);
    int g = m == null ? v.to : j + m.words();
    Match<SubjectForm> group = g < v.to && v.w.isWord(g) ? v.subjectAt(g) : null;
    if (group != null && (!v.hasArticle(j) || v.hasArticle(g)) // «القتلى قوات الأسد»: no construct
        && namedGroup(group.value().subject())) {
      s.subject = group.value().subject(); // (ar19)
      s.subjectKnown = true;
    }
  }

  /**
   * hook (issue 16, ar29prec) of {@link SentenceReader}: one counted with no numeral by a noun of
   * leadership (the lexicon's {@code constructions.LEADER_NOUN}: قيادي، قائد، زعيم، أمير) is one
   * of the group that follows it, past at most {@value #DESCRIBING} describing words and a «في»
   * ({@code IN_GROUP}) or in construct: «قتل قيادي بارز في تنظيم داعش»، «قتلت قيادياً ميدانياً
   * كبيراً بتنظيم القاعدة»، «مقتل القيادي في داعش أبو سياف» (MILITANT, as the README of devset8
   * reads «القائد العملاني الكبير في تنظيم القاعدة»). A group of mere persons leaves it a person.
   */
  static void leaderOfGroup(SentenceView v, CountSlot s) {
    int n = s.nounFrom;
    if (v.language != Language.AR || s.numeral || s.subject != Subject.PERSON || n < v.from
        || n >= v.to || !v.is(n, Construction.LEADER_NOUN)) {
      return;
    }
    int j = n + 1;
    for (int k = 0; k < DESCRIBING && j < v.to && describing(v, j); k++) {
      j++; // «قيادي بارز»، «قيادياً ميدانياً كبيراً»
    }
    if (j < v.to && v.w.isWord(j) && v.is(j, Construction.IN_GROUP)) {
      j++;
    }
    if (j >= v.to) {
      return;
    }
    int g = groupAt(v, j);
    Match<SubjectForm> m = g < v.to && v.w.isWord(g) ? v.subjectAt(g) : null;
    if (m != null && namedGroup(m.value().subject()) && v.nounAt(g) == null) {
      s.subject = m.value().subject();
      s.subjectKnown = true;
    }
  }

  /** How many describing words may stand between a leader and his group. */
  static final int DESCRIBING = 2;

  private static boolean describing(SentenceView v, int j) {
    return v.w.isWord(j) && v.subjectAt(j) == null && v.cueAt(j) == null && v.nounAt(j) == null
        && !v.inQuantity(j) && v.match(v.lex.functionWords, j) == null && v.construction(j) == null;
  }

  /**
   * hook (issue 16) of {@link SentenceReader}: two groups joined by «و» after «من» («138 من
   * المتظاهرين ورجال الأمن المركزي»، «5 من عناصر الجيش والشرطة») count people of both, the
   * nearest subject both are kinds of (PERSON; SECURITY_FORCES for soldiers and police). A
   * singular or dual after «و» is a count of its own («3 من الجنود ومدني»), a noun of mere persons
   * adds nothing («من ضباط وأفراد الشرطة»), and after «بين» the two are sides ({@link
   * Construction#SIDES}).
   */
  static void bothGroups(SentenceView v, CountSlot s) {
    int j = s.nounTo;
    if (v.language != Language.AR || !s.subjectKnown || !namedGroup(s.subject) || j <= s.countTo
        || j >= v.to || !v.w.isWord(j) || !Agreement.wawOnWord(v.w, j)) {
      return;
    }
    Match<SubjectForm> m = v.subjectAt(groupAt(v, j));
    if (m == null || m.value().number() != Lexicon.Number.PLURAL
        || !namedGroup(m.value().subject())
        || !ofBefore(v, s.countTo, j) || sides(v, s.from)) {
      return;
    }
    Subject other = m.value().subject();
    s.subject = other.isKindOf(s.subject) ? s.subject : s.subject.isKindOf(other) ? other
        : other.isKindOf(Subject.SECURITY_FORCES) && s.subject.isKindOf(Subject.SECURITY_FORCES)
        ? Subject.SECURITY_FORCES : Subject.PERSON; // (ar19)
  }

  /** Whether {@code x} is a group of people more than mere persons (POLICE, MILITANT, PROTESTER). */
  /** Whether {@code x} counts the members of an armed group or a force (not civilians, children). */
  private static boolean armed(Subject x) {
    return x == Subject.MILITANT || x != null && x.root() == Subject.PERSON
        && (x == Subject.SECURITY_FORCES || x.parent() == Subject.SECURITY_FORCES);
  }

  private static boolean namedGroup(Subject x) {
    return x != null && x != Subject.PERSON && x.root() == Subject.PERSON;
  }

  private static boolean sides(SentenceView v, int count) {
    for (int k = count - 1; k >= Math.max(v.from, count - 2); k--) {
      if (v.w.isWord(k) && v.is(k, Construction.SIDES)) {
        return true;
      }
    }
    return false;
  }

  private static boolean ofBefore(SentenceView v, int from, int to) {
    for (int k = from; k < to; k++) {
      if (v.w.isWord(k) && v.lex.words.of.has(v.w, k)) {
        return true;
      }
    }
    return false;
  }

  /** «بينهم 19 سيدة و15 طفلا، منهم 103 قتلى»: a part larger than the count before is not of it. */
  private static boolean larger(CountSlot part, CountSlot whole) {
    Long p = part.quantity == null ? null : part.quantity.value();
    Long w = whole.quantity == null ? null : whole.quantity.value();
    return p != null && w != null && p > w;
  }

  private static boolean member(CountedNounReader r, SentenceView v, CountSlot s, int i) {
    if (i >= v.to) {
      return false;
    }
    int g = groupAfterMember(v, i);
    if (g < 0) {
      return false;
    }
    r.setSubject(s, g, v.subjectAt(g));
    s.nounFrom = i;
    return true;
  }

  /**
   * The words of «من» before a group at token {@code j}, or (issue 16, ar29prec) of a phrase of
   * the ranks (the lexicon's {@code constructions.RANKS}: «في صفوف، من صفوف، بين صفوف، وسط
   * صفوف»), which names the group a count is of as «من» does («13 قتيلا في صفوف العسكريين»، «مصرع
   * 17 شخصا في صفوف المسلحين»), or of a «في» ({@code IN_GROUP}) right after a member noun
   * («17 عنصرا في قوات الأمن»، «مقتل 53 عنصرا في التنظيم»).
   *
   * @return how many words stand before the group, 0 when neither does
   */
  static int ofWords(SentenceView v, int j) {
    int ranks = ranks(v, j);
    if (ranks > 0 || j >= v.to) {
      return ranks;
    }
    return v.isOf(j) || v.language == Language.AR && j > v.from && v.w.isWord(j)
        && v.is(j, Construction.IN_GROUP) && v.is(j - 1, Construction.MEMBER_NOUN) ? 1 : 0;
  }

  /** @return the words of a phrase of the ranks at token {@code j} («في صفوف»), 0 when none */
  static int ranks(SentenceView v, int j) {
    if (v.language != Language.AR || j >= v.to || !v.w.isWord(j)) {
      return 0;
    }
    Match<Construction> m = v.match(v.lex.constructions, j);
    return m != null && m.value() == Construction.RANKS ? m.words() : 0;
  }

  /**
   * The group named from token {@code g} on, after «من» («20 شخصا من عناصر تنظيم "داعش"»): past an
   * opening quotation mark or bracket, and past a member noun before a group.
   *
   * @return the token where the name of the group starts, or where it was looked for
   */
  static int groupAt(SentenceView v, int g) {
    if (g + 1 < v.to && opensName(v, g) && v.w.isWord(g + 1)) {
      g++;
    }
    int member = groupAfterMember(v, g);
    return member >= 0 ? member : g;
  }

  private static boolean opensName(SentenceView v, int j) {
    return v.w.isPunctuation(j) && (v.w.is(j, "\"") || v.w.is(j, "("));
  }

  /**
   * @param v the sentence
   * @param i the token where the counted noun is looked for
   * @return the token where the name of the group starts, when token {@code i} is a member noun
   *     followed by one; -1 otherwise
   */
  static int groupAfterMember(SentenceView v, int i) {
    if (!v.is(i, Construction.MEMBER_NOUN)) {
      return -1;
    }
    int ownEnd = i + 1;
    Match<SubjectForm> own = v.subjectAt(i);
    if (own != null) {
      ownEnd = i + own.words();
    }
    int last = i + 2;
    for (int j = i + 1; j <= last && j < v.to; j++) {
      if (j == i + 1 && opensName(v, j)) {
        last++; // (ar19) «عناصر "داعش"»، «عناصر (داعش)»: the name in quotation marks
        continue;
      }
      if (!v.w.isWord(j) || Agreement.wawOnWord(v.w, j)) {
        return -1; // (issue 16) «3 جنود ومدني»: a noun after «و» is another count's, no group
      }
      Match<SubjectForm> m = v.subjectAt(j);
      if (m != null && m.value().subject() != Subject.PERSON && j + m.words() > ownEnd) {
        return j;
      }
      if (!v.is(j, Construction.MEMBER_NOUN)) {
        return -1;
      }
    }
    return -1;
  }
}
