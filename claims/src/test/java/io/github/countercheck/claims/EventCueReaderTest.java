package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The event-cue rules of {@link EventCueReader}, one row an example sentence. */
final class EventCueReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل 12 شرطيا خلال المواجهات                                    | KILLED POLICE EXACT 12-12
      العشرات لقوا حتفهم في الانفجار                                 | KILLED PERSON VAGUE 20-99
      أسفر الحادث عن مصرع وإصابة 6 أشخاص                             | OTHER PERSON EXACT 6-6
      Four people were killed and dozens of others were injured      | KILLED PERSON EXACT 4-4; INJURED PERSON VAGUE 20-99
      '33 activists, led by their leader, were arrested on Sunday'   | ARRESTED PERSON EXACT 33-33
      The earthquake claimed over 250 lives in the region            | KILLED PERSON MORE_THAN 251-
      The volunteers saved 30 lives in the region                    | OTHER PERSON EXACT 30-30
      The gale swept the island and claimed one life on Monday       | KILLED PERSON EXACT 1-1
      The volunteers saved one life in the region                    | -
      Hundreds of people have lost their life and property in the riots | KILLED PERSON VAGUE 200-999
      The regiment lost seven soldiers in the battle                 | KILLED SOLDIER EXACT 7-7
      The farmer had lost his three children to the riots            | KILLED CHILD EXACT 3-3
      The town has lost 300 lives so far                             | KILLED PERSON EXACT 300-300
      The company lost 200 employees last year                       | OTHER PERSON EXACT 200-200
      The army took 12 soldiers to the base                          | OTHER SOLDIER EXACT 12-12
      أعلنت الأمم المتحدة مقتل 5 لاجئين في القصف                     | KILLED PERSON EXACT 5-5
      وقال المرصد إن أربعة لاجئين قضوا جراء قصف المخيم               | KILLED PERSON EXACT 4-4
      وتعرض 12 لاجئا فلسطينيا للقتل في المخيم                        | KILLED PERSON EXACT 12-12
      وقالت المفوضية إن 5000 لاجئ يفرون من القتل يوميا               | DISPLACED PERSON EXACT 5000-5000
      وقالت المفوضية إن 1500 لاجئ ينجحون بالدخول يوميا               | DISPLACED PERSON EXACT 1500-1500
      ارتفعت حصيلة القتلى في الهجوم على المسجد إلى 73                | KILLED PERSON EXACT 73-73
      ارتفاع أعداد المصابين في أحداث المدينة لـ90 ولا وفيات حتى الآن  | INJURED PERSON EXACT 90-90
      ارتفاع عدد الجرحى في أحداث المدينة لـ45 ولا توجد وفيات          | INJURED PERSON EXACT 45-45
      ارتفاع أعداد المصابين في الاشتباكات لـ120 ووفاة 3               | INJURED PERSON EXACT 120-120; KILLED PERSON EXACT 3-3
      أسفرت المواجهات عن 12 وفاة ولا إصابات                          | KILLED PERSON EXACT 12-12
      أسفر الحادث عن 5 إصابات و3 وفيات                               | INJURED PERSON EXACT 5-5; KILLED PERSON EXACT 3-3
      أعلنت الوزارة عن 499 مصابا و4 وفيات في المدينة                 | INJURED PERSON EXACT 499-499; KILLED PERSON EXACT 4-4
      قتل 4 أشخاص وأصيب 9 آخرون في الانفجار                          | KILLED PERSON EXACT 4-4; INJURED PERSON EXACT 9-9
      ارتفاع عدد المصابين إلى 45 دون وفيات                           | INJURED PERSON EXACT 45-45
      بلغ إجمالي الإصابات في المحافظات 161 دون وفيات                 | INJURED PERSON EXACT 161-161
      أصيب 12 شخصا دون وقوع وفيات                                    | INJURED PERSON EXACT 12-12
      انتهت المباراة 2 دون رد                                        | -
      'Seven people, including three children, were killed'          | KILLED PERSON EXACT 7-7; KILLED CHILD EXACT 3-3
      """)
  void findsTheCueThatGovernsTheCount(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, Arabic: the cues of the missing written as phrases (contact lost, fate unknown),
   * before the count or after its noun; contact lost with a thing is no count of people. Attackers
   * who blow themselves up («فجروا أنفسهم») are dead; what an army blows up is no one.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      فقد الاتصال بـ 8 صيادين منذ يومين                   | MISSING:PERSON:8
      انقطع الاتصال بثلاثة متسلقين في الجبل               | MISSING:PERSON:3
      ولا يزال 5 أشخاص مجهولي المصير                       | MISSING:PERSON:5
      وفقد الاتصال بالخادم لمدة 3 ساعات                   | -
      وقال إن أربعة مهاجمين هاجموا الحاجز وفجروا أنفسهم   | KILLED:MILITANT:4
      وقال إن الانتحاري الذي فجر نفسه كان أجنبيا          | KILLED:MILITANT:1
      وفجر الجيش 3 سيارات مفخخة قبل وصولها                | -
      انتشر مئات الجنود حول المدينة                        | DEPLOYED:SOLDIER:200
      انتشر المرض في 5 قرى                                 | -
      حبس 24 ناشطا بتهمة قتل شرطي                          | ARRESTED:PERSON:24 KILLED:POLICE:1
      محاكمة 10 متهمين في قضية قتل المتظاهرين              | -
      """)
  void readsArabicPhrasesOfTheMissingAndOfSuicide(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The bombings claimed 20 more Iraqi lives on Sunday                | KILLED PERSON EXACT 20-20
      The volunteers saved 20 more lives on Sunday                      | -
      Police are looking for four men suspected of killing a shopkeeper | OTHER PERSON EXACT 4-4
      Three men accused of killing a constable were arrested today     | ARRESTED PERSON EXACT 3-3
      Two French journalists held by kidnappers were freed on Tuesday   | OTHER PERSON EXACT 2-2
      Two French journalists held by police were freed on Tuesday       | ARRESTED PERSON EXACT 2-2
      About 20 people were held hostage in the school                   | OTHER PERSON APPROXIMATE 18-22
      Two of the injured later died in hospital                         | KILLED PERSON EXACT 2-2
      One of the three wounded later died in hospital                   | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 3-3
      Three of the wounded are in a stable condition                    | INJURED PERSON EXACT 3-3
      Experts have identified 34 of the 54 bodies found in the river    | KILLED PERSON EXACT 34-34; KILLED PERSON EXACT 54-54
      """)
  void readsEnglishCapturesAccusationsLivesAndParts(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, English: a casualty told as reported, feared or believed ("24 Feared Killed", "Up
   * to 30 Reported Killed" in a headline, where the count has no noun); a cue before a colon or a
   * dash set off by spaces (a headline and its dateline before the lead, a list's title) governs no
   * count after it; nor does one before a lead run into its headline with no mark, whose count
   * opens with a capital after a lower-case word or a number, and a bound right before the lead's
   * number is that number's, not the headline count's (en26dev8).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      24 Feared Killed As Typhoon Batters Japan                       | KILLED PERSON EXACT 24-24
      Up to 30 Reported Killed in Rebel Attacks                       | KILLED PERSON AT_MOST 0-30
      Five Reportedly Injured in Clash                                | INJURED PERSON EXACT 5-5
      The report said 12 fishermen were reported missing              | MISSING PERSON EXACT 12-12
      The agency reported 12 new cases on Monday                      | -
      3 soldiers killed in Iraq BAGHDAD: At least 16 people were killed on Wednesday | KILLED SOLDIER EXACT 3-3; KILLED PERSON AT_LEAST 16-
      3 soldiers killed in Iraq LONDON - More than 40 miners remained trapped | KILLED SOLDIER EXACT 3-3; OTHER PERSON MORE_THAN 41-
      List of 14 seriously injured: Ram Singh (50), Sohan Lal (23)    | INJURED PERSON EXACT 14-14
      Ferry sinking kills 12 At least 12 people were killed in the storm | KILLED PERSON EXACT 12-12; KILLED PERSON AT_LEAST 12-
      Ferry sinking kills 12 at least 12 people were killed in the storm | KILLED PERSON EXACT 12-12; KILLED PERSON AT_LEAST 12-
      The ferry sinking killed 12 people at least, officials said     | KILLED PERSON AT_LEAST 12-
      Mine blast kills 9 Dozens of aftershocks shook the region on Monday | KILLED PERSON EXACT 9-9
      Vigils held for flood victims Thousands gather in the capital   | PARTICIPATED PERSON VAGUE 2000-9999
      Floods Kill Dozens in the North                                 | KILLED PERSON VAGUE 20-99
      Bodies of Two Westerners Found in the River                     | KILLED PERSON EXACT 2-2
      Police beheaded a 60-year-old worker in the raid                | KILLED PERSON EXACT 1-1
      """)
  void readsEnglishReportedCasualtiesAndHeadlineBreaks(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, English: the forms of the event verbs that headlines and bare infinitives use (the
   * present in -s, the base form after a plural subject or "watched a mob ..."), and the missing as
   * "went missing"; words that name things or intent stay silent.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      China Detains Eight Priests in Crackdown                | ARRESTED PERSON EXACT 8-8
      Earthquakes Kill 4, Injure 300 In Japan                 | KILLED PERSON EXACT 4-4; INJURED PERSON EXACT 300-300
      Police watched a mob lynch two persons and injure 20    | KILLED PERSON EXACT 2-2; INJURED PERSON EXACT 20-20
      Police round up 40 suspects after riot                  | ARRESTED PERSON EXACT 40-40
      Three hikers went missing in the hills on Sunday        | MISSING PERSON EXACT 3-3
      Floods displace 20,000 people in Assam                  | DISPLACED PERSON EXACT 20000-20000
      The army dispatches 500 troops to the border            | DEPLOYED SOLDIER EXACT 500-500
      Butchers were slaughtering 30 goats for the feast       | -
      The deadline set by the group to execute three hostages passed | OTHER PERSON EXACT 3-3
      """)
  void readsEnglishVerbFormsOfHeadlines(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, English: a crowd told by its strength ("a 5,000-strong mob", "a 700 strong crowd")
   * is its size; a team or a contingent so told is no crowd. "burning alive" is a killing.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Police fired teargas as a 5,000-strong mob torched the shops      | PARTICIPATED PERSON EXACT 5000-5000
      The army was confronted by a 700 strong crowd near the station    | PARTICIPATED PERSON EXACT 700-700
      A 10,000-strong procession reached the collectorate               | PARTICIPATED PERSON EXACT 10000-10000
      The 40-strong team of doctors reached the town on Monday          | -
      A strong crowd of youths waited outside the court                 | -
      The court convicted them of burning alive eight persons in 1985   | KILLED PERSON EXACT 8-8
      The mob was seen burning to death two traders                     | KILLED PERSON EXACT 2-2
      """)
  void readsCrowdStrengthAndBurningAlive(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, English: more forms of the paradigms news writers use: "slaughter" in a headline,
   * shelter taken and the evacuation of people (displaced), a crowd "gathered" after an auxiliary or
   * one that "mobbed" someone, and a toll that "has grown to" a number; animals slaughtered, a
   * building evacuated and sales that grew are none. (en28prec) People counted where they stay in
   * camps are no displacement ({@link CampCounts}, rows in {@code NoCountReaderTest}).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Militants slaughter 11 Iraqi soldiers south of Baghdad              | KILLED SOLDIER EXACT 11-11
      The butchers slaughter 200 goats every day                          | -
      Thousands of villagers are taking shelter in schools                | DISPLACED PERSON VAGUE 2000-9999
      Hurricane Ivan forced the evacuation of 5,000 people                | DISPLACED PERSON EXACT 5000-5000
      The evacuation of 3 hospitals began on Monday                       | -
      The minister was mobbed by about 500 persons at the station         | PARTICIPATED PERSON APPROXIMATE 450-550
      Some 2,000 farmers were gathered outside the collectorate           | PARTICIPATED PERSON APPROXIMATE 1800-2200
      The number of people displaced across the whole state has now grown to 40,000 | DISPLACED PERSON EXACT 40000-40000
      Sales have grown to 40,000 units this year                          | -
      Half a million people fled the floods                               | DISPLACED PERSON EXACT 500000-500000
      Nearly one lakh refugees fled to the camps                          | DISPLACED PERSON APPROXIMATE 90000-110000
      The victims were paid Rs 2 lakh each                                | -
      """)
  void readsMoreParadigmForms(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, English: a time adverb right after a count ("wounded five early Saturday", "kills
   * seven just one short") is no counted noun; a count before a real noun keeps it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A missile strike wounded five early Saturday                | INJURED PERSON EXACT 5-5
      Iraq car bomb kills seven just one short of the record      | KILLED PERSON EXACT 7-7
      Police arrested 12 overnight in the old city                | ARRESTED PERSON EXACT 12-12
      Two South Korean soldiers were killed on Sunday             | KILLED SOLDIER EXACT 2-2
      Five early voters were turned away                          | -
      The death toll stood at 12 on Monday                        | KILLED PERSON EXACT 12-12
      Officials put the death toll at 9                           | KILLED PERSON EXACT 9-9
      The meeting was fixed at 10 on Monday                       | -
      """)
  void readsATimeAdverbAfterACount(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /** Issue 16, English: a verb with no object, and a coordinated clause with a subject of its own. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      3 Rebels Die in Border Clash Two rebels and a soldier were killed | KILLED MILITANT EXACT 3-3; KILLED MILITANT EXACT 2-2; KILLED SOLDIER EXACT 1-1
      'Forty people died in the crash, but one passenger survived'    | KILLED PERSON EXACT 40-40; OTHER PERSON EXACT 1-1
      The singer died in May and left 3 children                       | OTHER CHILD EXACT 3-3
      A teacher died on Friday along with four other villagers         | OTHER PERSON EXACT 1-1; KILLED PERSON EXACT 4-4
      The flood has killed six farmers and 30 farmers are still trapped | KILLED PERSON EXACT 6-6; OTHER PERSON EXACT 30-30
      Police arrested five men and 20 others were questioned later     | ARRESTED PERSON EXACT 5-5; OTHER PERSON EXACT 20-20
      The blast killed five people and 12 others were wounded          | KILLED PERSON EXACT 5-5; INJURED PERSON EXACT 12-12
      """)
  void readsEnglishClausesAroundTheVerb(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /** Issue 16, English: lives taken again, and a stabbing. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The riots have so far taken another 15 lives                     | KILLED PERSON EXACT 15-15
      The kidnappers threatened to kill two hostages on Monday         | OTHER PERSON EXACT 2-2
      He was accused of killing five people in the village            | OTHER PERSON EXACT 5-5
      Two men were stabbed near the market on Monday                   | INJURED PERSON EXACT 2-2
      Two men were stabbed to death near the market on Monday          | KILLED PERSON EXACT 2-2
      Three people were stabbed fatally in the old city                | KILLED PERSON EXACT 3-3
      """)
  void readsEnglishLivesAndStabbings(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, English lexicon paradigms: hospital admissions and injuries sustained, suffered or
   * received; arrests as "picked up", "rounded up"; lives sacrificed, laid down or lost; a toll
   * "put at". Not admissions to a university, seats picked up, matches lost, damage put at.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Seventy-five others were admitted in the hospital                 | INJURED PERSON EXACT 75-75
      Twelve people were rushed to hospital after the blast            | INJURED PERSON EXACT 12-12
      Three school children sustained minor stab injuries              | INJURED CHILD EXACT 3-3
      Two policemen suffered burn injuries in the fire                 | INJURED POLICE EXACT 2-2
      Four villagers received bullet injuries in the firing            | INJURED PERSON EXACT 4-4
      500 students were admitted to the university this year          | OTHER PERSON EXACT 500-500
      Six persons were picked up in cases of arson                     | ARRESTED PERSON EXACT 6-6
      Police have rounded up 30 youths from the area                   | ARRESTED PERSON EXACT 30-30
      The party picked up 20 seats in the election                     | -
      58 people sacrificed their lives for the cause                   | KILLED PERSON EXACT 58-58
      Ten soldiers laid down their lives in the battle                 | KILLED SOLDIER EXACT 10-10
      The city has lost 300 lives so far in the riots                  | KILLED PERSON EXACT 300-300
      The team lost 3 matches in a row                                 | -
      The official death toll was put at 231                           | KILLED PERSON EXACT 231-231
      Police put the death toll at 64 on Friday                        | KILLED PERSON EXACT 64-64
      The damage was put at 200 crore                                  | -
      """)
  void readsEnglishHospitalsArrestsLivesAndTolls(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16, English: the verb after an aside may open with auxiliaries ("was stabbed to
   * death"); a verb group with no subject of its own after a comma ("two brothers from the town,
   * were killed") is the count's, when the count opens its clause (not "back to one of ...").
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      'One person, who was working as a cook, was stabbed to death'     | KILLED PERSON EXACT 1-1
      'Two persons, identified as Ram and Shyam, were stabbed to death' | KILLED PERSON EXACT 2-2
      'Three men, who worked at the mill, had been burnt alive'         | KILLED PERSON EXACT 3-3
      'In 1990, two brothers from the town, were killed in police firing' | KILLED PERSON EXACT 2-2
      'The post goes back to one of the first disciples, has been killed' | -
      'Five villagers, who live near the river, were relocated'         | OTHER PERSON EXACT 5-5
      """)
  void readsEnglishVerbsAfterAsides(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /** Issue 16, English: lives with a verb that takes them in the passive after them are deaths. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Several lives were lost in the violence                          | KILLED PERSON VAGUE 3-9
      At least 12 lives were lost in the flood                         | KILLED PERSON AT_LEAST 12-
      Over 300 lives have been lost in the riots                       | KILLED PERSON MORE_THAN 301-
      30 lives were saved by the rescuers                              | OTHER PERSON EXACT 30-30
      Three lives were changed by the gift                             | OTHER PERSON EXACT 3-3
      """)
  void readsEnglishLivesLost(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Crowds and deployments (English, mined from english-news-dev): arriving at a gathering and
   * being present at it are taking part (forces arriving are sent); worship at a gathering; the
   * participation of a crowd; British spellings of sending, forces put at the disposal of an
   * administration and troops withdrawn or brought home (moved, as devset5's troops brought
   * home). An arrival verb, or "participate", before a count is no cue. Forces requisitioned are
   * asked for, not sent (devset9's decision, as devset4's "requested eight companies of raf").
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      about 2,000 ram sevaks arrived in the city on saturday            | PARTICIPATED PERSON APPROXIMATE 1800-2200
      two companies of rapid action force have arrived in the district  | DEPLOYED SECURITY_FORCES EXACT 2-2
      the three columns of the army which arrived on sunday helped      | DEPLOYED SOLDIER EXACT 3-3
      the minister arrived here on a three-day official visit           | -
      about 2,000 ram sevaks would participate in the programme         | PARTICIPATED PERSON APPROXIMATE 1800-2200
      they let sadhaks participate in the ongoing 100-day-long yajna    | -
      nearly 300 kar sevaks took out the march from the camp            | PARTICIPATED PERSON APPROXIMATE 270-330
      not more than 100 kar sevaks are present in ayodhya               | PARTICIPATED PERSON AT_MOST 0-100
      6,000 to 7,000 devotees offered puja at the temple                | PARTICIPATED PERSON RANGE 6000-7000
      they want the participation of up to one lakh kar sevaks         | PARTICIPATED PERSON AT_MOST 0-100000
      the participation of the police would be crucial                 | -
      two columns of the army have been despatched to the town          | DEPLOYED SOLDIER EXACT 2-2
      the army deployed 26 columns in the entire state                  | DEPLOYED SOLDIER EXACT 26-26
      the department requisitioned five companies of the rapid action force | OTHER SECURITY_FORCES EXACT 5-5
      the department deployed five companies of the rapid action force  | DEPLOYED SECURITY_FORCES EXACT 5-5
      two army brigades will be placed at the disposal of the district  | DEPLOYED SOLDIER EXACT 2-2
      the state paid rs 2 lakh each to the kin of the 5 killed          | KILLED PERSON EXACT 5-5
      The United States will withdraw 12,500 troops from South Korea    | DEPLOYED SOLDIER EXACT 12500-12500
      The country's 300 troops will be withdrawn from Iraq by March     | DEPLOYED SOLDIER EXACT 300-300
      The court withdrew the cases against 12 people on Monday          | OTHER PERSON EXACT 12-12
      """)
  void readsEnglishCrowdsAndDeployments(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en25mine) The paradigm of a crowd's verbs, mined from english-news-dev: taking to the streets
   * in every tense, with or without the article ("took to streets", "hit the streets"), a crowd
   * that congregates and a headline's present "demonstrate(s)"; "congregate" and "demonstrate"
   * take no object, so they govern no count after them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      about 400 ram sevaks took to streets again in the temple town     | PARTICIPATED PERSON APPROXIMATE 360-440
      Thousands of students hit the streets of the capital on Tuesday   | PARTICIPATED PERSON VAGUE 2000-9999
      nearly 400 activists congregated at the chowk to condemn the killings | PARTICIPATED PERSON APPROXIMATE 360-440
      some 4,000 activists who had congregated at the temple raised slogans | PARTICIPATED PERSON APPROXIMATE 3600-4400
      Thousands demonstrate in the capital against the plan             | PARTICIPATED PERSON VAGUE 2000-9999
      The army will demonstrate 3 new missiles at the show              | -
      The villagers congregate every year at the fair                   | -
      """)
  void readsTheParadigmOfACrowdsVerbs(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en25mine, {@link SizeApposition}) A count that restates the size of the noun before it, in an
   * aside after "comprising", "totaling", "numbering", takes its head's verb after the aside, and a
   * count with no noun counts what the head counts; a head with no event verb, or an aside that
   * does not close, gives no event.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the forces, comprising 22 companies of crpf, conducted a flag march in the town | DEPLOYED SECURITY_FORCES EXACT 22-22
      the forces, totaling around 15,000, have been deployed in the city | DEPLOYED SECURITY_FORCES APPROXIMATE 13500-16500
      the protesters, numbering about 500, were arrested near the station | ARRESTED PROTESTER APPROXIMATE 450-550
      the amateur radio operators, numbering nearly 20,000, have been planning a satellite | -
      the delegation, comprising 5 doctors, visited the camp on Monday  | OTHER PERSON EXACT 5-5
      the families, numbering 40, were given compensation by the state  | -
      """)
  void readsACountThatRestatesTheSizeOfItsHead(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en25mine, {@link HarmedVictims}) Victims are counted as the dead unless an injury cue follows
   * them in their clause, which makes them injured.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      12 victims were injured in the blast on Monday                    | INJURED PERSON EXACT 12-12
      four victims were admitted to hospital in the city                | INJURED PERSON EXACT 4-4
      some 30 victims with serious injuries were brought to the room    | INJURED PERSON APPROXIMATE 27-33
      the 58 victims of the train burning were given compensation       | KILLED PERSON EXACT 58-58
      the 23 victims died in the fire at the club                       | KILLED PERSON EXACT 23-23
      """)
  void readsVictimsHurtAsInjured(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 18, Arabic recall (mined, {@link TakenToHospital}): a count right after «نقل» taken to a
   * hospital is of the injured; bodies keep their noun's event, troops sent elsewhere stay DEPLOYED;
   * (ar29cas) one person named between the verb and «و» and the count.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وتم نقل 12 إلى مستشفى المدينة                                | INJURED PERSON EXACT 12-12
      وتم نقل 5 حالات للمستشفى الجامعي                              | INJURED PERSON EXACT 5-5
      ونقل العشرات إلى المستشفيات القريبة                           | INJURED PERSON VAGUE 20-99
      وتم نقل 8 جنود إلى المستشفى العسكري                           | INJURED SOLDIER EXACT 8-8
      وتم نقل 3 جثث إلى مشرحة المستشفى                              | KILLED PERSON EXACT 3-3
      ونقل الجيش 500 جندي إلى الحدود                                | DEPLOYED SOLDIER EXACT 500-500
      وتم نقل 4 مكاتب إلى المبنى الجديد                             | -
      وأعلنت المديرية نقل ضابط و4 جنود إلى مستشفى الشرطة            | INJURED SOLDIER EXACT 4-4
      وأعلنت الوزارة نقل ضابط و400 جندي إلى الحدود                  | DEPLOYED SOLDIER EXACT 400-400
      """)
  void readsACountTakenToHospitalAsInjured(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 18, Arabic recall (mined): the passive «تم» + verbal noun of arrest + plural pronoun
   * after a count is its cue, as «تم القبض عليهم» is; (issue 16) so are «جرى» + the same and «تم
   * ضبطهم» (the plural pronoun tells people seized, not goods).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقال المحامي إن 9 طلاب تم اعتقالهم أمس                       | ARRESTED PERSON EXACT 9-9
      وأكدت المنظمة أن 14 صحفيا تم احتجازهم في المطار               | ARRESTED PERSON EXACT 14-14
      وذكر أن اثنين من النشطاء تم توقيفهما                          | ARRESTED PERSON EXACT 2-2
      وطالبت الأسر بالإفراج عن 20 معتقلا تم توقيفهم                 | OTHER PERSON EXACT 20-20
      وأشار إلى أن 40 مسلحا من التنظيم جرى اعتقالهم على الحدود       | ARRESTED MILITANT EXACT 40-40
      وذكرت الوكالة أسماء الصحفيين الأربعة الذين جرى اعتقالهم        | ARRESTED PERSON EXACT 4-4
      وأحال النائب العام 64 متهما آخرين تم ضبطهم خلال الأحداث        | ARRESTED PERSON EXACT 64-64
      وأكد أن 30 طنا من الدقيق تم ضبطها في المخزن                   | -
      """)
  void readsAPassiveOfArrestAfterACount(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (ar29act, issue 16) The paradigm of arrest verbs (events.ARRESTED.cues, and the arrests only
   * people take, constructions.ARREST_OF_PEOPLE): the present and first-person forms of «قبض على»
   * and «تحجز»; a crowd that organises a protest («نظم، نظمت، ينظمون» in PARTICIPATED.cues and
   * TAKING_PART: a crowd only with a crowd noun within reach, TakingPart.noCrowd); forces and
   * vehicles that secure a place or come as reinforcements are deployed («تأمين، أمنت، تم تأمين،
   * تعزيزات» in DEPLOYED.cues; a count of people or money near them is no deployment); the arrest
   * noun apart from its «على» by a time (ArrestApart: «ألقت الشرطة القبض مساء أمس على 9»), which
   * governs its object as a verb right before it would.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      الشرطة تقبض على 7 أشخاص في الحي الشرقي                       | ARRESTED PERSON EXACT 7-7
      وقال المدير: قبضنا على 12 متهما حتى الآن                     | ARRESTED PERSON EXACT 12-12
      والنيابة تحجز 4 متهمين على ذمة القضية                        | ARRESTED PERSON EXACT 4-4
      ونظم المئات من العمال وقفة احتجاجية أمام الشركة               | PARTICIPATED PERSON VAGUE 200-999
      وكان العشرات من الأهالي قد نظموا مسيرة إلى مبنى المحافظة      | PARTICIPATED PERSON VAGUE 20-99
      ونظمت الجامعة 30 دورة تدريبية للطلاب                          | -
      ونظم 200 طالب حفلا في الجامعة                                 | OTHER PERSON EXACT 200-200
      وتم تأمين مبنى المحافظة بـ 8 مدرعات و20 سيارة شرطة            | DEPLOYED VEHICLE EXACT 8-8; DEPLOYED VEHICLE EXACT 20-20
      ووصلت تعزيزات أمنية متمثلة في 12 سيارة أمن مركزي إلى الميدان   | DEPLOYED VEHICLE EXACT 12-12
      وأمنت القوات المطار بنحو ألفي جندي                             | DEPLOYED SOLDIER APPROXIMATE 1800-2200
      ويشمل التأمين الصحي 5 آلاف موظف في الشركة                      | OTHER PERSON EXACT 5000-5000
      وخصصت شركات التأمين 30 مليون دولار للتعويضات                   | -
      وألقت الشرطة القبض مساء أمس على 9 أشخاص في الحي               | ARRESTED PERSON EXACT 9-9
      ألقت القبض أمس الجمعة على 40 شخصا كانوا يتظاهرون في الساحة    | ARRESTED PERSON EXACT 40-40
      وتم القبض صباح الاثنين على 12 متهما                           | ARRESTED PERSON EXACT 12-12
      وصدر قرار القبض أمس في 3 قضايا                                | -
      """)
  void readsArrestVerbFormsAndOrganisedCrowds(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (ar29dev9, issue 16) A funeral crowd in the present tense («يشيع، يشيعون» beside «شيع،
   * شيعوا» in PARTICIPATED.cues): the crowd before the verb takes part, the dead it buries keep
   * their own count; the verb's other sense (to spread news) makes no crowd of a count after it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      المئات يشيعون جثامين 4 من ضحايا الحادث في القرية              | PARTICIPATED PERSON VAGUE 200-999; KILLED PERSON EXACT 4-4
      والآلاف يشيعون أحد ضحايا الانفجار في المدينة                  | PARTICIPATED PERSON VAGUE 2000-9999; KILLED PERSON EXACT 1-1
      آلاف من الأهالي يشيعون ضحايا الحريق                           | PARTICIPATED PERSON VAGUE 2000-9999
      ويشيع بعض الناس أن 3 وزراء سيتركون الحكومة                    | -
      """)
  void readsAFuneralCrowdInThePresent(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * en21mine (issue 16, mined from english-news-dev): a crowd that has reached its place ("had
   * reached", "have already reached", "managed to reach": arrivals, no cue for a count after
   * them, so that a toll that had reached a figure stays a toll); a toll verb with an adverb
   * before its "to" ("has climbed sharply to"); people counted after "the burning of" are dead
   * (things burnt are no deaths); "corpses" counted, those who "remained missing", injuries
   * "suffering" in the participle.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      at least 75 kar sevaks from the state had reached ayodhya          | PARTICIPATED PERSON AT_LEAST 75-
      thousands of devotees have already reached the temple city         | PARTICIPATED PERSON VAGUE 2000-9999
      up to a lakh kar sevaks managed to reach ayodhya                   | PARTICIPATED PERSON AT_MOST 0-100000
      the death toll had reached 50 by Monday                            | KILLED PERSON EXACT 50-50
      the number of those killed had reached 50                          | KILLED PERSON EXACT 50-50
      The two sides had reached an agreement on Monday                   | -
      the toll in the communal violence has climbed sharply to 430       | KILLED PERSON EXACT 430-430
      the number of the injured rose further to 120 on Monday            | INJURED PERSON EXACT 120-120
      Prices rose sharply to 40 rupees a kilo                            | -
      referring to the burning of 58 persons in a train                  | KILLED PERSON EXACT 58-58
      the burning of 40 buses in the city                                | OTHER VEHICLE EXACT 40-40
      Three Decapitated Corpses Found North of Baghdad                   | KILLED PERSON EXACT 3-3
      at least 150 remained missing after the floods                     | MISSING PERSON AT_LEAST 150-
      two fans were killed with a dozen suffering injuries               | KILLED PERSON EXACT 2-2; INJURED PERSON EXACT 12-12
      he was suffering from a fever for 12 days                          | -
      the group showed a tape of the beheading of three Kurds            | KILLED PERSON EXACT 3-3
      Embassy Blast Kills 9, Hurts 173                                   | KILLED PERSON EXACT 9-9; INJURED PERSON EXACT 173-173
      the blast killed two people, hurting 14 others                     | KILLED PERSON EXACT 2-2; INJURED PERSON EXACT 14-14
      """)
  void readsEnglishArrivalsTollsBurningsAndParadigmForms(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en28mine) "the murder of" names its victims after it, as "the killing of" does; such a cue
   * ending in "of" is no cue of a count before it, the suspects or a force (CueAfterCount).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the minister is accused of ordering the murder of seven Asians      | KILLED PERSON EXACT 7-7
      a probe into the murders of 12 villagers was ordered                | KILLED PERSON EXACT 12-12
      the police reopened the murder case of 2002 on Monday               | -
      the court charged 7 men in the killing of a critic of the state     | OTHER PERSON EXACT 7-7
      the court indicted seven people in the murder of a filmmaker        | OTHER PERSON EXACT 7-7
      five armed policemen are enough to control a mob of 5,000 people    | OTHER POLICE EXACT 5-5; PARTICIPATED PERSON EXACT 5000-5000
      """)
  void readsTheVictimsOfAMurderAfterIt(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en28mine) The paradigm of a crowd that has assembled, mobbed someone, crowded onto a place or
   * is still present (events.PARTICIPATED.cues; "assemble(d)", "mobbed" take no object:
   * NO_OBJECT_CUE); a deployment planned is one, a killing threatened is not.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      thousands of karsevaks already assembled in the city               | PARTICIPATED PERSON VAGUE 2000-9999
      about 500 supporters had assembled outside the office             | PARTICIPATED PERSON APPROXIMATE 450-550
      more than 300 parents mobbed the school authorities on Monday     | PARTICIPATED PERSON MORE_THAN 301-
      several hundred thousand pilgrims crowded onto a field            | PARTICIPATED PERSON VAGUE 300000-900000
      thousands of them are still present in the city                   | PARTICIPATED PERSON VAGUE 2000-9999
      the army assembled 500 trucks for the convoy                      | OTHER VEHICLE EXACT 500-500
      the crowd mobbed two policemen near the gate                      | OTHER POLICE EXACT 2-2
      the government plans to pull out 3,000 troops from the region     | DEPLOYED SOLDIER EXACT 3000-3000
      militants threatened to kill two hostages on Monday               | OTHER PERSON EXACT 2-2
      """)
  void readsTheParadigmOfAnAssembledCrowdAndAPlannedDeployment(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /** (en28mine) People forced or told to evacuate are displaced (events.DISPLACED.cues: "evacuate"). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the typhoon forced thousands in the region to evacuate             | DISPLACED PERSON VAGUE 2000-9999
      floods forced hundreds of people to evacuate their homes           | DISPLACED PERSON VAGUE 200-999
      the plan to evacuate the old building was dropped on Monday        | -
      """)
  void readsPeopleForcedToEvacuateAsDisplaced(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en28mine) A relative clause set off by commas after a count, whose verb is a cue, tells what
   * befell the count when the main verb after it is no event (CueAfterCount.relativeVerb).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      four soldiers, who lost their lives in the operations, were honoured on Monday | KILLED SOLDIER EXACT 4-4
      hundreds of pilgrims, who arrived in the city on sunday, took a holy dip        | PARTICIPATED PERSON VAGUE 200-999
      two men, who were injured in the blast, died later in hospital                  | KILLED PERSON EXACT 2-2
      five leaders, who were meeting in the city, signed the pact on Monday            | -
      """)
  void readsTheVerbOfARelativeClauseAfterACount(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
