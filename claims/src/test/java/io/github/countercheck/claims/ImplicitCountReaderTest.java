package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.TextAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The implicit-count rules of {@link ImplicitCountReader} ({@link ImplicitCountRule}), by row. */
final class ImplicitCountReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل شرطيان في الهجوم                                           | KILLED POLICE EXACT 2-2
      سقط قتيلان في الاشتباك                                         | KILLED PERSON EXACT 2-2
      وأسفر الحادث عن سقوط القتيلتين على الفور                       | KILLED PERSON EXACT 2-2
      وتعجل الأسرة بشفاء المصابتين في المستشفى                        | INJURED PERSON EXACT 2-2
      ولا تزال الأسيرتان في سجون الاحتلال                             | ARRESTED PERSON EXACT 2-2
      وما زال البحث جاريا عن المفقودتين في البحر                      | MISSING PERSON EXACT 2-2
      وسأل الله أن يتغمد الفقيدتين بواسع رحمته                        | KILLED PERSON EXACT 2-2
      وزار الوزير الطالبتين في المدرسة                                | -
      كما أصيب تاجر بعدة إصابات أثناء استقلاله القطار                | INJURED PERSON EXACT 1-1; OTHER PERSON VAGUE 3-9
      وعثر عليه الأهالي مصابا بعدة إصابات في الرأس                    | OTHER PERSON VAGUE 3-9
      وأسفر الحادث عن إصابة 4 أشخاص بعدة إصابات في الرأس              | INJURED PERSON EXACT 4-4; OTHER PERSON VAGUE 3-9
      وتسبب الحادث بعشرين إصابة في صفوف الركاب                        | INJURED PERSON EXACT 20-20
      مقتل جندي في انفجار عبوة ناسفة                                 | KILLED SOLDIER EXACT 1-1
      وخاضت القوات معارك قتل خلالها جندي في الجبال                   | KILLED SOLDIER EXACT 1-1
      توفي اليوم شاب متأثرا بجروحه                                   | KILLED PERSON EXACT 1-1
      ووقعت اشتباكات أصيب فيها ضابط في المدينة                       | INJURED SECURITY_FORCES EXACT 1-1
      وقتل أمس شرطي في الهجوم                                        | KILLED POLICE EXACT 1-1
      أسفرت الأحداث عن إصابة كل من ضابط ومجند بطلق خرطوش              | INJURED SECURITY_FORCES EXACT 1-1; INJURED SECURITY_FORCES EXACT 1-1
      أسفر الحادث عن وفاة كل من محمد علي وأحمد سعيد                   | -
      وحضر الاجتماع كل من ضابط في المدينة                             | -
      وصل أمس شرطي إلى المدينة                                       | -
      وذكر اليوم مسؤول أن الحادث وقع في المدينة                       | -
      أصيب 10 أشخاص بينهم شرطي في الاشتباكات                         | INJURED PERSON EXACT 10-10; INJURED POLICE EXACT 1-1
      لقي طالبان وعامل مصرعهم في الحادث                              | KILLED PERSON EXACT 2-2; KILLED PERSON EXACT 1-1
      A police officer was killed in the attack                      | KILLED POLICE EXACT 1-1
      قتل 3 أشخاص وأصيب مثلهم في الهجوم                              | KILLED PERSON EXACT 3-3; INJURED PERSON EXACT 3-3
      أعلنت الشرطة وجود قتيل في موقع الحادث                          | KILLED PERSON EXACT 1-1
      بين قتيل وجريح في الحادث                                       | -
      وتجاوزت حصيلة القتلى المائة قتيل في المدينة                     | KILLED PERSON MORE_THAN 101-
      وتجاوز عدد المصابين الألف مصاب منذ الصباح                       | INJURED PERSON MORE_THAN 1001-
      وصل شرطي إلى المدينة                                           | -
      وصل الشرطيون إلى المدينة                                       | -
      """)
  void countsWithoutANumeral(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, Arabic: «طالبان» is the Taliban and two students (a form the lexicon lists as a
   * group's plural and as a dual of people, {@link Construction#NAME_LIKE_DUAL}); it counts two
   * only right after a casualty cue, elsewhere it is the group's name.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقالت الحكومة إن زعيم طالبان توفي قبل عامين                     | -
      واعتقلت الشرطة 6 من متشددي حركة طالبان الباكستانية وتم ضبط المتفجرات | ARRESTED MILITANT EXACT 6-6
      قتل جنديان في هجوم وأعلنت طالبان مسؤوليتها عنه                  | KILLED SOLDIER EXACT 2-2
      وقال المتحدث باسم طالبان إن مقاتليه قتلوا 5 جنود                | KILLED SOLDIER EXACT 5-5
      مصرع طالبين في حادث سير على الطريق                             | KILLED PERSON EXACT 2-2
      أصيب طالبان في الحادث أمام المدرسة                              | INJURED PERSON EXACT 2-2
      """)
  void aGroupNameLikeADualCountsOnlyAfterItsCue(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, Arabic: after a bare «أن/إن» the accusative of a noun of people is one person, the
   * subject of a casualty verb of one person after it; an accusative after a number is counted by
   * the number. (The sentence filter does not read these accusatives: the rule holds in sentences
   * read for a numeral or another count word.)
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وذكرت الوكالة أن شابا في العقد الثالث من العمر، توفي بعد إصابة 5 | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 5-5
      وقالت الشرطة إن شخصا لقي مصرعه في الحادث الذي وقع في 3 مواقع        | KILLED PERSON EXACT 1-1
      وقالت الشرطة إن شابا وصل إلى المدينة                                 | -
      وقال إن 12 رجلا اعتقلوا في المدينة                                   | ARRESTED PERSON EXACT 12-12
      """)
  void countsAnAccusativeOneAfterAComplementizer(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * The sentence filter reads the same rule table: a sentence where a rule holds is never skipped,
   * and one where no trigger word stands is.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل شرطيان في الهجوم                    | true
      مقتل جندي في انفجار عبوة ناسفة          | true
      A police officer was killed             | true
      وصل الوفد إلى المدينة صباح اليوم        | false
      The delegation arrived in the city      | false
      """)
  void theFilterReadsTheRuleTable(String sentence, boolean mayCount) {
    Lexicon lex = sentence.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)
        ? Lexicon.arabic() : Lexicon.english();
    TokenWords words = new TokenWords(TextAnalysis.of(Document.of("row.txt", sentence)).tokens());
    long[] keys = new long[words.size()];
    boolean[] waw = new boolean[words.size()];
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.isWord(i)) {
        char[] c = words.chars();
        keys[n] = lex.keysAndStems(c, words.start(i), words.end(i), words.stemMask(i));
        waw[n++] = c[words.start(i)] == '\u0648' && (words.stemMask(i) & 2) != 0;
      }
    }
    assertThat(ImplicitCountReader.mayCountWithoutNumerals(lex, keys, waw, n)).isEqualTo(mayCount);
    if (mayCount) {
      assertThat(RuleRows.claims(sentence)).isNotEmpty();
    }
  }

  /**
   * Issue 16, English: "another" with no noun, right before a verb of its own after a comma or
   * "and", is one more of the kind counted before; not "another day", "another on Tuesday", nor a
   * doer ("another stabbed him").
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      'One person was killed, another injured when the bombs exploded' | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 1-1
      One policeman died and another was injured                       | KILLED POLICE EXACT 1-1; INJURED POLICE EXACT 1-1
      'Two soldiers were killed, another wounded'                      | KILLED SOLDIER EXACT 2-2; INJURED SOLDIER EXACT 1-1
      'Two men were arrested on Monday and another on Tuesday'         | ARRESTED PERSON EXACT 2-2
      'Five people were injured, another day of violence'              | INJURED PERSON EXACT 5-5
      One man was killed and another person was injured                | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 1-1
      'While one of the accused pulled the bag, another stabbed him repeatedly' | OTHER PERSON EXACT 1-1
      """)
  void countsAnotherWithAVerbOfItsOwn(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16 (implicit18), Arabic: a singular of people right after a casualty cue and before
   * «آخر/أخرى» is one more of its kind, one counted («قتل جندي آخر»); the plural «آخرين» after it
   * still is not its count, and a singular with no cue counts no one.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقتل جندي آخر في هجوم على القاعدة                  | KILLED SOLDIER EXACT 1-1
      وأصيبت طفلة أخرى في الهجوم                         | INJURED CHILD EXACT 1-1
      وأفادت المصادر بمصرع مواطن آخر من أهالي القرية     | KILLED PERSON EXACT 1-1
      وصل شخص آخر إلى المدينة                            | -
      """)
  void countsOneMoreOfItsKind(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16 (implicit18), Arabic: singular nouns of people that news writes after a casualty cue
   * (a driver or commander, a leader, the perpetrator, a wanted or registered criminal, «المدعو»,
   * ranks, the feminines of trades, a housewife, a scholarship student, a journalist) count one;
   * with no cue they count no one.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأسفر الحادث عن مصرع قائد السيارة الأولى           | KILLED PERSON EXACT 1-1
      وتمكنت الشرطة من القبض على الجاني أمس              | ARRESTED PERSON EXACT 1-1
      مما أدى إلى وفاة المدعو يسري علي                   | KILLED PERSON EXACT 1-1
      وأسفر الاشتباك عن إصابة النقيب بطلق ناري           | INJURED SECURITY_FORCES EXACT 1-1
      قتل زعيم التنظيم في غارة جوية                      | KILLED MILITANT EXACT 1-1
      قتل زعيم القبيلة في غارة جوية                      | KILLED PERSON EXACT 1-1
      وفاة رضيعة في حادث انقلاب سيارة                    | KILLED CHILD EXACT 1-1
      إصابة موظفة وسائقة في حادث تصادم                   | INJURED PERSON EXACT 1-1; INJURED PERSON EXACT 1-1
      لقيت ربة منزل مصرعها في حادث مروري               | KILLED PERSON EXACT 1-1
      وأسفر الحادث عن وفاة مبتعث في الولايات المتحدة     | KILLED PERSON EXACT 1-1
      وأصيب صحافي بجروح طفيفة                            | INJURED PERSON EXACT 1-1
      وعقد المتحدث مؤتمرا صحافيا أمس                     | -
      وقال قائد الشرطة إن الوضع هادئ                     | -
      اجتمع القائد العام مع الضباط                        | -
      """)
  void countsSingularsOfTheParadigm(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16 (implicit18), Arabic: a singular or dual of people right after «بين / ضمن» and a
   * casualty noun with the article is one or two of those victims; «بين» before a singular victim
   * noun or before two joined by «و» names no victims.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأكدت المصادر أن من بين القتلى طفل               | KILLED CHILD EXACT 1-1
      وقال مصدر طبي إن بين القتلى امرأتين               | KILLED PERSON EXACT 2-2
      وأشارت إلى أن من ضمن المعتقلين ضابطان             | ARRESTED SECURITY_FORCES EXACT 2-2
      وكان خلاف قد نشب بين القتيل والمتهم                 | -
      وجلس بين الحضور شاب من القرية                      | -
      """)
  void countsOneAmongTheVictims(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16 (implicit18), Arabic: an ordinal with the article right after a casualty cue is one of
   * those the text named before («وفاة الأول ... وإصابة الثاني»); not after a cue noun with the
   * article, where it describes the noun («المصاب الثاني»، «الإصابة الثالثة» a goal), nor «أول»
   * without the article, which ranks the word after it («قتل أول أمس»).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ونتج عن الحادث وفاة الأول في الحال                | KILLED PERSON EXACT 1-1
      وتبين إصابة الثاني بكدمات في الوجه                | INJURED PERSON EXACT 1-1
      مما أدى إلى وفاة الأخيرة في الحال                 | KILLED PERSON EXACT 1-1
      وتم القبض على الأول في منزله                       | ARRESTED PERSON EXACT 1-1
      ونقل المصاب الثاني إلى المستشفى                   | -
      استطاع أن يسجل الإصابة الثالثة في المباراة         | -
      قتل أول أمس في الهجوم                              | -
      """)
  void countsOneNamedByItsRank(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (ar28implicit, {@link AdjectiveConjunct}) A nisba after «و» that follows an uncounted
   * indefinite nisba describing a noun of things is one more adjective, no person joined to a
   * count; after a counted nisba, a nisba describing a person, or as a list of victims it counts.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل 20 مسلحا من جنسيات سورية وعربية وأجنبية        | KILLED MILITANT EXACT 20-20
      وقالت مصادر فلسطينية وإسرائيلية إن 3 أشخاص أصيبوا  | INJURED PERSON EXACT 3-3
      لقي 3 أشخاص مصرعهم بينهم أمريكي وبريطانية         | KILLED PERSON EXACT 3-3; KILLED PERSON EXACT 1-1; KILLED PERSON EXACT 1-1
      أسفر الحادث عن إصابة شخص مصري وسودانية           | INJURED PERSON EXACT 1-1; INJURED PERSON EXACT 1-1
      """)
  void readsANisbaAfterAnUncountedNisbaAsAnAdjective(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16 (implicit18), Arabic: the accusative in «ا» of a singular noun of people after a
   * casualty verb, right after it or after the verb's subject, is its object, one person; not after
   * a number, not a describing nisba after another accusative, not the predicate of «كان» after a
   * cue.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      جنود إسرائيليون يقتلون فلسطينيا قرب الحدود          | KILLED PERSON EXACT 1-1
      قتل مسلحون جنديا في الهجوم                          | KILLED SOLDIER EXACT 1-1
      واعتقلت الشرطة شابا في القرية                      | ARRESTED PERSON EXACT 1-1
      الاحتلال يقتل شابا فلسطينيا في جنين                 | KILLED PERSON EXACT 1-1
      قتل 20 شابا في الهجوم                               | KILLED PERSON EXACT 20-20
      وقال إن الانتحاري الذي فجر نفسه كان أجنبيا          | KILLED MILITANT EXACT 1-1
      وزار الوزير شابا في المستشفى                        | -
      """)
  void countsTheObjectOfACasualtyVerb(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16 (implicit18), Arabic: «أحد» before a plural of people under a possessive suffix counts
   * one of them, with the plural's subject («أحد جنودها» SOLDIER); with no cue, no one.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقصفت تركيا مواقع للتنظيم ردا على مقتل أحد جنودها  | KILLED SOLDIER EXACT 1-1
      وأكدت الوزارة مقتل أحد مواطنيها في الهجوم          | KILLED PERSON EXACT 1-1
      وقال أحد جنودها إن الوضع هادئ                       | -
      """)
  void countsOneOfAPossessedPlural(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16 (en29recall), English: a singular demonym or "national" names a person only as the
   * head of its noun phrase (`constructions.PERSON_HEAD`, {@link PersonHead}): where nothing of
   * the phrase follows it, it is read as a singular of persons; before a noun it describes the
   * noun, and in an apposition after a count it names the people counted, no one more. An
   * abbreviation written with periods may stand between a singular and its article ("a U.S.
   * soldier", {@link EnglishSingular#articleBefore}).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      'The storm killed at least 15 people including a Canadian, officials said' | KILLED PERSON AT_LEAST 15-; KILLED PERSON EXACT 1-1
      Police arrested 4 men on Monday and a Saudi national was detained later      | ARRESTED PERSON EXACT 4-4; ARRESTED PERSON EXACT 1-1
      A Palestinian was shot dead and two others were injured                      | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 2-2
      Troops shot dead a Palestinian and wounded two others                        | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 2-2
      A Kashmiri was stabbed and 12 others were injured in the clashes            | INJURED PERSON EXACT 1-1; INJURED PERSON EXACT 12-12
      'Two foreign soldiers, an Estonian and an American, were killed in the raid' | KILLED SOLDIER EXACT 2-2
      An Israeli missile strike killed two militants in the camp                   | KILLED MILITANT EXACT 2-2
      A national strike over the killing of 3 students closed the city            | KILLED PERSON EXACT 3-3
      Two Israeli border policemen were killed near the camp                       | KILLED POLICE EXACT 2-2
      A U.S. soldier was killed in Baghdad on Sunday                               | KILLED SOLDIER EXACT 1-1
      A U.S. citizen and a Pakistani national were arrested in the plot            | ARRESTED PERSON EXACT 1-1; ARRESTED PERSON EXACT 1-1
      A U.N. official visited the camp on Monday                                   | -
      A U.S. military convoy was attacked near the city                            | -
      """)
  void countsEnglishDemonymsOnlyAsTheHeadOfTheirPhrase(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
