package io.github.countercheck.claims;

/**
 * (en29prec) English: the size of an attacking force is no claim ("around 200 fighters stormed a
 * police station", "hundreds of Iraqi troops backed by US forces stormed a mosque"). A count of
 * armed people (militants, or security forces of any kind) whose crowd cue is a verb of assault
 * (the lexicon's {@code constructions.ASSAULT}: "stormed", which is also a crowd cue) counts the
 * attackers: neither a crowd that took part nor forces sent. A crowd of unarmed people that
 * storms a place ("500 activists stormed the building") keeps its crowd. Called from {@link
 * NoCountReader#notCasualty}, before the crowd of forces is made a deployment ({@link
 * NoCountReader#agree}).
 */
final class AttackingForce {
  private AttackingForce() {}

  /**
   * @param v the sentence
   * @param s a resolved count whose event is a crowd that took part
   * @return whether it counts armed attackers
   */
  static boolean attacking(SentenceView v, CountSlot s) {
    Subject subject = s.subject;
    if (s.cueFrom < v.from || s.cueFrom >= v.to || subject == null
        || subject != Subject.MILITANT && !subject.isKindOf(Subject.SECURITY_FORCES)) {
      return false;
    }
    for (int j = s.cueFrom; j < s.cueTo; j++) {
      if (v.w.isWord(j) && v.is(j, Construction.ASSAULT)) {
        return true;
      }
    }
    return false;
  }
}
