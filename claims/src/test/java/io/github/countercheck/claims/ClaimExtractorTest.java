package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extraction rules, one row a rule, with sentences in the style of real news (most of them
 * quoted or adapted from the seeds and the 2013 corpus).
 */
final class ClaimExtractorTest {

  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();

  private static List<Claim> extract(String text) {
    return EXTRACTOR.extract(Document.of("t.txt", text));
  }

  /** Renders a claim as EVENT SUBJECT KIND low-high for compact assertions. */
  private static String brief(Claim c) {
    Quantity q = c.quantity();
    return c.event() + " " + c.subject() + " " + q.kind() + " " + q.low() + "-"
        + (q.high() == null ? "" : q.high());
  }

  private static List<String> briefs(String text) {
    return extract(text).stream().map(ClaimExtractorTest::brief).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل 12 شرطيا خلال المواجهات في مدينة ألمآتا                 | KILLED POLICE EXACT 12-12
      وأعلنت وزارة الداخلية مقتل 26 محتجاً خلال التظاهرات        | KILLED PROTESTER EXACT 26-26
      أعلنت الوكالة عن مقتل 8 من القوات الأمنية في الاحتجاجات     | KILLED SECURITY_FORCES EXACT 8-8
      أصيب أكثر من 1000 شخص خلال محاولة المحتجين دخول مبان إدارية | INJURED PERSON MORE_THAN 1001-
      أدت المواجهات إلى مقتل نحو 12شرطياً                          | KILLED POLICE APPROXIMATE 10-14
      وأوقفت السلطات أكثر من مئتي شخص بعد ليلة شهدت أعمال شغب     | ARRESTED PERSON MORE_THAN 201-
      ومن المنتظر أن ترسل طاجيكستان 200 جندي إلى كازاخستان        | DEPLOYED SOLDIER EXACT 200-200
      تم القضاء على عشرات المهاجمين                                | KILLED MILITANT VAGUE 20-99
      العشرات لقوا حتفهم                                           | KILLED PERSON VAGUE 20-99
      لقي 77 شخصاً مصرعهم في العاصمة                               | KILLED PERSON EXACT 77-77
      سقط أكثر من 40 قتيلاً في الأحداث                             | KILLED PERSON MORE_THAN 41-
      ألقت قوات الأمن القبض على 74 من معتصمي التحرير               | ARRESTED PROTESTER EXACT 74-74
      قُتل شرطيان في الهجوم                                         | KILLED POLICE EXACT 2-2
      أسفر الحادث عن مصرع شخصين                                    | KILLED PERSON EXACT 2-2
      مقتل جندي في انفجار عبوة ناسفة                               | KILLED SOLDIER EXACT 1-1
      ضد حشد من آلاف المتظاهرين                                    | PARTICIPATED PROTESTER VAGUE 2000-9999
      أكثر من 70 طائرة تنقل وحداتنا إلى كازاخستان                  | DEPLOYED AIRCRAFT MORE_THAN 71-
      12 police officers were killed, according to state television | KILLED POLICE EXACT 12-12
      At least 5 people were killed in the blast                    | KILLED PERSON AT_LEAST 5-
      A police officer was killed in the attack                     | KILLED POLICE EXACT 1-1
      Dozens of protesters were arrested on Monday                  | ARRESTED PROTESTER VAGUE 20-99
      Four sailors drowned when the patrol boat capsized            | KILLED SOLDIER EXACT 4-4
      Air strikes killed 23 Afghans in the village overnight        | KILLED PERSON EXACT 23-23
      Nine Lebanese were wounded by shelling near the border        | INJURED PERSON EXACT 9-9
      About 60 teenagers were detained after the match              | ARRESTED CHILD APPROXIMATE 54-66
      Three border guards were gunned down at the checkpoint        | KILLED SECURITY_FORCES EXACT 3-3
      Two paramedics were critically injured in the second blast    | INJURED PERSON EXACT 2-2
      11 gendarmes were taken into custody on Sunday                | ARRESTED POLICE EXACT 11-11
      Six separatists were killed in the raid                       | KILLED MILITANT EXACT 6-6
      A Russian airstrike killed at least 14 people in the town     | KILLED PERSON AT_LEAST 14-
      """)
  void readsOneClaim(String text, String expected) {
    assertThat(briefs(text)).containsExactly(expected);
  }

  @Test
  void givesEachNumberItsOwnEventAndKeepsTheSubjectOfOthers() {
    assertThat(briefs("قُتل 15 شخصاً وأصيب 40 آخرون في الانفجار"))
        .containsExactly("KILLED PERSON EXACT 15-15", "INJURED PERSON EXACT 40-40");
    assertThat(briefs("لقي شخص مصرعه وأصيب 13 آخرون في انقلاب أتوبيس"))
        .containsExactly("KILLED PERSON EXACT 1-1", "INJURED PERSON EXACT 13-13");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Three sailors were killed and two others were missing after the collision | KILLED SOLDIER EXACT 3-3; MISSING SOLDIER EXACT 2-2
      Two policemen died and 4 others were hurt in the riot                    | KILLED POLICE EXACT 2-2; INJURED POLICE EXACT 4-4
      قتل 3 جنود وأصيب 9 آخرون في الانفجار                                     | KILLED SOLDIER EXACT 3-3; INJURED SOLDIER EXACT 9-9
      """)
  void othersAfterACountTakeTheSubjectBeforeAndTheirOwnEvent(String text, String expected) {
    assertThat(briefs(text)).containsExactly(expected.split("; "));
  }

