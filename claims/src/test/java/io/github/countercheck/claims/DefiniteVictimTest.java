package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, Arabic: a definite singular death noun that tells of one victim counts one (devset8's
 * decision), after a noun of what is the victim's («والدة الشهيد»، «شقيق المتوفى») or as the
 * person of a body («نقل جثة الطفلة»), and only where no other word of the sentence tells of a
 * death ({@link DefiniteVictim}).
 */
final class DefiniteVictimTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وزار المحافظ والدة الشهيد سالم العتيبي في منزلها             | KILLED PERSON EXACT 1-1
      وأكد شقيق المتوفى أن أخاه كان يقف أمام المبنى                 | KILLED PERSON EXACT 1-1
      وتقدم المحافظ بالعزاء لوالد الشهيد فهد الشمري وذويه           | KILLED PERSON EXACT 1-1
      وتم العثور على ملابس المتوفاة بجانب البركة                    | KILLED PERSON EXACT 1-1
      ونقلت جثة الطفلة إلى مستشفى المدينة                          | KILLED CHILD EXACT 1-1
      وقررت النيابة تشريح جثة المجني عليه والتصريح بالدفن          | KILLED PERSON EXACT 1-1
      وتم التحفظ على جثة الشاب بمشرحة المستشفى                     | KILLED PERSON EXACT 1-1
      وزار المحافظ والد الشهيد فهد في منزله                        | KILLED PERSON EXACT 1-1
      لقي شخص مصرعه وتوجه شقيق المتوفى إلى قسم الشرطة              | KILLED PERSON EXACT 1-1
      وقتل مسلحون شرطيا ثم زار المحافظ والدة الشهيد                 | KILLED POLICE EXACT 1-1
      وحاول الأب تقديم المساعدة لابنه المصاب في الشارع              | INJURED PERSON EXACT 1-1
      وعبر عن تعازيه للأسرة في هذا المصاب الأليم                     | -
      وأصيب شاب برصاصة وحاول الأب تقديم المساعدة لابنه المصاب       | INJURED PERSON EXACT 1-1
      وقال والد الشهيد "سامر" إن الحكومة لم تف بوعودها              | -
      مما أدى إلى مصرع المجني عليه وإصابة شقيقه في الحادث           | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 1-1
      وكشفت التحقيقات عن إصابة المجنى عليها بطلق ناري في الساق       | INJURED PERSON EXACT 1-1
      وتبين من التحريات أن المجني عليه يعمل سائقا في الشركة           | -
      وتبين أن المتهم شرع في قتل المجني عليه بسلاح ناري              | OTHER PERSON EXACT 1-1
      وقضت المحكمة بحبس المتهم بتهمة الشروع في قتل شخصين              | ARRESTED PERSON EXACT 1-1; OTHER PERSON EXACT 2-2
      وأقيم السرادق في شارع الشهيد أحمد حمدي بالمدينة                | -
      وأعلنت كتائب الشهيد عز الدين القسام مسؤوليتها                | -
      وتوجهت المجموعة إلى نفق الشهيد أحمد حمدي                     | -
      ودعوا للشهيد ولجميع من قضى معه بالرحمة                        | -
      واستمعت النيابة لأقوال المجني عليه في البلاغ                  | -
      وتم نقل جثة المنزل القديم إلى الحديقة                         | -
      """)
  void countsOneDefiniteVictim(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
