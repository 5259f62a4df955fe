package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * (issue 16) Singular nouns listed after a count share its event ({@link CoordinatedSingles}):
 * after a conjunction of several words («بالإضافة إلى شخص إيراني») and «وآخر» after a one just
 * counted («شخص إيراني وآخر لبناني»). Issue 16: across the «من» phrase of the noun before
 * («عامل من الهوارة ومحام»); a dual of mere persons in an enumeration («هم مالي ... وأوكرانيان»)
 * names members, no count. Issue 16 (ar27list): «وآخر / وأخرى» in a list, after a count of several
 * or across a comma («بينهم طفل، وأخرى مجرية»، «قتيلين في إدلب، وآخر في السويداء»:
 * {@link AnotherInList}); not the definite «والآخر» of a set already counted.
 */
final class CoordinatedSinglesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      القبض على 12 سعوديا بالإضافة إلى شخص إيراني وآخر لبناني        | ARRESTED:PERSON:12 ARRESTED:PERSON:1 ARRESTED:PERSON:1
      قتل 5 أشخاص إضافة إلى طفل في الانفجار                         | KILLED:PERSON:5 KILLED:CHILD:1
      وأصيب 3 جنود فضلا عن مدني                                     | INJURED:SOLDIER:3 INJURED:CIVILIAN:1
      مقتل 3 جنود ومواطن مصري وآخر سوداني                           | KILLED:SOLDIER:3 KILLED:PERSON:1 KILLED:PERSON:1
      وحضر الحفل 300 شخص بالإضافة إلى الوزير                        | -
      أصيب 3 أشخاص في الحادث وآخر في الهجوم الثاني                  | INJURED:PERSON:3
      اصطدمت بهم سيارة رقم 14 مما نتج عنه إصابة المأمور وأمين الشرطة   | INJURED:POLICE:1 INJURED:POLICE:1
      وتلقى مأمور قسم أول بلاغا بإصابة 3 أشخاص                       | INJURED:PERSON:3
      ونتج عن التراشق إصابة عامل من الهوارة ومحام من أولاد خليفة     | INJURED:PERSON:1 INJURED:PERSON:1
      وتم القبض على 7 أشخاص من قبيلة الهوارة وشخص من قبيلة العرب      | ARRESTED:PERSON:7 ARRESTED:PERSON:1
      وحضر الاجتماع وزير من الحكومة ومحام من النقابة                 | -
      أعلنت البعثة أن خمسة موظفين، هم مالي ونيبالي وأوكرانيان قتلوا  | KILLED:PERSON:5
      قتل 5 أشخاص بينهم طفل، وأخرى مجرية                            | KILLED:PERSON:5 KILLED:CHILD:1 KILLED:PERSON:1
      أصيب 5 أشخاص منهم اثنين سائحين بريطانيين وآخر مصري              | INJURED:PERSON:5 INJURED:PERSON:2 INJURED:PERSON:1
      سقط 3 قتلى في حماة، وقتيلين في إدلب، وآخر في السويداء          | KILLED:PERSON:3 KILLED:PERSON:2 KILLED:PERSON:1
      أصيب مواطنان أحدهما باختناق، والآخر بجروح                       | INJURED:PERSON:2 INJURED:PERSON:1
      """)
  void singularsListedAfterACountShareItsEvent(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
