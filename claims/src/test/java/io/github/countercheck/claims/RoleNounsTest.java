package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16 (ar30impl), Arabic: singular nouns of people by role (residence and travel, age,
 * trade, offence) count one after a cue or in coordination, as the lexicon's other person nouns;
 * their sound plurals are plurals, not duals by form («المدمنين» is no count of two).
 */
final class RoleNounsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وتمكنت قوات حرس الحدود من القبض على متسلل أردني                  | ARRESTED PERSON EXACT 1-1
      وتمكنت الشرطة من ضبط مروج للمخدرات في الحي                       | ARRESTED PERSON EXACT 1-1
      وأسفر الحادث عن مقتل 18 سائحا ومرشدة سياحية                      | KILLED PERSON EXACT 18-18; KILLED PERSON EXACT 1-1
      وأعلنت الشرطة مقتل مسجل خطر في تبادل لإطلاق النار                 | KILLED PERSON EXACT 1-1
      وارتفع عدد حالات وفاة المدمنين في المدينة                         | -
      وقضت المحكمة بمعاقبة المهربين بالسجن                              | -
      """)
  void countsOneRoleNoun(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
