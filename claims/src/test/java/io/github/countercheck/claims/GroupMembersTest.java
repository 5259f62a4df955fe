package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link GroupMembers}: a member noun before a named group or force counts that group; the names
 * are the typed gazetteer of the subjects (issue 16: more armed groups and forces, and the word of
 * an organization, «جماعة، حركة، تنظيم، جبهة، وحدات», as a member noun before the name).
 */
final class GroupMembersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل 14 من عناصر القوات المسلحة في الهجوم             | KILLED:SOLDIER:14
      قتل 9 من أفراد قوات النظام                           | KILLED:SECURITY_FORCES:9
      قتل 11 من مقاتلي البيشمركة                           | KILLED:SOLDIER:11
      أصيب 6 من عناصر ميليشيا الحشد الشعبي                  | INJURED:MILITANT:6
      قتل 30 من مسلحي تنظيم داعش                            | KILLED:MILITANT:30
      قتل 7 من عناصر جبهة النصرة و4 من عناصر الجيش الحر      | KILLED:MILITANT:7 KILLED:MILITANT:4
      اعتقل 5 من أعضاء حركة طالبان                          | ARRESTED:MILITANT:5
      قتل 8 من أفراد الأسرة                                 | KILLED:PERSON:8
      قتل في الهجوم 3 جنود ومدني                            | KILLED:SOLDIER:3 KILLED:CIVILIAN:1
      أصيب 5 جنود وشرطيان في الانفجار                        | INJURED:SOLDIER:5 INJURED:POLICE:2
      اعتقل 3 من عناصر جماعة أنصار بيت المقدس                | ARRESTED:MILITANT:3
      قتل 9 من عناصر قوات سوريا الديمقراطية                  | KILLED:MILITANT:9
      قتل 8 من عناصر القاعدة في الغارة                       | KILLED:MILITANT:8
      قتل 14 من الانقلابيين في المعارك                       | KILLED:MILITANT:14
      وأوضحت القناة أن اثنين من أفراد الفيلق الحدودي قتلا    | KILLED:SOLDIER:2
      قتل 2 من جنود المارينز في الهجوم                       | KILLED:SOLDIER:2
      قتل 5 من عناصر القوات الخاصة                           | KILLED:SOLDIER:5
      أصيب 3 من أفراد خفر السواحل في الهجوم                  | INJURED:SECURITY_FORCES:3
      قتل 4 من أعضاء جماعة الإخوان                           | KILLED:PERSON:4
      وقالت مصادر إن رجال القبائل تمكنوا من قتل 12 حوثيا         | KILLED:MILITANT:12
      أدت الاشتباكات إلى وفاة 52 من ارهابيي بوكو حرام            | KILLED:MILITANT:52
      مقتل 14 عنصرا من المخابرات في تفجيرين                     | KILLED:SECURITY_FORCES:14
      """)
  void memberNounTakesTheGroup(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /**
   * (ar25implicit) A part after «بينهم، منهم» whose own noun names mere persons («قيادي، قائد،
   * شخص») counts of the armed group or force its whole counts; parts of civilians keep theirs.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      تمكنت القوات من قتل 19 مسلحا من داعش، بينهم قيادي سوري          | KILLED:MILITANT:19 KILLED:MILITANT:1
      قتلت المقاومة 17 من عناصر ميليشيا الحوثي، من بينهم قائد عسكري   | KILLED:MILITANT:17 KILLED:MILITANT:1
      قتل 12 جنديا بينهم 3 أشخاص في الهجوم                             | KILLED:SOLDIER:12 KILLED:SOLDIER:3
      أسفرت الغارة عن مقتل 11 مدنيا من بينهم امرأتان                   | KILLED:CIVILIAN:11 KILLED:PERSON:2
      قتل 12 جنديا بينهم 3 أطفال في الهجوم                             | KILLED:SOLDIER:12 KILLED:CHILD:3
      """)
  void aPartOfMerePersonsCountsTheArmedGroupOfItsWhole(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /**
   * (ar28implicit) A part whose own noun names a wider force than its whole's (officers, «ضباط»:
   * SECURITY_FORCES) counts of the whole's force; a count joined by «و» is no part and keeps its
   * own, and so does a part among people of no force.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل 20 جنديا بينهم 3 ضباط في الهجوم                              | KILLED:SOLDIER:20 KILLED:SOLDIER:3
      نتج عنها إصابة 12 من رجال الشرطة بينهم أربعة ضباط                | INJURED:POLICE:12 INJURED:POLICE:4
      قتل 20 جنديا و3 ضباط في الهجوم                                   | KILLED:SOLDIER:20 KILLED:SECURITY_FORCES:3
      قتل 20 شخصا بينهم 3 ضباط في الهجوم                               | KILLED:PERSON:20 KILLED:SECURITY_FORCES:3
      """)
  void aPartOfAWiderForceCountsTheForceOfItsWhole(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /** (ar29prec) The ranks of a group after a count name its group as «من» does ({@code RANKS}). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأوقع الهجومان 13 قتيلا في صفوف العسكريين                       | KILLED:SOLDIER:13
      وأشار إلى مصرع 17 شخصا في صفوف المسلحين المحليين                 | KILLED:MILITANT:17
      وسقط تسعة قتلى من صفوف مقاتلي تنظيم داعش                        | KILLED:MILITANT:9
      وأسفر القصف عن 20 قتيلا بين صفوف المدنيين                        | KILLED:CIVILIAN:20
      وأسفر القصف عن 20 قتيلا في المدينة                               | KILLED:PERSON:20
      وقتل 20 شخصا في صفوف الناس المتجمعين                             | KILLED:PERSON:20
      وقتل ما لا يقل عن 17 عنصرا في قوات الأمن التركية                  | KILLED:SECURITY_FORCES:17
      وأعلن عن مقتل 53 عنصرا في التنظيم                                | KILLED:MILITANT:53
      وأسفرت المشاجرة عن إصابة 4 أفراد في القرية                        | INJURED:PERSON:4
      """)
  void theRanksOfAGroupNameItsGroup(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /** (ar29prec) A leader counted alone is one of the group after him ({@code LEADER_NOUN}). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      تمكنت الفرقة السابعة من قتل قيادي بارز في تنظيم داعش              | KILLED:MILITANT:1
      وقالت إن الغارة قتلت قيادياً ميدانياً كبيراً بتنظيم القاعدة         | KILLED:MILITANT:1
      وأسفرت العملية عن مقتل القيادي في داعش أبو سياف                   | KILLED:MILITANT:1
      وأسفر الحادث عن مصرع قائد السيارة في الحال                        | KILLED:PERSON:1
      وأسفرت العملية عن مقتل قيادي في المنطقة                           | KILLED:PERSON:1
      """)
  void aLeaderIsOneOfTheGroupAfterHim(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
