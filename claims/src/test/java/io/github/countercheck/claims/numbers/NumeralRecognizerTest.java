package io.github.countercheck.claims.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Quantity;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NumeralRecognizerTest {
  private static final NumeralRecognizer NUMERALS = NumeralRecognizer.create();

  private static NumeralMention only(String text) {
    List<NumeralMention> found = NUMERALS.find(text);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} has {1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      أصيب أكثر من مئتي شخص                 | مئتي              | 200
      أرسلت ألفي جندي                        | ألفي              | 2000
      قتل 12شرطياً                           | 12                | 12
      مقتل ٢٦ محتجاً                         | ٢٦                | 26
      قتل ۱۲ شرطيا                           | ۱۲                | 12
      أصيب 1,200 شخص                         | 1,200             | 1200
      أصيب ١٬٢٠٠ شخص                         | ١٬٢٠٠             | 1200
      فر 1 000 000 لاجئ                      | 1 000 000         | 1000000
      وصل عدد اللاجئين إلى 2.5 مليون لاجئ    | 2.5 مليون         | 2500000
      فر ١٫٥ مليون شخص                       | ١٫٥ مليون         | 1500000
      نزح ٣ ملايين شخص                       | ٣ ملايين          | 3000000
      قتل 10 آلاف شخص                        | 10 آلاف           | 10000
      اعتقل 100 ألف شخص                      | 100 ألف           | 100000
      عبر 4 آلاف و659 لاجئا                  | 4 آلاف و659       | 4659
      ضبط ألف و200 قرص                       | ألف و200          | 1200
      قتل خمسة وعشرون شخصا                   | خمسة وعشرون       | 25
      قتل خمسة و عشرون شخصا                  | خمسة و عشرون      | 25
      اعتقل ثلاثمائة وخمسين متظاهرا           | ثلاثمائة وخمسين   | 350
      اعتقل ثلاث مئة متظاهر                   | ثلاث مئة          | 300
      اعتقل ثلاثمئة متظاهر                    | ثلاثمئة           | 300
      حضر ألف ومئتان                          | ألف ومئتان        | 1200
      قتل مائتا جندي                          | مائتا             | 200
      قتل مائتي جندي                          | مائتي             | 200
      أصيب أحد عشر شخصا                       | أحد عشر           | 11
      أصيبت إحدى عشرة امرأة                   | إحدى عشرة         | 11
      قتل اثنا عشر شرطيا                      | اثنا عشر          | 12
      قتل ثماني عشرة امرأة                    | ثماني عشرة        | 18
      قتل ثلاثة آلاف شخص                      | ثلاثة آلاف        | 3000
      فر مليونان من السكان                    | مليونان           | 2000000
      خسرت الشركة مليار                       | مليار             | 1000000000
      اعتقل اثنين                             | اثنين             | 2
      وصل بألفين من الجنود                    | ألفين             | 2000
      أكد أن الثمانية الذين اعتقلوا أفرج عنهم  | ثمانية            | 8
      والقت القبض على الاثنين الآخرين          | اثنين             | 2
      أكد أن التسعة عشر شخصا اعتقلوا          | تسعة عشر          | 19
      وقتل وخمسة آخرون                        | خمسة              | 5
      killed twenty-five people               | twenty-five       | 25
      killed twenty five people               | twenty five       | 25
      two hundred and fifty people            | two hundred and fifty | 250
      a dozen police                          | a dozen           | 12
      a hundred people                        | a hundred         | 100
      sent 2 million doses                    | 2 million         | 2000000
      3,000 protesters                        | 3,000             | 3000
      ninety-nine balloons                    | ninety-nine       | 99
      one thousand two hundred                | one thousand two hundred | 1200
      about 2.5 lakh people                   | 2.5 lakh          | 250000
      two crore voters                        | two crore         | 20000000
      لقي تسعةأشخاص مصرعهم                    | تسعة              | 9
      قتل ثلاثةجنود في الهجوم                  | ثلاثة             | 3
      سجلت 02ر2 مليون مركبة                   | 02ر2 مليون        | 2020000
      half a million people fled              | half a million    | 500000
      فر نصف مليون لاجئ                       | نصف مليون         | 500000
      seven lakh people gathered              | seven lakh        | 700000
      up to a lakh kar sevaks                 | a lakh            | 100000
      nearly 1.5 lakh refugees                | 1.5 lakh          | 150000
      five crore people                       | five crore        | 50000000
      """)
  void readsTheValueOfACount(String text, String numeral, BigDecimal value) {
    NumeralMention m = only(text);
    assertThat(m.text()).isEqualTo(numeral);
    assertThat(m.value()).isEqualByComparingTo(value);
    assertThat(m.label()).isEqualTo(NumeralLabel.COUNT);
    assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(numeral);
  }

  @ParameterizedTest(name = "{0}: {1} is {2}")
  @CsvSource(delimiter = '|', textBlock = """
      فرض حظر تجول من الساعة الـ23,00                   | 23,00   | TIME
      يبدأ الاجتماع 10:30                                | 10:30   | TIME
      the blast at 11 p.m. killed                        | 11      | TIME
      تأسست في 1992                                      | 1992    | YEAR
      منذ عام 2007                                       | 2007    | YEAR
      القانون لسنة 2007                                  | 2007    | YEAR
      تأسست في مايو/ أيار 1992                           | 1992    | YEAR
      ولد في 5 مايو                                      | 5       | DATE
      on January 5 they left                             | 5       | DATE
      arrested on Jan. 6 and                             | 6       | DATE
      بتاريخ 6/1/2022                                    | 6/1/2022 | DATE
      مهلة 5 أيام                                        | 5       | DURATION
      waited 5 days                                      | 5       | DURATION
      on a three-day official visit                      | three   | DURATION
      ending a 14-hour siege                             | 14      | DURATION
      ending a 14-hour stand-off                         | 14      | DURATION
      killed over a 24-hour period                       | 24      | DURATION
      on a two-day official visit                        | two     | DURATION
      given a 20-month conditional sentence              | 20      | DURATION
      معاذ الخطيب (52 عاما) الواعظ                       | 52      | AGE
      ارتفعت الأسعار 42 بالمئة                           | 42      | PERCENT
      ارتفعت الأسعار 42 في المائة                        | 42      | PERCENT
      ارتفعت الأسعار 42%                                 | 42      | PERCENT
      وارتفعت نسبة المشتركين 6ر20% عن العام الماضي       | 6ر20    | PERCENT
      سعر اللتر 120 تنغي                                 | 120     | MONEY
      it cost $5                                         | 5       | MONEY
      paid rs 2 lakh to the kin                          | 2 lakh  | MONEY
      paid rs. 20,000 to the injured                     | 20,000  | MONEY
      paid 5 crore rupees to the victims                 | 5 crore | MONEY
      paid Rs 2 lakh to each family                      | 2 lakh  | MONEY
      a loss of Rs. 200 crore                            | 200 crore | MONEY
      two lakh rupees each                               | two lakh | MONEY
      relief from Rs 2 to 5 lakh per family              | 5 lakh  | MONEY
      fined Rs 500-1,000 each                            | 1,000   | MONEY
      دفع 10 آلاف جنيه                                   | 10 آلاف | MONEY
      رصدت مليون دولار                                   | مليون   | MONEY
      على بعد 600 متر                                    | 600     | MEASURE
      تقع على بعد 70 كيلومترا                            | 70      | MEASURE
      اتصل على +201234567890                             | +201234567890 | PHONE
      اتصل على 0123456789                                | 0123456789 | PHONE
      المادة 27 من الدستور                               | 27      | REFERENCE
      بموجب بند 27 أ                                     | 27      | REFERENCE
      القرار رقم 5 صدر                                   | 5       | REFERENCE
      بطلق ناري من عيار 7.62 مم                          | 7.62    | REFERENCE
      وهي من مواليد 56 وتقيم بالقرية                     | 56      | REFERENCE
      will send three C-130 cargo planes                 | 130     | REFERENCE
      airlifted by il-76 planes to the state             | 76      | REFERENCE
      his victory from rajkot-2 but he failed            | 2       | REFERENCE
      arrested on national highway 28 on friday          | 28      | REFERENCE
      blocked nh 31 near the town                        | 31      | REFERENCE
      class 10 students were injured                     | 10      | REFERENCE
      grade 5 pupils were hurt                           | 5       | REFERENCE
      the dcp of zone 4 in ahmedabad                     | 4       | REFERENCE
      10 students were injured                           | 10      | COUNT
      the 3rd day                                        | 3       | ORDINAL
      """)
  void labelsWhatIsNotACount(String text, String numeral, NumeralLabel label) {
    NumeralMention m = NUMERALS.find(text).stream().filter(x -> x.text().equals(numeral)).findFirst().orElseThrow();
    assertThat(m.label()).as(text).isEqualTo(label);
  }

  @Test
  void labelsEveryNumberOfADateRangeAndOfALawReference() {
    List<NumeralMention> found = NUMERALS.find("خلال الفترة من الـ 5 إلى الـ 19 من كانون الثاني/ يناير");
    assertThat(found).extracting(NumeralMention::text).containsExactly("5", "19");
    assertThat(found).extracting(NumeralMention::label).containsOnly(NumeralLabel.DATE);
    List<NumeralMention> law = NUMERALS.find("القانون رقم 12 لسنة 2007");
    assertThat(law).extracting(NumeralMention::label).containsExactly(NumeralLabel.REFERENCE, NumeralLabel.YEAR);
    List<NumeralMention> en = NUMERALS.find("January 5, 2022");
    assertThat(en).extracting(NumeralMention::label).containsExactly(NumeralLabel.DATE, NumeralLabel.YEAR);
  }

  @Test
  void aFractionTakesAScaleOnlyRightAfterItOrAfterTheArticle() {
    assertThat(NUMERALS.find("half of the 40 people were hurt")).extracting(NumeralMention::text)
        .containsExactly("half", "40");
    assertThat(NUMERALS.find("half a kilometre away")).extracting(NumeralMention::value)
        .containsExactly(new BigDecimal("0.5"));
    assertThat(NUMERALS.find("half the million voters")).extracting(NumeralMention::text)
        .containsExactly("half", "million");
  }

  @ParameterizedTest(name = "{0}: {1} is {2}")
  @CsvSource(delimiter = '|', textBlock = """
      the death toll stood at 12 on Monday          | 12   | COUNT
      police put the toll at five                   | five | COUNT
      the toll was put at 7                         | 7    | COUNT
      the blast at 11 p.m. killed                   | 11   | TIME
      the meeting will start at 10                  | 10   | TIME
      """)
  void aFigureAfterATollAtIsACountNotATime(String text, String numeral, NumeralLabel label) {
    NumeralMention m = NUMERALS.find(text).stream().filter(x -> x.text().equals(numeral)).findFirst().orElseThrow();
    assertThat(m.label()).as(text).isEqualTo(label);
  }

  /** (en25fields) Digits glued by a hyphen to a word name a model or a place; counts stay counts. */
  @ParameterizedTest(name = "{0}: {1} is {2}")
  @CsvSource(delimiter = '|', textBlock = """
      will send three C-130 cargo planes            | 130        | REFERENCE
      will send three C-130 cargo planes            | three      | COUNT
      Twenty-one people died in the blast           | Twenty-one | COUNT
      a 10-15,000 strong crowd gathered             | 15,000     | COUNT
      the mob of 500 - 600 men attacked             | 600        | COUNT
      the toll rose to 35 -- police said            | 35         | COUNT
      """)
  void aFigureGluedToANameIsNoCount(String text, String numeral, NumeralLabel label) {
    NumeralMention m = NUMERALS.find(text).stream().filter(x -> x.text().equals(numeral)).findFirst().orElseThrow();
    assertThat(m.label()).as(text).isEqualTo(label);
  }

  @Test
  void aFourDigitFigureAfterABoundWordIsACountNotAYear() {
    assertThat(only("قتل نحو 2000 شخص").label()).isEqualTo(NumeralLabel.COUNT);
    assertThat(only("في 2000 قتل").label()).isEqualTo(NumeralLabel.YEAR);
  }

  @ParameterizedTest(name = "{0}: {1} is {2}")
  @CsvSource(delimiter = '|', textBlock = """
      أعلن الحمود أن 1920 لاجئا سوريا جديدا اجتازوا الحدود | 1920 | COUNT
      paid Rs 2 lakh to the 58 victims                  | 58   | COUNT
      وأصابت 2018 مواطن، وكان لمحافظة بورسعيد النصيب الأكبر | 2018 | COUNT
      حيث تنافس 1982 طالب وطالبة على المقاعد           | 1982 | COUNT
      فان الحصيلة قد تكون بين 1963 و3293 قتيلا          | 1963 | COUNT
      يستوعب نحو 2000 شخص                               | 2000 | COUNT
      وشارك في الحكومات منذ 1984 باستثناء فترات قصيرة    | 1984 | YEAR
      بلغ 3.5 مليار دولار في 2012 ترغب الحكومة            | 2012 | YEAR
      استمرت الحرب من عام 1980 حتى 1988، وراح ضحيتها الآلاف | 1988 | YEAR
      وتضاعف العدد بين 2011-2012 وفق التقرير             | 2011 | YEAR
      وتضاعف العدد بين 2011-2012 وفق التقرير             | 2012 | YEAR
      ولد الشاعر سنة 1434 هـ في مكة                      | 1434 | YEAR
      بنيت القلعة 1810 م على التل                        | 1810 | YEAR
      تحرر عن ذلك المحضر رقم 19862/ 2012 جنح القسم       | 2012 | YEAR
      ضبط مهند مواليد 1988 أردني الجنسية                 | 1988 | YEAR
      في جلسته الثلاثاء الموافق 4 /12 2012 بوظيفة معيدة   | 2012 | YEAR
      أقر دستور 2012، ثم عدل                             | 2012 | YEAR
      the 2012 election                                  | 2012 | YEAR
      """)
  void aYearFigureIsAYearOnlyWithYearEvidenceAndACountBeforeItsNoun(String text, String numeral, NumeralLabel label) {
    NumeralMention m = NUMERALS.find(text).stream().filter(x -> x.text().equals(numeral)).findFirst().orElseThrow();
    assertThat(m.label()).as(text).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0}: {1} is an age")
  @CsvSource(delimiter = '|', textBlock = """
      A 40-year-old man was arrested on Monday          | 40
      a 6-month-old baby was hurt                       | 6
      a 72-year old man was stabbed                     | 72
      his adopted three-year old daughter               | three
      والقبض على 22 شخصًا تتراوح أعمارهم مابين 14 و 17 عاما | 14
      والقبض على 22 شخصًا تتراوح أعمارهم مابين 14 و 17 عاما | 17
      فيما قامت مجموعة تتراوح أعمارهم بين 14 و16 سنة    | 16
      المتهم يبلغ من العمر 30 عاما                       | 30
      معاذ الخطيب (30 عاما) الواعظ                       | 30
      قتل طفل في العاشرة برصاصة                          | العاشرة
      أصيبت طفلة في الثالثة عشرة من عمرها               | الثالثة عشرة
      """)
  void labelsAgesAndTheEndsOfARangeOfAges(String text, String numeral) {
    NumeralMention m = NUMERALS.find(text).stream().filter(x -> x.text().equals(numeral)).findFirst().orElseThrow();
    assertThat(m.label()).as(text).isEqualTo(NumeralLabel.AGE);
  }

  @Test
  void readsTheEgyptianDecimalWithRaFractionFirst() {
    assertThat(only("وارتفعت النسبة 6ر20% عن العام الماضي").value()).isEqualByComparingTo("20.6");
    assertThat(only("بلغ العجز 999ر51 مليار جنيه").value()).isEqualByComparingTo("51999000000");
    assertThat(NUMERALS.find("قتل 6 ر 20 شخصا")).extracting(NumeralMention::text).containsExactly("6", "20");
  }

  @Test
  void splitsAWordGluedAfterATaMarbutaOnly() {
    assertThat(NUMERALS.find("الحكومةالجديدة قررت")).isEmpty();
    NumeralMention m = only("لقي تسعةأشخاص مصرعهم");
    assertThat(m.span().end() - m.span().start()).isEqualTo(4);
  }

  @Test
  void reportsAnOrdinalOnlyWhenItTellsAnAge() {
    assertThat(NUMERALS.find("يبدأ الاجتماع في العاشرة صباحا")).isEmpty();
    assertThat(NUMERALS.find("احتل المركز في العاشرة")).isEmpty();
    assertThat(NUMERALS.find("قتل بين 14 و 17 شخصا")).extracting(NumeralMention::label)
        .containsOnly(NumeralLabel.COUNT);
    assertThat(only("قتل طفل في العاشرة").value()).isEqualByComparingTo("10");
  }

  @Test
  void labelsDigitsInsideLinksMailsAndHashtags() {
    List<NumeralMention> found = NUMERALS.find("pic.twitter.com/yN2hvBW2y6 — kinsleyhub (@ukhub_uk) #Almaty2022 a1@b2.org");
    assertThat(found).isNotEmpty();
    assertThat(found).extracting(NumeralMention::label)
        .allMatch(l -> l == NumeralLabel.URL || l == NumeralLabel.HASHTAG || l == NumeralLabel.EMAIL);
    assertThat(found).extracting(NumeralMention::label).contains(NumeralLabel.URL, NumeralLabel.HASHTAG);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل العشرات من قوات الأمن        | العشرات       | 20      | 99
      وقتل عشرات المحتجين             | عشرات         | 20      | 99
      أصيب المئات                      | المئات        | 200     | 999
      حشد من آلاف المتظاهرين           | آلاف          | 2000    | 9999
      خرج عشرات الآلاف                 | عشرات الآلاف  | 20000   | 99999
      نزح مئات الآلاف                  | مئات الآلاف   | 200000  | 999999
      هجر ملايين السوريين              | ملايين        | 2000000 | 9999999
      أصيب بضعة أشخاص                 | بضعة          | 3       | 9
      أجرى عدة مكالمات                 | عدة           | 3       | 9
      dozens of people were hurt       | dozens        | 20      | 99
      several police were hurt         | several       | 3       | 9
      a few police were hurt           | a few         | 3       | 9
      tens of thousands marched        | tens of thousands | 20000 | 99999
      hundreds were arrested           | hundreds      | 200     | 999
      نزح بضعة آلاف شخص                | بضعة آلاف     | 3000    | 9000
      اعتقل عدة مئات من المحتجين       | عدة مئات      | 300     | 900
      وصل بضع مئات الجنود             | بضع مئات      | 300     | 900
      هجر عدة ملايين                   | عدة ملايين    | 3000000 | 9000000
      several thousand people fled     | several thousand | 3000 | 9000
      a few hundred were arrested      | a few hundred | 300     | 900
      several million were displaced   | several million | 3000000 | 9000000
      a handful of police were hurt    | a handful     | 3       | 9
      several hundred thousand gathered | several hundred thousand | 300000 | 900000
      a few hundred thousand fled      | a few hundred thousand | 300000 | 900000
      """)
  void readsVagueAmountsAsTheirOwnForm(String text, String numeral, long low, long high) {
    NumeralMention m = only(text);
    assertThat(m.form()).isEqualTo(NumeralForm.VAGUE);
    assertThat(m.text()).isEqualTo(numeral);
    assertThat(m.value()).isNull();
    assertThat(m.low()).isEqualTo(low);
    assertThat(m.high()).isEqualTo(high);
  }

  @Test
  void aPluralScaleIsExactWithANumberAndVagueAlone() {
    assertThat(only("قتل ثلاثة آلاف").form()).isEqualTo(NumeralForm.WORDS);
    assertThat(only("قتل 10 آلاف").form()).isEqualTo(NumeralForm.MIXED);
    assertThat(only("قتل آلاف").form()).isEqualTo(NumeralForm.VAGUE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      قتل العديد من المدنيين
      قتل عدد من المدنيين
      many people were killed
      some people were killed
      أي واحد تفضل؟
      لست أدري
      ارتفعت كميات المياه
      دمر خمس آليات
      قال ناشط وأحد المتظاهرين
      """)
  void findsNoExactNumberInWordsThatNameNoAmount(String text) {
    List<NumeralMention> found = NUMERALS.find(text);
    if (text.contains("خمس")) {
      assertThat(found).extracting(NumeralMention::value).containsExactly(BigDecimal.valueOf(5));
    } else {
      assertThat(found).isEmpty();
    }
  }

  @Test
  void readsArabicOrdinalsWithoutReportingThemOrTheirTen() {
    assertThat(NUMERALS.find("في الطابق الثالث عشر")).isEmpty();
    assertThat(NUMERALS.find("حجزت في الدرجة الأولى")).isEmpty();
  }

  @Test
  void readsFractionsNegativesAndTheDecimalWord() {
    assertThat(only("شربت نصف العصير").value()).isEqualByComparingTo("0.5");
    assertThat(only("النتيجة هي خمسة أثمان").value()).isEqualByComparingTo("0.625");
    assertThat(only("درجة الحرارة سالب واحد").value()).isEqualByComparingTo("-1");
    assertThat(only("واحد فاصلة خمسة").value()).isEqualByComparingTo("1.5");
    assertThat(only("النسبة ٧٧/١٠٠").value()).isEqualByComparingTo("0.77");
    assertThat(only("الحرارة -5").value()).isEqualByComparingTo("-5");
  }

  @Test
  void readsACommaAsADecimalMarkOnlyWhereThatIsTheOnlyReading() {
    assertThat(only("وزنه 2,5 كيلو").value()).isEqualByComparingTo("2.5");
    assertThat(only("عددهم 2,500").value()).isEqualByComparingTo("2500");
    assertThat(only("عددهم 26,013,94").value()).isEqualByComparingTo("26013.94");
    assertThat(NUMERALS.find("قتل 5، وأصيب 7")).extracting(NumeralMention::value)
        .containsExactly(BigDecimal.valueOf(5), BigDecimal.valueOf(7));
  }

  @Test
  void readsTheIndianGroupingOfLakhsAndCroresOnlyInItsOwnShape() {
    assertThat(only("police arrested 1,20,000 people").value()).isEqualByComparingTo("120000");
    assertThat(only("a crowd of 2,50,000").value()).isEqualByComparingTo("250000");
    assertThat(only("worth 12,34,56,789 rupees").value()).isEqualByComparingTo("123456789");
    assertThat(only("1,09,503 persons").value()).isEqualByComparingTo("109503");
    // not that shape: a list written without spaces, a group of 3 in the middle, a last group of
    // 2 (a decimal after thousands), a first group of 3
    assertThat(NUMERALS.find("1,2,3,4")).isEmpty();
    assertThat(NUMERALS.find("1,20,00")).isEmpty();
    assertThat(NUMERALS.find("12,345,67,890")).isEmpty();
    assertThat(NUMERALS.find("123,45,678")).isEmpty();
    assertThat(only("عددهم 26,013,94").value()).isEqualByComparingTo("26013.94");
  }

  @Test
  void keepsOffsetsInTheOriginalTextThroughDiacriticsAndDigits() {
    String text = "قُتِلَ خَمْسَةٌ وَعِشْرُونَ شخصاً و١٢ شُرطيّاً";
    List<NumeralMention> found = NUMERALS.find(text);
    assertThat(found).hasSize(2);
    for (NumeralMention m : found) {
      assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
    }
    assertThat(found.get(0).value()).isEqualByComparingTo("25");
    assertThat(found.get(1).text()).isEqualTo("١٢");
  }

  @Test
  void parsesAWholeStringAsOneNumberOrNothing() {
    assertThat(NUMERALS.parse("ثلاثمائة وخمسين")).isEqualTo(new BigDecimal(350));
    assertThat(NUMERALS.parse("  ١٠٠٬٠٠٠  ")).isEqualByComparingTo(new BigDecimal(100000));
    assertThat(NUMERALS.parse("مئات")).isNull();
    assertThat(NUMERALS.parse("قتل 5")).isNull();
    assertThat(NUMERALS.parse("")).isNull();
  }

  @Test
  void findsNothingInEmptyOrBlankText() {
    assertThat(NUMERALS.find("")).isEmpty();
    assertThat(NUMERALS.find(" \n\t ")).isEmpty();
  }

  @Test
  void survivesRandomText() {
    Random random = new Random(42);
    char[] alphabet = "0123456789٠١٢٣٤٥٦٧٨٩,.،٫٬:/-+%$ وثلاثمئةألفعشرونمليينآلافabc\n\uD800\uDC00\uFFFF".toCharArray();
    for (int round = 0; round < 300; round++) {
      char[] c = new char[random.nextInt(200)];
      for (int i = 0; i < c.length; i++) {
        c[i] = random.nextInt(10) == 0 ? (char) random.nextInt(0x10000) : alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(c);
      for (NumeralMention m : NUMERALS.find(text)) {
        assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void refusesAbsurdDigitRunsWithoutFailing() {
    String huge = "1".repeat(10_000);
    assertThat(NUMERALS.find("قتل " + huge + " شخص")).isEmpty();
    List<NumeralMention> nines = NUMERALS.find("قتل " + "9".repeat(25) + " شخص");
    assertThat(nines).hasSize(1);
    assertThat(nines.get(0).value()).isEqualByComparingTo("9".repeat(25));
    assertThat(nines.get(0).label()).isEqualTo(NumeralLabel.PHONE);
    assertThat(NUMERALS.find("1e400")).isEmpty();
  }

  @Test
  void stopsAChainOfScaleWordsBeforeItGrowsPastAnyCount() {
    String text = "ألف ".repeat(1000);
    List<NumeralMention> found = NUMERALS.find(text);
    assertThat(found).isNotEmpty();
    for (NumeralMention m : found) {
      assertThat(m.value().compareTo(BigDecimal.TEN.pow(25))).isLessThanOrEqualTo(0);
    }
    assertThat(found.get(0).value()).isGreaterThan(BigDecimal.valueOf(Quantity.MAX_COUNT));
  }

  @Test
  void takesVagueAmountsFromTheUsersTable() {
    VagueAmounts mine = VagueAmounts.of(List.of(new VagueAmounts.Amount("TENS", 10, 90, List.of("عشرات"))));
    NumeralRecognizer r = NumeralRecognizer.create(mine);
    NumeralMention m = r.find("قتل عشرات المدنيين").get(0);
    assertThat(m.low()).isEqualTo(10L);
    assertThat(m.high()).isEqualTo(90L);
    assertThat(r.find("قتل مئات المدنيين")).isEmpty();
    assertThat(VagueAmounts.defaults().lookup("العشرات")).extracting(VagueAmounts.Amount::low).isEqualTo(20L);
  }

  @Test
  void readsAVagueTableFromJsonAndRejectsABadOne() {
    String json = "{\"amounts\": [{\"name\": \"FEW\", \"low\": 2, \"high\": 5, \"forms\": [\"بضعة\"]}]}";
    VagueAmounts v = VagueAmounts.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(v.lookup("بضعة")).extracting(VagueAmounts.Amount::high).isEqualTo(5L);
    String bad = "{\"amounts\": [{\"name\": \"X\", \"low\": 9, \"high\": 5, \"forms\": [\"x\"]}]}";
    assertThatThrownBy(() -> VagueAmounts.fromJson(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[9, 5]");
  }

  @Test
  void worksOnAlreadyNormalizedText() {
    NormalizedText t = TextNormalizer.normalize("أصيب أكثر من ١٠٠٠ شخص");
    NumeralMention m = NUMERALS.find(t).get(0);
    assertThat(m.normalized().of(t.normalized())).isEqualTo("1000");
    assertThat(m.text()).isEqualTo("١٠٠٠");
  }
}
