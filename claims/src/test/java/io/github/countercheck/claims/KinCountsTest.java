package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link KinCounts}: a family's size, the kin of victims, «أحدهم» owned by a noun and a cue in an
 * idiom of another sense make no claim of the event near them.
 */
final class KinCountsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      مقتل أم لثلاثة أطفال في حادث سير                                | -
      مقتل والد طفلين في مشاجرة بالقرية                                | -
      اختفاء أم لطفلين في المدينة                                      | -
      توفي الطفل بينما أصيب والده ووالدته بحروق                         | KILLED:CHILD:1 INJURED:PERSON:1 INJURED:PERSON:1
      مقتل ثلاثة أطفال في حادث سير                                    | KILLED:CHILD:3
      مقتل طفلين في مشاجرة بالقرية                                     | KILLED:CHILD:2
      """)
  void aFamilysSizeIsNoCountOfVictims(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A father of three was killed in the blast                       | KILLED PERSON EXACT 1-1
      Three fathers were killed in the blast                          | KILLED PERSON EXACT 3-3
      Three people were killed in the blast                           | KILLED PERSON EXACT 3-3
      The two rallies wound their way through the streets, one to the north | -
      The bomb wounded one policeman near the station                 | INJURED POLICE EXACT 1-1
      The toll since the invasion in March last year is close to 1,000 | -
      occupancy was 60 per cent during march and has plunged to 12 now | -
      Thousands marched through the city on Sunday                    | PARTICIPATED PERSON VAGUE 2000-9999
      Hundreds of relatives of the dead gathered outside the morgue   | OTHER PERSON VAGUE 200-999
      Hundreds of protesters gathered outside the morgue              | PARTICIPATED PROTESTER VAGUE 200-999
      The board and eight other muslim bodies requested the court     | -
      Five religious bodies and 12 trade bodies called a strike       | OTHER PERSON EXACT 5-5; OTHER PERSON EXACT 12-12
      The police recovered eight more bodies from the river           | KILLED PERSON EXACT 8-8
      The bodies of 12 muslim men were found near the village         | KILLED PERSON EXACT 12-12
      He said three people should be held responsible for the riots   | OTHER PERSON EXACT 3-3
      About 2,000 students are held at ransom by the administration   | OTHER PERSON APPROXIMATE 1800-2200
      Traffic was held up for two hours on the highway                | -
      Police said three people were held for questioning              | ARRESTED PERSON EXACT 3-3
      """)
  void englishFamiliesAndIdioms(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      نطمئن الملايين من أهالي ضحايا هذا الإرهابي                       | -
      وتجمع العشرات من أهالي 4 أفراد قتلوا في مطاردة مع الشرطة         | PARTICIPATED:PERSON:20 KILLED:PERSON:4
      قتل العشرات من أهالي القرية في القصف                             | KILLED:PERSON:20
      وقال إن العشرات من أهالي القرية قتلوا في القصف                   | KILLED:PERSON:20
      وقالت المصادر إن 5 أشخاص من عائلة واحدة أصيبوا بجروح              | INJURED:PERSON:5
      """)
  void theKinOfVictimsAreNoVictims(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قام 6 أشخاص بقتل عاطل بعد أن ساومهم على إعادة سيارة أحدهم       | KILLED:PERSON:1
      قتل 3 أشخاص وأصيب أحدهم بجروح                                   | KILLED:PERSON:3 INJURED:PERSON:1
      وأصيب 4 أشخاص ولقي أحدهم مصرعه                                  | INJURED:PERSON:4 KILLED:PERSON:1
      """)
  void oneOwnedByANounIsNoCount(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقع حادث تصادم بين سيارتين ملاكي وسيارة نقل على الطريق          | -
      تصادم 6 سيارات ملاكي ونقل على الطريق الدائري                    | -
      فاصطدمت بها سيارة نقل أموال، ثم اصطدمت بها من الخلف 4 سيارات    | -
      ودفعت مديرية الصحة بـ 31 سيارة إسعاف إلى المكان لنقل المصابين    | DEPLOYED:VEHICLE:31
      وتم نقل 12 مصابا إلى المستشفى                                    | INJURED:PERSON:12
      وسحبت الشركة أكثر من 36 ألف سيارة دفع رباعي من الأسواق          | -
      ومزودة بـ 10 عربات ذات دفع رباعى ورشاشات                         | -
      وتسلمت الهيئة 600 حافلة للنقل الجماعي                           | -
      وتم الدفع بـ 20 سيارة إسعاف إلى موقع الحادث                      | DEPLOYED:VEHICLE:20
      """)
  void aTruckIsNoTransport(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /**
   * (en28prec) "death threats", "the death penalty": the cue "death" inside a phrase of another
   * sense kills no one; the death toll and "were killed" keep their event.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Death threats have chased away four elections officials in Mosul | OTHER PERSON EXACT 4-4
      Gunmen kidnapped 92 women and made death threats against the staff | OTHER PERSON EXACT 92-92
      The court upheld the death penalty for three men                 | OTHER PERSON EXACT 3-3
      Five people were killed and death threats were made              | KILLED PERSON EXACT 5-5
      The death toll rose to 12 on Monday                              | KILLED PERSON EXACT 12-12
      """)
  void aDeathInAPhraseOfAnotherSenseKillsNoOne(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
