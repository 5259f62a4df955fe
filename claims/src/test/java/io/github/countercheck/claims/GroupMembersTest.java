package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link GroupMembers}: a member noun before a named group or force counts that group. */
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
      """)
  void memberNounTakesTheGroup(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
