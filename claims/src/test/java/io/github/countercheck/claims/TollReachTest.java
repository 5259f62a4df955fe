package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TollReach}: a toll verb and its toll noun reach the number after «إلى» across asides; the
 * toll written verb first, its noun after the number (issue 16: «ارتفع إلى 72 عدد القتلى»); a
 * passed toll is more than its number (issue 16: «تجاوز عدد القتلى 100»), (ar29cas) also a hundred or a
 * thousand with the article («تجاوزت المائة قتيل»، «تجاوز عدد المصابين الألف»).
 */
final class TollReachTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ارتفع عدد القتلى في الانفجار، الذي وقع صباح اليوم قرب محطة القطارات، إلى 41 شخصا     | KILLED:PERSON:41
      وارتفعت حصيلة ضحايا الحريق الذي اندلع في المصنع أمس إلى 27 عاملا                  | KILLED:PERSON:27
      ليرتفع عدد المصابين في المواجهات، بحسب وزارة الصحة، إلى 96 شخصا                  | INJURED:PERSON:96
      ارتفع عدد المقبوض عليهم في أحداث الشغب إلى 130 متهما                              | ARRESTED:PERSON:130
      ارتفع عدد القتلى إلى 12 شخصا بينما وصل عدد الجرحى إلى 30                          | KILLED:PERSON:12 INJURED:PERSON:30
      ارتفعت أسعار الوقود في المدن الكبرى إلى 5 جنيهات                                  | -
      ارتفع عدد القتلى. وانتقل الوزير إلى 3 مستشفيات                                   | -
      رفعت وزارة الصحة في المحافظة حصيلة الوفيات الناتجة عن الحريق إلى 23 شخصا           | KILLED:PERSON:23
      ورفعت السلطات المحلية عدد القتلى إلى 17                                           | KILLED:PERSON:17
      ورفع المجلس البلدي المنحة المخصصة للمصابين إلى 5 مراكز                            | -
      وصل عدد القتلى في المدينة إلى 40، بينما وصل عددهم في الريف إلى 25 شخصا             | KILLED:PERSON:40 KILLED:PERSON:25
      ارتفع عدد المعتقلين إلى 80 فيما وصل عددهم أمس إلى 65                               | ARRESTED:PERSON:80 ARRESTED:PERSON:65
      وصل عدد الزوار إلى 300 ألف، وارتفع عددهم في العام الماضي إلى 250 ألفا             | -
      وارتفعت حصيلة قتلى الانفجار لتصل إلى 40 قتيلا                                     | KILLED:PERSON:40
      ارتفعت إلى 30 حصيلة قتلى الانفجار                                                 | KILLED:PERSON:30
      ارتفع الى 72 عدد السوريين الذين قضوا اثر التفجير                                   | KILLED:PERSON:72
      ووصل إلى 15 عدد المعتقلين في القضية                                               | ARRESTED:PERSON:15
      ارتفع إلى 300 عدد الزوار في المعرض                                                | -
      تجاوز عدد القتلى 100 شخص                                                          | KILLED:PERSON:101
      وفاقت حصيلة ضحايا الزلزال 200 قتيل                                                | KILLED:PERSON:201
      وتجاوز عدد الزوار 3000 زائر                                                       | -
      وقالت المعارضة إن حصيلة قتلى الأربعاء تجاوزت المائة قتيل                           | KILLED:PERSON:101
      فيما تجاوز عدد المصابين الألف مصاب                                               | INJURED:PERSON:1001
      وارتفعت نسبة المصابين إلى 10 في المائة                                           | -
      وقال إن ركاب الطائرة المائة نجوا جميعا                                           | -
      وقالت الوزارة إن عدد المتوفين في حادث سقوط المنطاد، صباح اليوم، بلغ حتى الآن 14 حالة | KILLED:PERSON:14
      وبلغ عمر الطفل الذي نجا من الحادث حتى الآن 14 عاما                                 | -
      """)
  void tollReachesItsNumber(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /**
   * (ar28total) The event word of a toll noun governs the count of people that is its predicate
   * further on than a bare cue does (an aside, a quoted name, a period between), not a count of
   * things, not across another count or a clause of its own.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وكشف مصدر أمني أن إجمالي الضحايا في واقعة "المنطاد السياحي" بالأقصر، 18 سائحا                    | KILLED:PERSON:18
      وأضاف أن إجمالي عدد المصابين في الاشتباكات التي وقعت أمس بين قوات الأمن والأهالي أمام المديرية 189 مواطنا | INJURED:PERSON:189
      يصبح إجمالي المتوفين خلال عام منذ شهر يناير لعام 2012 الماضي إلى يناير 2013 الجاري هو 6 حالات   | KILLED:PERSON:6
      وبلغ عدد المحتجزين في المركز من مختلف أنحاء البلاد خلال الشهر الماضي 400 شخص                     | ARRESTED:PERSON:400
      وقال إن حصيلة قتلى الانفجار في العاصمة، بحسب مصادر طبية في المستشفيات، 22 شخصا                    | KILLED:PERSON:22
      إن عدد ضحايا الغارات التي تنفذها هذه الطائرات - وهي غارات تحصى بالمئات - بقي غامضا                 | -
      إن زيادة أعداد القتلى في الحرب، اضافة الى انها تعرقل المساعدات لملايين السوريين، أمر خطير          | -
      وارتفع عدد القتلى في المدينة التي شهدت اشتباكات عنيفة أمس بين الجيش والمسلحين قرب الحدود 40 مبنى | -
      إن عدد القتلى في الهجوم الذي وقع صباح اليوم قرب مقر الحزب كبير بينما وصل 30 مسعفا                | -
      """)
  void aTollNounGovernsItsPredicate(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وارتفعت حصيلة قتلى الانفجار لتصل إلى 40 قتيلا                                     | EXACT
      وارتفع عدد المصابين ليصل إلى 75                                                   | EXACT
      وقد يصل عدد الضحايا إلى ما يصل إلى 40 شخصا                                       | AT_MOST
      """)
  void aTollReachesAnExactNumber(String text, String kind) {
    assertThat(ClaimExtractor.create().extract(
            Document.builder("t.txt", text).language(Language.AR).build()))
        .filteredOn(c -> c.event() != Event.OTHER)
        .extracting(c -> c.quantity().kind().name()).containsExactly(kind);
  }

  /**
   * (en30total) The English rows of the same construction: a toll set or moved as the object of a
   * verb ("taking the toll to N", "put the toll ... at N", "took the number of ... up to N"), its
   * toll noun holding the event; another object, or a toll noun with no event word, is no toll.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Fresh attacks near the town on Monday, taking the toll to 48 even as relief arrived | KILLED PERSON EXACT 48-48
      Two more blasts went off on Sunday, bringing the death toll in a week of fighting to 56 | KILLED PERSON EXACT 56-56
      The control room put the toll in the district at 160, including two people shot by police | KILLED PERSON EXACT 160-160; KILLED PERSON EXACT 2-2
      This took the number of fatalities recorded at the civil hospital up to 37 on Friday | KILLED PERSON EXACT 37-37
      Police arrested three men on Monday, taking the total number of arrests in the case to 71 | ARRESTED PERSON EXACT 3-3; ARRESTED PERSON EXACT 71-71
      The volunteers took the injured to 5 hospitals in the city                    | -
      The board put the number of students at 900 this year                          | -
      The official took the bus to 12 villages near the border                        | -
      """)
  void anEnglishTollObjectReachesItsNumber(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
