package io.github.countercheck.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.core.internal.SplitChars;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = SentenceSplitter.defaults();

  private static List<String> sentences(String text) {
    return SPLITTER.split(text).stream().map(s -> s.text(text)).toList();
  }

  private static String sentenceContaining(List<String> sentences, String part) {
    List<String> hits = sentences.stream().filter(s -> s.contains(part)).toList();
    assertThat(hits).as("sentences containing '%s'", part).hasSize(1);
    return hits.get(0);
  }

  @Test
  void splitsAfterFullStopsQuestionAndExclamationMarks() {
    assertThat(sentences("قتل 12 شرطيا. أصيب المئات! هل انتهى؟ نعم? Yes."))
        .containsExactly("قتل 12 شرطيا.", "أصيب المئات!", "هل انتهى؟", "نعم?", "Yes.");
  }

  @Test
  void splitsAtAnEllipsisGluedToTheNextWord() {
    assertThat(sentences("و أصيب المئات...قلب موج التظاهرات الموازين."))
        .containsExactly("و أصيب المئات...", "قلب موج التظاهرات الموازين.");
    assertThat(sentences("أصيب المئات… وقتل العشرات."))
        .containsExactly("أصيب المئات…", "وقتل العشرات.");
  }

  @Test
  void splitsAtAFullStopGluedToAnArabicWord() {
    assertThat(sentences("أقال الرئيس الحكومة.وقال المتحدث إن الوضع هادئ."))
        .containsExactly("أقال الرئيس الحكومة.", "وقال المتحدث إن الوضع هادئ.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ارتفعت الحصيلة بنسبة 12.5 في المئة خلال يومين.",
      "ارتفعت الحصيلة بنسبة ١٢٫٥ في المئة خلال يومين.",
      "قال د. محمد علي إن عدد القتلى بلغ 26 شخصا.",
      "صرح أ. أحمد بأن الوضع مستقر في المدينة.",
      "وعاش الملك في القرن الخامس ق.م. في تلك المنطقة.",
      "Mr. Smith said 12 police officers were killed.",
      "Dr. Jones said the U.S. sent 70 planes overnight.",
      "The curfew lasts from 11 p.m. until 7 a.m. local time.",
      "Resolution No. 5 was adopted by the council.",
      "J. Smith reported from pic.twitter.com and cnn.com today.",
  })
  void keepsDecimalsAbbreviationsAndInitialsInOneSentence(String text) {
    assertThat(sentences(text)).containsExactly(text);
  }

  @Test
  void keepsAShortQuotationWholeAndEndsAfterItsClosingQuote() {
    String text = "وأضاف في بيان: \"بدأت عملية لمكافحة الإرهاب. تقوم القوات الأمنية بعمل مكثف.\" "
        + "وأعلن الحداد.";
    assertThat(sentences(text)).containsExactly(
        "وأضاف في بيان: \"بدأت عملية لمكافحة الإرهاب. تقوم القوات الأمنية بعمل مكثف.\"",
        "وأعلن الحداد.");
    String guillemets = "وقال «قتل 12 شرطيا. وأصيب المئات» ثم غادر. وانتهى المؤتمر.";
    assertThat(sentences(guillemets)).containsExactly(
        "وقال «قتل 12 شرطيا. وأصيب المئات» ثم غادر.", "وانتهى المؤتمر.");
  }

  @Test
  void doesNotProtectAQuotationLongerThanTheLimit() {
    String inner = "قتل شرطي. ".repeat(50); // 500 chars
    String text = "قال \"" + inner + "\" ثم غادر.";
    assertThat(sentences(text)).hasSizeGreaterThan(10);
    assertThat(SPLITTER.withMaxQuoteLength(1000).split(text)).hasSize(1);
  }

  @Test
  void doesNotProtectAQuotationAcrossAParagraphBreak() {
    String text = "قال \"قتل شرطي. وأصيب آخر.\n\nوانتهى\" المؤتمر.";
    assertThat(sentences(text)).contains("وأصيب آخر.");
  }

  @Test
  void splitsQuotedSubheadingsOfSeed000IntoSentencesOfTheirOwn() {
    List<String> s = sentences(Seeds.text("000"));
    assertThat(s).contains("\"العشرات لقوا حتفهم\"", "\"مستعدون لتقديم الدعم\"",
        "\" يجب حل المشاكل بالحوار\"", "\"طلب توكاييف الدعم\"");
    assertThat(s).contains("و أصيب المئات...",
        "قلب موج التظاهرات الموازين في كازاخستان والتي أدت إلى استقالة الحكومة.");
    assertThat(s.get(0)).isEqualTo("العشرات من قوات الأمن و مثلها من المتظاهرين لقوا حتفهم.");
    assertThat(s).noneMatch(x -> x.contains("\n"));
  }

  @Test
  void joinsTheHardWrappedLinesOfSeed001() {
    List<String> s = sentences(Seeds.text("001"));
    String said = sentenceContaining(s, "رئيس المنظمة رئيس الوزراء الأرمني");
    assertThat(said).startsWith("وقال\nرئيس المنظمة").endsWith("\"تدخل خارجي\".");
    String killed = sentenceContaining(s, "وقتل عشرات المحتجين");
    assertThat(killed).startsWith("وقتل عشرات المحتجين")
        .contains("أكثر من 1000 شخص", "12 شرطيا")
        .endsWith("وفق التلفزيون الرسمي الكازاخي.");
    assertThat(sentenceContaining(s, "كومة ويعانقون"))
        .isEqualTo("وقال\nشهود عيان إن رجالا بزي الشرطة ظهروا وهم يرمون دروعهم وخوذاتهم في كومة"
            + " ويعانقون\nالمحتجين.");
    assertThat(sentenceContaining(s, "الـ23,00")).startsWith("وفي\nمحاولة لتطويق الأزمة")
        .endsWith("بالتوقيت المحلي.");
    assertThat(s.get(0)).startsWith("قررت منظمة").endsWith("في كامل أراضي البلاد.");
  }

  @Test
  void splitsTheTweetsOfSeed004LineByLine() {
    List<String> s = sentences(Seeds.text("004"));
    assertThat(s.get(0))
        .isEqualTo("رئيس كازاخستان يناشد دول منظمة معاهدة الأمن الجماعي تقديم المساعدة لبلاده");
    assertThat(s).contains("— kinsleyhub (@ukhub_uk) January 5, 2022",
        "— Balki Begum Bayhan (@bbbayh) January 5, 2022",
        "— NEXTA (@nexta_tv) January 5, 2022",
        "#Kazakhstan | Footage is emerging now that the internet's back.",
        "Scenes from #Almatypic.twitter.com/Obc2Wb3TGa");
    assertThat(sentenceContaining(s, "#Tokayev")).endsWith("an act of aggression.\"");
    assertThat(sentenceContaining(s, "In addition, the president"))
        .endsWith("pic.twitter.com/yN2hvBW2y6");
    assertThat(s).noneMatch(x -> x.contains("\n"));
  }

  @Test
  void keepsTheQuotedStatementOfSeed002Whole() {
    List<String> s = sentences(Seeds.text("002"));
    assertThat(sentenceContaining(s, "بدأت عملية لمكافحة الإرهاب"))
        .startsWith("وأضاف توكاييف في بيان")
        .endsWith("وتسيطر الهيئات المحلية على الوضع\".");
  }

  @Test
  void splitsUnquotedSubheadingsOfSeed003() {
    List<String> s = sentences(Seeds.text("003"));
    assertThat(s).contains("تركيا تتضامن", "بوتين يبحث التطورات");
  }

  @Test
  void treatsEveryLineOfAnUnwrappedTextAsItsOwnSentence() {
    String text = "مقتل 26 محتجا في كازاخستان\nالعشرات لقوا حتفهم\nأعلنت الوزارة مقتل 26 محتجا.\n"
        + "قوات حفظ السلام\nوصلت القوات الروسية.";
    assertThat(sentences(text)).containsExactly("مقتل 26 محتجا في كازاخستان",
        "العشرات لقوا حتفهم", "أعلنت الوزارة مقتل 26 محتجا.", "قوات حفظ السلام",
        "وصلت القوات الروسية.");
  }

  @Test
  void keepsAListOfRelatedHeadlinesApart() {
    String text = "عنوان الخبر\nاقرأ أيضا\nمصرع عامل في مشاجرة بسوهاج\nمرسي يفتتح 3 مشروعات\n"
        + "30 مسؤولا رئاسيا بسوهاج\n\nلقي 6 أشخاص مصرعهم.";
    assertThat(sentences(text)).containsExactly("عنوان الخبر", "اقرأ أيضا",
        "مصرع عامل في مشاجرة بسوهاج", "مرسي يفتتح 3 مشروعات", "30 مسؤولا رئاسيا بسوهاج",
        "لقي 6 أشخاص مصرعهم.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'a\r\nb'|2", "'a\rb'|2", "'a\u2028b'|2", "'a\u2029b'|2", "'a\n\n\nb'|2", "' \n \t\n'|0"})
  void recognisesEveryKindOfLineBreak(String text, int count) {
    assertThat(SPLITTER.split(text)).hasSize(count);
  }

  @Test
  void returnsNothingForEmptyOrBlankText() {
    assertThat(SPLITTER.split("")).isEmpty();
    assertThat(SPLITTER.split(" \n\u200F\u00A0\n ")).isEmpty();
  }

  @Test
  void numbersSentencesAndTrimsTheirSpans() {
    String text = "  أولا.   ثانيا!  ";
    List<Sentence> s = SPLITTER.split(text);
    assertThat(s).extracting(Sentence::index).containsExactly(0, 1);
    assertThat(s.get(0).span()).isEqualTo(new Span(2, 7));
    assertThat(s.get(1).text(text)).isEqualTo("ثانيا!");
  }

  @Test
  void splitsTheOriginalOfANormalizedText() {
    NormalizedText nt = TextNormalizer.normalize("قتل شرطياً. أصيب آخرون.");
    assertThat(SPLITTER.split(nt)).extracting(s -> s.text(nt.original()))
        .containsExactly("قتل شرطياً.", "أصيب آخرون.");
  }

  @Test
  void acceptsAReplacementAbbreviationList() {
    String text = "قال اللواء. محمد إن الوضع هادئ.";
    assertThat(SPLITTER.split(text)).hasSize(2);
    SentenceSplitter custom = SentenceSplitter.withAbbreviations(List.of("اللواء."));
    assertThat(custom.split(text)).hasSize(1);
    assertThat(custom.abbreviations()).containsExactly("اللواء");
    assertThatThrownBy(() -> SentenceSplitter.withAbbreviations(List.of("a b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a b");
    assertThatThrownBy(() -> SPLITTER.withMaxQuoteLength(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void recognisesUpperCaseAbbreviationsUnderATurkishDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertThat(SentenceSplitter.withAbbreviations(List.of("Insp")).split("INSP. Smith left."))
          .hasSize(1);
      assertThat(sentences("MR. SMITH SAID IT. THEN HE LEFT."))
          .containsExactly("MR. SMITH SAID IT.", "THEN HE LEFT.");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void loadsTheDefaultAbbreviationsNormalized() {
    assertThat(SPLITTER.abbreviations()).contains("د", "ا", "ق.م", "mr", "u.s", "a.m", "p.m", "no");
  }

  @Test
  void neverThrowsOnRandomTextAndKeepsSpansOrderedInsideIt() {
    Random random = new Random(2022);
    for (int k = 0; k < 300; k++) {
      String text = RandomText.of(random, random.nextInt(600));
      assertSpansValid(text, SPLITTER.split(text));
    }
  }

  @Test
  void handlesAHugeSingleLineAndUnclosedQuotes() {
    String huge = "قتل «شرطي \"في «المدينة ".repeat(5000);
    List<Sentence> s = SPLITTER.split(huge);
    assertThat(s).hasSize(1);
    assertSpansValid(huge, s);
    String dots = "قتل. ".repeat(20000);
    assertThat(SPLITTER.split(dots)).hasSize(20000);
  }

  private static void assertSpansValid(String text, List<Sentence> sentences) {
    int prevEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.start()).isGreaterThanOrEqualTo(prevEnd);
      assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
      assertThat(SplitChars.isSpaceLike(text.charAt(s.start()))).isFalse();
      assertThat(SplitChars.isSpaceLike(text.charAt(s.end() - 1))).isFalse();
      prevEnd = s.end();
    }
  }
}
