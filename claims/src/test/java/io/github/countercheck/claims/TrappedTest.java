package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Trapped}: people a well, a mine or a fire holds, or gunmen hold hostage, are no arrests. */
final class TrappedTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      تلقى الدفاع المدني بلاغا عن احتجاز شخصين بداخل بئر في القرية       | -
      ويبحث المنقذون عن العمال الخمسة المحتجزين في المنجم منذ أسبوع      | -
      وتمكنت الفرق من إخراج 4 أشخاص محتجزين في مصعد العمارة             | -
      وسقط خمسة من الموظفين قتلى في عملية احتجاز الرهائن في الفندق       | KILLED:PERSON:5
      وقررت النيابة احتجاز 13 آخرين على ذمة التحقيق                      | ARRESTED:PERSON:13
      واحتجزت الشرطة 6 أشخاص بعد الحريق الذي اندلع في المصنع بيومين      | ARRESTED:PERSON:6
      وألقت الشرطة القبض على 5 متهمين في حريق المصنع                      | ARRESTED:PERSON:5
      ولا يزال 20 متظاهرا محتجزين في معسكر الأمن المركزي                  | ARRESTED:PROTESTER:20
      """)
  void peopleTrappedOrHeldHostageAreNoArrests(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ونفى النادي تكهنات عن فقدان اللاعب البالغ عمره 28 عاما وعيه بعد الاصطدام | -
      وقال المركز إن أكثر من 350 من الصحافيين فقدوا أعمالهم جراء المصادرة     | -
      وخلت ست دوائر، منها ثلاث بسبب فقدان الجنسية                            | -
      وأعلن الاتحاد فقدان أثر ثلاثة صحافيين في حلب                            | MISSING:PERSON:3
      وقال إن 12 صيادا فقدوا في البحر منذ أسبوع                              | MISSING:PERSON:12
      وأعلنت الوزارة فقدان 5 صيادين بعد أن فقد قاربهم السيطرة في العاصفة      | MISSING:PERSON:5
      """)
  void aLossThatIsNoOneMissing(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      النيابة تنتهي من سماع 6 من ضحايا الاشتباكات أمام القصر            | -
      واستمعت النيابة الى أقوال 6 ضحايا على مدار اليوم                  | -
      وقال إنهم استمعوا حتى الآن إلى 5 من أسر المتظاهرين الذين قتلوا     | -
      واستمعت النيابة لشهود عيان على مقتل 5 أشخاص في الحادث             | KILLED:PERSON:5
      وأثناء قيام شقيقه بمحاولة إنقاذه لقي حتفه هو الآخر                 | KILLED:PERSON:1
      وسقط 6 ضحايا في الاشتباكات أمام القصر                              | KILLED:PERSON:6
      """)
  void theDeadDoNotTestify(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
