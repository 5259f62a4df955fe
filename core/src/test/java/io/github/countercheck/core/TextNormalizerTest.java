package io.github.countercheck.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class TextNormalizerTest {

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({
      "alef with hamza below, إصابة, اصابه",
      "alef with hamza above, أكثر, اكثر",
      "alef with madda, آلاف, الاف",
      "alef wasla, ٱلله, الله",
      "alef maqsura, مستشفى, مستشفي",
      "teh marbuta, الشرطة, الشرطه",
      "waw with hamza, مسؤول, مسوول",
      "yeh with hamza, رئيس, رييس",
      "tanwin fath, شرطياً, شرطيا",
      "shadda and damma, تمّت, تمت",
      "superscript alef, هٰذا, هذا",
      "tatweel, الـ23, ال23",
      "alef madda and tashkeel, ألمآتا, الماتا",
      "Arabic-Indic digits, ١٩٩٢, 1992",
      "Persian digits, ۱۲۳۴, 1234",
      "Arabic decimal separator, ١٢٫٥, 12.5",
      "Arabic thousands separator, ١٬٠٠٠, '1,000'",
      "Arabic comma, روسيا، إرسال, 'روسيا, ارسال'",
      "Arabic question mark, لماذا؟, لماذا?",
      "Arabic percent sign, ٥٠٪, 50%",
      "Farsi yeh, کردی, كردي",
      "Latin case, Kazakhstan NEXTA, kazakhstan nexta",
      "curly double quotes, “قوات”, '\"قوات\"'",
      "guillemets, «الصحة», '\"الصحه\"'",
      "curly single quote, internet’s, internet's",
      "en dash, ألما–أتا, الما-اتا",
      "em dash, — NEXTA, - nexta",
  })
  void appliesEachRule(String rule, String original, String expected) {
    assertThat(TextNormalizer.normalize(original).normalized()).as(rule).isEqualTo(expected);
    assertThat(TextNormalizer.normalizeForm(original)).as(rule).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "no-break space, '\u00A0', ' '",
      "narrow no-break space, '\u202F', ' '",
      "thin space, '\u2009', ' '",
      "zero-width non-joiner, '\u200C', ''",
      "zero-width space, '\u200B', ''",
      "right-to-left mark, '\u200F', ''",
      "Arabic letter mark, '\u061C', ''",
      "left-to-right embedding, '\u202A', ''",
      "soft hyphen, '\u00AD', ''",
      "byte-order mark, '\uFEFF', ''",
  })
  void mapsInvisibleCharacters(String rule, String ch, String expected) {
    String text = "مقتل" + ch + "26";
    assertThat(TextNormalizer.normalize(text).normalized()).as(rule)
        .isEqualTo("مقتل" + expected + "26");
  }

  @Test
  void lowerCasesLatinIndependentlyOfTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(TextNormalizer.normalizeForm("ISTANBUL İzmir")).isEqualTo("istanbul izmir");
      NormalizedText nt = TextNormalizer.normalize("ISTANBUL İzmir");
      assertThat(nt.normalized()).hasSameSizeAs(nt.original()).isEqualTo("istanbul izmir");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void mapsATrailingTashkeelBackIntoTheWord() {
    NormalizedText nt = TextNormalizer.normalize("قتل 12شرطياً خلال");
    int start = nt.normalized().indexOf("شرطيا");
    Span span = nt.toOriginal(start, start + "شرطيا".length());
    assertThat(span.of(nt.original())).isEqualTo("شرطياً");
  }

  @Test
  void doesNotExtendAcrossADeletedBidiMark() {
    NormalizedText nt = TextNormalizer.normalize("مقتل\u200F 26");
    Span span = nt.toOriginal(0, 4);
    assertThat(span.of(nt.original())).isEqualTo("مقتل");
  }

  @Test
  void mapsOriginalIndicesToNormalizedOnes() {
    NormalizedText nt = TextNormalizer.normalize("شرطياً قتل");
    assertThat(nt.normalizedIndex(0)).isZero();
    assertThat(nt.normalizedIndex(5)).isEqualTo(5); // the tanwin: next kept char is the space
    assertThat(nt.normalizedIndex(7)).isEqualTo(6);
    assertThat(nt.normalizedIndex(nt.original().length())).isEqualTo(nt.length());
    assertThat(nt.toNormalized(new Span(7, 10))).isEqualTo(new Span(6, 9));
  }

  @Test
  void normalizesEmptyText() {
    NormalizedText nt = TextNormalizer.normalize("");
    assertThat(nt.normalized()).isEmpty();
    assertThat(nt.toOriginal(0, 0)).isEqualTo(new Span(0, 0));
    assertThat(nt.normalizedIndex(0)).isZero();
  }

  static Stream<String> texts() throws IOException {
    Stream.Builder<String> b = Stream.builder();
    try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
      for (Path p : files.sorted().toList()) {
        b.add(Document.readUtf8(p));
      }
    }
    Random random = new Random(42);
    for (int k = 0; k < 20; k++) {
      b.add(RandomText.of(random, 300));
    }
    b.add("ألمآتا شرطياً\u200F\u0640\u064B إصابةٌ ١٢٫٥ \uFFFF\uD800x\uDC00");
    return b.build();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void everyNormalizedRangeMapsBackToOriginalTextWithTheSameNormalForm(String text) {
    NormalizedText nt = TextNormalizer.normalize(text);
    String norm = nt.normalized();
    assertThat(norm).isEqualTo(TextNormalizer.normalizeForm(text));
    Random random = new Random(text.length());
    int n = norm.length();
    for (int k = 0; k < 300 && n > 0; k++) {
      int s = random.nextInt(n + 1);
      int e = s + random.nextInt(Math.min(40, n - s) + 1);
      Span span = nt.toOriginal(s, e);
      assertThat(span.end()).isLessThanOrEqualTo(text.length());
      assertThat(TextNormalizer.normalizeForm(span.of(text)))
          .as("range [%s, %s)", s, e)
          .isEqualTo(norm.substring(s, e));
      assertThat(nt.toNormalized(span)).isEqualTo(new Span(s, e));
    }
  }

  @Test
  void keepsTheAlignmentMonotonic() {
    NormalizedText nt = TextNormalizer.normalize(RandomText.of(new Random(7), 2000));
    int prev = -1;
    for (int i = 0; i <= nt.length(); i++) {
      int o = nt.originalIndex(i);
      assertThat(o).isGreaterThan(prev);
      prev = o;
    }
    assertThat(prev).isEqualTo(nt.original().length());
  }

  @Test
  void passesLoneSurrogatesAndNoncharactersThrough() {
    List<String> odd = List.of("\uD800", "\uDC00", "\uFFFF", "\u0000\u0001\u007F");
    for (String s : odd) {
      assertThat(TextNormalizer.normalize(s).normalized()).isEqualTo(s);
    }
  }
}
