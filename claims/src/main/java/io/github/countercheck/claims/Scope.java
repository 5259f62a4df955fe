package io.github.countercheck.claims;

/**
 * Which incident a claim counts: the one its article reports, or a figure that reaches beyond it.
 * Claims of different scopes are never grouped together by reconciliation.
 */
public enum Scope {
  /** The incident the article reports (the default). */
  INCIDENT,
  /**
   * A running total over a period or a conflict: «منذ اندلاع الأزمة عام 2011», "since the start of
   * the year", "so far this month".
   */
  CUMULATIVE,
  /**
   * Another incident the article recalls for context: "in a similar attack last month", "the
   * deadliest since 1998", another place named in the sentence.
   */
  BACKGROUND,
  /**
   * A part of a count the same article gives: a breakdown by condition («6 منهم في حالة خطيرة»,
   * "three in serious condition"), by place of treatment («نقل 3 إلى مستشفى قصر العيني», "two
   * bodies were taken to the morgue"), by nationality or sex («بينهم أربعة أتراك», «120 رجلا و113
   * امرأة», "4 Japanese"), those still in hospital or discharged, or a share introduced by
   * «بينهم / منهم / من بين القتلى», "including / among them / of whom". A claim is a part only when
   * its article also gives a larger count of the same event and scope whose subject is the same
   * or, for a part counted as mere persons, any: see {@code ScopeReader}.
   */
  PART
}
