package io.github.countercheck.core.internal;

/**
 * The one rule by which the buffers kept from one text to the next hold memory: a {@link
 * TextScanner}'s, a {@link TokenBuffer}, and those the claims and numeral readers keep per
 * thread. An array keeps its size from text to text, so that a thread reading many texts
 * allocates nothing for them; one that has grown past {@link #KEEP} entries is let go once the
 * text it grew for is read, so that one huge text does not stay in memory.
 */
public final class BufferPolicy {
  /** Arrays with more entries than this are let go after the text they grew for. */
  public static final int KEEP = 1 << 18;

  private BufferPolicy() {}

  /**
   * @param length the entries an array has room for
   * @return whether to let it go now that its text is read
   */
  public static boolean letGo(int length) {
    return length > KEEP;
  }
}
