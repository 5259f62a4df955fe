package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The attribution rules of {@link AttributionReader}: sentence, source of its claim. */
final class AttributionReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      'قتل 12 شخصا في الهجوم، وفق وزارة الداخلية'                     | وزارة الداخلية
      قالت الشرطة إن 12 شخصا قتلوا في الهجوم                         | الشرطة
      '18 people were killed, state television reported'             | state television
      The ministry said 20 people were killed in the clashes         | The ministry
      أعلنت الوكالة عن مقتل 8 من القوات الأمنية                      | الوكالة
      """)
  void namesTheSourceOfTheCount(String sentence, String source) {
    assertThat(RuleRows.claims(sentence)).singleElement()
        .satisfies(c -> assertThat(c.attribution()).isEqualTo(source));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل 20 شخصا في الهجوم
      At least 5 people were killed in the blast
      """)
  void givesNoSourceWhereNoneIsNamed(String sentence) {
    assertThat(RuleRows.claims(sentence)).singleElement()
        .satisfies(c -> assertThat(c.attribution()).isNull());
  }
}
