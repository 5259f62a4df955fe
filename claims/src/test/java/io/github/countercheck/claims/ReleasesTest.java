package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Releases}: detainees set free are no arrests, and people saved are no dead. */
final class ReleasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قررت النيابة إخلاء سبيل 15 من المقبوض عليهم                | -
      أعلنت السلطات الإفراج عن 200 معتقل                         | -
      وتم إطلاق سراح 9 محتجزين                                   | -
      أفرجت السلطات عن 12 معتقلا                                  | -
      قررت النيابة الإفراج عن 12 متظاهرا بكفالة                    | -
      قررت المحكمة إخلاء سبيل 7 من المتظاهرين                      | -
      أطلقت الإدارة صباح اليوم سراح 32 موقوفا                      | -
      تظاهر 300 شخص للمطالبة بالإفراج عن المعتقلين                 | PARTICIPATED:PERSON:300
      وفي ميدان التحرير حيث تجمع عشرات المتظاهرين                  | PARTICIPATED:PROTESTER:20
      وفي ميدان التحرير اعتقل 5 متظاهرين                           | ARRESTED:PROTESTER:5
      ألقت الشرطة القبض على 15 متهما                              | ARRESTED:PERSON:15
      اعتقلت القوات 200 معتقل جديد                               | ARRESTED:PERSON:200
      """)
  void releasedAreNoArrests(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /**
   * (ar29dev9, issue 16) Detainees who escape or are taken out of custody are no arrests: «فرار،
   * هروب، إخراج» in constructions.RELEASE, right before the count; an arrest after an escape is one.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وشهد السجن محاولة فرار 30 سجينا ليلة أمس                    | -
      وأعلنت الوزارة هروب 12 معتقلا من السجن المركزي               | -
      واقتحم مسلحون القسم وتمكنوا من إخراج 8 محتجزين               | -
      وألقت الشرطة القبض على 6 متهمين بعد فرارهم من السجن           | ARRESTED:PERSON:6
      وتمكنت الشرطة من ضبط 5 سجناء بعد هروب من السجن                | ARRESTED:PERSON:5
      """)
  void escapedAreNoArrests(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /**
   * (ar29dev9, issue 16) {@link DetaineesMoved}: detainees moved by a verb of transfer before the
   * count or right after its noun are no arrests; people arrested, then moved, are.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقالت الوزارة إن خمسة معتقلين نقلوا إلى سجن آخر               | -
      وتم نقل 20 من السجناء إلى سجن طرة                              | -
      وجرى نقل 14 سجينا إلى سجون أخرى                                | -
      وتم القبض على 4 سجناء هاربين نقلوا إلى السجن                    | ARRESTED:PERSON:4
      واعتقلت القوات 7 أشخاص ونقلتهم إلى القسم                        | ARRESTED:PERSON:7
      وقالت الوزارة إن خمسة معتقلين أضربوا عن الطعام                   | ARRESTED:PERSON:5
      """)
  void movedAreNoArrests(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وتمكنت فرق الدفاع المدني من إنقاذ شخصين من الغرق               | -
      ونجا 5 أشخاص من الموت بعد انقلاب السيارة                        | -
      وأنقذت الفرق 12 شخصا كانوا محتجزين في المصعد                    | -
      وتم إنقاذ 5 مصابين من تحت الأنقاض                               | INJURED:PERSON:5
      وأكد أن فرق الإنقاذ أخرجت الجثتين من البئر                      | KILLED:PERSON:2
      عثر رجال انقاذ الاحد على ثماني جثث خارج موسكو                   | KILLED:PERSON:8
      وغرق شخصان ولقي 3 أشخاص مصرعهم في الحادث                        | KILLED:PERSON:2 KILLED:PERSON:3
      """)
  void peopleSavedAreNoDead(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The release of thousands of prisoners lends dignity to the nation.   | OTHER PERSON VAGUE 2000-9999
      The government freed 200 prisoners on Monday.                        | OTHER PERSON EXACT 200-200
      Police arrested 200 prisoners who had escaped.                       | ARRESTED PERSON EXACT 200-200
      Helicopters rescued 20 miners trapped underground.                   | OTHER PERSON EXACT 20-20
      Rescuers saved the lives of 90 people gathered at the residence.     | OTHER PERSON EXACT 90-90
      About 300 people gathered at the residence.                          | PARTICIPATED PERSON APPROXIMATE 270-330
      """)
  void englishReleasesAndRescues(String text, String expected) {
    assertThat(RuleRows.briefs(text)).isEqualTo(expected);
  }

  /**
   * Issue 16, English: "release", "freed", "rescued" right before a count of detainees; a verb
   * of the count's own after its noun ("nine men arrested") still tells of the arrest.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The court ordered the release of 20 detainees                    | OTHER PERSON EXACT 20-20
      Police freed 8 detainees on Sunday                               | OTHER PERSON EXACT 8-8
      The junta released 300 prisoners on Sunday                       | OTHER PERSON EXACT 300-300
      Police arrested 20 more suspects on Sunday                       | ARRESTED PERSON EXACT 20-20
      Police must charge or release nine men arrested earlier this month | ARRESTED PERSON EXACT 9-9
      """)
  void englishReleasesAreNoArrests(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأمرت النيابة بحبس 4 متهمين وسرعة ضبط المتهم الخامس الهارب     | ARRESTED:PERSON:4
      وطالب الأهالي بسرعة القبض على الجناة الثلاثة                   | -
      وجار ضبط المتهم الهارب                                         | -
      وتمكنت الشرطة من ضبط المتهم الهارب                             | ARRESTED:PERSON:1
      وأمرت النيابة بضبط وإحضار 28 متهما في الأحداث                   | -
      قررت النيابة حبس 3 أشخاص وضبط وإحضار 11 آخرين                  | ARRESTED:PERSON:3
      وأمرت النيابة بضبط و إحضار 5 متهمين                             | -
      ضبط وإحضار 28 في أحداث شبرا                                    | -
      وتمكنت الشرطة من ضبط 5 متهمين وإحضارهم إلى القسم                | ARRESTED:PERSON:5
      النائب العام يأمر بالقبض على 5 مؤسسين للحركة                   | -
      وأصدر النائب العام أوامره بالقبض على 5 أشخاص                    | -
      مصر: أوامر اعتقال بحق 6 ناشطين                                  | -
      وكلفت إدارة البحث الجنائي بضبط المتهم الهارب                    | -
      النيابة تأمر بحبس 15 متهما في أحداث العنف                       | ARRESTED:PERSON:15
      النيابة تأمر بحجز 15 متهما لحين ورود التحريات                   | ARRESTED:PERSON:15
      وبناء على أوامر النيابة تم القبض على 5 متهمين                   | ARRESTED:PERSON:5
      وتكثف أجهزة الأمن جهودها للقبض على 7 أشخاص هاربين               | -
      وأعدت الشرطة كمينا لضبط المتهمين الثلاثة في القرية              | -
      يكثف رجال المباحث جهودهم لضبط 4 مجهولين أطلقوا النار            | -
      وداهمت القوات منزل العائلة لاعتقالهما فجر اليوم                 | -
      وتمكنت أجهزة الأمن من القبض على 7 أشخاص هاربين                  | ARRESTED:PERSON:7
      وتقرر تحويل 3 من المعتقلين للاعتقال الإداري                      | ARRESTED:PERSON:3
      """)
  void anArrestUrgedOrUnderWayIsNoArrest(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
