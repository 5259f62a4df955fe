package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * (issue 16, experiment model28) The features of a count, above all of one the rules left without
 * a claim, or with only OTHER: what a learned attachment model would read (the cues of the sentence, their side and
 * distance, the breaks and counts between, the counted noun, the words around the number). Read
 * only while a {@link #recorder} is set, which the training tool of the experiment does; the
 * extractor never sets it, so a count costs one field read.
 */
final class AttachmentFeatures {
  /** Where the features of each count go, or null: set by the experiment's tool only. */
  static volatile Consumer<Candidate> recorder;

  /** How far from the count a cue is read. */
  private static final int REACH = 12;

  /**
   * A count: its quantity, the subject its claim would take, the event the rules gave it
   * (null for none) and its features.
   */
  record Candidate(Quantity quantity, Subject subject, Event ruleEvent, List<String> features) {}

  private AttachmentFeatures() {}

  /**
   * Records count {@code s} with the event the rules gave it ({@code event}: null or OTHER for a
   * leftover count), when a recorder is set.
   */
  static void record(SentenceView v, CountSlot s, Event event) {
    Consumer<Candidate> r = recorder;
    if (r == null || !s.numeral || s.quantity == null) {
      return;
    }
    r.accept(new Candidate(s.quantity, s.subject != null ? s.subject : Subject.PERSON, event,
        of(v, s, event)));
  }

  /** The features of count {@code s}. */
  static List<String> of(SentenceView v, CountSlot s, Event event) {
    List<String> f = new ArrayList<>();
    f.add("bias");
    f.add("rule:" + event);
    f.add("kind:" + s.quantity.kind());
    f.add("mag:" + magnitude(s.quantity.low()));
    f.add("subj:" + s.subject + ":" + s.subjectKnown);
    f.add("noun:" + (s.nounFrom >= 0));
    f.add("first:" + (s.from == v.from));
    f.add("p1:" + word(v, s.from - 1));
    f.add("p2:" + word(v, s.from - 2));
    f.add("n1:" + word(v, s.end()));
    f.add("n2:" + word(v, s.end() + 1));
    f.add("p1c:" + wordClass(v, s.from - 1));
    f.add("n1c:" + wordClass(v, s.end()));
    side(v, s, f, -1);
    side(v, s, f, 1);
    return f;
  }

  /** The cues on one side of the count: the nearest, its distance, what stands between. */
  private static void side(SentenceView v, CountSlot s, List<String> f, int dir) {
    String side = dir < 0 ? "L" : "R";
    int j = dir < 0 ? s.from - 1 : s.end();
    boolean brk = false;
    boolean count = false;
    boolean comma = false;
    int seen = 0;
    for (int d = 1; d <= REACH && j >= v.from && j < v.to; d++, j += dir) {
      Event e = eventAt(v, j);
      if (e != null) {
        String tag = side + (seen == 0 ? "" : "2") + ":" + e;
        f.add(tag);
        f.add(tag + ":d" + bucket(d));
        f.add(tag + ":brk" + brk + ":cnt" + count + ":com" + comma);
        if (++seen == 2) {
          return;
        }
      }
      if (v.isStop(j) || v.isClauseBreakMark(j) && !v.isComma(j) || v.startsClause(j)) {
        brk = true;
      }
      comma |= v.isComma(j);
      count |= v.inQuantity(j);
    }
    if (seen == 0) {
      f.add(side + ":none");
    }
  }

  private static Event eventAt(SentenceView v, int j) {
    Match<Event> m = v.cueAt(j);
    if (m == null) {
      m = v.nounAt(j);
    }
    return m == null ? null : m.value();
  }

  private static String word(SentenceView v, int j) {
    if (j < v.from || j >= v.to) {
      return "#";
    }
    return v.w.form(j);
  }

  private static String wordClass(SentenceView v, int j) {
    if (j < v.from || j >= v.to) {
      return "#";
    }
    if (v.inQuantity(j)) {
      return "Q";
    }
    if (v.w.isPunctuation(j)) {
      return "P";
    }
    Event e = eventAt(v, j);
    if (e != null) {
      return "E" + e;
    }
    Match<Lexicon.SubjectForm> m = v.subjectAt(j);
    return m != null ? "S" + m.value().subject() : "W";
  }

  private static String magnitude(long n) {
    return n < 2 ? "1" : n < 10 ? "2-9" : n < 100 ? "10-99" : n < 1000 ? "100-999" : "1000+";
  }

  private static String bucket(int d) {
    return d <= 3 ? Integer.toString(d) : d <= 5 ? "4-5" : d <= 8 ? "6-8" : "9+";
  }
}