  @Test
  void aCountOpeningACoordinatedClauseTakesItsOwnVerb() {
    assertThat(briefs("Officials said three people were killed and dozens of others were hurt."))
        .containsExactly("KILLED PERSON EXACT 3-3", "INJURED PERSON VAGUE 20-99");
    assertThat(briefs("Two soldiers died and five others are missing after the flood."))
        .containsExactly("KILLED SOLDIER EXACT 2-2", "MISSING SOLDIER EXACT 5-5");
    // a verb before the first count still governs both objects
    assertThat(briefs("The blast killed 7 people and 2 soldiers."))
        .containsExactly("KILLED PERSON EXACT 7-7", "KILLED SOLDIER EXACT 2-2");
  }

  @Test
  void aVerbAfterABreakdownIsTheVerbOfTheWhole() {
    assertThat(briefs("وقال المتحدث إن 12 شخصا، بينهم نساء وأطفال قتلوا في القصف"))
        .containsExactly("KILLED PERSON EXACT 12-12");
  }

  @Test
  void theDoerOfACasualtyVerbIsNoVictim() {
    assertThat(briefs("وقالت الشرطة إن 4 مسلحين قتلوا 6 أشخاص في الهجوم"))
        .containsExactly("OTHER MILITANT EXACT 4-4", "KILLED PERSON EXACT 6-6");
    assertThat(briefs("A gunman killed a teacher and two others at the school."))
        .doesNotContain("KILLED MILITANT EXACT 1-1")
        .contains("KILLED PERSON EXACT 2-2");
    // the passive names the victims
    assertThat(briefs("Two policemen were killed by 3 gunmen."))
        .contains("KILLED POLICE EXACT 2-2");
  }

  @Test
  void aConjunctionAfterANumberIsNoCountedNoun() {
    assertThat(briefs("أسفر الهجوم عن مقتل 5 وجرح 9 فضلا عن تدمير منازل"))
        .containsExactly("KILLED PERSON EXACT 5-5", "INJURED PERSON EXACT 9-9");
  }

  @Test
  void readsABreakdownAsAClaimOfItsOwnWithTheSameEvent() {
    assertThat(briefs("قُتل 16 شخصاً بينهم أربعة أطفال"))
        .containsExactly("KILLED PERSON EXACT 16-16", "KILLED CHILD EXACT 4-4");
    assertThat(briefs("قالت المصادر إن أربعة أشخاص قتلوا بينهم شرطي"))
        .containsExactly("KILLED PERSON EXACT 4-4", "KILLED POLICE EXACT 1-1");
  }

  @Test
  void takesAsManyFromTheQuantityBefore() {
    assertThat(briefs("العشرات من قوات الأمن و مثلها من المتظاهرين لقوا حتفهم"))
        .containsExactly("KILLED SECURITY_FORCES VAGUE 20-99", "KILLED PROTESTER VAGUE 20-99");
  }

