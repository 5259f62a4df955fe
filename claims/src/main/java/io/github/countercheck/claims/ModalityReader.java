package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * The modality rule family: a claim is ASSERTED unless a modality cue of the lexicon (EXPECTED:
 * «من المنتظر أن، سوف»; DENIED: «نفى») stands up to ten words before its count or cue; the last
 * one wins.
 */
final class ModalityReader {
  private final SentenceView v;
  private final TokenWords w;
  private final Lexicon lex;
  private final int from;
  private final int to;

  ModalityReader(SentenceView view) {
    this.v = view;
    this.w = view.w;
    this.lex = view.lex;
    this.from = view.from;
    this.to = view.to;
  }

  /** @return the modality of a count: the last modality cue up to ten words before it or its cue */
  Modality of(CountSlot s) {
    int first = s.cueFrom >= 0 ? Math.min(s.cueFrom, s.from) : s.from;
    int limit = Math.max(s.from, s.cueFrom >= 0 && s.cueFrom < s.from ? s.cueTo : s.from);
    Modality found = Modality.ASSERTED;
    for (int i = Math.max(from, first - 10); i < limit; i++) {
      if (!w.isWord(i)) {
        continue;
      }
      Match<Modality> m = v.match(lex.modality, i);
      if (m != null) {
        found = m.value();
      }
    }
    return found;
  }

}
