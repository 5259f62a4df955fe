package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Subject;

/**
 * How subjects relate for reconciliation (rule 4): which count the same measure, their lowest
 * common ancestor, and the class of a subject within a block.
 */
final class Hierarchy {

  private static final Subject[] SUBJECTS = Subject.values();
  private static final String[] SUBJECT_CLASS = new String[SUBJECTS.length];

  static {
    for (Subject s : SUBJECTS) {
      SUBJECT_CLASS[s.ordinal()] = computeSubjectClass(s);
    }
  }

  private Hierarchy() {}

  /**
   * @return whether two subjects count the same measure: the same subject, or two framings of the
   *     crowd
   */
  static boolean sameMeasure(Subject a, Subject b) {
    return a == b || a.isFraming() && b.isFraming();
  }

  /** @return the most specific subject both are kinds of (a root when they share none) */
  static Subject lowestCommonAncestor(Subject a, Subject b) {
    for (Subject s = a; s != null; s = s.parent()) {
      if (b.isKindOf(s)) {
        return s;
      }
    }
    return a.root(); // unrelated roots never share a group
  }

  /** The class of a subject within its block: subjects in one class are related by the hierarchy. */
  static String subjectClass(Subject s) {
    return SUBJECT_CLASS[s.ordinal()];
  }

  private static String computeSubjectClass(Subject s) {
    if (s.root() != Subject.PERSON) {
      return s.root().name();
    }
    if (s.isFraming()) {
      return "CROWD";
    }
    if (s.isKindOf(Subject.SECURITY_FORCES)) {
      return "SECURITY_FORCES";
    }
    return s.name(); // PERSON, CIVILIAN, CHILD
  }
}
