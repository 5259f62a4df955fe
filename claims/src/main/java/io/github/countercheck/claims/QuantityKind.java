package io.github.countercheck.claims;

/** How a text states a quantity. The names are the contract's. */
public enum QuantityKind {
  /** A stated number: 12, اثنا عشر, twelve. */
  EXACT,
  /** About N: نحو، حوالي، زهاء، قرابة; about, around, nearly. The interval is [floor(0.9N), ceil(1.1N)]. */
  APPROXIMATE,
  /** At least N: ما لا يقل عن; at least. [N, unbounded). */
  AT_LEAST,
  /** More than N: أكثر من، ما يزيد عن، يتجاوز; more than, over. [N+1, unbounded). */
  MORE_THAN,
  /** At most N: حتى، ما يصل إلى; up to, at most. [0, N]. */
  AT_MOST,
  /** Less than N: أقل من; fewer than. [0, N-1]. */
  LESS_THAN,
  /** Between two numbers: بين 20 و30; between 20 and 30. No stated value. */
  RANGE,
  /** A vague amount: عشرات، مئات; dozens, hundreds. An interval from a configurable table. */
  VAGUE
}
