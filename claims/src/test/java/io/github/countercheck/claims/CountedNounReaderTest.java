package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counted-noun rules of {@link CountedNounReader}, one row an example sentence. */
final class CountedNounReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      أعلنت الوكالة عن مقتل 8 من القوات الأمنية في الاحتجاجات       | KILLED SECURITY_FORCES EXACT 8-8
      Dozens of protesters were arrested on Monday                   | ARRESTED PROTESTER VAGUE 20-99
      The storm killed 10 people and destroyed hundreds of houses    | KILLED PERSON EXACT 10-10
      Five people were killed and scores wounded in the clashes      | KILLED PERSON EXACT 5-5; INJURED PERSON VAGUE 20-99
      Police detained eight Roman Catholic priests on Sunday         | ARRESTED PERSON EXACT 8-8
      about 150 bjp and vhp workers were arrested on monday          | ARRESTED PERSON APPROXIMATE 135-165
      they lost the papers of 6,000 trusts and other bodies          | -
      Storm death toll rises to 1,500 Relief supplies are slow       | KILLED PERSON EXACT 1500-1500
      سقط 40 قتيلا في الأحداث                                        | KILLED PERSON EXACT 40-40
      قتل 20 شخصا من المتظاهرين في الاشتباكات                        | KILLED PROTESTER EXACT 20-20
      نشرت الحكومة 20 تشكيلا من قوات الأمن في المدينة                | DEPLOYED SECURITY_FORCES EXACT 20-20
      Four companies of the paramilitary forces were deployed         | DEPLOYED SECURITY_FORCES EXACT 4-4
      Dozens of Rwandan soldiers arrived in the region                | DEPLOYED SOLDIER VAGUE 20-99
      Hundreds of Iraqi troops were detained on Sunday                | ARRESTED SOLDIER VAGUE 200-999
      thousands of Palestinian protesters marched in the city         | PARTICIPATED PROTESTER VAGUE 2000-9999
      the crowd destroyed hundreds of old houses in the town          | -
      about 5,000 riot victims are lodged in the relief camp          | OTHER PERSON APPROXIMATE 4500-5500
      the mob killed 12 victims in the town                           | KILLED PERSON EXACT 12-12
      قتل 12 مسعفين في الهجوم                                        | KILLED PERSON EXACT 12-12
      أصيب خمسة أشخاص على الأقل في الانفجار                          | INJURED PERSON AT_LEAST 5-
      قتل 13 على الأقل من أفراد الجيش في الهجوم                      | KILLED SOLDIER AT_LEAST 13-
      قتل 12 شرطيا خلال المواجهات                                    | KILLED POLICE EXACT 12-12
      """)
  void readsWhatIsCounted(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل شخص واحد في الانفجار                                       | KILLED PERSON EXACT 1-1
      وصل وفد من أسرة واحدة إلى المدينة                              | -
      """)
  void countsAOneAfterItsNounButNotAOneThatDescribes(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16 (ar27deploy, ar28deploy): the units, armoured vehicles and aircraft a force sends are
   * counted nouns of their subject (`subjects.SECURITY_FORCES` «تشكيلات، تشكيلين، مجموعات قتالية،
   * تشكيل قتالي»; `subjects.AIRCRAFT` «مقاتلات، قاذفات»; `subjects.VEHICLE` «مصفحات،
   * مجنزرات، ناقلات جند» and the nominative duals «مدرعتان»; `subjects.SOLDIER` «كتائب عسكرية، ألوية
   * عسكرية، كتيبتين»): a verb of sending makes them DEPLOYED; vehicles seized or burnt are sent
   * nowhere, units stationed are not sent.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وتم الدفع بـ 5 تشكيلات إلى الميدان                             | DEPLOYED SECURITY_FORCES EXACT 5-5
      أرسلت الوزارة 8 من التشكيلات الأمنية إلى المدينة               | DEPLOYED SECURITY_FORCES EXACT 8-8
      وقامت قوات الأمن بالدفع بمدرعتان إلى الميدان                   | DEPLOYED VEHICLE EXACT 2-2
      ودفعت الشرطة بثلاث مصفحات إلى الميدان                          | DEPLOYED VEHICLE EXACT 3-3
      نشر الجيش 12 ناقلة جند على الحدود                              | DEPLOYED VEHICLE EXACT 12-12
      ضبطت الشرطة مدرعتين مسروقتين في المخزن                         | OTHER VEHICLE EXACT 2-2
      احترقت 3 مصفحات في الهجوم                                      | OTHER VEHICLE EXACT 3-3
      حيث تم نشر نحو 20 تشكيلا من قوات الأمن و14 مدرعة في المدينة     | DEPLOYED SECURITY_FORCES APPROXIMATE 18-22; DEPLOYED VEHICLE EXACT 14-14
      وأرسل الجيش كتيبتين إلى الحدود                                 | DEPLOYED SOLDIER EXACT 2-2
      توجد أربعة ألوية عسكرية داخل القاعدة                            | OTHER SOLDIER EXACT 4-4
      نشرت الولايات المتحدة ست مقاتلات في القاعدة                     | DEPLOYED AIRCRAFT EXACT 6-6
      وتسلمت القوات الجوية أول 3 مقاتلات من فرنسا                     | OTHER AIRCRAFT EXACT 3-3
      وتم الدفع بعدد 3 مجموعات قتالية لتأمين الموقع                   | DEPLOYED SECURITY_FORCES EXACT 3-3
      وأرسلت الوزارة 300 تشكيل قتالي إلى المحافظات                    | DEPLOYED SECURITY_FORCES EXACT 300-300
      """)
  void countsTheUnitsAndArmourAForceSends(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, English subjects: a gazetteer of armed groups and forces in the lexicon (militias,
   * "X members", "X operatives", the Peshmerga), community and nationality plurals; a group's name
   * before a singular of people leaves it a person ("a Hamas official"). (en28late) The paradigm
   * of nationality plurals, one for every country, with peoples and travellers ("Liberians",
   * "Tutsis", "backpackers"); a demonym before a noun of people describes it, and people with no
   * event of their own are counted with none.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nine members of the Mahdi Army were killed                        | KILLED MILITANT EXACT 9-9
      Troops killed nine Lord's Resistance Army rebels on Monday        | KILLED MILITANT EXACT 9-9
      Police arrested three Kosovo Liberation Army members              | ARRESTED MILITANT EXACT 3-3
      Two People's Liberation Army soldiers were injured                | INJURED SOLDIER EXACT 2-2
      Five Indian Army soldiers were killed in the blast                | KILLED SOLDIER EXACT 5-5
      Six al-Qaeda suspects were arrested in Karachi                    | ARRESTED MILITANT EXACT 6-6
      Security forces arrested two important al Qaeda operatives        | ARRESTED MILITANT EXACT 2-2
      Four Peshmerga were killed in the clash                           | KILLED SOLDIER EXACT 4-4
      Three members of Hamas were arrested                              | ARRESTED MILITANT EXACT 3-3
      Israeli troops killed a Hamas official on Sunday                  | KILLED PERSON EXACT 1-1
      A youth was stabbed in the old city on Tuesday                    | INJURED PERSON EXACT 1-1
      Thousands of Canadians were evacuated from the coast              | DISPLACED PERSON VAGUE 2000-9999
      Two Iraqi Army battalions were deployed in the city               | DEPLOYED SOLDIER EXACT 2-2
      Three members of the Black Watch regiment had been killed         | KILLED SOLDIER EXACT 3-3
      Four members of the Scottish regiment were injured in the blast   | INJURED SOLDIER EXACT 4-4
      Four members of a local club were injured in the blast            | INJURED PERSON EXACT 4-4
      Police are hunting the killers of two British backpackers         | OTHER PERSON EXACT 2-2
      'Some 100,000 Liberians, who fled the war, have returned home'    | DISPLACED PERSON APPROXIMATE 90000-110000
      'The blast killed 20 people, including four Liberians'            | KILLED PERSON EXACT 20-20; KILLED PERSON EXACT 4-4
      Police arrested 30 Serbs and 12 Senegalese at the border          | ARRESTED PERSON EXACT 30-30; ARRESTED PERSON EXACT 12-12
      Three Senegalese soldiers were killed in the ambush               | KILLED SOLDIER EXACT 3-3
      Thousands of travellers were stranded at the airport              | OTHER PERSON VAGUE 2000-9999
      """)
  void readsArmedGroupsAndPeoples(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, English: a headline's count right after a casualty verb (or a toll noun and its
   * verb) before a capitalized word or a dateline no lexicon knows has no noun of its own, and
   * counts people ("Shootout Kills 2 Ariz."); not animals in lower case, nor a name before a noun.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Shootout Kills 2 Ariz. | KILLED PERSON EXACT 2-2
      'Rocket explodes at scrapyard, killing 10 GHAZIABAD: it was a normal day' | KILLED PERSON EXACT 10-10
      Blasts Inside Green Zone Kill at Least Five Attack was the first | KILLED PERSON AT_LEAST 5-
      Ivan Lashes Jamaica; Death Toll Hits 37 KINGSTON, Jamaica - Hurricane Ivan slammed the coast | KILLED PERSON EXACT 37-37
      Israeli soldiers killed one Palestinian and were chasing two others | KILLED PERSON EXACT 1-1
      The storm killed 40 sheep in the valley | -
      The company hired 20 Siemens engineers | OTHER PERSON EXACT 20-20
      'Suspected bomb blasts hit three Egyptian Red Sea resorts, 23 feared dead' | KILLED PERSON EXACT 23-23
      """)
  void readsAHeadlineCountBeforeAName(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, Arabic: a cardinal with the article after a definite noun agrees with it as an
   * adjective and counts that noun (the numbers module reads «الثلاثة» after a definite word as
   * it reads the digits of «الـ3»); a noun of things counts no people, and «الاثنين» stays Monday.
   * (issue 16) Before a relative, «الآخرين» or a teen the cardinal stands alone as the count, two
   * too; elsewhere with no definite noun before it («الأربعة الكبار») it counts nothing. Right
   * after an event noun a cardinal of three to ten stands alone as its count («اعتقال الثلاثة»);
   * two is not read there («مقتل الاثنين» may be Monday's).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقال المصدر إن الجنود الثلاثة استشهدوا في الهجوم      | KILLED SOLDIER EXACT 3-3
      لقي الأطفال الأربعة حتفهم غرقا في النهر                | KILLED CHILD EXACT 4-4
      ونقل المصابون الخمسة إلى المستشفى                      | INJURED PERSON EXACT 5-5
      وألقت الشرطة القبض على المتهمين السبعة                 | ARRESTED PERSON EXACT 7-7
      قتل المسلحون الرهائن الـ7 الذين اختطفوهم               | KILLED PERSON EXACT 7-7
      وشيعت جنازة القتلى الـ18 أمس                           | KILLED PERSON EXACT 18-18
      وشاركت الدول الخمس في الاجتماع                         | -
      قتل 500 شخص خلال الأشهر الستة الماضية                  | KILLED PERSON EXACT 500-500
      وشارك العشرات من الطلاب في المسيرة                     | PARTICIPATED PERSON VAGUE 20-99
      قتل شخص يوم الاثنين في الانفجار                        | KILLED PERSON EXACT 1-1
      يذكر أن الثمانية الذين تم القبض عليهم من أبناء القرية   | ARRESTED PERSON EXACT 8-8
      وأقامت السفارة حفل تأبين لضحاياها الأربعة الذين لقوا مصرعهم | KILLED PERSON EXACT 4-4
      ووفاة الأول وإصابة الاثنين الآخرين                     | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 2-2
      أكد أن التسعة عشر شخصا الذين تم القبض عليهم أحيلوا للنيابة | ARRESTED PERSON EXACT 19-19
      وقتل 3 أشخاص الاثنين الذي شهد الاشتباكات                | KILLED PERSON EXACT 3-3
      وقالت إن الأربعة الكبار اجتمعوا بعد مقتل الجنود        | -
      وأعلنت الشرطة اعتقال الثلاثة بعد ساعات من الحادث        | ARRESTED PERSON EXACT 3-3
      وأثار مصرع الخمسة غضب الأهالي في القرية                | KILLED PERSON EXACT 5-5
      وتبين أن سبب وفاة الثلاثة أشخاص طلقات نارية            | KILLED PERSON EXACT 3-3
      وأكد حضور الثلاثة في المؤتمر بعد الظهر                 | -
      وأعلن مقتل الاثنين في القرية بعد الظهر                 | -
      """)
  void readsADefiniteCardinalAsCountingTheNounBeforeIt(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, Arabic ({@link Describing}): a one or two after a noun and its describing words counts
   * that noun, once; a dual adjective after a dual noun counts nothing of its own; «و» makes a
   * count of its own.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ألقت الشرطة القبض على مدرسين تايلانديين اثنين             | ARRESTED PERSON EXACT 2-2
      وأصيب شرطيين مصريين اثنين في الانفجار                      | INJURED POLICE EXACT 2-2
      وقتل جندي أمريكي واحد في الهجوم                            | KILLED SOLDIER EXACT 1-1
      وقتل جنديان أمريكيان في الهجوم                             | KILLED SOLDIER EXACT 2-2
      وقتل جنديان وأمريكيان في الهجوم                            | KILLED SOLDIER EXACT 2-2; KILLED PERSON EXACT 2-2
      وصل وفد من أسرة سعودية واحدة إلى المدينة                   | -
      """)
  void readsAOneOrTwoAfterItsNounAndItsDescribingWords(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 18, Arabic recall (mined from the development corpora): «ب/ل» on an indefinite word the
   * lexicon knows only without it (a wound, a weapon, a charge) is a prepositional phrase, no
   * counted noun; the count is of people. Nouns that open with those letters and things the count
   * does count stay as they were.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      أسفرت المشاجرة عن إصابة 4 بطلقات نارية                    | INJURED PERSON EXACT 4-4
      وأصيب اثنان بطعنات في الظهر                                | INJURED PERSON EXACT 2-2
      أصيب 40 شخصا بينهم 12 بخرطوش و9 بكسور                     | INJURED PERSON EXACT 40-40; INJURED PERSON EXACT 12-12; INJURED PERSON EXACT 9-9
      قتل 4 برصاص قوات الأمن                                     | KILLED PERSON EXACT 4-4
      وقررت النيابة حبس 6 بتهمة اقتحام مبنى المحافظة              | ARRESTED PERSON EXACT 6-6
      ضبطت الشرطة 4 طلقات و3 بنادق في السيارة                    | -
      سيطر التنظيم على 5 بلدات في الريف                          | -
      صدر الحكم في سبتمبر (أيلول) 2011 بتهمة تنظيم احتجاجات      | -
      """)
  void readsAPrepositionOnAnIndefiniteWordAsNoNoun(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 18, Arabic recall (mined): «ممن» (of those who) after a count opens a relative clause, no
   * counted noun: the count is of people, and takes the event of its cue, before it or in the
   * clause; a clause with no casualty, arrest or crowd cue makes no claim.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      واعتقلت الشرطة 6 ممن شاركوا في أعمال العنف           | ARRESTED PERSON EXACT 6-6
      وقررت النيابة حبس 12 ممن ضبطوا خلال الاشتباكات      | ARRESTED PERSON EXACT 12-12
      وأصيب 30 ممن كانوا داخل الحافلة                     | INJURED PERSON EXACT 30-30
      وقال إن 40 ممن شملهم الاستطلاع يؤيدون القرار         | -
      """)
  void readsARelativeAfterACountAsNoNoun(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, Arabic recall (mined): a counted noun set in quotation marks right after its number,
   * a source's word the writer quotes («توثيق 141 "شهيداً"»), is the count's noun, as a number set
   * in quotation marks before its noun is ({@link QuotedNoun}); a quoted word that names no people
   * or event counts nothing. (ar28implicit) So is a noun after a number set in brackets, and a
   * singular event noun there is the number's, no count of one of its own.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقالت اللجان إنها تمكنت من توثيق 132 "شهيداً" أمس           | KILLED PERSON EXACT 132-132
      وأحصى المرصد 12 «قتيلا» و30 «جريحا» في القصف               | KILLED PERSON EXACT 12-12; INJURED PERSON EXACT 30-30
      وتسلم الأهالي «5» متوفين من المستشفى                        | KILLED PERSON EXACT 5-5
      وتم القبض على (12) طفل خلال الأحداث                         | ARRESTED CHILD EXACT 12-12
      ونتج عن الحريق (7) حالات اختناق                             | INJURED PERSON EXACT 7-7
      سوريا: "100" قتيل في اشتباكات بين الجيش والمعارضة          | KILLED PERSON EXACT 100-100
      سقوط (100) قتيل في اشتباكات                                 | KILLED PERSON EXACT 100-100
      ونشرت الصحيفة 3 "مقالات" عن الحادث                          | -
      وقال إن 4 "خلايا" تابعة للتنظيم نشطت في المدينة              | -
      """)
  void readsANounInQuotationMarksAfterItsNumber(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, Arabic recall (mined): people that a «ضبط» seizes, in nouns the lexicon lacked
   * (violators, convicts, outlaws: «مخالفا، محكوم عليهم، أشقياء») and in its present and plural
   * forms («تضبط، يضبط، ضبطوا»); violations and goods stay uncounted (ar25neg: arms and their
   * magazines are {@code nonHumanPlurals}: «ضبط بندقية آلية و3 خزائن»), and convicts sentenced to
   * death are no dead.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      تمكنت الشرطة من ضبط 112686 مخالفا لأنظمة الإقامة         | ARRESTED PERSON EXACT 112686-112686
      وفي مجال تنفيذ الأحكام تم ضبط 38 محكوم عليهم             | ARRESTED PERSON EXACT 38-38
      عناصر الجيش تضبط 6 مسجلين خطر بحوزتهم أسلحة              | ARRESTED PERSON EXACT 6-6
      ونجحت الأجهزة الأمنية في ضبط 6 أشقياء متورطين في الشغب   | ARRESTED PERSON EXACT 6-6
      وتم ضبط 2205 مخالفة مرورية خلال الحملة                  | -
      وتم ضبط بندقية آلية و3 خزائن                            | -
      وبتفتيش المسكن تم ضبط 3 خزائن بداخلها طلقات               | -
      وتم ضبط 5 عاطلين وبحوزتهم بندقية آلية                    | ARRESTED PERSON EXACT 5-5
      وقرر الرئيس تخفيف عقوبة 100 محكوم عليهم بالإعدام          | OTHER PERSON EXACT 100-100
      """)
  void readsPeopleSeized(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en20strong) A force told by its strength: the number, a hyphen and a subject phrase of two
   * words or more ("strong contingent", "strong force"), counted when an event is told of it; a
   * contingent with no event, a team so told and a number joined to one word ("a 3-man team", "the
   * 60-year-old") count no force.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      South Korea completed the deployment of its 2,800-strong contingent in Iraq | DEPLOYED SOLDIER EXACT 2800-2800
      The 500-strong force was sent to the town on Monday             | DEPLOYED SOLDIER EXACT 500-500
      Britain will send a 1,500-strong force to the region            | DEPLOYED SOLDIER EXACT 1500-1500
      The army deployed a 1,000-strong battalion in the district      | DEPLOYED SOLDIER EXACT 1000-1000
      A 5,000-strong mob torched the shops                            | PARTICIPATED PERSON EXACT 5000-5000
      They were among the 50-strong contingent taking the idol to the temple | -
      A 40-strong team of doctors was sent to the town                | -
      A 3-man team was sent to the site                               | -
      Police sent a 2-member team to the village                      | -
      The 60-year-old was sent to jail                                | -
      """)
  void readsAForceToldByItsStrength(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en25mine) A count joined to "odd" by a hyphen ("1,000-odd karsewaks", "40-odd bodies"): "odd"
   * is a word of the number, the noun is read after it (the count is APPROXIMATE: en25fields), and a count so written that opens the
   * sentence is no item of a list; a count of things so written stays no claim.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1,000-odd karsewaks were arrested in the town                   | ARRESTED PERSON APPROXIMATE 900-1100
      There are at least 40-odd bodies lying in the morgue            | KILLED PERSON AT_LEAST 40-
      300-odd people were injured in the clashes                      | INJURED PERSON APPROXIMATE 270-330
      The 500-odd army jawans staged a flag march in the town         | DEPLOYED SOLDIER APPROXIMATE 450-550
      The riot victims are staying in 100-odd camps in the city       | -
      The 30-odd mohalla committees were set up last year             | -
      He had published his 100-odd poems in two collections          | -
      2- the arrests of activists in the town                         | -
      """)
  void readsACountWrittenOdd(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en25fields) English prisoners are people held, no arrest by themselves (the dev parts annotate
   * "1,600 prisoners struck" as a protest, a jail of "500 inmates" as no claim): a count of them
   * takes the event its own verb or cue tells, an arrest only from an arrest cue.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The district jail now holds nearly 500 prisoners                | OTHER PERSON APPROXIMATE 450-550
      More than 1,000 prisoners went on a hunger strike on Sunday      | PARTICIPATED PERSON MORE_THAN 1001-
      The soldiers face charges over the deaths of two prisoners       | KILLED PERSON EXACT 2-2
      Police arrested 20 prisoners who had escaped from the jail       | ARRESTED PERSON EXACT 20-20
      Police arrested 30 detainees on Sunday                           | ARRESTED PERSON EXACT 30-30
      """)
  void readsPrisonersAsPeopleHeldNotArrested(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en25fields) Digits glued by a hyphen to a word are part of a name (a model, a constituency):
   * no count of their own, and the count before the name reads the noun after it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The US will send three C-130 cargo planes to Kigali              | DEPLOYED AIRCRAFT EXACT 3-3
      The troops had to be airlifted by il-76 planes to the state      | -
      After his victory from rajkot-2 he was sent to the assembly      | -
      The army sent two F-16 jets and 12 trucks to the border          | DEPLOYED AIRCRAFT EXACT 2-2; DEPLOYED VEHICLE EXACT 12-12
      Twenty-one people were killed in the blast                       | KILLED PERSON EXACT 21-21
      the 1,000-odd karsewaks led by the leader were arrested          | ARRESTED PERSON APPROXIMATE 900-1100
      over one lakh riot victims staying in 100-odd camps were fed     | OTHER PERSON MORE_THAN 100001-
      """)
  void readsDigitsGluedToANameAsNoCount(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en28prec, {@link PartitiveThings}) A partitive whose "of the" names things, after describing
   * words too, counts things; one that names people keeps them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Iraqi forces stormed one of the major Sunni mosques in Baghdad   | -
      Three men were shot dead in one of the houses on Friday          | KILLED PERSON EXACT 3-3
      The mob set fire to two of these old buildings                   | -
      Police arrested a man in one of the villages                     | ARRESTED PERSON EXACT 1-1
      Gunmen killed one of the soldiers at the gate                    | KILLED SOLDIER EXACT 1-1
      Police arrested two of the local traders on Monday               | ARRESTED PERSON EXACT 2-2
      Police arrested five of the nine men on Monday                   | ARRESTED PERSON EXACT 5-5; OTHER PERSON EXACT 9-9
      """)
  void readsAPartitiveOfThingsAsNoPeople(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en28prec, {@link ThingCompound}) A noun of people or forces that describes a plural of things
   * after it counts the things; a plural of people before a time word keeps its people.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Curfew was imposed in 14 police station areas of the city         | -
      About 300 personnel were deployed in 12 police station areas      | DEPLOYED SOLDIER APPROXIMATE 270-330
      Troops destroyed 15 militant camps in the valley                  | -
      The army staged a flag march in nine police station areas         | -
      The bomb killed 200 people days before the vote                   | KILLED PERSON EXACT 200-200
      Thirty police personnel were injured in the clash                 | INJURED POLICE EXACT 30-30
      Two militants were killed hours after the attack                  | KILLED MILITANT EXACT 2-2
      """)
  void readsANounOfPeopleBeforeThingsAsTheirOwner(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en29prec, {@link EventNounBeforeSubject}) English: an event word of one token between a count
   * and a noun of people describes them; the count counts the noun, keeping the word's event; a
   * capital after it opens the next words of a headline.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Four injured policemen were taken to the hospital                 | INJURED POLICE EXACT 4-4
      Mourners gathered to bury five slain police officers              | KILLED POLICE EXACT 5-5
      The 12 arrested militants were produced in court                  | ARRESTED MILITANT EXACT 12-12
      16 wounded in clashes in the old city                             | INJURED PERSON EXACT 16-16
      11 Dead Separatist militants set off a land mine                  | KILLED PERSON EXACT 11-11
      """)
  void anEventWordBeforeANounOfPeopleDescribesThem(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