  @Test
  void countsAnotherOneAndACoordinatedSingular() {
    assertThat(briefs("مصرع طفلين وإصابة آخر صدمهم قطار"))
        .containsExactly("KILLED CHILD EXACT 2-2", "INJURED CHILD EXACT 1-1");
    assertThat(briefs("مصرع طالبين وعامل أسفل عجلات القطار"))
        .containsExactly("KILLED PERSON EXACT 2-2", "KILLED PERSON EXACT 1-1");
  }

  @Test
  void readsABoundAfterTheNoun() {
    assertThat(briefs("وقتل خمسة أشخاص على الأقل في الانفجار"))
        .containsExactly("KILLED PERSON AT_LEAST 5-");
  }

  @Test
  void readsABoundAfterTheNounWithNoCueBefore() {
    assertThat(briefs("سقط 25 قتيلا على الأقل في القصف"))
        .containsExactly("KILLED PERSON AT_LEAST 25-");
    assertThat(briefs("وأصيب 13 على الأقل من عناصر الشرطة"))
        .containsExactly("INJURED POLICE AT_LEAST 13-");
  }

  @Test
  void takesNoQuantifierPronounForTheCountedNoun() {
    assertThat(briefs("الحادث الذي راح ضحيته 12 معظمهم من النساء"))
        .containsExactly("KILLED PERSON EXACT 12-12");
  }

  @Test
  void countsNationalityNounsAsPeopleButNotAsAdjectives() {
    assertThat(briefs("لقي 7 أشخاص مصرعهم بينهم 3 أمريكيين وكندي")).containsExactly(
        "KILLED PERSON EXACT 7-7", "KILLED PERSON EXACT 3-3", "KILLED PERSON EXACT 1-1");
    assertThat(briefs("أسفر الانفجار عن مقتل فرنسي")).containsExactly("KILLED PERSON EXACT 1-1");
    assertThat(briefs("أصيب ثلاثة سياح بينهم يابانيتان")).containsExactly(
        "INJURED PERSON EXACT 3-3", "INJURED PERSON EXACT 2-2");
    assertThat(briefs("مقتل جندي أردني في الكمين")).containsExactly("KILLED SOLDIER EXACT 1-1");
    assertThat(briefs("قال المسؤولون في الحكومة السورية والإيرانية إن 6 أشخاص اعتقلوا"))
        .containsExactly("ARRESTED PERSON EXACT 6-6");
  }

  @Test
  void countsADualEventNounAsTwo() {
    assertThat(briefs("سقط جريحان في الاشتباك")).containsExactly("INJURED PERSON EXACT 2-2");
    assertThat(briefs("وعثر الأهالي على جثتين في الترعة"))
        .containsExactly("KILLED PERSON EXACT 2-2");
  }

  @Test
  void givesTheItemsOfAListAndCoordinatedNounsTheEventOfTheFirst() {
    assertThat(briefs("قتل 11 سائحا من جنسيات مختلفة: 5 يابانيين، 3 من تايوان، 2 كنديين وأسترالي"))
        .containsExactly("KILLED PERSON EXACT 11-11", "KILLED PERSON EXACT 5-5",
            "KILLED PERSON EXACT 3-3", "KILLED PERSON EXACT 2-2", "KILLED PERSON EXACT 1-1");
    assertThat(briefs("أصيب 4 جنود آخرين وامرأتين"))
        .containsExactly("INJURED SOLDIER EXACT 4-4", "INJURED PERSON EXACT 2-2");
    assertThat(briefs("تم الدفع بـ10 سيارات إسعاف، ومدرعتين، وعربة إطفاء")).containsExactly(
        "DEPLOYED VEHICLE EXACT 10-10", "DEPLOYED VEHICLE EXACT 2-2", "DEPLOYED VEHICLE EXACT 1-1");
    assertThat(briefs("Police detained three students and a teacher.")).containsExactly(
        "ARRESTED PERSON EXACT 3-3", "ARRESTED PERSON EXACT 1-1");
  }

  @Test
  void givesACountTheVerbThatFollowsTheCountJoinedToIt() {
    assertThat(briefs("5 أطفال و3 نساء قتلوا في القصف"))
        .containsExactly("KILLED CHILD EXACT 5-5", "KILLED PERSON EXACT 3-3");
    assertThat(briefs("Four police and three civilians were among the dead."))
        .containsExactly("KILLED POLICE EXACT 4-4", "KILLED CIVILIAN EXACT 3-3");
  }

