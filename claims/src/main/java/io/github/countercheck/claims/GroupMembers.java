package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;

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
 * من الشرطة»).
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
      if (!v.w.isWord(j) || v.w.charAt(j, 0) == '\u0648' && (v.w.stemMask(j) & 2) != 0) {
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
