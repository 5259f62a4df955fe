package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16 (ar30impl), Arabic: a later verb of one death («ما أدى إلى وفاته»، «فلقي مصرعه»)
 * counts one of the singular person noun before it in its clause, past a name, an age and a job
 * ({@link LaterVerbOfOne}); a name with its age and job alone, a noun in another clause, a toll
 * before, and a fear are no count of their own.
 */
final class LaterVerbOfOneTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأثناء عبور المجني عليه سالم فهد الطريق السريع صدمته سيارة مسرعة ما أدى إلى وفاته                  | KILLED PERSON EXACT 1-1
      حال عبور شقيقه خالد سعيد 40 سنة عامل لشريط السكة الحديد اصطدم به القطار مما أدى لوفاته             | KILLED PERSON EXACT 1-1
      وسقطت سيدة مجهولة أسفل عجلات القطار القادم من المدينة فلقيت مصرعها في الحال                        | KILLED PERSON EXACT 1-1
      وقام المتهم بطعن المجني عليه بسكين في صدره وتسبب في وفاته                                          | KILLED PERSON EXACT 1-1
      وكان الطفل يلعب أمام منزل أسرته عندما صدمته شاحنة نقل ثقيل مما أدى إلى مصرعه                       | KILLED CHILD EXACT 1-1
      وتبين أنه حال عبور خالد سعيد، 40 عاما، عامل، لشريط السكة الحديد صدمه القطار ما أدى لمصرعه          | -
      ولقي 3 أشخاص مصرعهم في الحادث والمواطن سالم فهد كان يقود السيارة فلقي مصرعه                       | KILLED PERSON EXACT 3-3
      وقال المسؤول إن المتهم خاف على نفسه خشية أن يلقى حتفه                                             | -
      وكان الشاب يسير بصحبة والدته عندما صدمته سيارة مما أدى إلى وفاته                                    | KILLED PERSON EXACT 1-1
      """)
  void countsTheOneALaterVerbTellsOf(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
