package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The no-count and agreement rules of {@link NoCountReader}, one row an example sentence. */
final class NoCountReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      توفي 1 من 800 مريض في المستشفى                                 | -
      سجلت 3 حالات وفاة لكل 100 ألف نسمة                             | -
      One in 500 people died of the disease                          | -
      Three deaths per 1,000 births were recorded                    | -
      قتل المتظاهرون في اليوم 3 من الاحتجاجات                        | -
      ارتفعت نسبة الوفيات إلى 12 في المنطقة                          | -
      قتل اليوم 3 من المتظاهرين                                      | KILLED PROTESTER EXACT 3-3
      أصيب اللاعب في الدقيقة 30 من المباراة                          | INJURED PERSON EXACT 1-1
      شارك الفريق في النسخة 13 من البطولة                            | -
      قتل 4 أشخاص خلال الأسبوع 12 من الحرب                           | KILLED PERSON EXACT 4-4
      """)
  void readsNoCountInRatiosRatesAndDayLabels(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      أرسلت الحكومة 20 شرطيا إلى المدينة                             | DEPLOYED POLICE EXACT 20-20
      نشرت الحكومة 200 جندي في المدينة                               | DEPLOYED SOLDIER EXACT 200-200
      ضد حشد من آلاف المتظاهرين                                      | PARTICIPATED PROTESTER VAGUE 2000-9999
      """)
  void makesTheEventAgreeWithWhatIsCounted(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
