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
  BACKGROUND
}
