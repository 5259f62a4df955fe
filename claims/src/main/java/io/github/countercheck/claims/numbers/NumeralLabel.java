package io.github.countercheck.claims.numbers;

/** What a numeral is: a count, or what it is instead. */
public enum NumeralLabel {
  /** A count of something: the only label that can become a claim. */
  COUNT,
  /** A year: 1992, عام 2007. */
  YEAR,
  /** A date or a day of a month: 5 مايو 1960, January 5, 2022, الـ 5 إلى الـ 19 من كانون الثاني. */
  DATE,
  /** A clock time: 23,00, 10:30, 11 p.m. */
  TIME,
  /** A duration: 5 days, منذ عدة أيام. */
  DURATION,
  /** An age: 25 عاما, aged 30. */
  AGE,
  /** An ordinal: الأول، الثالث عشر، 3rd. */
  ORDINAL,
  /** A percentage: 42 بالمئة، 42%. */
  PERCENT,
  /** Money: 120 تنغي، $5. */
  MONEY,
  /** A measure with a unit: 600 متر، 5 كيلومترات. */
  MEASURE,
  /** A phone number or a long digit id. */
  PHONE,
  /** A law, article, clause, page or other reference number: المادة 27، بند 27 أ. */
  REFERENCE,
  /** A score or result: 2-1. */
  SCORE,
  /** Part of a URL. */
  URL,
  /** Part of an e-mail address. */
  EMAIL,
  /** Part of a hashtag or a handle. */
  HASHTAG
}
