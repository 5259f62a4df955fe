package io.github.countercheck.core;

import io.github.countercheck.core.internal.CoreAccess;
import io.github.countercheck.core.internal.Friends;
import io.github.countercheck.core.internal.SplitScratch;

/** The package-private parts of this package that {@code core.internal} reads: see {@link CoreAccess}. */
final class CoreHooks extends CoreAccess {
  static {
    Friends.register(CoreAccess.class, new CoreHooks());
  }

  private CoreHooks() {}

  @Override
  public char[] normalizationTable() {
    return TextNormalizer.TABLE;
  }

  @Override
  public char deleted() {
    return TextNormalizer.DELETE;
  }

  @Override
  public byte[] letterScripts() {
    return Language.LETTER_SCRIPT;
  }

  @Override
  public byte latinLetter() {
    return Language.LATIN_LETTER;
  }

  @Override
  public int maxAbbreviation() {
    return SentenceSplitter.MAX_ABBREVIATION;
  }

  @Override
  public void sentences(SentenceSplitter splitter, char[] text, int n, SplitScratch scratch,
      SentenceSink out) {
    splitter.sentences(text, n, scratch, out);
  }

  @Override
  public void tokens(char[] s, int n, int from, int maxTokens, String original, int[] align,
      TokenSink sink) {
    Tokenizer.scan(s, n, from, maxTokens, original, align, sink);
  }

  @Override
  public Language detect(char[] text, int start, int end) {
    return Language.detect(text, start, end);
  }

  @Override
  public int[] alignment(NormalizedText text) {
    return text.alignment();
  }

  @Override
  public Span toOriginal(int[] align, String original, int start, int end) {
    return NormalizedText.toOriginal(align, original, start, end);
  }

  @Override
  public int originalEnd(int[] align, String original, int end) {
    return NormalizedText.originalEnd(align, original, end);
  }
}
