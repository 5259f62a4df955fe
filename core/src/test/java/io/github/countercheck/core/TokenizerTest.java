package io.github.countercheck.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.core.internal.TokenBuffer;
import io.github.countercheck.core.internal.Stems;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TokenizerTest {
  private static final Tokenizer TOKENIZER = Tokenizer.defaults();

  private static String forms(String text) {
    return String.join(" | ", TOKENIZER.tokenize(text).stream().map(Token::form).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "مقتل 26 محتجاً; مقتل | 26 | محتجا",
      "نحو 12شرطياً وجرح; نحو | 12 | شرطيا | وجرح",
      "ال١٩٢; ال | 192",
      "الساعة الـ23,00 حتى; الساعه | ال | 23,00 | حتي",
      "أكثر من 1,000 شخص; اكثر | من | 1,000 | شخص",
      "بنسبة 12.5%; بنسبه | 12.5 | %",
      "الساعة 10:30 مساء; الساعه | 10:30 | مساء",
      "عام 2022. وقال; عام | 2022 | . | وقال",
      "twenty-five police officers; twenty-five | police | officers",
      "the internet's back; the | internet's | back",
      "إنترفاكس-كازاخستان; انترفاكس | - | كازاخستان",
      "روسيا، إرسال «قوات»; روسيا | , | ارسال | \" | قوات | \"",
      "(@nexta_tv) #Almaty; ( | @ | nexta | _ | tv | ) | # | almaty",
      "المئات...قلب; الميات | . | . | . | قلب",
  })
  void splitsTokens(String text, String expected) {
    assertThat(forms(text)).isEqualTo(expected);
  }

  @Test
  void findsTheFirstTokenAtOrAfterAnOriginalIndex() {
    String text = "قُتل 12 شرطياً، في ألماتي.";
    List<Token> tokens = TOKENIZER.tokenize(TextNormalizer.normalize(text));
    for (int index = 0; index <= text.length(); index++) {
      int expected = 0;
      while (expected < tokens.size() && tokens.get(expected).span().start() < index) {
        expected++;
      }
      assertThat(Token.firstAtOrAfter(tokens, index)).as("index %d", index).isEqualTo(expected);
    }
    assertThat(Token.firstAtOrAfter(List.of(), 5)).isZero();
  }

  @Test
  void typesTokens() {
    List<Token> t = TOKENIZER.tokenize("قتل 12 شرطيا، 50% #");
    assertThat(t).extracting(Token::type).containsExactly(TokenType.WORD, TokenType.NUMBER,
        TokenType.WORD, TokenType.PUNCTUATION, TokenType.NUMBER, TokenType.SYMBOL,
        TokenType.SYMBOL);
  }

  @Test
  void spansCoverTheOriginalWordWithItsDiacritics() {
    String text = "مقتل 12شرطياً والمتظاهرين الـ23";
    List<Token> t = TOKENIZER.tokenize(text);
    assertThat(t).extracting(x -> x.text(text))
        .containsExactly("مقتل", "12", "شرطياً", "والمتظاهرين", "الـ", "23");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "والمتظاهرين; والمتظاهرين | المتظاهرين | متظاهرين",
      "بألفين; بالفين | الفين",
      "وزارة; وزاره | زاره",
      "للمتظاهرين; للمتظاهرين | متظاهرين",
      "وبالمستشفى; وبالمستشفي | بالمستشفي | المستشفي | مستشفي",
      "فالشرطة; فالشرطه | الشرطه | شرطه",
      "كالعادة; كالعاده | العاده | عاده",
      "لقوا; لقوا | قوا",
      "وقتل; وقتل | قتل",
      "ولد; ولد | لد",
      "الى; الي",
      "إلى; الي",
      "police; police",
  })
  void exposesProcliticStemCandidates(String word, String expected) {
    assertThat(String.join(" | ", Stems.candidates(word))).isEqualTo(expected);
    List<Token> t = TOKENIZER.tokenize(word);
    assertThat(t).hasSize(1);
    assertThat(String.join(" | ", t.get(0).stemCandidates())).isEqualTo(expected);
  }

  @Test
  void computesOffsetsOfANormalizedWordWithoutAlignment() {
    assertThat(Stems.offsets("والمتظاهرين")).isEqualTo(0b1011);
    assertThat(Stems.offsets("بالفين")).isEqualTo(0b1011);
    assertThat(Stems.offsets("مستشفي")).isEqualTo(1);
    assertThat(Stems.offsets("")).isEqualTo(1);
  }

  @Test
  void pointsStemOffsetsIntoTheNormalizedText() {
    String text = "قتل والمتظاهرين";
    NormalizedText nt = TextNormalizer.normalize(text);
    Token w = TOKENIZER.tokenize(nt).get(1);
    assertThat(w.stemCount()).isEqualTo(3);
    assertThat(w.stemOffset(0)).isZero();
    assertThat(w.stemOffset(1)).isEqualTo(1);
    assertThat(w.stemOffset(2)).isEqualTo(3);
    assertThat(w.stemStart()).isEqualTo(w.normStart() + 3);
    assertThat(nt.normalized().substring(w.stemStart(2), w.normEnd())).isEqualTo("متظاهرين");
    assertThat(w.stem(1)).isEqualTo("المتظاهرين");
    assertThat(w.text(text)).isEqualTo("والمتظاهرين");
    assertThatThrownBy(() -> w.stemOffset(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void rejectsInconsistentTokens() {
    Span s = new Span(0, 3);
    assertThatThrownBy(() -> new Token(s, 0, 3, TokenType.WORD, "ab", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ab");
    assertThatThrownBy(() -> new Token(s, 0, 3, TokenType.NUMBER, "123", 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Token(s, 0, 3, TokenType.WORD, "abc", 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Token(s, 0, 3, TokenType.WORD, "abc", 1 << 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void returnsNoTokensForEmptyOrBlankText() {
    assertThat(TOKENIZER.tokenize("")).isEmpty();
    assertThat(TOKENIZER.tokenize(" \n\t\u00A0\u200F\u0001")).isEmpty();
  }

  @Test
  void neverThrowsOnRandomTextAndKeepsSpansInsideIt() {
    Random random = new Random(1992);
    for (int k = 0; k < 300; k++) {
      String text = RandomText.of(random, random.nextInt(500));
      NormalizedText nt = TextNormalizer.normalize(text);
      List<Token> tokens = TOKENIZER.tokenize(nt);
      int prevNorm = 0;
      int prevOrig = 0;
      for (Token t : tokens) {
        assertThat(t.normStart()).isGreaterThanOrEqualTo(prevNorm);
        assertThat(t.span().start()).isGreaterThanOrEqualTo(prevOrig);
        assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(t.form()).isEqualTo(nt.normalized().substring(t.normStart(), t.normEnd()));
        assertThat(TextNormalizer.normalizeForm(t.text(text))).isEqualTo(t.form());
        prevNorm = t.normEnd();
        prevOrig = t.span().end();
      }
    }
  }

  @Test
  void keepsALoneSurrogateAndANoncharacterAsSymbols() {
    assertThat(TOKENIZER.tokenize("قتل\uD800\uFFFF"))
        .extracting(Token::type)
        .containsExactly(TokenType.WORD, TokenType.SYMBOL, TokenType.SYMBOL);
    assertThat(TOKENIZER.tokenize("\uD83D\uDE00")).singleElement()
        .extracting(Token::length).isEqualTo(2);
  }

  @Test
  void tokenizesAHugeSingleLine() {
    String huge = "قتل 12شرطياً و1,000 ".repeat(5000);
    assertThat(TOKENIZER.tokenize(huge)).hasSize(5 * 5000);
    String digits = "9".repeat(100_000);
    assertThat(TOKENIZER.tokenize(digits)).singleElement()
        .extracting(Token::type).isEqualTo(TokenType.NUMBER);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "قتل 12 شرطياً. وأصيب twenty-five آخرون في ألماتي",
      "الساعة الـ23,00 حتى 1,000 شخص؛ the internet's back",
      "  مقتل 26 محتجاً\n\nوجرح ١٢ "})
  void tokenizesFromEveryTokenStartAsTheWholeText(String text) {
    NormalizedText nt = TextNormalizer.normalize(text);
    List<Token> all = TOKENIZER.tokenize(nt);
    for (int k = 0; k < all.size(); k++) {
      int from = k == 0 ? 0 : all.get(k - 1).normEnd(); // the separators before token k included
      for (int max = 0; max <= all.size() - k + 1; max++) {
        assertThat(TOKENIZER.tokenize(nt, from, max))
            .isEqualTo(all.subList(k, Math.min(all.size(), k + max)));
      }
    }
  }

  @Test
  void refusesANegativeTokenCount() {
    NormalizedText nt = TextNormalizer.normalize("قتل 12 شرطيا. وأصيب 3");
    assertThatThrownBy(() -> TOKENIZER.tokenize(nt, 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // the words that have parts, as the numeral grammar reads them, are marked +
      "قتل تسعةأشخاص أمس; قتل | تسعهاشخاص+ | امس",
      "سنة جديدة; سنه | جديده",
      "ثلاثةآلاف; ثلاثهالاف+",
      "بةلد; بهلد",
      "ثلاثةآلافة ثلاثة; ثلاثهالافه+ | ثلاثه",
      "ثلاثةة مدرسةً; ثلاثهه+ | مدرسه",
      "twenty-five police officers' cars; twenty-five+ | police | officers | ' | cars",
      "the internet's back; the | internet's+ | back",
      "قتل 12/3 و1,,000; قتل | 12 | / | 3 | و | 1 | , | , | 000",
      "𝐀bc a; 𝐀bc+ | a"})
  void marksTheWordsWithParts(String text, String expected) {
    NormalizedText nt = TextNormalizer.normalize(text);
    TokenBuffer buffer = new TokenBuffer();
    int n = buffer.fill(nt);
    List<Token> all = TOKENIZER.tokenize(nt);
    assertThat(n).isEqualTo(all.size());
    StringBuilder got = new StringBuilder();
    for (int i = 0; i < n; i++) {
      assertThat(buffer.span(i)).isEqualTo(all.get(i).span());
      assertThat(buffer.type(i)).isEqualTo(all.get(i).type());
      assertThat(buffer.stemOffsets(i)).isEqualTo(all.get(i).stemOffsets());
      got.append(i == 0 ? "" : " | ").append(buffer.form(i)).append(buffer.hasParts(i) ? "+" : "");
    }
    assertThat(got.toString()).isEqualTo(expected);
  }
}
