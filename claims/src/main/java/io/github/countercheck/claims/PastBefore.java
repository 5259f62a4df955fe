package io.github.countercheck.claims;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.internal.TokenBuffer;
import java.util.function.IntSupplier;

/**
 * The year before which a year of the document is past: its publication year, or when it is
 * undated the latest year its text names (so that an undated article's own year is not taken
 * for a past one). Found the first time a scope cue asks.
 */
final class PastBefore implements IntSupplier {
  private Document document;
  private TokenBuffer tokens;
  private int tokenCount;
  private int year = -1;

  PastBefore(Document document, TokenBuffer tokens, int tokenCount) {
    this.document = document;
    this.tokens = tokens;
    this.tokenCount = tokenCount;
  }

  @Override
  public int getAsInt() {
    if (year < 0) {
      PublicationTime published = document.published();
      year = published != null ? published.date().getYear() : latestYear();
      document = null;
      tokens = null;
    }
    return year;
  }

  /** The latest year from 1900 to 2099 written in digits in the text, or 0. */
  private int latestYear() {
    char[] chars = tokens.chars();
    int latest = 0;
    for (int t = 0; t < tokenCount; t++) {
      int s = tokens.start(t);
      if (tokens.end(t) - s != 4 || tokens.isWord(t) || tokens.isPunctuation(t)) {
        continue;
      }
      int v = 0;
      for (int k = s; k < s + 4 && v >= 0; k++) {
        char c = chars[k];
        v = c >= '0' && c <= '9' ? v * 10 + (c - '0') : -1;
      }
      if (ScopeCues.isYear(v)) {
        latest = Math.max(latest, v);
      }
    }
    return latest;
  }
}
