package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * How subjects relate for reconciliation (rule 4): which count the same measure, their lowest
 * common ancestor, and the class of a subject within a block.
 */
final class Hierarchy {

  private static final Subject[] SUBJECTS = Subject.values();
  private static final String[] SUBJECT_CLASS = new String[SUBJECTS.length];
  /** The distinct subject classes, numbered in the order of the subjects that first name them. */
  private static final String[] CLASS_NAMES;
  private static final int[] CLASS_ID = new int[SUBJECTS.length];

  static {
    List<String> names = new ArrayList<>();
    for (Subject s : SUBJECTS) {
      String cls = computeSubjectClass(s);
      SUBJECT_CLASS[s.ordinal()] = cls;
      if (!names.contains(cls)) {
        names.add(cls);
      }
      CLASS_ID[s.ordinal()] = names.indexOf(cls);
    }
    CLASS_NAMES = names.toArray(new String[0]);
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

  /** @return the number of distinct subject classes: class ids are {@code 0..classCount()-1} */
  static int classCount() {
    return CLASS_NAMES.length;
  }

  /** @return the id of a subject's class, {@code 0..classCount()-1}: equal ids, equal classes */
  static int classId(Subject s) {
    return CLASS_ID[s.ordinal()];
  }

  /**
   * @param cls a subject class's name ({@link #subjectClass})
   * @return its id, or -1 when no subject has that class
   */
  static int classId(String cls) {
    for (int i = 0; i < CLASS_NAMES.length; i++) {
      if (CLASS_NAMES[i].equals(cls)) {
        return i;
      }
    }
    return -1;
  }

  /** @return the name of the class with this id */
  static String className(int id) {
    return CLASS_NAMES[id];
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
