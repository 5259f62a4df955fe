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
      وقال إن خاله استشهد في حرب 56 في بورسعيد                        | -
      وصدر القانون لصالح ضحايا نكسة 67 في محافظات القنال             | -
      وأسفر العدوان عن مقتل 56 شخصا في المدينة                        | KILLED PERSON EXACT 56-56
      وقتل في الحرب 30 مدنيا في القرية                                 | KILLED CIVILIAN EXACT 30-30
      أصيب اللاعب في الدقيقة 30 من المباراة                          | INJURED PERSON EXACT 1-1
      شارك الفريق في النسخة 13 من البطولة                            | -
      قتل 4 أشخاص خلال الأسبوع 12 من الحرب                           | KILLED PERSON EXACT 4-4
      2- التعامل غير الإنساني مع كل التظاهرات                        | -
      3) الاعتقالات العشوائية من المنازل ليلا                          | -
      7- اعتقال الكاتب لثلاثة أشهر بالسجن الحربي                      | -
      2- Police arrested protesters in the square                    | -
      7 قتلى في انفجار سيارة مفخخة                                   | KILLED PERSON EXACT 7-7
      3 - 2 فوز الفريق وإصابة لاعب                                    | INJURED PERSON EXACT 1-1
      """)
  void readsNoCountInRatiosRatesAndDayLabels(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /** (issue 16, {@link AgesInList}) An age with no unit among the ages of a list of people. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأصيب حمدان سليم 34 سنة مزارع ورضوان خليل 41 سائق بجروح                  | -
      وتوفي مرزوق عبد الستار 63 موظف ونجله عادل 30 عاما طالب في الحادث           | -
      وأصيب 12 شخصا بينهم حمدان سليم 34 سنة مزارع ورضوان خليل 41 سائق           | INJURED PERSON EXACT 12-12
      وألقت الشرطة القبض على 28 متهم في المحافظة                                | ARRESTED PERSON EXACT 28-28
      وألقت الشرطة القبض على 28 متهم بينهم حمدان سليم 34 سنة                     | ARRESTED PERSON EXACT 28-28
      """)
  void readsNoCountInAnAgeWithoutItsUnit(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /** (ar29prec, {@link AgesInList#afterAge}) The job or state of a person named with his age. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وطرفها الأول صابر كامل 50 سنة ونجله هيثم 28 سنة عامل وتوفى في الحال        | -
      وأحمد عبد الرحمن البهنساوي، 14 سنة، طالب، وأصيب بطلق خرطوش               | -
      وبين طرف ثان مرسى شحتة مرسى (33 سنة) متوفى إثر طلق نارى                   | -
      بين طرف أول أشرف عبد العال " 40 سنة " عامل ، متوفى إثر إصابته            | -
      وأسفر الحادث عن مقتل أشرف شوقي (42 سنة – سائق) وإصابة شقيقه                | INJURED PERSON EXACT 1-1
      وتوفي الشاب محمد 20 عاما وأصيب طفل في الحادث                              | KILLED PERSON EXACT 1-1; INJURED CHILD EXACT 1-1
      وأسفر الحادث عن مصرع عامل في الموقع                                      | KILLED PERSON EXACT 1-1
      وقتل طفل 5 سنوات في الحادث                                               | KILLED CHILD EXACT 1-1
      """)
  void readsNoCountInTheJobOfAPersonNamedWithHisAge(String sentence, String expected) {
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      يبلغ عدد المشاركين 130 لاعبا في البطولة                        | OTHER PERSON EXACT 130-130
      وانضم اللاعبون الـ4 إلى تدريبات فريقهم                          | -
      About 120 athletes took part in the race                       | OTHER PERSON APPROXIMATE 108-132
      وشارك 300 متظاهر في المسيرة                                     | PARTICIPATED PROTESTER EXACT 300-300
      About 120 protesters took part in the rally                    | PARTICIPATED PROTESTER APPROXIMATE 108-132
      """)
  void competitorsTakingPartAreNoCrowd(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وشارك 5000 عامل في حفر القناة الجديدة                          | OTHER PERSON EXACT 5000-5000
      ويشارك في البرنامج 60 طالبا من الجامعات                        | OTHER PERSON EXACT 60-60
      وانضم المئات من أبناء المدينة إلى المجلس العسكري               | OTHER PERSON VAGUE 200-999
      وقال إن 4 من زبائن الشركة شاركوا في الرحلة                      | -
      وجرت مسيرة صامتة مساء الاثنين شارك فيها الآلاف                  | PARTICIPATED PERSON VAGUE 2000-9999
      شارك نحو 400 شخص في مظاهرة أمام البرلمان                       | PARTICIPATED PERSON APPROXIMATE 360-440
      وشارك المئات من الأهالي في تشييع جنازة الضحايا                  | PARTICIPATED PERSON VAGUE 200-999
      About 60 members participated in the meeting of the party      | OTHER PERSON APPROXIMATE 54-66
      Nearly 40,000 devotees participated in the purnahuti yagna     | PARTICIPATED PERSON APPROXIMATE 36000-44000
      Three ministers joined the new cabinet on Monday               | -
      Millions of civilians take part in the defence exercises       | OTHER CIVILIAN VAGUE 2000000-9999999
      Several hundred students joined the protest on Monday          | PARTICIPATED PERSON VAGUE 300-900
      More than 50 clerics joined the peace march                    | PARTICIPATED PERSON MORE_THAN 51-
      Some 2,000 workers took part in the strike on Monday           | PARTICIPATED PERSON APPROXIMATE 1800-2200
      Several devotees took part in the ram naam jap in the temples  | PARTICIPATED PERSON VAGUE 3-9
      About 300 ram sevaks took part in the karseva on Friday        | PARTICIPATED PERSON APPROXIMATE 270-330
      The party joined two other allies in opposing the bhoomi puja  | -
      About 200 villagers joined the namaz at the mosque             | PARTICIPATED PERSON APPROXIMATE 180-220
      About 60 members took part in the puzzle contest               | OTHER PERSON APPROXIMATE 54-66
      """)
  void takingPartIsACrowdOnlyInACrowd(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /** (issue 16) A handful is no crowd ({@link TakingPart#tooFew}). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      أصدرت المحكمة أحكاما بالسجن ضد أربعة متظاهرين                  | OTHER PROTESTER EXACT 4-4
      احتجاجا على دهس 5 متظاهرين خلال المسيرة                         | OTHER PROTESTER EXACT 5-5
      وتضمن الإخطار أسماء ثلاثة من منظمي المظاهرة                     | -
      التجمع يتم بين اثنين على الأقل                                  | -
      وتجمع بضعة متظاهرين أمام المبنى                                 | OTHER PROTESTER VAGUE 3-9
      ويتجمهر الآن أكثر من 50 عاملا أمام مركز الشرطة                   | PARTICIPATED PERSON MORE_THAN 51-
      وتجمع حوالى 40 من أعضاء الأحزاب أمام المنزل                      | PARTICIPATED PERSON APPROXIMATE 36-44
      وتجمع العشرات من المتظاهرين أمام مبنى المحافظة                   | PARTICIPATED PROTESTER VAGUE 20-99
      وتشارك الطائرات الثلاث في تأمين حفل الافتتاح                     | DEPLOYED AIRCRAFT EXACT 3-3
      نيابة طنطا تخلى سبيل 12 متظاهرا                                  | OTHER PROTESTER EXACT 12-12
      والنيابة توجه تهمة الإتلاف العمدي لـ31 متظاهرا                   | OTHER PROTESTER EXACT 31-31
      وتجمع 40 متظاهرا أمام مبنى المحافظة                              | PARTICIPATED PROTESTER EXACT 40-40
      واعتصم 30 متظاهرا أمام مبنى المحافظة                              | PARTICIPATED PROTESTER EXACT 30-30
      وقطع عشرات المتظاهرين الطريق                                      | PARTICIPATED PROTESTER VAGUE 20-99
      وأغلق 60 متظاهرا الطريق الدولي                                    | PARTICIPATED PROTESTER EXACT 60-60
      وتجمع أكثر من 10 متظاهرين أمام مبنى المحافظة                     | PARTICIPATED PROTESTER MORE_THAN 11-
      Several devotees took part in the ram naam jap in the temples  | PARTICIPATED PERSON VAGUE 3-9
      """)
  void aHandfulIsNoCrowd(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قررت النيابة إحالة 12 متهما بقتل المتظاهرين إلى محكمة الجنايات  | -
      أجلت المحكمة محاكمة 3 ضباط متهمين بقتل متظاهرين                 | -
      إخلاء سبيل 3 ضباط ومجند بتهمة قتل 3 مسجلين                       | KILLED:PERSON:3
      وقالت إن 3 رجال متهمين بقتل طفل اعتقلوا أمس                      | ARRESTED:PERSON:3 KILLED:CHILD:1
      وتتهم النيابة 5 ضباط بقتل 17 متظاهرا                             | KILLED:PROTESTER:17
      وقتل 12 شخصا في الاشتباكات                                       | KILLED:PERSON:12
      """)
  void theAccusedAreNoVictims(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قضت محكمة جنايات بورسعيد بإعدام 21 متهما في القضية             | -
      قضت المحكمة بالاعدام على 21 شخصا                               | -
      وطالب المتظاهرون بإعدام 5 من المتهمين                           | -
      أعدمت السلطات 3 مدانين بتهريب المخدرات                          | KILLED:PERSON:3
      الإعدام لـ21 متهما في قضية مذبحة بورسعيد                        | -
      الإعدام لـ 7 متهمين والسجن لـ5 آخرين في القضية                  | -
      وأكدت المصادر إعدام 21 شخصا في السجن                            | KILLED:PERSON:21
      """)
  void aSentenceToDeathIsNoDeath(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A Libyan court sentenced five Bulgarian nurses to death         | OTHER PERSON EXACT 5-5
      The militants executed 3 hostages on Monday                     | KILLED PERSON EXACT 3-3
      Five nurses were put to death by the militants                  | KILLED PERSON EXACT 5-5
      """)
  void anEnglishSentenceToDeathIsNoDeath(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The president pardoned 23 jailed rebels on Thursday             | OTHER MILITANT EXACT 23-23
      A spy will be freed in exchange for six imprisoned students     | OTHER PERSON EXACT 6-6
      A court jailed four men for ten years                          | OTHER PERSON EXACT 4-4
      Police arrested four men on Monday                             | ARRESTED PERSON EXACT 4-4
      He pardoned four men jailed for plotting to kill the president  | OTHER PERSON EXACT 4-4
      Three men were convicted of conspiring to kill a judge          | OTHER PERSON EXACT 3-3
      Gunmen killed three judges on Monday                           | KILLED PERSON EXACT 3-3
      Police detained 10 protesters near the square                  | ARRESTED PROTESTER EXACT 10-10
      """)
  void aPrisonTermIsNoArrestAndAPlotNoDeath(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      يسود الحذر خلال تشييع جنازات خمسة من أبناء المحافظة اليوم       | KILLED PERSON EXACT 5-5
      ويستعد الأهالي لتشييع 3 من ضحايا الأحداث                       | KILLED PERSON EXACT 3-3
      Thousands marched in the funeral of 12 people on Sunday        | PARTICIPATED PERSON VAGUE 2000-9999; KILLED PERSON EXACT 12-12
      شارك الآلاف في تشييع جنازة الشهيد                               | PARTICIPATED PERSON VAGUE 2000-9999; KILLED PERSON EXACT 1-1
      مسيرة شارك فيها 400 شخص                                        | PARTICIPATED PERSON EXACT 400-400
      """)
  void aCountRightAfterAFuneralIsOfTheDeadBuried(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      احتضنت أسرة سعودية طفلة بعد وفاة والدها                        | OTHER PERSON EXACT 1-1
      تولى السلطة عقب وفاة والده عام 2000                             | OTHER PERSON EXACT 1-1
      عاشت مع أمها منذ رحيل والدها                                    | -
      اندلعت الاشتباكات بعد مقتل والده برصاص الشرطة                   | KILLED PERSON EXACT 1-1
      طالبت الأسرة بمحاسبة السائق المتسبب في وفاة والده                | KILLED PERSON EXACT 1-1
      اندلعت اشتباكات بعد وفاة شاب متأثرا بإصابته                      | KILLED PERSON EXACT 1-1
      """)
  void aFamilysPastLossNamedAsATimeIsNoDeath(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقال الطبيب إن احتمال أن يصاب طفل آخر ضعيف                      | OTHER CHILD EXACT 1-1
      ويرى الباحثون أن احتمال أن تتكرر إصابة طفلين في الأسرة ضعيف      | OTHER CHILD EXACT 2-2
      وإذا كان الأب حاملا للمرض فقد يصاب طفل آخر                       | OTHER CHILD EXACT 1-1
      ويمكن أن يقتل الفيروس 100 شخص في الشهر                          | OTHER PERSON EXACT 100-100
      وقالت المنظمة إنه قد تكون هناك ستة آلاف حالة وفاة بسبب المرض     | OTHER PERSON EXACT 6000-6000
      وقال إن عدد القتلى يمكن أن يرتفع لأن 20 شخصا أصيبوا بجروح خطيرة  | INJURED PERSON EXACT 20-20
      وقال إن عددا كبيرا، ربما الآلاف من المدنيين لجأوا إلى المعسكر     | DISPLACED CIVILIAN VAGUE 2000-9999
      وأصيب طفل في الحادث                                              | INJURED CHILD EXACT 1-1
      وكانت الشرطة قد قتلت 5 مسلحين في الهجوم                         | KILLED MILITANT EXACT 5-5
      """)
  void aPossibleCasualtyIsNoReport(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      لم تتطرق المحكمة إلى مقتل الشاب واستمرت في محاكمة 25 من الأهالي   | KILLED PERSON EXACT 1-1; OTHER PERSON EXACT 25-25
      نظرت المحكمة قضية قتل المتظاهرين المتهم فيها 14 ضابطا             | OTHER SECURITY_FORCES EXACT 14-14
      وأدى الضرب إلى وفاة شاب إلى جانب براءة ثلاثة أفراد شرطة            | KILLED PERSON EXACT 1-1; OTHER POLICE EXACT 3-3
      قتل 5 أشخاص في الهجوم وأحالت النيابة 12 متهما إلى المحاكمة        | KILLED PERSON EXACT 5-5; OTHER PERSON EXACT 12-12
      ألقت الشرطة القبض على 8 متهمين و12 آخرين                          | ARRESTED PERSON EXACT 8-8; ARRESTED PERSON EXACT 12-12
      وتمكنت الشرطة من القبض على المتهمين السبعة                        | ARRESTED PERSON EXACT 7-7
      قتل في الهجوم 5 أشخاص بتهمة التجسس                                | KILLED PERSON EXACT 5-5
      وقررت المحكمة استمرار حبس المتهمين البالغ عددهم 68                | ARRESTED PERSON EXACT 68-68
      وتم القبض على زوجته المسؤولة عن خطف وبيع العشرات من الفتيات       | ARRESTED PERSON EXACT 1-1; OTHER PERSON VAGUE 20-99
      قررت النيابة حجز 8 متهمين والتحقيق مع 12 آخرين                    | ARRESTED PERSON EXACT 8-8; OTHER PERSON EXACT 12-12
      وتم اعتقال واستجواب المتهمين الخمسة                               | ARRESTED PERSON EXACT 5-5
      وأصيب المتهم و3 من رجال الشرطة في تبادل إطلاق النار              | INJURED PERSON EXACT 1-1; INJURED POLICE EXACT 3-3
      وتمكنت الشرطة من القبض على المتهم و3 آخرين                        | ARRESTED PERSON EXACT 1-1; ARRESTED PERSON EXACT 3-3
      وأصيب خلال قيام الشرطة بمداهمة المنزل 3 أشخاص                      | INJURED PERSON EXACT 3-3
      وغرقت العبارة في النهر وعلى متنها 40 راكبا                         | OTHER PERSON EXACT 40-40
      ولقي 5 أشخاص حتفهم في سقوط طائرة كانت تقل 12 راكبا                 | KILLED PERSON EXACT 5-5; OTHER PERSON EXACT 12-12
      ولقي 4 أشخاص مصرعهم في غرق مركب كان على متنه 30 راكبا              | KILLED PERSON EXACT 4-4; OTHER PERSON EXACT 30-30
      وقتل 3 من الركاب الذين كانوا على متن الحافلة                       | KILLED PERSON EXACT 3-3
      ولقي ما لا يقل عن 20 شخصا حتفهم في غرق المركب                      | KILLED PERSON AT_LEAST 20-
      """)
  void aCountOfDefendantsTakesNoCueBeforeTheTrial(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en28prec, {@link CampCounts}) People counted where they stay in camps are no displacement
   * told; a verb of flight near the camp keeps the displacement, and a casualty verb its event.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nearly 2,000 refugees are staying at the relief camps in the city          | -
      Thousands of riot victims are taking shelter at relief camps in the state  | -
      The number of refugees living in 40 relief camps was 25,000              | -
      The relief camps in the city still house thousands of refugees            | -
      The camp near the school saw an increase of 300 victims in a day          | -
      The floods forced 5,000 people to flee to relief camps                     | DISPLACED PERSON 5000
      Nearly 2,000 refugees fled across the border on Monday                    | DISPLACED PERSON 1800
      Troops killed 12 people in the refugee camp on Monday                     | KILLED PERSON 12
      Thousands of people took shelter in schools after the storm               | DISPLACED PERSON 2000
      """)
  void peopleStayingInCampsAreNoDisplacement(String sentence, String expected) {
    assertThat(RuleRows.scored(sentence)).isEqualTo(expected);
  }

  /** (en28prec, {@link Possibility}) English: a casualty in a condition is no report. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      What if 10 were killed, 100 kar sevaks will replace them      | -
      Even if one dies, it is a sad thing                           | -
      Ten people were killed even if the police denied it           | KILLED PERSON 10
      Five people were injured on Monday as if nothing happened     | INJURED PERSON 5
      """)
  void anEnglishCasualtyInAConditionIsNoReport(String sentence, String expected) {
    assertThat(RuleRows.scored(sentence)).isEqualTo(expected);
  }

  /**
   * (en29prec, {@link OneAfterCopula}) English: "one of" as a copula's complement names its
   * subject a member of a group, no count; "one of" as a subject, or after "among", is one.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      He was one of the people who had fled their homes in the town      | -
      The army said the dead man was one of a group of gunmen            | -
      She is one of the injured in the hospital ward                     | -
      One of the injured died in the hospital on Monday                  | KILLED PERSON 1
      The condition of one of the injured is serious                     | INJURED PERSON 1
      Among the dead was one of the guards at the gate                   | KILLED SECURITY_FORCES 1
      Two men were killed and one was injured in the blast               | KILLED PERSON 2; INJURED PERSON 1
      """)
  void oneOfAfterACopulaIsNoCount(String sentence, String expected) {
    assertThat(RuleRows.scored(sentence)).isEqualTo(expected);
  }

  /**
   * (en29prec, {@link AttackingForce}) English: armed people who storm a place are an attacking
   * force, no crowd and no deployment; unarmed people who storm it are a crowd, and forces that
   * pour into a town are sent.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Around 200 fighters stormed a police station in the town           | -
      Hundreds of troops backed by tanks stormed the mosque on Friday    | -
      Dozens of policemen stormed the building after the siege           | -
      About 500 activists stormed the building and ransacked the offices | PARTICIPATED PERSON 450
      Thousands of protesters stormed the parliament on Monday           | PARTICIPATED PROTESTER 2000
      Hundreds of troops poured into the city after the riots            | DEPLOYED SOLDIER 200
      """)
  void anArmedForceThatStormsAPlaceIsNoCrowd(String sentence, String expected) {
    assertThat(RuleRows.scored(sentence)).isEqualTo(expected);
  }

  /**
   * (en29prec, {@link CueAdjectiveOfThings}) English: a casualty word between a count and a plural
   * of things describes the things; before people, or before a capital that opens the next item
   * of a headline, it keeps its event.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Officials were searching for 58,000 missing ballots on Monday      | -
      The police traced 20 missing weapons in the raid                   | -
      A judge ruled that two protest groups cannot use the park          | -
      Rescuers searched for 150 missing fishermen on Monday              | MISSING PERSON 150
      Clashes Leave 1 Dead, 20 Hurt Clashes between farmers and police   | KILLED PERSON 1; INJURED PERSON 20
      """)
  void aCueBeforeAPluralOfThingsOnlyDescribesThem(String sentence, String expected) {
    assertThat(RuleRows.scored(sentence)).isEqualTo(expected);
  }

  /**
   * (en29prec, {@link DoerBeforeObject}) English: a singular right before a casualty verb with an
   * object of its own does the act; with no object, or a time after the verb, it is the one the
   * verb befell.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A policeman arrested the suspect near the station on Monday         | -
      A key official held several meetings with the leaders              | -
      A man held in the raid was released on bail                        | ARRESTED PERSON 1
      A man arrested last week was released on bail                      | ARRESTED PERSON 1
      A youth was stabbed at the market on Monday                        | INJURED PERSON 1
      """)
  void aSingularWithAnObjectAfterItsVerbDoesTheAct(String sentence, String expected) {
    assertThat(RuleRows.scored(sentence)).isEqualTo(expected);
  }
}
