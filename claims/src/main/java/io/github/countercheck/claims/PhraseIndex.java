package io.github.countercheck.claims;

import io.github.countercheck.core.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches multi-word lexicon entries against a sequence of words, longest entry first.
 *
 * <p>Entries are normalized as text is ({@link TextNormalizer#normalizeForm}) and split on spaces.
 * They are indexed by their first word; an entry written with the article ({@code المتظاهرين}) is
 * also indexed under its bare stem. At a position, every candidate stem of the first word
 * (the whole word, then the word without its proclitics) is looked up, and the following words of
 * the entry must equal the following words of the text, each compared as a whole word or without
 * its proclitics. Built once; immutable and thread-safe.
 *
 * @param <V> what an entry maps to
 */
final class PhraseIndex<V> {

  /**
   * One entry: the words after the first, and its value; and the key ids of those words in its
   * lexicon's key table, filled when the table is built ({@link #indexKeys}).
   */
  private record Entry<V>(String[] rest, V value, String phrase, int[] restIds, Match<V> match) {
    /** An entry and the match it gives, made once (a match is immutable). */
    Entry(String[] rest, V value, String phrase, int[] restIds) {
      this(rest, value, phrase, restIds, new Match<>(value, rest.length + 1, phrase));
    }
  }

  /** A match: the value and how many words it covers. */
  record Match<V>(V value, int words, String phrase) {}

  /**
   * The entries of one first word, read by its key id, with the signature of the words that may
   * follow it: bit {@code id & 63} of each second word's key id, and bit 0 ({@link #ALONE}) when
   * an entry is the first word alone. Every next word's signature has bit 0 too, so a row with a
   * one-word entry is always opened; one whose entries all go on is opened only when a stem of the
   * next word may be a second word of one ("the" starts 9 English event cues, "were" 55, "have"
   * 40, and the word after them is mostly none of their second words).
   */
  private record Row<V>(List<Entry<V>> entries, long nextWords) {}

  /** The bit of {@link Row#nextWords} that any next word has, and that a one-word entry sets. */
  private static final long ALONE = 1L;

  /** Fewest letters a stem keeps when a proclitic is stripped before lookup. */
  static final int MIN_STRIPPED_STEM = 3;

  private final Map<String, List<Entry<V>>> byFirst;
  /**
   * {@code byFirst} again as an open-addressing table looked up by a range of chars, so that a
   * stem inside a word's form is found without copying it: keys, their hashes, their entries.
   */
  private final String[] firstKeys;
  private final int[] firstHashes;
  private final Object[] firstEntries;
  private final int size;
  private final int maxWords;
  /**
   * The entries of every index of its lexicon by the key id of their first word ({@link
   * #indexKeys}): per id, one slot for each index whose bit {@link #keyBits} has, in the order of
   * the bits; and that table's owner. A word looked up there once is matched here by id.
   */
  private Object[][] rows;
  private long[] keyBits;
  private Object keyTable;
  /** This index's bit in its lexicon's key mask; 0 until registered. */
  private long bit;

  private PhraseIndex(Map<String, List<Entry<V>>> byFirst, int size, int maxWords) {
    this.byFirst = byFirst;
    this.size = size;
    this.maxWords = maxWords;
    int cap = Integer.highestOneBit(Math.max(4, byFirst.size() * 2 - 1)) << 1;
    firstKeys = new String[cap];
    firstHashes = new int[cap];
    firstEntries = new Object[cap];
    for (Map.Entry<String, List<Entry<V>>> e : byFirst.entrySet()) {
      int h = e.getKey().hashCode();
      int slot = mix(h) & (cap - 1);
      while (firstKeys[slot] != null) {
        slot = (slot + 1) & (cap - 1);
      }
      firstKeys[slot] = e.getKey();
      firstHashes[slot] = h;
      firstEntries[slot] = e.getValue();
    }
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The entries whose first word is {@code s[from, to)}, or null; as {@code byFirst.get}. */
  @SuppressWarnings("unchecked")
  private List<Entry<V>> entriesStartingWith(char[] s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s[i];
    }
    int len = to - from;
    int mask = firstKeys.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      String k = firstKeys[slot];
      if (k == null) {
        return null;
      }
      if (firstHashes[slot] == h && k.length() == len && equal(k, s, from)) {
        return (List<Entry<V>>) firstEntries[slot];
      }
    }
  }

  private static boolean equal(String k, char[] s, int from) {
    for (int i = 0, n = k.length(); i < n; i++) {
      if (s[from + i] != k.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** @return the most words an entry has, 0 for an empty index */
  int maxWords() {
    return maxWords;
  }

  /** @return the bit that marks this index's first words in its lexicon's key mask */
  long bit() {
    return bit;
  }

  /**
   * Registers this index's first words under {@code mask}, one bit, in a shared key table, so
   * that a word no index starts with costs one lookup in all. Called once, while the lexicon is
   * built ({@link LexiconKeys#register}, which refuses more indices than the mask has bits).
   */
  void register(long mask, Map<String, Long> keys) {
    if (Long.bitCount(mask) != 1) {
      throw new IllegalArgumentException("not one bit of the key mask: " + Long.toHexString(mask));
    }
    this.bit = mask;
    for (String k : byFirst.keySet()) {
      keys.merge(k, mask, (a, b) -> a | b);
    }
  }

  /** What a {@link WordSeq} gives as {@link WordSeq#stemIds} when it knows no ids. */
  static final long NO_IDS = -1L;
  /** The most key ids packed in a long, 16 bits each; an id must stay below {@link #ID_MASK}. */
  static final int PACKED_IDS = 4;
  static final int ID_MASK = 0xFFFF;

  /**
   * Indexes this index's entries by the key ids the lexicon gave the first words of the key
   * table (after {@link #register}, once every index has registered its words).
   *
   * @param ids     the key id of each word of the key table
   * @param keyBits the key bits of each id
   * @param rows    per id, a slot for each index whose bit it has: this index fills its own
   * @param owner   the key table's owner, which a {@link WordSeq} names as {@link
   *     WordSeq#keyTable}
   */
  void indexKeys(Map<String, Integer> ids, long[] keyBits, Object[][] rows, Object owner) {
    byFirst.forEach((k, entries) -> {
      int id = ids.get(k);
      long nextWords = 0;
      for (Entry<V> e : entries) {
        for (int j = 0; j < e.rest.length; j++) {
          e.restIds[j] = ids.get(e.rest[j]);
        }
        nextWords |= e.rest.length == 0 ? ALONE : 1L << e.restIds[0];
      }
      rows[id][Long.bitCount(keyBits[id] & (bit - 1))] = new Row<>(entries, nextWords);
    });
    this.rows = rows;
    this.keyBits = keyBits;
    keyTable = owner;
  }

  /** @return this index's entries whose first word has key id {@code id}, or null */
  @SuppressWarnings("unchecked") // the rows this index filled hold its own entries
  private Row<V> rowOf(int id) {
    long b = keyBits[id];
    return (b & bit) == 0 ? null : (Row<V>) rows[id][Long.bitCount(b & (bit - 1))];
  }

  /**
   * The signature of word {@code j}'s stems as {@link Row#nextWords} reads it: {@link #ALONE} and
   * bit {@code id & 63} of each stem's key id; {@link #ALONE} alone past the last word; every bit
   * when the ids are unknown (the word is then compared by its chars).
   */
  private static long nextWords(WordSeq words, int j) {
    if (j >= words.size()) {
      return ALONE;
    }
    long ids = words.stemIds(j);
    if (ids == NO_IDS) {
      return -1L;
    }
    long signature = ALONE;
    for (; ids != 0; ids >>>= 16) {
      int id = (int) (ids & ID_MASK);
      signature |= id == 0 ? 0 : 1L << id;
    }
    return signature;
  }

  /** Gives every word of every entry after its first to {@code action}. */
  void restWords(java.util.function.Consumer<String> action) {
    for (List<Entry<V>> entries : byFirst.values()) {
      for (Entry<V> e : entries) {
        for (String w : e.rest) {
          action.accept(w);
        }
      }
    }
  }

  /** @return the number of entries */
  int size() {
    return size;
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /**
   * Finds the longest entry that starts at word {@code i}.
   *
   * @param words the words
   * @param i     the first word
   * @return the match, or null
   */
  Match<V> match(WordSeq words, int i) {
    Match<V> best = null;
    // the key ids of the word's stems, one for each bit of its stem mask, when the words were
    // looked up in this index's key table: entries read by id, no stem hashed again (a stem at
    // which no entry of this index starts has none here, as it has no entry in the hash table)
    long ids = keyTable != null && words.keyTable() == keyTable ? words.stemIds(i) : NO_IDS;
    boolean byId = ids != NO_IDS;
    int mask = byId ? words.stemMask(i) : words.entryStems(i);
    char[] s = words.chars();
    int from = words.start(i);
    int to = words.end(i);
    long next = 0;
    boolean nextRead = false;
    for (int m = mask; m != 0; m &= m - 1, ids >>>= 16) {
      int k = Integer.numberOfTrailingZeros(m);
      if (k > 0 && to - from - k < MIN_STRIPPED_STEM && !conjunctionOnly(s[from], k)) {
        continue; // كفر is not ك + فر: a stem stripped of a preposition keeps three letters
      }
      List<Entry<V>> entries;
      if (byId) {
        Row<V> row = rowOf((int) ids & ID_MASK);
        if (row == null) {
          continue;
        }
        if (!nextRead) {
          next = nextWords(words, i + 1);
          nextRead = true;
        }
        if ((row.nextWords & next) == 0) {
          continue; // no entry of the row goes on with the next word
        }
        entries = row.entries;
      } else {
        entries = entriesStartingWith(s, from + k, to);
        if (entries == null) {
          continue;
        }
      }
      for (int x = 0, n = entries.size(); x < n; x++) {
        Entry<V> e = entries.get(x);
        int len = e.rest.length + 1;
        if (best != null && best.words >= len) {
          break; // entries are sorted longest first
        }
        if (restMatches(words, i + 1, e, byId)) {
          best = e.match;
          break;
        }
      }
    }
    return best;
  }

  /**
   * @param word a single normalized word or stem
   * @return the value of a one-word entry equal to it, or null
   */
  V lookupWord(String word) {
    List<Entry<V>> entries = byFirst.get(word);
    if (entries == null) {
      return null;
    }
    for (Entry<V> e : entries) {
      if (e.rest.length == 0) {
        return e.value;
      }
    }
    return null;
  }

  /** Whether only the conjunction و or ف was stripped (ومن is و + من), {@code c} the first letter. */
  private static boolean conjunctionOnly(char c, int k) {
    return k == 1 && (c == '\u0648' || c == '\u0641');
  }

  /**
   * Whether the words from {@code from} are the rest of entry {@code e}: compared by key id where
   * the words know their stems' ids ({@code byId}), else by their chars.
   */
  private static <V> boolean restMatches(WordSeq words, int from, Entry<V> e, boolean byId) {
    String[] rest = e.rest;
    if (from + rest.length > words.size()) {
      return false;
    }
    for (int j = 0; j < rest.length; j++) {
      long ids = byId ? words.stemIds(from + j) : NO_IDS;
      if (ids != NO_IDS ? !hasId(ids, e.restIds[j]) : !words.matchesWord(from + j, rest[j])) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of the packed ids (16 bits each, 0 for none) is {@code id}. */
  private static boolean hasId(long ids, int id) {
    for (; ids != 0; ids >>>= 16) {
      if ((ids & ID_MASK) == id) {
        return true;
      }
    }
    return false;
  }

  /** Collects entries. Not thread-safe. */
  static final class Builder<V> {
    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private int size;

    /**
     * Adds an entry.
     *
     * @param phrase one or more words separated by spaces
     * @param value  what it maps to
     * @return this builder
     */
    Builder<V> add(String phrase, V value) {
      String norm = TextNormalizer.normalizeForm(phrase).trim();
      if (norm.isEmpty()) {
        throw new IllegalArgumentException("empty lexicon entry: '" + phrase + "'");
      }
      String[] words = norm.split(" +");
      String[] rest = new String[words.length - 1];
      System.arraycopy(words, 1, rest, 0, rest.length);
      Entry<V> entry = new Entry<>(rest, value, phrase, new int[rest.length]);
      for (String first : WordSeq.stemsOf(words[0])) {
        List<Entry<V>> list = byFirst.computeIfAbsent(first, f -> new ArrayList<>(2));
        boolean dup = false;
        for (Entry<V> e : list) {
          if (java.util.Arrays.equals(e.rest, rest)) {
            dup = true; // first entry wins: the lexicon is read in order of precedence
            break;
          }
        }
        if (!dup) {
          list.add(entry);
        }
      }
      size++;
      return this;
    }

    PhraseIndex<V> build() {
      Map<String, List<Entry<V>>> copy = new HashMap<>(byFirst.size() * 2);
      int maxWords = 0;
      for (Map.Entry<String, List<Entry<V>>> e : byFirst.entrySet()) {
        List<Entry<V>> list = new ArrayList<>(e.getValue());
        list.sort(Comparator.comparingInt((Entry<V> x) -> -x.rest.length));
        copy.put(e.getKey(), List.copyOf(list));
        maxWords = Math.max(maxWords, list.get(0).rest.length + 1);
      }
      return new PhraseIndex<>(copy, size, maxWords);
    }
  }
}
