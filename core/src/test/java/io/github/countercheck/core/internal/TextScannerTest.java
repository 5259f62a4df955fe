package io.github.countercheck.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.core.Language;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.RandomText;
import io.github.countercheck.core.Seeds;
import io.github.countercheck.core.Sentence;
import io.github.countercheck.core.SentenceSplitter;
import io.github.countercheck.core.TextNormalizer;
import io.github.countercheck.core.Token;
import io.github.countercheck.core.Tokenizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A {@link TextScanner} must see a text exactly as the classes it stands in for: the normalizer,
 * the sentence splitter, the tokenizer and language detection. Each view is compared with them on
 * news sentences, on reflowed seeds and on random text, with the same scanner reused from text to
 * text, long and short, so that a buffer left from the text before shows.
 */
final class TextScannerTest {

  private static final String[] TEXTS = {
    "",
    " ",
    "قتل 12 شرطيا. وأصيب twenty-five آخرون في ألماتي",
    "الساعة الـ23,00 حتى 1,000 شخص؛ the internet's back",
    "  مقتل 26 محتجاً\n\nوجرح ١٢ ",
    "\"العشرات لقوا حتفهم\"\nقال د. محمد إن الحصيلة 8. ثم ارتفعت إلى 12!",
    "Mr. Smith said 12 police officers were killed.\r\nAbout 1,000 were injured…",
    "أَصِيبَ أكثرُ من ١٠٠٠ شخصٍ ـ وفق وزارة الصحة\u200F.",
    "والمتظاهرين بألفين للمتظاهرين \uD83D\uDE00 \uD800 x\uFFFFy",
  };

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
  void seesATextAsTheNormalizerSplitterAndTokenizerDo(int which) {
    TextScanner scanner = new TextScanner();
    scanner.scan("a much longer text first, so that the buffers hold chars from before: "
        .repeat(20));
    check(scanner, TEXTS[which]);
  }

  @Test
  void seesTheSeedsAndRandomTextsAsTheReferenceClassesDo() {
    TextScanner scanner = new TextScanner();
    for (String number : new String[] {"000", "001", "002", "003", "004"}) {
      String seed = Seeds.text(number);
      check(scanner, seed);
      check(scanner, seed.replace('\n', ' '));
      check(scanner, seed.replace(". ", ".\n"));
    }
    Random random = new Random(3);
    for (int i = 0; i < 300; i++) {
      check(scanner, RandomText.of(random, random.nextInt(i < 10 ? 3000 : 200)));
    }
  }

  @Test
  void letsGoOfTheBuffersOfAHugeText() {
    TextScanner scanner = new TextScanner();
    String huge = "قتل 12 شرطيا. ".repeat(100_000);
    check(scanner, huge);
    check(scanner, TEXTS[2]);
    assertThat(scanner.normalizedChars().length).isLessThan(huge.length());
  }

  @Test
  void releaseLetsGoOfTheBuffersOfAHugeTextAndKeepsThoseOfAShortOne() {
    TextScanner scanner = new TextScanner();
    String huge = "قتل 12 شرطيا. ".repeat(30_000);
    check(scanner, huge);
    scanner.release();
    assertThat(scanner.normalizedChars().length).isLessThanOrEqualTo(BufferPolicy.KEEP);
    check(scanner, TEXTS[2]);
    char[] kept = scanner.normalizedChars();
    scanner.release();
    assertThat(scanner.normalizedChars()).isSameAs(kept);
    check(scanner, TEXTS[1]);
  }

  @Test
  void refusesRangesOutsideTheText() {
    TextScanner scanner = new TextScanner().scan("قتل 12 شرطيا");
    assertThatThrownBy(() -> scanner.tokenize(99, 3, new TokenBuffer()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new TokenBuffer().start(0))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> scanner.toOriginal(0, 99))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> scanner.sentenceStart(1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> scanner.normalizedIndex(-1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> scanner.tokenize(0, -1, new TokenBuffer()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> scanner.scan(null)).isInstanceOf(NullPointerException.class);
  }

  private static void check(TextScanner scanner, String text) {
    TokenBuffer buffer = new TokenBuffer();
    scanner.scan(text);
    NormalizedText nt = TextNormalizer.normalize(text);
    String norm = nt.normalized();
    assertThat(scanner.text()).isSameAs(text);
    assertThat(scanner.normalizedLength()).isEqualTo(norm.length());
    assertThat(new String(scanner.normalizedChars(), 0, norm.length())).isEqualTo(norm);
    for (int k = 0; k <= norm.length(); k++) {
      assertThat(scanner.originalIndex(k)).isEqualTo(nt.originalIndex(k));
    }
    for (int i = 0; i <= text.length(); i++) {
      assertThat(scanner.normalizedIndex(i)).isEqualTo(nt.normalizedIndex(i));
    }
    List<Sentence> sentences = SentenceSplitter.defaults().split(text);
    assertThat(scanner.sentenceCount()).isEqualTo(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      assertThat(scanner.sentenceStart(s)).isEqualTo(sentence.start());
      assertThat(scanner.sentenceEnd(s)).isEqualTo(sentence.end());
      assertThat(scanner.language(sentence.start(), sentence.end()))
          .isEqualTo(Language.detect(text, sentence.start(), sentence.end()));
    }
    List<Token> tokens = Tokenizer.defaults().tokenize(nt);
    // from every token start of a short text, from about 40 of a long one
    int step = Math.max(1, tokens.size() / 40);
    for (int k = 0; k < tokens.size(); k += k < 3 ? 1 : step) {
      int from = k == 0 ? 0 : tokens.get(k - 1).normEnd();
      for (int max : new int[] {0, 1, 3, Integer.MAX_VALUE}) {
        List<Token> expected = tokens.subList(k, (int) Math.min(tokens.size(), (long) k + max));
        assertThat(scanner.tokenize(from, max, buffer)).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
          Token t = expected.get(i);
          assertThat(buffer.type(i)).isEqualTo(t.type());
          assertThat(buffer.form(i)).isEqualTo(t.form());
          assertThat(new String(buffer.chars(), buffer.start(i), buffer.end(i) - buffer.start(i)))
              .isEqualTo(t.form());
          assertThat(buffer.start(i)).isEqualTo(t.normStart());
          assertThat(buffer.end(i)).isEqualTo(t.normEnd());
          assertThat(buffer.stemOffsets(i)).isEqualTo(t.stemOffsets());
          assertThat(buffer.span(i)).isEqualTo(t.span());
          assertThat(buffer.originalStart(i)).isEqualTo(t.span().start());
          assertThat(buffer.originalEnd(i)).isEqualTo(t.span().end());
        }
      }
      if (k % 3 == 0) {
        int end = tokens.get(Math.min(tokens.size() - 1, k + 4)).normEnd();
        assertThat(scanner.toOriginal(from, end)).isEqualTo(nt.toOriginal(from, end));
      }
    }
  }
}
