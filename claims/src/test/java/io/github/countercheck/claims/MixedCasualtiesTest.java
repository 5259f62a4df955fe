package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link MixedCasualties}: the dead and the injured counted together are no claim of either, and
 * what people held is no count of people.
 */
final class MixedCasualtiesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وسقط 50 شخصا بين قتيل وجريح في الاشتباكات                    | -
      وبلغ عدد الضحايا أكثر من 200 مدني بين قتيل ومصاب               | -
      وسقط 50 قتيلا بين المدنيين في الاشتباكات                       | KILLED:PERSON:50
      وأصيب 12 شخصا بين جريح ومصاب                                  | INJURED:PERSON:12
      مصرع وفقدان 7 في غرق مطعم عائم                               | -
      وأعلنت الأمم المتحدة سقوط 57 شخصا ما بين قتيل وجريح في القصف   | -
      مما أدى لسقوط آلاف الضحايا، بين قتيل وجريح، ونزوح الآلاف       | DISPLACED:PERSON:2000
      واستقبلت المستشفيات 3 أشخاص ما بين جثة ومصابين                 | -
      وقتل 40 شخصا، بين مدنيين وعسكريين                             | KILLED:PERSON:40
      """)
  void deadAndInjuredTogetherAreNoClaim(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وتم القبض على المتهمين وعثر بحوزتهم على 4 فرد خرطوش            | -
      وألقت الشرطة القبض على 3 أشخاص وبحوزتهم 5 قطع سلاح             | ARRESTED:PERSON:3
      وقتل 3 أشخاص وأصيب معهم 5 آخرون                               | KILLED:PERSON:3 INJURED:PERSON:5
      """)
  void whatPeopleHeldIsNoCountOfPeople(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأعلنت الوزارة أن عشرات القتلى والجرحى سقطوا في القصف        | -
      وأسفر الانفجار عن سقوط 20 قتيلا وجريحا في السوق              | -
      وسقط مئات القتلى و الجرحى في المعارك                          | -
      مصرع وفقدان 7 في غرق مركب بالنيل                               | -
      وأسفر الحادث عن استشهاد وإصابة 12 شخصا                         | -
      وسقط 30 قتيلا و40 جريحا في الاشتباكات                          | KILLED:PERSON:30 INJURED:PERSON:40
      وسقط 30 قتيلا والجيش يحاصر المدينة                             | KILLED:PERSON:30
      """)
  void twoEventNounsJoinedAreNoClaim(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /** (ar29prec) Two bare casualty verbs joined by «و» before one count: {@link MixedCasualties#pairedVerbs}. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقتل واصيب العشرات في صدامات طائفية بين الطرفين                | -
      وقال الجيش إنه قتل وأصاب حوالي 100 مسلح في الكمين               | -
      وشهدت المدينة هجمات قتل وجرح فيها 30 شخصا                       | -
      وقتل و أصيب 12 شخصا في الانفجار                                 | -
      وانفجرت السيارات المفخخة، قتل وأصيب فيها العشرات                 | -
      وقال إن شخصا قتل وأصيب سبعة آخرون في الانفجار                   | INJURED:PERSON:7
      وقتل 3 أشخاص وأصيب 12 آخرون في الانفجار                         | KILLED:PERSON:3 INJURED:PERSON:12
      لقي 2 مصرعهما وأصيب 7 آخرون في حادث تصادم                        | KILLED:PERSON:2 INJURED:PERSON:7
      وقالت مصادر إن شخصين على الاقل قتلا وأصيب ثمانية آخرون في عدن     | KILLED:PERSON:2 INJURED:PERSON:8
      لقى عضوان بالجماعة مصرعهما وأصيب 7 آخرين في الهجوم               | INJURED:PERSON:7
      وقتل شرطي وأصيب 5 آخرون في الهجوم                                | KILLED:POLICE:1 INJURED:POLICE:5
      """)
  void twoBareVerbsJoinedAreNoClaim(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The storms have left 1,000 people dead or missing              | OTHER PERSON EXACT 1000-1000
      The typhoon leaves 18 missing or dead in Japan                 | -
      The toll of dead and missing from the storms tops 1,400        | -
      The blast left 18 dead and 50 injured                          | KILLED PERSON EXACT 18-18; INJURED PERSON EXACT 50-50
      The storm left 12 people dead and destroyed 300 houses         | KILLED PERSON EXACT 12-12
      The death toll from the storms rose to 1,400                   | KILLED PERSON EXACT 1400-1400
      """)
  void englishCasualtiesJoinedByOrAreNoClaim(String text, String expected) {
    assertThat(RuleRows.briefs(text)).isEqualTo(expected);
  }

  /**
   * (ar29cas, {@link MixedTolls}) A toll whose cue pairs the dead and the injured («عدد القتلى
   * والجرحى»، «حصيلة القتلى والمصابين») counts both, no claim of either; a toll that gives each its
   * own number does not; a verb may stand before «ما بين قتيل وجريح».
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ارتفع عدد القتلى والجرحى إلى 25 شخصا في الاشتباكات              | -
      بلغت حصيلة القتلى والمصابين 40 شخصا في الاشتباكات              | -
      بلغ عدد القتلى 6 والجرحى 519 في الاشتباكات                      | KILLED:PERSON:6 INJURED:PERSON:519
      ارتفع عدد القتلى إلى 25 شخصا في الاشتباكات                      | KILLED:PERSON:25
      وقال المصدر إن 21 شخصا سقطوا ما بين قتيل وجريح في الانفجار       | -
      وقال المصدر إن 21 شخصا قتلوا بين مدنيين وعسكريين في الانفجار     | KILLED:PERSON:21
      """)
  void tollsOfTheDeadAndInjuredTogetherAreNoClaim(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
