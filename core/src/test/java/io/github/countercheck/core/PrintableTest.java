package io.github.countercheck.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PrintableTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "plain text|plain text",
      "مقتل 26 محتجاً|مقتل 26 محتجاً",
      "a\u001b[2Jb|a\u241b[2Jb",
      "title\u001b]0;pwned\u0007end|title\u241b]0;pwned\u2407end",
      "a\u007fb\u0085c\u009bd|a\u2421b c\ufffdd",
      "x\u202eDETUPSID\u202cy|xDETUPSIDy",
      "x\u2067y\u2069z|xyz",
      "رويترز\u200f|رويترز\u200f",
  })
  void neutralisesWhatATerminalWouldActOn(String in, String out) {
    assertThat(Printable.oneLine(in)).isEqualTo(out);
  }

  @Test
  void putsEveryLineBreakAndWhitespaceRunOnOneLineAsOneSpace() {
    assertThat(Printable.oneLine("a\n# heading\r\n\tb  c\u2028d")).isEqualTo("a # heading b c d");
    assertThat(Printable.oneLine("")).isEmpty();
    assertThat(Printable.oneLine(" ")).isEqualTo(" ");
  }

  @Test
  void noControlCharacterSurvivesRandomText() {
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        sb.append((char) (random.nextBoolean() ? random.nextInt(0xA0) : random.nextInt(0x3000)));
      }
      String s = Printable.oneLine(sb.toString());
      assertThat(s.chars().noneMatch(c -> c < 0x20 || c >= 0x7F && c <= 0x9F
          || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069)).as(s).isTrue();
    }
  }
}
