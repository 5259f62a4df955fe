package io.github.countercheck.claims.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.core.internal.CharClass;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.TextNormalizer;
import io.github.countercheck.core.internal.TokenBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The numeral grammar's tokens read over the core tokens are those of its own rules, written
 * here as the one-pass reference they replaced: words are runs of letters that a ta marbuta
 * ends, digit runs are what {@link DigitRun} reads, any other char but white space is a token.
 */
final class TokenViewTest {

  /** The grammar's rules as one pass over the chars: start, end, kind and space flags per token. */
  private static List<String> reference(Source src) {
    char[] s = src.s;
    int n = src.n;
    List<String> out = new ArrayList<>();
    int i = 0;
    int pending = 0;
    while (i < n) {
      char c = s[i];
      if (CharClass.isSpace(c)) {
        pending |= c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' ? 3 : 1;
        i++;
        continue;
      }
      int j;
      String kind;
      if (DigitRun.isDigit(c)) {
        DigitRun r = DigitRun.read(s, n, i);
        j = r.end;
        kind = "NUM " + r.kind + " " + r.value;
      } else if (CharClass.isLetter(c)) {
        j = i + 1;
        while (j < n && CharClass.isLetter(s[j])
            && !(s[j - 1] == '\u0647' && j - i >= 3 && src.originalChar(j - 1) == '\u0629')) {
          j++;
        }
        kind = "WORD";
      } else {
        j = i + 1;
        if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(s[j])) {
          j++;
        }
        kind = "PUNCT";
      }
      out.add(i + "-" + j + " " + kind + " " + pending);
      pending = 0;
      i = j;
    }
    return out;
  }

  private static List<String> view(TokenView tk) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tk.size; i++) {
      String kind = tk.kind[i] == TokenView.NUM ? "NUM " + tk.runs[i].kind + " " + tk.runs[i].value
          : tk.kind[i] == TokenView.WORD ? "WORD" : "PUNCT";
      out.add(tk.start[i] + "-" + tk.end[i] + " " + kind + " " + tk.flags[i]);
    }
    return out;
  }

  private static void assertSameAsReference(String text) {
    NormalizedText nt = TextNormalizer.normalize(text);
    Source src = Source.of(nt);
    TokenBuffer core = new TokenBuffer();
    int count = core.fill(nt);
    TokenView tk = TokenView.of(src);
    assertThat(view(tk)).as(text).isEqualTo(reference(src));
    // each token knows the core token it starts in, or -1 between them
    for (int i = 0; i < tk.size; i++) {
      int expected = -1;
      for (int c = 0; c < count; c++) {
        if (core.start(c) <= tk.start[i] && tk.start[i] < core.end(c)) {
          expected = c;
        }
      }
      assertThat(tk.core[i]).as(text + " token " + i).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "قتل تسعةأشخاص وأصيب ثلاثةآلاف",
      "twenty-five police officers' cars, the internet's",
      "77/100 و6/1/2022 و1,,000 و1..5 و1:234 و10:30 و1/2/3/4 و12,5.3",
      "قتل\u200f 12\u200c شخصا\u0001 و\u0000 20 \u2028 30",
      "𝐀 12 𝟏𝟐 a\u0301b ١٢ ۱۲ \u0967\u0968 5",
      "الـ23,00 12شرطيا و659 -5 +20 .5 1,000,000 1.000.000 192.168.1.2",
      "",
      "   \n  ",
      "ة ةة بة بةة 12ة"})
  void readsTheCoreTokensAsItsOwnRules(String text) {
    assertSameAsReference(text);
  }

  @Test
  void readsRandomTextsAsItsOwnRules() {
    String[] pieces = {"قتل", "ثلاثة", "ة", "ه", "أ", "twenty", "five", "-", "'", "1", "23", "000",
        ",", ".", ":", "/", " ", "\n", "\u200f", "\u200c", "\u0001", "\u0301", "𝐀", "٫", "%",
        "١", "\u0967", "و", "\t"};
    Random random = new Random(15);
    for (int t = 0; t < 3000; t++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + random.nextInt(12);
      for (int k = 0; k < len; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      assertSameAsReference(b.toString());
    }
  }
}
