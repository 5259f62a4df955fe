package io.github.countercheck.claims.numbers;

/** The phrase lists of {@code numeral-cues.json}: the words around a numeral that label it. */
enum LabelCue implements CueList {
  /** A month name (a day or a year beside it). */
  MONTH("months"),
  /** A year word before a figure: عام، سنة. */
  YEAR_BEFORE("yearBefore"),
  /** A clock word before a figure: الساعة. */
  TIME_BEFORE("timeBefore"),
  /** A clock word after a figure: صباحا، p.m. */
  TIME_AFTER("timeAfter"),
  /** A unit of time after a figure: يوما، weeks. */
  DURATION_AFTER("durationAfter"),
  /** An age word before a figure: عمره، aged. */
  AGE_BEFORE("ageBefore"),
  /** An age phrase after a figure: من العمر، year-old. */
  AGE_AFTER("ageAfter"),
  /** A percent word or sign after a figure. */
  PERCENT_AFTER("percentAfter"),
  /** A currency before a figure: $. */
  MONEY_BEFORE("moneyBefore"),
  /** A currency after a figure: دولار. */
  MONEY_AFTER("moneyAfter"),
  /** A unit of measure after a figure: متر، km. */
  MEASURE_AFTER("measureAfter"),
  /** A reference noun before a figure: المادة، رقم. */
  REFERENCE_BEFORE("referenceBefore"),
  /** An English ordinal suffix glued to digits: 3rd. */
  ORDINAL_SUFFIX("ordinalSuffixes"),
  /** A definite article written apart: ال، the. */
  DEFINITE_ARTICLE("definiteArticles"),
  /** A preposition of time before a year: في، منذ، in. */
  YEAR_PREPOSITION_BEFORE("yearPrepositionBefore"),
  /** A year marker after a figure: م، هـ، AD. */
  YEAR_AFTER("yearAfter"),
  /** A particle or preposition, which is no counted noun. */
  NOT_COUNTED_NOUN("notCountedNouns"),
  /** A noun whose age an ordinal may tell: طفل في العاشرة. */
  AGE_HOLDER("ageHolders"),
  /** A verb that puts a figure "at" a count, no clock time: the toll stood at, put at. */
  COUNT_AT_BEFORE("countAtBefore");

  private final String member;
  private final int bit;

  LabelCue(String member) {
    this.member = member;
    this.bit = CueList.bitOf(this);
  }

  @Override
  public String member() {
    return member;
  }

  @Override
  public int bit() {
    return bit;
  }
}
