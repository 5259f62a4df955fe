package io.github.countercheck.claims.numbers;

/** The phrase lists of {@code quantity-bounds.json}: the bound words around a count. */
enum BoundCue implements CueList {
  /** نحو، about: before the numeral. */
  APPROXIMATE_BEFORE("approximateBefore"),
  /** تقريبا، or so: after it. */
  APPROXIMATE_AFTER("approximateAfter"),
  /** أكثر من، more than. */
  MORE_THAN_BEFORE("moreThanBefore"),
  /** ما لا يقل عن، at least. */
  AT_LEAST_BEFORE("atLeastBefore"),
  /** على الأقل، or more: after it. */
  AT_LEAST_AFTER("atLeastAfter"),
  /** حتى، up to. */
  AT_MOST_BEFORE("atMostBefore"),
  /** على الأكثر، or fewer: after it. */
  AT_MOST_AFTER("atMostAfter"),
  /** أقل من، fewer than. */
  LESS_THAN_BEFORE("lessThanBefore"),
  /** أكبر من، {@code >}: number ranges only. */
  GREATER_BEFORE("greaterBefore"),
  /** أصغر من، {@code <}: number ranges only. */
  SMALLER_BEFORE("smallerBefore"),
  /** أو يساوي، {@code =} after a bound: number ranges only. */
  OR_EQUAL("orEqual"),
  /** يساوي: number ranges only. */
  EQUAL_BEFORE("equalBefore");

  /** The lists that bound a count from before it. */
  static final int BEFORE_COUNT = CueList.mask(APPROXIMATE_BEFORE, MORE_THAN_BEFORE,
      AT_LEAST_BEFORE, AT_MOST_BEFORE, LESS_THAN_BEFORE);
  /** The lists that bound a count from after it (or after its counted noun). */
  static final int AFTER_COUNT = CueList.mask(APPROXIMATE_AFTER, AT_LEAST_AFTER, AT_MOST_AFTER);

  private final String member;
  private final int bit;

  BoundCue(String member) {
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
