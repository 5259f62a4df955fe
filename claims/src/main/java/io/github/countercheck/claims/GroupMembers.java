package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * Members of a named group or force: «12 من عناصر القوات المسلحة», «9 من أفراد قوات النظام»,
 * «8 من مقاتلي البيشمركة», «3 من عناصر ميليشيا الحشد الشعبي». A noun of members (the lexicon's
 * {@code constructions.MEMBER_NOUN}: عناصر، مقاتلي، أفراد، قوات) followed by the name of a group
 * or force that the subjects type (MILITANT: تنظيم داعش، جبهة النصرة، الحوثي؛ SOLDIER: القوات
 * المسلحة، البيشمركة؛ SECURITY_FORCES: قوات النظام) counts members of that group, whatever the
 * member noun counts alone («مقاتلي» alone is MILITANT; «مقاتلي البيشمركة» are soldiers). One more
 * member noun may stand between (عناصر ميليشيا الحشد). A group that names mere persons does not
 * apply, nor a noun joined by «و» («3 جنود ومدني»: the civilian is a count of its own).
 */
final class GroupMembers {
  private GroupMembers() {}

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
    for (int j = i + 1; j <= i + 2 && j < v.to; j++) {
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
