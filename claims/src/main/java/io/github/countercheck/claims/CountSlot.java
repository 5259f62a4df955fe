package io.github.countercheck.claims;

import io.github.countercheck.core.Span;

/**
 * One quantity of a sentence and what the rules learn about it: its tokens, its counted noun and
 * subject, its event and the cue that gave it, and its links to the counts before it. Filled by
 * the rule readers in the order {@link SentenceReader} declares. Token positions are of the
 * sentence's {@link SentenceView}; -1 where not found.
 */
final class CountSlot {
  int from;
  int to;
  /** The end of the numerals: before {@code to} when a bound follows the noun (50 شخصا على الأقل). */
  int countTo;
  Quantity quantity;
  Span quantitySpan;
  /** Whether the count is a numeral phrase; false for an implicit count (a dual, «أحدهم»). */
  final boolean numeral;
  Subject subject;
  boolean subjectKnown;
  boolean others;
  int nounFrom = -1;
  int nounTo = -1;
  Event event;
  int cueFrom = -1;
  int cueTo = -1;
  /** «مثلها», "as many": the quantity is the count's before it. */
  boolean inheritsQuantity;
  /** «أحدهم»: event and subject are the count's before it. */
  boolean inheritsAll;
  /** «وشخصين»: the event is the count's before it. */
  boolean inheritsEvent;
  /** An English plural no lexicon knows, read as people if its verb is tied to it ({@link UnknownPluralRule}). */
  boolean pluralGuess;
  /** "one of the three wounded": a part of the count after it, its event only from a verb of its own. */
  boolean partOfCount;
  /** The count whose subject «آخرين» / "others" took. */
  CountSlot othersOf;
  /** (issue 16) The whole a breakdown part belongs to («8 مدنيين بينهم طفل»: the 8), or null. */
  CountSlot whole;
  /** (issue 16) The cue is the reporting clause's, taken across «إنها»: no verb of this count. */
  boolean reportedCue;
  /** (issue 16) The count read before this one in the sentence, or null. */
  CountSlot before;
  /** (issue 16, ar28people) The titled person named before this one in a list, or null ({@link TitledList}). */
  CountSlot listedAfter;

  CountSlot(int from, int to, Quantity quantity, Span quantitySpan, boolean numeral) {
    this.from = from;
    this.to = to;
    this.countTo = to;
    this.quantity = quantity;
    this.quantitySpan = quantitySpan;
    this.numeral = numeral;
  }

  /** @return where the count and its noun end: the first token after both */
  int end() {
    return Math.max(to, nounTo);
  }
}
