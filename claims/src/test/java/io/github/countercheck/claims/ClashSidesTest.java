package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ClashSides} (ar28people): a count of people right after the «بين» of a clash, or after
 * the «و» of its other side, is a crowd that took part, not the toll of a cue before the clash;
 * armed men, forces, places and the casualties of a toll are no crowd.
 */
final class ClashSidesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ارتفعت حصيلة ضحايا الاشتباكات التي اندلعت بين آلاف المتظاهرين والمئات من أنصار الجماعة إلى 9 قتلى | PARTICIPATED:PROTESTER:2000 PARTICIPATED:PERSON:200 KILLED:PERSON:9
      ودارت الاشتباكات التي استمرت لعدة ساعات بين مئات من أهالي المتهمين وقوات الأمن                | PARTICIPATED:PERSON:200
      استمرت الاشتباكات في محيط الكوبري بين عشرات من الشباب الغاضب                                  | PARTICIPATED:PERSON:20
      وقعت صدامات بين الشرطة ومئات من المتظاهرين في المدينة                                          | PARTICIPATED:PROTESTER:200
      أصيب 14 شخصا في اشتباكات بين عشرات المتظاهرين وقوات الأمن                                     | INJURED:PERSON:14 PARTICIPATED:PROTESTER:20
      وكانت حصيلة الاشتباكات بين 4 قرى مصرع شخصين                                                   | KILLED:PERSON:2
      قتل إرهابي خلال اشتباكات وقعت بين قوات الجيش و16 إرهابيا                                       | KILLED:MILITANT:1
      وكانت حصيلة المواجهات ما بين 10 قتلى و20 جريحا                                                 | KILLED:PERSON:10 INJURED:PERSON:20
      أسفرت الاشتباكات عن سقوط 50 شخصا بين قتيل وجريح                                               | -
      قتل 12 شخصا بين المتظاهرين في المدينة                                                          | KILLED:PERSON:12
      """)
  void theSidesOfAClashAreCrowds(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
