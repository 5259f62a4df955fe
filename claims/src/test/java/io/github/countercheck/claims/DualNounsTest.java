package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link DualNouns}: a dual by morphology of a singular noun of people counts two. */
final class DualNounsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأصيب سائقان و5 ركاب في الحادث                  | INJURED:PERSON:2 INJURED:PERSON:5
      وقتل مزارعان وأصيب 3 آخرون في القصف              | KILLED:PERSON:2 INJURED:PERSON:3
      وأصيبت ممرضتان و4 أشخاص في القصف                 | INJURED:PERSON:2 INJURED:PERSON:4
      وقتل 6 مسلحين في الاشتباكات                      | KILLED:MILITANT:6
      وزار الوزير البلدتين اللتين تضررتا و3 مستشفيات    | -
      لقي شقيقان مصرعهما في حادث طريق                             | KILLED:PERSON:2
      """)
  void dualsByMorphology(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /**
   * A dual in construct state with a possessive suffix (the lexicon's subject duals «شقيقيه،
   * نجليه، طفليها»): two people next to a cue, no count without one (sentences written for the test).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأسفر الحادث عن مصرع شقيقيه في الحال                        | KILLED:PERSON:2
      وأسفر الهجوم عن إصابة نجليه بجروح متوسطة                    | INJURED:PERSON:2
      وأسفر القصف عن مقتل طفليها داخل المنزل                      | KILLED:CHILD:2
      وزار الوزير والديه في القرية أمس                             | -
      وسافر المدرب مع نجليه إلى القاهرة                            | -
      """)
  void possessedDualsNextToACue(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /**
   * {@link DualByAgreement}: a plural in «-ين» right after a casualty cue is a dual where a dual
   * pronoun refers back to it (sentences written for the test, each with a numeral so that the
   * sentence filter reads it).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأسفر الحريق عن إصابة مواطنين تم إخلاؤهما من المبنى و3 من رجال الإطفاء | INJURED:PERSON:2 INJURED:PERSON:3
      وتمكنت المباحث من ضبط عاطلين لدى محاولتهما اقتحام المركز و5 آخرين       | ARRESTED:PERSON:2 ARRESTED:PERSON:5
      وأسفرت الاشتباكات عن إصابة مواطنين أحدهما باختناق، وتم نقل 4 إلى المستشفى | INJURED:PERSON:2 INJURED:PERSON:1 INJURED:PERSON:4
      وأسفرت الاشتباكات عن إصابة مواطنين وتم نقل 4 إلى المستشفى                | INJURED:PERSON:4
      وأسفرت المشاجرة عن إصابة مواطنين من عائلتين بسبب خلاف بينهما على 3 قراريط | -
      وتبنت الحركة عمليات بينها قتل إسرائيليين، متهما تركيا بدعم 3 فصائل      | -
      وشارك مواطنين في المسيرة مع زوجتيهما و30 طفلا                           | PARTICIPATED:CHILD:30
      """)
  void pluralsMadeDualByAPronoun(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /**
   * «أبنية» (buildings) reads «ابنيه» once normalized, the form of «his two sons»: that form is
   * left out of the lexicon, and buildings count no one, not even as an unscored OTHER claim.
   */
  @org.junit.jupiter.api.Test
  void buildingsAreNoDualOfSons() {
    String text = "حاول المتظاهرون أن يستولوا على الأبنية الرسمية وأبنية الشرطة.";
    assertThat(ClaimExtractor.create().extract(io.github.countercheck.core.Document
        .builder("t.txt", text).language(io.github.countercheck.core.Language.AR).build())).isEmpty();
  }
}
