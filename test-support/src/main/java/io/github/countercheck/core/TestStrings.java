package io.github.countercheck.core;

/** String checks the modules' tests share (the reports' and the command line's tests). */
public final class TestStrings {
  private TestStrings() {}

  /**
   * Counts where a needle stands in a text, overlapping places included ("aa" stands twice in
   * "aaa").
   *
   * @param text the text
   * @param needle what to look for, not empty
   * @return how many places of {@code text} start with {@code needle}
   */
  public static int occurrences(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
