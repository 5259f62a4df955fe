package io.github.countercheck.claims.numbers;

/**
 * A phrase list of a cue file: the JSON member it is read from, and its bit in the masks of the
 * {@link Cues} trie. Implemented by enums ({@link LabelCue}, {@link BoundCue}), whose constant
 * order gives the bits: a list is named once, beside its bit, never paired with it by position.
 */
interface CueList {
  /** @return the member of the JSON file that holds the list */
  String member();

  /** @return the list's bit in a cue mask */
  int bit();

  /** @return whether a cue mask holds this list */
  default boolean in(int mask) {
    return (mask & bit()) != 0;
  }

  /**
   * The bit of the constant of an enum of lists.
   *
   * @throws IllegalStateException if the enum has more lists than a mask has bits
   */
  static int bitOf(Enum<?> list) {
    if (list.ordinal() >= Integer.SIZE - 1) {
      throw new IllegalStateException("too many cue lists for an int mask: " + list);
    }
    return 1 << list.ordinal();
  }

  /** @return the mask of all the given lists */
  static int mask(CueList... lists) {
    int m = 0;
    for (CueList l : lists) {
      m |= l.bit();
    }
    return m;
  }
}
