package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The count-link rules of {@link CountLinkReader}, one row an example sentence. */
final class CountLinkReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل 15 شخصا بينهم أربعة أطفال في الغارة                        | KILLED PERSON EXACT 15-15; KILLED CHILD EXACT 4-4
      قتل 5 أطفال و3 نساء في القصف                                   | KILLED CHILD EXACT 5-5; KILLED PERSON EXACT 3-3
      5 أطفال و3 نساء قتلوا في القصف                                 | KILLED CHILD EXACT 5-5; KILLED PERSON EXACT 3-3
      قتل اثنا عشر (12) شخصا في الهجوم                               | KILLED PERSON EXACT 12-12
      Two policemen were killed and one was injured in the attack    | KILLED POLICE EXACT 2-2; INJURED POLICE EXACT 1-1
      قُتل 15 شخصاً وأصيب 40 آخرون في الانفجار                       | KILLED PERSON EXACT 15-15; INJURED PERSON EXACT 40-40
      اعتقل 5 أشخاص وتوفي أحدهم في السجن                             | ARRESTED PERSON EXACT 5-5; KILLED PERSON EXACT 1-1
      إصابة 12 في اشتباكات المدينة بينهم 4 بـ«خرطوش» في العين        | INJURED PERSON EXACT 12-12; INJURED PERSON EXACT 4-4
      وتم نقل المصابين وتحويل 3 منهم لمستشفى قصر العيني، و 10 لـ«المنيرة» | INJURED PERSON EXACT 3-3; INJURED PERSON EXACT 10-10
      قتل 10 أشخاص بضمنهم خمس نسوة وأربعة أطفال في الغارة           | KILLED PERSON EXACT 10-10; KILLED PERSON EXACT 5-5; KILLED CHILD EXACT 4-4
      وضمت القافلة 10 أشخاص من ضمنهم خمس نسوة                        | OTHER PERSON EXACT 10-10
      """)
  void linksACountToTheCountsAroundIt(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /** (ar29prec) A noun's own count restated by a numeral right after it is one count. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      كما قُتل مدنيان اثنان في القصف على المدينة                     | KILLED CIVILIAN EXACT 2-2
      وأفادت الشرطة بأنها احتجزت شخصين اثنين في المدينة             | ARRESTED PERSON EXACT 2-2
      مما أسفر عن سقوط قتيل واحد على الأقل في القرية                 | KILLED PERSON AT_LEAST 1-
      وأصيب جنديان وقتل اثنان آخران في الهجوم                         | INJURED SOLDIER EXACT 2-2; KILLED SOLDIER EXACT 2-2
      وقتل مدنيان و3 جنود في القصف                                    | KILLED CIVILIAN EXACT 2-2; KILLED SOLDIER EXACT 3-3
      """)
  void readsANounsCountRestatedByANumeralOnce(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, Arabic (ar19, {@link GroupMembers#partOfGroup}): a part after «منهم، بينهم» counted
   * by its event noun alone is of its whole's group; a part with a noun of its own keeps it, a
   * whole of mere persons gives persons, and a part larger than the count before is not of it;
   * (ar28total) a rank of any force («ضابط») among police or soldiers is of them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      أسفرت الاشتباكات عن إصابة 17 ضابطا، منهم 3 مصابين بطلقات خرطوش | INJURED SECURITY_FORCES EXACT 17-17; INJURED SECURITY_FORCES EXACT 3-3
      أدى ذلك لإصابة 12 متظاهرا بينهم ثلاث إصابات خطيرة             | INJURED PROTESTER EXACT 12-12; INJURED PROTESTER EXACT 3-3
      قتل 8 مدنيين بينهم 3 أطفال في القصف                           | KILLED CIVILIAN EXACT 8-8; KILLED CHILD EXACT 3-3
      قتل أربعة عسكريين بينهم ضابط في انفجار قنبلة                   | KILLED SOLDIER EXACT 4-4; KILLED SOLDIER EXACT 1-1
      أصيب 12 من رجال الشرطة بينهم 3 ضباط                            | INJURED POLICE EXACT 12-12; INJURED POLICE EXACT 3-3
      أصيب 12 شخصا بينهم 3 ضباط                                      | INJURED PERSON EXACT 12-12; INJURED SECURITY_FORCES EXACT 3-3
      أصيب 20 شخصا بينهم 5 مصابين بالخرطوش                          | INJURED PERSON EXACT 20-20; INJURED PERSON EXACT 5-5
      قتل 5 جنود بينهم 12 قتيلا في القصف                            | KILLED SOLDIER EXACT 5-5; KILLED PERSON EXACT 12-12
      """)
  void givesAPartCountedByItsEventNounTheGroupOfItsWhole(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (ar28implicit) Others after a breakdown are others of its whole also after a later item of the
   * breakdown joined by «و» (not children of the item before them), and «من ضمنهم» opens a
   * breakdown as «من بينهم» does; others with no breakdown before them are of the count before.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل 20 شخصا بينهم 7 نساء و9 أطفال و4 آخرين                     | KILLED PERSON EXACT 20-20; KILLED PERSON EXACT 7-7; KILLED CHILD EXACT 9-9; KILLED PERSON EXACT 4-4
      قتل 20 شخصا من ضمنهم 7 نساء و9 أطفال بالإضافة إلى أربعة آخرين  | KILLED PERSON EXACT 20-20; KILLED PERSON EXACT 7-7; KILLED CHILD EXACT 9-9; KILLED PERSON EXACT 4-4
      قتل 9 أطفال و4 آخرين في القصف                                   | KILLED CHILD EXACT 9-9; KILLED CHILD EXACT 4-4
      """)
  void givesOthersAfterABreakdownTheSubjectOfItsWhole(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, Arabic: counts joined by «و» before one verb at the end of the clause share it, also
   * when the first count's noun has a complement of its own («من قادة التنظيم») and when the
   * second count's noun is no lexicon's; a verb of its own or no casualty verb shares nothing.
   * (ar19: «قادة التنظيم» names members of a group, MILITANT, so a count of them with no casualty
   * verb is an unscored OTHER claim, as «12 مسلحا» is.)
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقال إن 3 من قادة التنظيم و12 مسلحا قتلوا في الغارة            | KILLED MILITANT EXACT 3-3; KILLED MILITANT EXACT 12-12
      وقالت الوكالة إن أربعة من قادة الحزب ونحو ثلاثين متمردا قتلوا  | KILLED PERSON EXACT 4-4; KILLED MILITANT APPROXIMATE 27-33
      وذكرت المصادر أن 5 من المصلين و3 من المارة أصيبوا بجروح        | INJURED PERSON EXACT 5-5; INJURED PERSON EXACT 3-3
      وقال إن 3 قادة و12 مسلحا قتلوا في الغارة                       | KILLED PERSON EXACT 3-3; KILLED MILITANT EXACT 12-12
      وقال إن 3 من قادة التنظيم وصلوا إلى المدينة و12 مسلحا قتلوا    | OTHER MILITANT EXACT 3-3; KILLED MILITANT EXACT 12-12
      وحضر 3 من قادة التنظيم و12 مسلحا الاجتماع                      | OTHER MILITANT EXACT 3-3; OTHER MILITANT EXACT 12-12
      """)
  void sharesTheVerbAfterCountsJoinedAcrossAComplement(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A suicide bomber killed at least 18 people in the market       | KILLED PERSON AT_LEAST 18-
      7 متهمين قتلوا 3 من رجال الشرطة                                 | KILLED POLICE EXACT 3-3
      """)
  void givesTheDoerNoEventOfTheVictims(String sentence, String victims) {
    assertThat(RuleRows.briefs(sentence)).contains(victims);
    assertThat(RuleRows.claims(sentence)).filteredOn(c -> c.event() == Event.KILLED).hasSize(1);
  }

  /**
   * (en28mine) A verb's object follows it in its clause: a count after a comma is no object, so
   * the participle after the first count's noun stays its event (a whole and its part).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      out of the 286 people killed, 41 were hindus                   | KILLED PERSON EXACT 286-286; KILLED PERSON EXACT 41-41
      of the 100 that succumbed to the police firing, 60 were hindus | KILLED PERSON EXACT 100-100; KILLED PERSON EXACT 60-60
      police pulled out eight more bodies, including three children  | KILLED PERSON EXACT 8-8; KILLED CHILD EXACT 3-3
      four gunmen killed 12 people in the market                     | OTHER MILITANT EXACT 4-4; KILLED PERSON EXACT 12-12
      """)
  void keepsTheVerbOfACountBeforeAComma(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /** Issue 16, English: "others" after a part are others of the whole; "other" before a noun. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      'The fire killed 9 people, including a 6-year-old girl, and injured three others' | KILLED PERSON EXACT 9-9; KILLED CHILD EXACT 1-1; INJURED PERSON EXACT 3-3
      'The fire killed 9 people, including two children, and injured 12 others'        | KILLED PERSON EXACT 9-9; KILLED CHILD EXACT 2-2; INJURED PERSON EXACT 12-12
      Four children were killed and two others were injured                             | KILLED CHILD EXACT 4-4; INJURED CHILD EXACT 2-2
      Rebels killed three civilians and two other policemen                             | KILLED CIVILIAN EXACT 3-3; KILLED POLICE EXACT 2-2
      Two farmers were killed and five more soldiers were injured                       | KILLED PERSON EXACT 2-2; INJURED SOLDIER EXACT 5-5
      """)
  void othersAreOthersOfTheWhole(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /** Issue 16, English: elided verbs in a list of places; a passive is no doer. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      31 persons have been arrested in the old city incident, 12 in the market case and 40 in the suburbs | ARRESTED PERSON EXACT 31-31; ARRESTED PERSON EXACT 12-12; ARRESTED PERSON EXACT 40-40
      Six people were killed in the village and 11 in the town                                 | KILLED PERSON EXACT 6-6; KILLED PERSON EXACT 11-11
      Six people were killed in the village and 11 houses were burnt                           | KILLED PERSON EXACT 6-6
      """)
  void readsEnglishElidedVerbs(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, English: a bound written before the next count of a list is that count's, not a
   * bound after the noun of the count before (the numbers module's {@code QuantityRecognizer}).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      'Police fired at the mob, killing one and injuring at least eight others' | KILLED PERSON EXACT 1-1; INJURED PERSON AT_LEAST 8-
      'The army fired, killing 3 and injuring at least 8'                       | KILLED PERSON EXACT 3-3; INJURED PERSON AT_LEAST 8-
      Storms kill 28 in Egypt At least 28 people died in floods                  | KILLED PERSON EXACT 28-28; KILLED PERSON AT_LEAST 28-
      Five people at least were injured in the blast                             | INJURED PERSON AT_LEAST 5-
      """)
  void givesABoundToTheCountItOpens(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en20strong) A part of the injured with a death verb of its own after "of whom" / "of them"
   * counts the dead; a part with no verb of its own, or with one of injury, keeps the whole's event.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Two persons were stabbed, one of whom later succumbed to injuries | INJURED PERSON EXACT 2-2; KILLED PERSON EXACT 1-1
      Five people were injured, one of them died in hospital         | INJURED PERSON EXACT 5-5; KILLED PERSON EXACT 1-1
      Ten people were hurt, two of whom died later                   | INJURED PERSON EXACT 10-10; KILLED PERSON EXACT 2-2
      Ten people were hurt, two of them seriously                    | INJURED PERSON EXACT 10-10; INJURED PERSON EXACT 2-2
      Four people were killed, two of them children                  | KILLED PERSON EXACT 4-4; KILLED CHILD EXACT 2-2
      """)
  void countsTheDeadAmongTheInjured(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (ar29cas, {@link OneCaseInList}) «وحالة واحدة» after a comma, the last item of a list of
   * casualty counts and their places, counts one of that event; after counts of no casualty, or
   * with a verb of its own between, it is none.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      بلغ عدد الوفيات 6 حالات، منها 5 حالات في بورسعيد، وحالة واحدة بالقاهرة | KILLED PERSON EXACT 6-6; KILLED PERSON EXACT 5-5; KILLED PERSON EXACT 1-1
      أصيب 13 شخصا تم علاج 12 منهم بمستشفى العبور بكفر الشيخ، وحالة واحدة بالمنزل | INJURED PERSON EXACT 13-13; INJURED PERSON EXACT 12-12; INJURED PERSON EXACT 1-1
      سجلت الوزارة 5 مخالفات في القاهرة، وحالة واحدة في الجيزة       | -
      أصيب 5 أشخاص في حادث سير على الطريق الدائري بمدينة نصر، وحالة واحدة في الجيزة | INJURED PERSON EXACT 5-5; OTHER PERSON EXACT 1-1
      """)
  void countsOneCaseListedAfterACasualtyCount(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