  @Test
  void countsTheMembersOfTheGroupAfterAGenericNoun() {
    assertThat(briefs("أرسلت الحكومة 50 عنصرا من قوات الأمن"))
        .containsExactly("DEPLOYED SECURITY_FORCES EXACT 50-50");
    assertThat(briefs("نشرت الوزارة 12 كتيبة إضافية من الجيش"))
        .containsExactly("DEPLOYED SOLDIER EXACT 12-12");
    assertThat(briefs("قتل 20 شخصا من المتظاهرين"))
        .containsExactly("KILLED PROTESTER EXACT 20-20");
  }

  @Test
  void joinsANumberWordWithItsGluedConjunctionToTheCountBefore() {
    assertThat(briefs("قتل أربعة جنود وسبعة مدنيين في الغارة")).containsExactly(
        "KILLED SOLDIER EXACT 4-4", "KILLED CIVILIAN EXACT 7-7");
  }

  @Test
  void letsOneOfThemTakeAVerbOfItsOwn() {
    assertThat(briefs("أصيب خمسة عمال بحروق توفي أحدهم في المستشفى")).containsExactly(
        "INJURED PERSON EXACT 5-5", "KILLED PERSON EXACT 1-1");
  }

  @Test
  void givesAnArrestVerbWithItsObjectPronoun() {
    assertThat(briefs("وكان عشرون متظاهرا قد ألقي القبض عليهم فجرا")).containsExactly(
        "ARRESTED PROTESTER EXACT 20-20");
  }

  @Test
  void letsALoneOneCountOneOfTheNounBefore() {
    assertThat(briefs("Three soldiers died and one was wounded in the blast.")).containsExactly(
        "KILLED SOLDIER EXACT 3-3", "INJURED SOLDIER EXACT 1-1");
    assertThat(briefs("قتل 3 جنود وأصيب واحد")).containsExactly(
        "KILLED SOLDIER EXACT 3-3", "INJURED SOLDIER EXACT 1-1");
  }

  @Test
  void readsATollNounFarBeforeATollVerb() {
    assertThat(briefs("وقالت الهيئة إن حصيلة القتلى في المحافظات الشمالية منذ صباح يوم الأحد "
        + "الماضي ارتفعت إلى 54 شخصا")).containsExactly("KILLED PERSON EXACT 54-54");
    assertThat(briefs("The toll from Sunday's floods in the northern provinces rose to 31."))
        .containsExactly("KILLED PERSON EXACT 31-31");
  }

  @Test
  void looksForNoVerbBeforeAClauseOpener() {
    assertThat(briefs("قتل شخص في المطاردة بينما فر 3 من الهرب")).containsExactly(
        "KILLED PERSON EXACT 1-1", "DISPLACED PERSON EXACT 3-3");
    assertThat(briefs("قتل شخص في المطاردة بينما نجح 3 في الهرب"))
        .containsExactly("KILLED PERSON EXACT 1-1");
    assertThat(extract("تجمع الأهالي وحاولوا الإمساك بهما لكن أحدهما هرب")).isEmpty();
    assertThat(briefs("وتم القبض على أحدهم عقب المطاردة")).containsExactly("ARRESTED PERSON EXACT 1-1");
  }

  @Test
  void takesNoPrepositionalPhraseForTheCountedNoun() {
    assertThat(briefs("مصرع 3 بالرصاص الحي في قنا")).containsExactly("KILLED PERSON EXACT 3-3");
    assertThat(briefs("وأصيب 9 بالاختناق أثناء الحريق")).containsExactly("INJURED PERSON EXACT 9-9");
  }

  @Test
  void letsAVerbRightBeforeABreakdownWinOverTheWholesEvent() {
    assertThat(briefs("قتل 10 ركاب وأصيب ثلاثة منهم"))
        .containsExactly("KILLED PERSON EXACT 10-10", "INJURED PERSON EXACT 3-3");
  }

  @Test
  void readsNoCountInARateOrRatio() {
    assertThat(extract("ارتفعت نسبة الوفيات إلى 3 حالات لكل ألف مولود")).isEmpty();
    assertThat(extract("يصاب 1 من كل 500 شخص بالمرض")).isEmpty();
    assertThat(extract("وتتراوح الإصابة بين 1 من 600 إلى 1 من 900 من المواليد")).isEmpty();
    assertThat(extract("The death rate rose to 3 per 1000 people.")).isEmpty();
    assertThat(extract("One in 500 people are injured each year.")).isEmpty();
  }

