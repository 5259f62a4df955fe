package io.github.countercheck.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.core.internal.SplitChars;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class TextAnalysisTest {

  @Test
  void findsTheTokensOfEachSentence() {
    Document doc = Document.of("t.txt", "قتل 12شرطياً. أصيب أكثر من 1,000 شخص.\nالعشرات لقوا حتفهم");
    TextAnalysis a = TextAnalysis.of(doc);
    assertThat(a.sentences()).hasSize(3);
    assertThat(a.tokensIn(a.sentences().get(0))).extracting(Token::form)
        .containsExactly("قتل", "12", "شرطيا", ".");
    assertThat(a.tokensIn(a.sentences().get(1))).extracting(Token::form)
        .containsExactly("اصيب", "اكثر", "من", "1,000", "شخص", ".");
    assertThat(a.tokensIn(a.sentences().get(2))).extracting(Token::form)
        .containsExactly("العشرات", "لقوا", "حتفهم");
    assertThat(a.tokenStart(a.sentences().get(1))).isEqualTo(4);
    assertThat(a.tokenEnd(a.sentences().get(1))).isEqualTo(10);
  }

  @Test
  void locatesTheSentenceOfAnOffset() {
    String text = "أولا.  ثانيا.";
    TextAnalysis a = TextAnalysis.of(Document.of("t", text));
    assertThat(a.sentenceIndexAt(0)).isZero();
    assertThat(a.sentenceIndexAt(5)).isEqualTo(-1);
    assertThat(a.sentenceIndexAt(text.indexOf('ث'))).isEqualTo(1);
  }

  @Test
  void analysesEmptyText() {
    TextAnalysis a = TextAnalysis.of(Document.of("empty", ""));
    assertThat(a.sentences()).isEmpty();
    assertThat(a.tokens()).isEmpty();
    assertThat(a.normalized().normalized()).isEmpty();
  }

  @Test
  void partitionsTheTokensOfEverySeedAmongItsSentences() {
    for (String n : List.of("000", "001", "002", "003", "004")) {
      assertEveryTokenInOneSentence(TextAnalysis.of(Document.fromFile(Seeds.path(n))));
    }
  }

  @Test
  void partitionsTheTokensOfRandomText() {
    Random random = new Random(5);
    for (int k = 0; k < 100; k++) {
      assertEveryTokenInOneSentence(
          TextAnalysis.of(Document.of("r", RandomText.of(random, random.nextInt(400)))));
    }
  }

  @Test
  void analysesAHundredThousandCharacterLineOfJunk() {
    String junk = RandomText.of(new Random(100), 100_000).replace('\n', ' ').replace('\r', ' ');
    TextAnalysis a = TextAnalysis.of(Document.of("junk", junk));
    assertThat(a.tokens()).isNotEmpty();
    assertThat(a.tokens().get(a.tokens().size() - 1).span().end()).isLessThanOrEqualTo(junk.length());
    assertEveryTokenInOneSentence(a);
  }

  private static void assertEveryTokenInOneSentence(TextAnalysis a) {
    int counted = 0;
    for (Sentence s : a.sentences()) {
      List<Token> tokens = a.tokensIn(s);
      for (Token t : tokens) {
        assertThat(s.span().contains(t.span().start())).isTrue();
      }
      counted += tokens.size();
    }
    // tokens outside every sentence can only be made of characters the splitter trims
    for (Token t : a.tokens()) {
      if (a.sentenceIndexAt(t.span().start()) < 0) {
        counted++;
        assertThat(t.text(a.text()).chars()
            .allMatch(c -> SplitChars.isSpaceLike((char) c))).isTrue();
      }
    }
    assertThat(counted).isEqualTo(a.tokens().size());
  }
}
