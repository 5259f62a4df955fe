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

  /**
   * Issue 16, Arabic subjects (ar19): members of a group after «من», the name in quotation marks or
   * brackets, a member noun before it (مجندي، قادة), a bound between («5 عناصر على الأقل من»), the
   * organization named back («من التنظيم»), soldiers with a pronoun («من جنودها»), and others of a
   * group of their own («3 آخرين من الشرطة»); the paradigm of a group noun (accusative after 11-99
   * «انقلابيا، طالبانيا», plural in construct «متشددي، متمردي»); the number a toll of a group
   * reaches («ارتفع عدد مصابي الشرطة إلى 120»), but not a toll of victims of a group («القتلى
   * برصاص قوات الأسد»); two groups joined by «و» count people of both («من المتظاهرين ورجال الأمن»
   * PERSON, «من الجيش والشرطة» SECURITY_FORCES), but not two sides after «بين». A name that is no
   * group, or a noun after «و», leaves the count to its own noun.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      أسفر الهجوم عن إصابة 5 من مجندي الجيش                        | INJURED SOLDIER EXACT 5-5
      أسفر الهجوم عن إصابة 7 من مجندي الأمن                         | INJURED SECURITY_FORCES EXACT 7-7
      أسفر القصف عن مقتل 27 عنصرا من التنظيم                       | KILLED MILITANT EXACT 27-27
      وقتلت القوات 12 عنصرا من عناصر تنظيم داعش                     | KILLED MILITANT EXACT 12-12
      أسفر القصف عن مقتل 28 من عناصر «داعش» غرب المدينة            | KILLED MILITANT EXACT 28-28
      أسفر القصف عن مقتل العشرات من عناصر (داعش) في المواجهات      | KILLED MILITANT VAGUE 20-99
      ألقت الشرطة القبض على 6 أشخاص من "مثيري الشغب" في المدينة    | ARRESTED RIOTER EXACT 6-6
      قتل في المعركة العشرات من جنودها                              | KILLED SOLDIER VAGUE 20-99
      أسفر الحادث عن مقتل 3 جنود وإصابة 4 آخرين من الشرطة           | KILLED SOLDIER EXACT 3-3; INJURED POLICE EXACT 4-4
      أسفر الحادث عن مقتل 3 جنود وإصابة 4 آخرين في الحادث           | KILLED SOLDIER EXACT 3-3; INJURED SOLDIER EXACT 4-4
      أسفر الحادث عن إصابة 5 من "أبناء القرية" في المشاجرة          | INJURED PERSON EXACT 5-5
      أسفر الحادث عن مقتل 3 جنود ومدني من القرية                    | KILLED SOLDIER EXACT 3-3; KILLED CIVILIAN EXACT 1-1
      أسفر الكمين عن مصرع 24 انقلابيا                               | KILLED MILITANT EXACT 24-24
      اعتقلت الشرطة أمس 6 من متشددي الحركة                          | ARRESTED MILITANT EXACT 6-6
      أصيب 5 من متمردي الحركة في الغارة                             | INJURED MILITANT EXACT 5-5
      أسفر القصف عن مقتل 40 طالبانيا                                | KILLED MILITANT EXACT 40-40
      أعلن المتحدث مقتل اثنين من قادة طالبان في الغارة              | KILLED MILITANT EXACT 2-2
      ألقت الشرطة القبض على 6 من العناصر المثيرة للشغب             | ARRESTED RIOTER EXACT 6-6
      أسفر الهجوم عن مقتل اثنين من أفراد الرينجرز                   | KILLED SECURITY_FORCES EXACT 2-2
      أسفر القصف عن مقتل 5 عناصر على الأقل من حزب الله              | KILLED MILITANT AT_LEAST 5-
      أسفر الحادث عن مقتل 5 أشخاص على الأقل من أبناء القرية         | KILLED PERSON AT_LEAST 5-
      وأصيب في الأحداث 138 من المتظاهرين ورجال الأمن المركزي        | INJURED PERSON EXACT 138-138
      أسفر عن إصابة 5 من عناصر الجيش والشرطة في الاشتباكات          | INJURED SECURITY_FORCES EXACT 5-5
      اندلعت الاشتباكات بين عشرات من المتظاهرين وقوات الأمن         | PARTICIPATED PROTESTER VAGUE 20-99
      أسفر عن إصابة 19 من ضباط وأفراد الشرطة بالخرطوش               | INJURED SECURITY_FORCES EXACT 19-19
      ارتفع عدد مصابي الشرطة في الاشتباكات إلى 120 مصابا            | INJURED POLICE EXACT 120-120
      ارتفع عدد قتلى الجيش إلى 20                                   | KILLED SOLDIER EXACT 20-20
      ارتفع عدد القتلى المدنيين إلى 40 قتيلا                        | KILLED CIVILIAN EXACT 40-40
      ارتفع عدد القتلى برصاص قوات الأسد إلى 73 شخصا                 | KILLED PERSON EXACT 73-73
      ارتفاع أعداد القتلى قوات الأسد إلى 73 شخصا                    | KILLED PERSON EXACT 73-73
      """)
  void readsMembersOfAnArabicGroup(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
