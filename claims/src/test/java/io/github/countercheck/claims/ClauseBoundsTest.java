package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ClauseBounds}: a complementizer and «، كما» end the reach of an event word before them; a
 * plural verb after the comma that follows a count is its predicate.
 */
final class ClauseBoundsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      كانت المروحية تنقل مؤنا، وأضاف أن ستة جنود كانوا على متنها لقوا حتفهم             | KILLED:SOLDIER:6
      وأصيب عدد من المارة، كما خطف المسلحون 12 شخصا                                   | ARRESTED:PERSON:12
      وذكرت الشرطة أن 14 عاملا، لقوا مصرعهم في انهيار المنجم                           | KILLED:PERSON:14
      وقال المصدر إن 8 متظاهرين، أصيبوا بطلقات الخرطوش                               | INJURED:PROTESTER:8
      قتل 5 أشخاص، وقال المسعفون إن 3 منهم أطفال                                      | KILLED:PERSON:5 KILLED:PERSON:3
      توفي مساء أول من أمس أربعة أشخاص وأصيب 9 في حادث سير                             | KILLED:PERSON:4 INJURED:PERSON:9
      اعتقلت دورية من قوات الأمن الخاصة فجر أمس الأربعاء سبعة متهمين في المدينة         | ARRESTED:PERSON:7
      وتوفي 3 من المصابين متأثرين بجراحهم                                             | KILLED:PERSON:3
      وأصيب اثنان من المعتقلين خلال نقلهم                                             | INJURED:PERSON:2
      نظمت الجمعية فجر أمس الأربعاء في القاعة الكبرى للمدينة حفلا حضره سبعة متهمين       | -
      وشنت الشرطة حملة اعتقالات، وقالت إنها طالت أحد عشر ناشطا                         | ARRESTED:PERSON:11
      وأعلن مقتل 40 شخصا، بعد أن أحالت المحكمة 21 متهما إلى المفتي                        | KILLED:PERSON:40
      واعتقل جهاز المباحث العامة، وهو جهاز أمني، أمس، تسعة أشخاص في ثلاث مدن            | ARRESTED:PERSON:9
      وقتلت الطائرات الحربية، في غارة على البلدة، 9 مسلحين                             | KILLED:MILITANT:9
      واعتقلت الشرطة المتهم، وأصدرت النيابة بيانا، تناول 5 قضايا                        | -
      وكان 6 أشخاص - تصادف مرورهم بالشارع - قد لقوا مصرعهم في الانفجار                  | KILLED:PERSON:6
      وقالت المصادر إن 5 أشخاص من عائلة واحدة أصيبوا بجروح                              | INJURED:PERSON:5
      وكان 3 أشخاص من أسرة واحدة قد لقوا حتفهم في الحريق                               | KILLED:PERSON:3
      وتضم القافلة 7 أشخاص من قرية واحدة وصلوا إلى المدينة أمس                          | -
      وكانت الشرطة قد ألقت القبض، صباح الاثنين، على شخصين للاشتباه بهما                 | ARRESTED:PERSON:2
      واعتقلت الشرطة 4 أشخاص متهمين في 3 قضايا سرقة                                    | ARRESTED:PERSON:4
      وأعلنت الشركة أن أربعة مهندسين، هم مصري وسوداني وأردني، قتلوا في الهجوم           | KILLED:PERSON:4
      وقال إن 4 أشخاص هم أعضاء في اللجنة وصلوا إلى العاصمة أمس                         | -
      وألقت الشرطة القبض على 6 من المشاركين في المشاجرة                              | ARRESTED:PERSON:6
      وتجمع 60 من المشاركين في المسيرة أمام المبنى                                    | PARTICIPATED:PERSON:60
      """)
  void clausesBoundTheEventOfACount(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