  @Test
  void countsASingularAfterAnAdjectiveOrAPossessiveInEnglish() {
    assertThat(briefs("A French journalist was wounded in the shelling."))
        .containsExactly("INJURED PERSON EXACT 1-1");
    assertThat(briefs("Her husband was killed in the raid."))
        .containsExactly("KILLED PERSON EXACT 1-1");
  }

  @Test
  void readsTheNounBeforeOneAndTwo() {
    assertThat(briefs("أسفرت الاشتباكات عن مقتل شخص واحد"))
        .containsExactly("KILLED PERSON EXACT 1-1");
  }

  @Test
  void treatsTwoJoinedCasualtyCuesAsNoSingleEvent() {
    assertThat(extract("مصرع وإصابة 6 عاملين بمزرعة بوادي النطرون"))
        .extracting(Claim::event).containsExactly(Event.OTHER);
  }

  @Test
  void emitsNoClaimForNonCounts() {
    assertThat(extract("تأسست المنظمة في مايو/ أيار 1992 بموجب بند 27 أ من القانون")).isEmpty();
    assertThat(extract("وفرض حظر تجول ليلي من الساعة الـ23,00 حتى الساعة الـ07,00")).isEmpty();
    assertThat(extract("ارتفع سعر الغاز بنسبة 42% إلى 120 تنغي")).isEmpty();
    assertThat(extract("أعلن الرئيس حالة الطوارئ في العديد من المناطق")).isEmpty();
    assertThat(extract("The booths stand so close to one another that trade is thin.")).isEmpty();
  }

