package io.github.countercheck.claims.numbers;

/** How a numeral is written. */
public enum NumeralForm {
  /** Digits only: 12, ١٢, 1,000, 2.5. */
  DIGITS,
  /** Words only: اثنا عشر، مئتي، twelve. */
  WORDS,
  /** Digits with scale words or words: 10 آلاف، 1.5 مليون، 4 آلاف و659, 2 million. */
  MIXED,
  /** A vague amount: عشرات، مئات الآلاف، بضعة، dozens, several. No exact value. */
  VAGUE
}
