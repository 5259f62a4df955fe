package io.github.countercheck.claims;

import io.github.countercheck.core.internal.BufferPolicy;
import io.github.countercheck.core.SentenceSplitter;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Each thread's buffers, reused from one document to the next: the scanner, the tokens of the
 * text and their key bits.
 */
final class ExtractionWorkspace {
  /** Arrays grown past this many entries are let go after the document. */
  private static final int KEEP = BufferPolicy.KEEP;

  final TextScanner scanner = new TextScanner(SentenceSplitter.defaults());
  final TokenBuffer tokens = new TokenBuffer();
  /** The lexicon key bits of the text's tokens, by index, as far as its sentences are read. */
  long[] keys = new long[256];
  /** For each word token, the stem offsets at which some lexicon entry starts. */
  int[] stems = new int[256];
  /** For each word token, the key ids of those stems (see {@link Lexicon#keysAndStems}). */
  long[] ids = new long[256];
  /** A scratch array for the key table's lookups. */
  final int[] stemValues = new int[32];
  private long[] words = new long[64];
  /** For each word of the sentence, whether it opens with a و that may be the conjunction. */
  boolean[] waw = new boolean[64];
  /** The arrays of the readers, one per reader alive: a read can read others (a Chain). */
  private final List<SentenceReader.Buffers> readers = new ArrayList<>();
  private int readersInUse;

  SentenceReader.Buffers readerBuffers() {
    if (readersInUse == readers.size()) {
      readers.add(new SentenceReader.Buffers());
    }
    return readers.get(readersInUse++);
  }

  void release(SentenceReader.Buffers buffers) {
    readersInUse--;
    if (buffers.larger(KEEP)) {
      readers.set(readersInUse, new SentenceReader.Buffers());
    }
  }

  long[] keys(int n) {
    if (keys.length < n) {
      keys = new long[Math.max(n, keys.length * 2)];
      stems = new int[keys.length];
      ids = new long[keys.length];
    }
    return keys;
  }

  /** @return the key bits of the last sentence's words, in order */
  long[] wordKeys() {
    return words;
  }

  long[] words(int n) {
    if (words.length < n) {
      words = new long[Math.max(n, words.length * 2)];
      waw = new boolean[words.length];
    }
    return words;
  }

  /** The sentences read so far in the document. */
  private final SentenceSet seen = new SentenceSet();

  /** Forgets the sentences of the document before, with room for {@code sentences} more. */
  void seen(int sentences) {
    seen.clear(sentences);
  }

  /**
   * Whether the normalized sentence {@code [start, end)} appeared before in the document.
   * Records it if not.
   */
  boolean repeated(char[] text, int start, int end) {
    return !seen.add(text, start, end);
  }

  void done() {
    seen.trim(KEEP);
    if (keys.length > KEEP) {
      keys = new long[256];
      stems = new int[256];
      ids = new long[256];
    }
    if (words.length > KEEP) {
      words = new long[64];
      waw = new boolean[64];
    }
    tokens.trim(KEEP);
    scanner.release();
  }
}