  @Test
  void readsAttributionPlaceTimeAndModality() {
    Claim c = extract("وقتل عشرات المحتجين ليل الأربعاء الخميس، في حين قتل 12 شرطيا خلال "
        + "المواجهات في مدينة ألمآتا، وفق التلفزيون الرسمي الكازاخي.").get(1);
    assertThat(c.attribution()).isEqualTo("التلفزيون الرسمي الكازاخي");
    assertThat(c.location()).isEqualTo("ألمآتا");
    assertThat(c.time()).isEqualTo("ليل الأربعاء الخميس");
    assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
    Claim expected = extract("ومن المنتظر أن ترسل طاجيكستان 200 جندي إلى كازاخستان").get(0);
    assertThat(expected.modality()).isEqualTo(Modality.EXPECTED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ونفت الوزارة مقتل 20 شخصا في الاشتباكات        | DENIED
      The ministry denied that 20 people were killed   | DENIED
      Russia will send 3,000 troops to the region      | EXPECTED
      وقالت الحكومة إنها سترسل 500 جندي إلى الحدود     | EXPECTED
      وأرسلت الحكومة 500 جندي إلى الحدود               | ASSERTED
      """)
  void readsTheModalityOfAClaim(String text, Modality expected) {
    assertThat(extract(text)).extracting(Claim::modality).containsExactly(expected);
  }

  @Test
  void carriesTheSourceOfTheSentenceBeforeToItsContinuation() {
    List<Claim> claims = extract("ونقلت وكالات الأنباء عن المتحدث باسم الشرطة قوله إن الوضع "
        + "مستقر. وأضاف أنه تم القضاء على عشرات المهاجمين.");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).attribution()).isEqualTo("وكالات الأنباء عن المتحدث باسم الشرطة");
  }

  /**
   * A reporting clause set off after what it reports covers the clause before it, not what
   * follows; a source it cites is the original voice. Each row: the text, then the source of
   * each claim in text order.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Troops killed 40 militants in the north, the army said on Sunday.                         | the army
      A car bomb killed 17 people near the market, hospital officials said Saturday.            | hospital officials
      The Interior Ministry said the death toll from the floods had risen to 212.               | The Interior Ministry
      The navy said three sailors were missing after the collision.                             | The navy
      وذكرت مساء أمس وكالة الأنباء الرسمية أن 9 أشخاص لقوا حتفهم.                               | وكالة الأنباء الرسمية
      Nine soldiers died, officials said, while 30 were wounded, local media reported.          | officials; local media
      Six guards were killed and 11 injured, the agency reported, citing the health ministry.   | the health ministry; the health ministry
      Four people were killed, police said, adding that 25 had been arrested.                  | police; police
      The minister said that 14 people were injured in the blast on Friday.                     | The minister
      قتل 15 شخصا في الهجوم، قالت الشرطة في بيان.                                               | الشرطة
      وقالت الوزارة إن 7 جنود قتلوا، وأضافت أن 20 آخرين أصيبوا.                                 | الوزارة; الوزارة
      وأصيب 33 متظاهرا، بحسب ما أعلنت وزارة الصحة.                                             | وزارة الصحة
      وأصيب 33 متظاهرا، حسبما ذكرت وكالة الأنباء الرسمية.                                       | وكالة الأنباء الرسمية
      """)
  void readsTheSourceOfEachCount(String text, String sources) {
    assertThat(extract(text))
        .filteredOn(c -> c.event() != Event.OTHER)
        .extracting(Claim::attribution)
        .containsExactly(sources.split("; "));
  }

  @Test
  void aContinuationTakesTheSourceOfItsOwnSentenceBeforeTheCarriedOne() {
    List<Claim> claims = extract("وقالت وزارة الصحة إن الوضع مستقر. وقال مسؤول في الشرطة إن "
        + "5 جنود قتلوا، وأضاف أن 7 أصيبوا.");
    assertThat(claims).extracting(Claim::attribution)
        .containsExactly("مسؤول في الشرطة", "مسؤول في الشرطة");
  }

  /** A known place after a locative word, or with the preposition glued on; none elsewhere. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل 6 أشخاص في حلب أمس                         | حلب
      أصيب 11 متظاهرا في شمال سوريا                 | شمال سوريا
      واعتقل 40 شخصا بالقاهرة                        | القاهرة
      قتل 3 جنود قرب الموصل                         | الموصل
      وأعلنت بغداد مقتل 5 جنود                       | -
      Shelling killed 9 civilians in eastern Ukraine | eastern Ukraine
      Police detained 30 people in Cairo on Friday   | Cairo
      """)
  void readsAKnownPlaceAfterALocativeWord(String text, String place) {
    assertThat(extract(text)).extracting(Claim::location)
        .containsExactly(place.equals("-") ? null : place);
  }

  @Test
  void spansPointAtTheOriginalText() {
    String text = "وأعلنت وزارة الداخلية، الجمعة، مقتلُ 26 محتجاً خلال التظاهرات.";
    for (Claim c : extract(text)) {
      assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo(c.text());
      assertThat(c.text()).contains("26");
    }
  }

  @Test
  void yieldsARepeatedParagraphsClaimsOnce() {
    String p = "تم القضاء على العشرات من المعتدين.\n";
    assertThat(extract(p + "كلام آخر هنا.\n" + p)).hasSize(1);
  }

  @Test
  void tagsClaimsWithTheirSentencesLanguage() {
    List<Claim> claims = extract("قتل 12 شرطيا في ألماتي.\nDozens of protesters were killed.");
    assertThat(claims).extracting(Claim::language).containsExactly(Language.AR, Language.EN);
  }

  @Test
  void emptyAndRandomTextNeverThrow() {
    assertThat(extract("")).isEmpty();
    Random r = new Random(42);
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(300);
      for (int i = 0; i < len; i++) {
        sb.append(r.nextInt(4) == 0 ? "قتل 12 وأصيب شرطيا من ".charAt(r.nextInt(22))
            : (char) r.nextInt(0x10000));
      }
      String text = sb.toString();
      for (Claim c : EXTRACTOR.extract(Document.of("r", text))) {
        assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(c.quantity().low()).isLessThanOrEqualTo(c.quantity().highOrMax());
      }
    }
  }

  @Test
  void isSafeToShareAcrossThreads() throws Exception {
    String text = "قتل 12 شرطيا وأصيب أكثر من 1000 شخص وتم القضاء على عشرات المهاجمين.";
    List<Claim> expected = extract(text);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Claim>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> extract(text)));
      }
      for (Future<List<Claim>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsALexiconOfAnotherLanguageSlot() {
    assertThatThrownBy(() -> ClaimExtractor.builder().lexicon(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("lexicon");
  }

  /** Idioms of death and loss, and armed groups and forces named as what is counted (sentences written for the tests). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأضاف أن 6 صيادين فقدوا أرواحهم في العاصفة                  | KILLED PERSON EXACT 6-6
      وقع انفجار في السوق ذهب ضحيتها 7 أشخاص                      | KILLED PERSON EXACT 7-7
      وقتل 4 من المليشيات في الاشتباكات                            | KILLED MILITANT EXACT 4-4
      وأصيب 11 من الحوثيين في الغارة                               | INJURED MILITANT EXACT 11-11
      وقتل 5 من عناصر البشمركة في الهجوم                           | KILLED SOLDIER EXACT 5-5
      وأصيب 6 من رجال الشرطة بينهم معاون المباحث في المشاجرة       | INJURED POLICE EXACT 6-6, INJURED POLICE EXACT 1-1
      وأصيب ملازم أول في الاشتباكات                                 | INJURED SECURITY_FORCES EXACT 1-1
      وقالت المصادر إن 8 من قوات النظام قتلوا                      | KILLED SECURITY_FORCES EXACT 8-8
      The storm cost the lives of 9 fishermen off the coast        | KILLED PERSON EXACT 9-9
      Five militiamen were killed in the ambush                     | KILLED MILITANT EXACT 5-5
      Twenty Houthis were detained near the port                    | ARRESTED MILITANT EXACT 20-20
      At least 7 Peshmerga fighters were wounded in the attack      | INJURED SOLDIER AT_LEAST 7-
      Activists said 30 regime forces were wounded in the battle    | INJURED SECURITY_FORCES EXACT 30-30
      """)
  void readsIdiomsAndArmedGroups(String text, String expected) {
    assertThat(String.join(", ", briefs(text))).isEqualTo(expected);
  }

  /**
   * Constructions around a count (sentences written for the tests): lives taken by a verb, a
   * refugee count after a casualty cue, a crowd that swelled to a size, a number restated in
   * brackets, labels after the event.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Floods in the region have claimed at least 40 lives since Monday | KILLED PERSON AT_LEAST 40-
      The fighting cost 12 lives in the northern town                  | KILLED PERSON EXACT 12-12
      Rescuers saved 30 lives after the ferry sank                     | OTHER PERSON EXACT 30-30
      The army was accused of a massacre of 60 refugees at the camp    | KILLED PERSON EXACT 60-60
      About 5,000 refugees fled across the border after the shelling   | DISPLACED PERSON APPROXIMATE 4500-5500
      By evening the crowd had swelled to nearly 3,000 people          | PARTICIPATED PERSON APPROXIMATE 2700-3300
      Floods killed close to 1,200 people on the island                | KILLED PERSON APPROXIMATE 1080-1320
      Twelve (12) people were injured in the collision                 | INJURED PERSON EXACT 12-12
      وأصيب (12) اثنا عشر شخصا في حادث السير                           | INJURED PERSON EXACT 12-12
      وأصيب اثنا عشر (12) شخصا في حادث السير                           | INJURED PERSON EXACT 12-12
      وقتل متظاهران في اليوم 3 من الاحتجاجات                           | KILLED PROTESTER EXACT 2-2
      Two protesters were killed in the capital on day 3 of the protests | KILLED PROTESTER EXACT 2-2
      Clashes erupted at Gate 2 of the stadium and 14 fans were hurt   | INJURED PERSON EXACT 14-14
      A guard was wounded in Block 4 of the prison                     | INJURED SECURITY_FORCES EXACT 1-1
      وقتل اليوم 3 من المتظاهرين في المدينة                            | KILLED PROTESTER EXACT 3-3
      On the first day 300 people were arrested                        | ARRESTED PERSON EXACT 300-300
      وتسلم الأهالي «5» متوفين من ضحايا حادث الطريق                   | KILLED PERSON EXACT 5-5
      وقتل "9" أشخاص في حادث الطريق                                 | KILLED PERSON EXACT 9-9
      وقالت اللجان إنها وثقت 141 "شهيدا" في المدينة أمس              | KILLED PERSON EXACT 141-141
      وسقط في المعارك 23 «قتيلا» بحسب المرصد                        | KILLED PERSON EXACT 23-23
      """)
  void readsConstructionsAroundACount(String text, String expected) {
    assertThat(String.join(", ", briefs(text))).isEqualTo(expected);
  }

  @Test
  void anArticleNumberIsNoCount() {
    assertThat(briefs("وقتل 3 أشخاص بموجب المادة 12 من القانون")).containsExactly("KILLED PERSON EXACT 3-3");
    assertThat(briefs("ونصت المادة 12 من القانون على معاقبة المعتدين")).isEmpty();
  }

  /**
   * A count far from its verb in the same clause, or with an aside set off by commas between them
   * (sentences written for the tests); a verbal noun after a preposition is no predicate.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقال المتحدث إن خمسة من الصيادين المصريين هم على الأرجح بين الركاب الذين غرقوا في البحر | KILLED PERSON EXACT 5-5
      Police said 21 students, led by their union leader, were arrested near the campus | ARRESTED PERSON EXACT 21-21
      Officials said 40 workers, most of them miners from the north, an area hit by floods, were rescued | OTHER PERSON EXACT 40-40
      وقال إن 12 من طلاب الجامعة حضروا أمس الندوة الكبرى في قاعة المدينة خلال تظاهرات الأسبوع الماضي | OTHER PERSON EXACT 12-12
      """)
  void findsTheVerbOfACountFurtherInItsClause(String text, String expected) {
    assertThat(String.join(", ", briefs(text))).isEqualTo(expected);
  }

  /**
   * One person counted without a numeral (sentences written for the tests): a singular event noun
   * alone, a body where the sentence tells of a death or finds it, a singular noun with a verb of
   * one victim after it; none in a breakdown, a rate, after «أي», for a body already counted or
   * still sought, or across «إن».
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقال مصدر أمني إن الحادث أسفر عن وجود قتيل في موقع الانفجار | KILLED PERSON EXACT 1-1
      وعثرت الشرطة على جثة طفل في الحقل وتحقق في ملابسات مقتله    | KILLED CHILD EXACT 1-1
      وعثرت الشرطة على جثة طفل في الحقل                           | KILLED CHILD EXACT 1-1
      وتبين وجود جثة على شريط السكة الحديد                         | KILLED PERSON EXACT 1-1
      وعثر حارس المتنزه على جثة الرجل في منطقة نائية               | KILLED PERSON EXACT 1-1
      ونفى المصدر وجود أي جثة في الموقع                            | ''
      وتواصل فرق الإنقاذ عملها للعثور على جثة صياد في البحيرة       | ''
      ولم تنجح فرق البحث في العثور على الجثة حتى الآن              | ''
      وسلمت السلطات جثة الطفل لأسرته بعد التشريح                    | KILLED CHILD EXACT 1-1
      وقال المصدر إن الحادث لم يسفر عن أي قتيل                      | ''
      وأكد المصدر أن المسلح، الذي لقي مصرعه، كان يحمل حزاما ناسفا | KILLED MILITANT EXACT 1-1
      وذكرت المصادر أن المتهم بالسرقة تم القبض عليه فجر اليوم       | ARRESTED PERSON EXACT 1-1
      سقط 40 شخصا بين قتيل وجريح في الاشتباكات                    | OTHER PERSON EXACT 40-40
      لقي شخص مصرعه ونقلت الجثة إلى المشرحة                        | KILLED PERSON EXACT 1-1
      وتقرر صرف تعويض لكل قتيل في الحادث                           | ''
      وقال الطبيب إن الرئيس الذي توفي عام 1970 كان مريضا             | ''
      """)
  void countsOnePersonWithoutANumeral(String text, String expected) {
    assertThat(String.join(", ", briefs(text))).isEqualTo(expected);
  }

  /**
   * Forces counted by their units, deployment idioms and a floating quantifier between a count and
   * its verb (sentences written for the tests).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Three battalions of the paramilitary forces were sent to the district | DEPLOYED SECURITY_FORCES EXACT 3-3
      Nearly 2,000 soldiers are based in the town to prevent clashes         | DEPLOYED SOLDIER APPROXIMATE 1800-2200
      About 800 policemen were told to keep a strict vigil near the shrine   | DEPLOYED POLICE APPROXIMATE 720-880
      She was survived by two sons, both admitted to hospital with burns     | INJURED PERSON EXACT 2-2
      Two sons of the minister, both lawyers, attended the hearing           | OTHER PERSON EXACT 2-2
      """)
  void readsUnitsOfForcesAndFloatingQuantifiers(String text, String expected) {
    assertThat(String.join(", ", briefs(text))).isEqualTo(expected);
  }
}
