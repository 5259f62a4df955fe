package io.github.countercheck.claims;

/**
 * The roles of the words of the lexicon's {@code constructions} section: words that make a
 * construction with a number next to them, read by the rule readers of {@link SentenceReader}.
 */
enum Construction {
  /**
   * "lives"; «أرواح، بحياة، أرواحهم»: counted lives are deaths only after a verb that takes them
   * ("claimed 40 lives"; «أودى الانفجار بحياة 15 شخصا»، «فقد 11 شخصا أرواحهم», {@link LivesLost}).
   */
  LIFE_NOUN,
  /**
   * "claimed", "cost", "took"; «أودى، حصد، أزهق، فقد»: right before a count of lives, the count is
   * of the dead; in Arabic also a few words before the lives that stand before the count.
   */
  LIFE_TAKER,
  /**
   * «اليوم»; "day": before a number and «من» / "of" with no people after it, the number names a
   * day of the event («اليوم 3 من الاحتجاجات», "day 3 of the protests"), no count.
   */
  LABEL_BEFORE_OF,
  /**
   * «الذي، الذين»; "who": a relative pronoun, after which an event word is a verb («السياح الذين
   * قضوا»), read when a count's verb stands far after it in the same clause.
   */
  RELATIVE,
  /**
   * «لقي مصرعه، توفي، تم القبض عليه»: a casualty verb of one person; after a singular person
   * noun a few words before it (in the same clause), the noun counts one («المسلح، الذي لقي
   * مصرعه»، «الشاب المسحول تم القبض عليه»).
   */
  ONE_VICTIM_VERB,
  /**
   * «قتيل، جريح»: a singular event noun that counts one by itself («وجود قتيل»), but not in a
   * breakdown («بين قتيل وجريح»), after «كل» (a rate), nor with the article when the sentence
   * counted one before it (it names that one).
   */
  ONE_EVENT_NOUN,
  /**
   * «جثة، جثمان»: a body counts one death as {@link #ONE_EVENT_NOUN} does, only where another
   * cue of the sentence tells of a death («العثور على جثة طفل ... ملابسات مقتله») or a
   * {@link #BODY_FOUND} stands before it.
   */
  ONE_BODY_NOUN,
  /**
   * «شهيد، متوفى»: a singular event noun that counts one only where it stands bare: no article,
   * not in construct («سقوط شهيد في اشتباكات»), not after a noun of people it describes nor after
   * «كل، بين»; «شهيد الواجب» is a title, «لكل متوفى» a rate ({@link BareEventNouns}).
   */
  ONE_BARE_NOUN,
  /**
   * (issue 16) «مصاب، مصابة»: a singular event noun, most often a generic one («المصاب»، «لكل
   * مصاب»، «إنسان مصاب»), that counts one only joined by «و» right after a count of the dead
   * («سقوط قتيل ومصاب»، «قتيلين على الأقل ومصاب»; {@link BareEventNouns}).
   */
  ONE_JOINED_NOUN,
  /**
   * «العثور، عثر، انتشال، وجود، اكتشاف»: a find a few words before a singular body noun with no
   * article makes the body count one death by itself («العثور على جثة شاب»; {@link BodiesFound}).
   */
  BODY_FOUND,
  /**
   * "all", "both"; «جميعهم، كلهم»: after the comma that follows a count, right before an event
   * cue, the cue is still the count's predicate ("three children, all admitted to hospital").
   */
  FLOATING_QUANTIFIER,
  /**
   * (en25mine) "odd": joined to a count by a hyphen ("1,000-odd karsewaks", "40-odd bodies"), a
   * word of the number (a little more than it), not the count's noun; the noun is read after it
   * ({@link StrengthCount}), and a count so written that opens a sentence is no item of a list.
   */
  ODD_AFTER_COUNT,
  /**
   * (en25mine) "comprising", "consisting of", "totaling", "numbering": right after a comma and
   * right before a count, the count restates the size of the noun before the comma, and takes its
   * verb after the aside ("the forces, comprising 22 companies of crpf, conducted a flag march";
   * {@link SizeApposition}).
   */
  SIZE_APPOSITION,
  /**
   * (en25mine) "victims": people harmed, counted as the dead unless an injury cue follows them in
   * their clause ("12 victims were injured"; {@link HarmedVictims}).
   */
  VICTIM_NOUN,
  /**
   * (en28prec) "relief camps", "refugee camp", "camps": in a count's clause, with no verb of
   * flight, people counted by their own noun or by a {@link #SHELTER_STAY} phrase are people
   * staying in camps, no displacement told ({@link CampCounts}).
   */
  CAMP_NOUN,
  /**
   * "taking shelter", "took refuge", "in relief camps": displacement cues that tell where people
   * stay, not that they fled; beside a {@link #CAMP_NOUN} they count no event ({@link CampCounts}).
   */
  SHELTER_STAY,
  /**
   * (en28prec) "battalions", "companies", "platoons": units of forces; after a noun of forces they
   * count forces, not things ("two Iraqi Army battalions were deployed"; {@link ThingCompound}).
   */
  FORCE_UNIT,
  /**
   * "accused of", "suspected of", "charged with"; threats ("threatened to", "vowed to"): a casualty
   * cue right after them tells what the count before did or meant to do, not what was done to it
   * ("four men suspected of killing a shopkeeper"); the count does not take that cue, nor, in
   * English, a count after it ("threatened to kill one").
   */
  ACCUSATION,
  /**
   * "hostage", "captive": right after an arrest cue, people held by captors, no arrest ("20
   * people were held hostage").
   */
  CAPTIVITY,
  /**
   * "die", "died", "perished": an English event verb that takes no object; a count after it is
   * not what it befell when the count has a cue of its own further on ("4 Militants Die in Gaza
   * Fighting Four Palestinian militants ... were killed"; {@link EventCueReader#findEvent}).
   */
  NO_OBJECT_CUE,
  /**
   * "where", "when", "after", "because": an English word that opens another clause; a verb after
   * it is not the main verb of a count before it ({@link EnglishClauseVerb}).
   */
  SUBORDINATOR,
  /**
   * "as", "posing as": before an English singular noun, the role someone is named by ("a man
   * identified as a truck driver"), no person of its own ({@link ImplicitCountReader}).
   */
  ROLE_MARKER,
  /**
   * "crossed", "topped", "exceeded": a verb by which a toll passes a number; right before the
   * number (an article between allowed), the count is more than the number ("the toll has crossed
   * the 250 mark"; {@link TollUpTo#pastAfterPassing}).
   */
  PASSING_VERB,
  /**
   * «ارتفع، ليرتفع، ارتفاع، وصل»: a verb that brings a toll to a number; with its toll noun right
   * after it, the count after «إلى» takes the toll's event however far on it stands
   * ({@link TollReach}).
   */
  TOLL_HEAD,
  /**
   * «عناصر، مقاتلي، أفراد، قوات»: a noun of members; before the name of a group or force of the
   * subjects (تنظيم داعش، القوات المسلحة، البيشمركة) the count is of that group
   * ({@link GroupMembers}).
   */
  MEMBER_NOUN,
  /**
   * «أن، إن»: a complementizer opens a clause of its own; an event word before it does not govern a
   * count after it («وأضاف أن خمسة جنود كانوا على متن الطائرة لاقوا حتفهم»; {@link ClauseBounds}).
   */
  COMPLEMENTIZER,
  /**
   * «كما»: after a comma it opens a new clause; an event word before it does not govern a count
   * after it ({@link ClauseBounds}).
   */
  COMMA_OPENER,
  /**
   * «الحصبة، كورونا، فيروس»: a disease after «إصابة ب»; the count is of infections, no injury
   * («300 إصابة بالحصبة»; {@link DiseaseCases}).
   */
  DISEASE,
  /**
   * «إخلاء سبيل، الإفراج عن، تحرير»: right before a count of detainees, the count is of people set
   * free, no arrest ({@link Releases}).
   */
  RELEASE,
  /**
   * «أحد، إحدى»: before a plural of people, next to an event cue, one of them («مقتل أحد عناصر
   * الشرطة»; {@link OneOf}).
   */
  ONE_OF,
  /**
   * (issue 16) «ضمن» (and «بين», listed as {@link #SIDES}): before a casualty noun with the
   * article, a singular or dual of people right after it is one or two of those victims («من بين
   * القتلى طفل»، «بين القتلى امرأتين»، «ومن ضمن المعتقلين ضابطان»; {@link AmongVictims}).
   */
  AMONG_VICTIMS,
  /**
   * (issue 16) «أول، أولى»: an ordinal of {@code anotherOne} that, without the article, ranks the
   * word after it («قتل أول أمس»، «وفاة أول حالة»): no one counted at it; with the article after a
   * casualty cue it is one («وفاة الأول»; {@link ImplicitCountReader}).
   */
  RANK_BEFORE_NOUN,
  /**
   * «أبنائه، أفراد أسرته، ذويه»: kin after «من» and a count right after a verb or noun of loss
   * («فقد 3 من أبنائه في الحادث»، «فقدان 9 من أبنائها»): the kin died, no missing persons
   * ({@link LivesLost}).
   */
  KIN_NOUN,
  /**
   * «خسرنا، خسرت، فقدنا»; "lost": a verb whose object is people lost: a count of people right
   * after it with no event of its own counts the dead («لقد خسرنا أربعة جنود», "the regiment lost
   * seven soldiers"; {@link LivesLost}, lives: {@link LivesAfterCount}).
   */
  PEOPLE_LOST,
  /**
   * «أسروا، أسرنا، أسرت، وأسر، من أسر، تم أسر»: people captured in fighting, right before a
   * count of people with no event of its own: ARRESTED («وأسروا ثمانية من الركاب»); the bare «أسر»
   * (also families, {@link #RELATIVES}) only as a verb or verbal noun ({@link Captives}).
   */
  CAPTURE,
  /**
   * (issue 16, ar28court) «غيابيا، الهاربين، الفارين»: after a count whose cue is a {@link
   * #DETENTION} word before it, the detention is ordered in the defendants' absence: no arrest
   * («أمرت بحبس خمسة من المتهمين الهاربين غيابيا»; {@link InAbsentia}).
   */
  IN_ABSENTIA,
  /**
   * «خطف، اختطاف، خطفوا، اختطفت»: people abducted, right before an explicit count of people:
   * ARRESTED, as devset7's READMEs annotate («خطفت الجبهة 8 عناصر»; {@link Captives}); between a
   * casualty cue and a later count, another act as {@link #OTHER_ACT} ({@link Defendants}).
   */
  ABDUCTION,
  /**
   * (issue 16) «موظف، عملاء، مشتركين، ناخبين»: staff, clients and voters, whom a {@link
   * #PEOPLE_LOST} verb loses without their dying («خسرت الشركة 200 موظف»; {@link LivesLost}).
   */
  STAFF_NOUN,
  /**
   * (issue 16) «منازلهم، بيوتهم، مساكنهم، مأواهم»: homes lost right after the counted noun of a count
   * that a verb of loss ({@link #LIFE_TAKER}: «فقد») opens: the people were driven from their homes
   * («فقد 6 آلاف شخص منازلهم»: DISPLACED, not missing; {@link LivesLost}).
   */
  HOME_NOUN,
  /**
   * «الشهر، شهر»: after a number and «من», the number names a day of the month («حتى الـ 24 من
   * الشهر الجاري»), no count ({@link NoCountReader#dayLabel}).
   */
  MONTH_AFTER_OF,
  /**
   * «عدد، حصيلة، أعداد»: the noun of a toll; an event word that it opens may stand further from
   * the toll verb than another event word ({@link TollReach}).
   */
  TOLL_NOUN,
  /**
   * «عددهم، حصيلتهم»: a toll noun that points back at a count before it; after a toll verb, the
   * number it reaches has that count's event ({@link TollReach#tollOfThem}).
   */
  TOLL_OF_THEM,
  /**
   * «هم، وهم»: after a count, the members it counts are named one by one; a casualty verb after
   * the list is the count's («خمسة موظفين، هم مالي ونيبالي … قتلوا»; {@code EventCueReader}).
   */
  ENUMERATION,
  /**
   * «بحوزتهم، بحيازته»: right before a count, what people held, no people («وعثر بحوزتهم على 4
   * فرد خرطوش»; {@link MixedCasualties#possessed}).
   */
  POSSESSION,
  /**
   * «إنقاذ، أنقذ»; "rescued", "saved the lives of": right before a count, the people saved: no
   * dead, missing, detainees or crowd («إنقاذ شخصين من الغرق»; "rescued 20 people trapped";
   * {@link Releases#rescued}); the injured they saved stay injured.
   */
  RESCUE,
  /**
   * «لاعب، متسابق»; "players", "athletes": a count of competitors joining or taking part is a
   * team or a field, no crowd («يبلغ عدد المشاركين 130 لاعبا»; {@link NoCountReader#notCasualty}).
   */
  PLAYER,
  /**
   * «أم، والد، جدة، أرملة»; "father of", "mother of", "family of": right before a count, the count
   * says how large a family is, no one it befell («مقتل أم لثلاثة أطفال», «والد طفلين», "a father
   * of three was killed"; {@link KinCounts#familySize}).
   */
  FAMILY_OF,
  /**
   * «أهالي، أسر، ذوي»; "relatives", "families": after a count and before the victims it names (or
   * their count), the count is of the kin, no victims («العشرات من أهالي الضحايا», "hundreds of
   * relatives of the dead"; {@link KinCounts#relatives}).
   */
  RELATIVES,
  /**
   * "wound their way", "in March": a phrase that holds an event cue in another sense (to wind; the
   * month); the cue gives no event to a count ({@link KinCounts#idiom}).
   */
  CUE_IDIOM,
  /**
   * «قضت، حكمت، أحكام، عقوبة، المطالبة»; "sentenced": a court's sentence or a demand; a few
   * words before an {@link #EXECUTION} cue, the people counted are sentenced, no dead («قضت محكمة
   * بإعدام 21 متهما»; {@link NoCountReader#notCasualty}).
   */
  SENTENCE,
  /** «إعدام، أعدم»; "to death", "executed", "hanged": a cue of putting to death, see {@link #SENTENCE}. */
  EXECUTION,
  /**
   * «بين، ما بين»: right before a count (one word may stand between), two groups joined by «و»
   * after it are two sides, not one group of people («الاشتباكات بين عشرات من المتظاهرين وقوات
   * الأمن»; {@link GroupMembers#bothGroups}).
   */
  SIDES,
  /**
   * (issue 16, ar28people) «اشتباكات، مواجهات، مصادمات، صدامات»: a clash; a count of people right
   * after the «بين» that follows it (or after the «و» of the other side) is a crowd that took part
   * («الاشتباكات التي اندلعت بين آلاف المتظاهرين والمئات من أنصار الجماعة»; {@link ClashSides}).
   */
  CLASH_NOUN,
  /**
   * «اعتقل، توقيف، القبض على، حبس»: a cue of arrest whose object is always people (unlike «ضبط»،
   * «احتجز», which also seize goods, arms and vehicles); a noun no lexicon knows right after its
   * count counts people ({@link UnknownVictims}).
   */
  ARREST_OF_PEOPLE,
  /** «نقل، تم نقل»: a verb of transfer; a count after it taken to a {@link #HOSPITAL} is hurt ({@link TakenToHospital}). */
  HOSPITAL_TRANSFER,
  /** «مستشفى، إلى المستشفى، مستشفيات»: a hospital, see {@link #HOSPITAL_TRANSFER}. */
  HOSPITAL,
  /**
   * (issue 16) «حالتين، حالتان»: two cases, the dual of the case noun ({@code words.caseNouns});
   * with no article, in a sentence of care or casualties, it counts two people
   * ({@link ResponseCounts#serviceDual}).
   */
  CASE_DUAL,
  /**
   * (issue 16) «مستشفى، الإسعاف، الطوارئ، تنويم، الهلال الأحمر، الدفاع المدني، إطفاء»: care and
   * emergency services; in a sentence they make cases casualties, and after a team noun
   * ({@link #TEAM_NOUN}) they make the team one of rescue ({@link ResponseCounts}).
   */
  CARE_WORD,
  /**
   * (issue 16) «مرضية، ولادة، طلاق، تحرش، انتهاك، تعذيب»: kinds of cases that are no casualties
   * (of illness, births, divorces, harassment, violations, abuse); right after a case noun
   * («30 حالة طلاق»), the cases are no casualties ({@link ResponseCounts#cases}).
   */
  CASE_KIND,
  /**
   * (issue 16) «فرق، فرقة، فريق، طواقم»: teams; followed by a {@link #CARE_WORD} («3 فرق إسعافية»،
   * «أربع فرق من الهلال الأحمر»، «10 فرق إطفاء») and sent, on the way or at work
   * ({@link #DISPATCH_VERB} or a cue of sending), the count is DEPLOYED ({@link ResponseCounts#dispatched}).
   */
  TEAM_NOUN,
  /**
   * (ar28deploy) «فرق، طواقم»: teams, the plural of a {@link #TEAM_NOUN}; counted by a number
   * («3 فرق إسعافية») as the singulars and duals are, but no count of one or two as an item of a list
   * ({@link SentList}: «وفرق طبية متقدمة» counts nothing).
   */
  TEAM_PLURAL,
  /**
   * (issue 16) «توجيه، توجهت، انتقلت، هرعت، باشرت، تتمركز، تواجد، اشتركت، تعمل»: a unit sent, on
   * its way, stationed or at work; governs a count of rescue teams or ambulances near it
   * ({@link ResponseCounts#dispatched}).
   */
  DISPATCH_VERB,
  /**
   * «توجد، يوجد، تعمل، تخصيص، خصصت»: a unit there, at work or set aside; as a {@link
   * #DISPATCH_VERB} it governs rescue teams and ambulances («توجد 35 سيارة إسعاف»; {@link
   * ResponseCounts#dispatched}), not forces in general (stationed or staff: {@link ForcesPosted}).
   */
  SERVICE_VERB,
  /**
   * «شارك، يشارك، مشاركين، انضم»; "took part", "joined", "participants": taking part, a crowd only
   * with a {@link #CROWD_NOUN} within reach («شارك 5000 عامل في الحفر» is no crowd; {@link
   * TakingPart}).
   */
  TAKING_PART,
  /**
   * «مسيرة، مظاهرة، اعتصام، مراسم»; "march", "rally", "protest": what a crowd takes part in
   * («مسيرة شارك فيها الآلاف», "joined the peace march"; {@link TakingPart}).
   */
  CROWD_NOUN,
  /**
   * «جنازة، جنازات، تشييع، جثامين»; "funeral", "burial": a crowd noun too; a count right after it
   * is of the dead buried, no crowd («تشييع جنازات خمسة من أبناء المحافظة», "the funeral of 12
   * victims"; {@link TakingPart#buried}).
   */
  FUNERAL,
  /**
   * «بعد وفاة، عقب وفاة، منذ رحيل»: a death named as the time of something else; with a {@link
   * #KIN_OF} right after it, a family's past loss, no report of a death («بعد وفاة والده»;
   * {@link KinCounts#pastDeathOfKin}).
   */
  PAST_DEATH,
  /** «والده، والدتها، زوجته، ابنه، شقيقها، أبيه»: a possessed kin noun, one person of a family. */
  KIN_OF,
  /** «والدة، شقيق، ملابس، قبر» before a definite death noun: a victim's ({@link DefiniteVictim}). */
  VICTIM_OWNER,
  /** «المجني عليه، المجني عليها»: the victim, a definite person after a body noun ({@link DefiniteVictim}). */
  VICTIM,
  /**
   * «سرعة، بسرعة، جار، وجاري»: right before an arrest cue, an arrest urged or under way, none made
   * («وأمرت النيابة بسرعة ضبط المتهم الهارب», «وجار ضبط الجناة»; {@link NoCountReader#notCasualty}).
   */
  ARREST_PENDING,
  /**
   * «لضبط، لاعتقال، للقبض، لتوقيف»: an arrest cue with the «ل» of purpose: the arrest sought, none
   * made («جهودها للقبض على 7 أشخاص»; {@link NoCountReader#notCasualty}).
   */
  ARREST_PURPOSE,
  /**
   * (issue 16) «إحضار، وإحضار»: right after an arrest cue before its count, the legal phrase of a
   * warrant («أمرت النيابة بضبط وإحضار 28 متهما»), an arrest ordered, none made ({@link
   * NoCountReader#notCasualty}).
   */
  ARREST_WARRANT,
  /**
   * (issue 16) «يأمر، أوامر، أمرا، كلفت»: an order, right before an arrest cue or a few words
   * before one in «ب», an arrest ordered, none made ({@link ArrestOrdered}).
   */
  ARREST_ORDER,
  /**
   * (issue 16) «حبس، تجديد حبس، حجز»: detention, which an order of the prosecution makes (the
   * gold's arrest: «أمرت النيابة بحبس 24 متهما»), so that {@link ArrestOrdered} leaves it; a cue of
   * arrest that only people take, as {@link #ARREST_OF_PEOPLE} ({@link UnknownVictims}).
   */
  DETENTION,
  /**
   * «احتمال أن، يحتمل أن، من الممكن أن، يمكن أن، قد يصاب، قد يقتل»: right before a casualty
   * claim (or one word before it), a casualty that may happen, no report («احتمال أن يصاب طفل آخر»;
   * {@link Possibility}).
   */
  POSSIBILITY,
  /**
   * «محاكمة، براءة، تبرئة، إحالة»: a trial; between a casualty cue and a count after it, the count
   * is of defendants, not of the casualties («مقتل الشاب واستمرت في محاكمة 25 من الأهالي»; {@link
   * Defendants}).
   */
  TRIAL,
  /**
   * «خطف، بيع، تهريب، تجنيد، قيام، استجواب، التحقيق مع، الاستماع»: another act done to people or
   * by them; between a casualty cue and a count after it, the count is of that act («المسؤولة عن
   * خطف وبيع الآلاف من الفتيات»; {@link Defendants}).
   */
  OTHER_ACT,
  /**
   * «خلالها، فيها، فيه، أمس، أيضا»: an adverb or a pronoun with its preposition between a casualty
   * verb and its singular subject, which still counts one («قتل خلالها جندي فرنسي»، «أصيب فيها
   * مطرب»; «اليوم», whose role is {@link #LABEL_BEFORE_OF}, too: {@link AdverbBeforeSubject}).
   */
  ADVERB_BEFORE_SUBJECT,
  /**
   * (issue 16) «لا، دون، عدم»: right before a casualty cue after a count, or one word before it
   * («دون وقوع وفيات»), the cue says that no one suffered it, and is no cue of that count («ارتفاع
   * أعداد المصابين لـ253 ولا وفيات»: 253 injured; {@link CueAfterCount}).
   */
  NEGATOR,
  /**
   * A group's name spelled like a dual of people, «طالبان» (the Taliban, and two students): not
   * written in the lexicon but found in it, a form that one subject lists as its plural and another
   * as its dual ({@link Lexicon}). It counts two only right after a casualty cue («مقتل طالبين»);
   * elsewhere it names the group («زعيم طالبان توفي»; {@link ImplicitCountReader}).
   */
  NAME_LIKE_DUAL,
  /**
   * (issue 16) «احتجاز، محتجزين، احتجزت»: a word of holding, which is an arrest when the police
   * hold people, but not when a well, a mine or a fire holds them, or gunmen hold hostages (see
   * {@link #TRAP_PLACE}; {@link Trapped}).
   */
  HOLDING,
  /**
   * (issue 16) «بئر، منجم، مصعد، أنقاض، سيول، حريق؛ رهائن، رهينة»: a place that traps people, or the
   * hostages held; a few words after a {@link #HOLDING} word, the people held are trapped or held
   * hostage, no one arrested («احتجاز شخصين بداخل بئر»، «العمال الخمسة المحتجزين في المنجم»،
   * «قتلى في عملية احتجاز الرهائن»; {@link Trapped}).
   */
  TRAP_PLACE,
  /**
   * (issue 16) «فقدوا، يفقدون، فقدا»: forms of the verb of losing that {@link #LIFE_TAKER} and
   * {@link #PEOPLE_LOST} do not hold; with them, a cue of missing people that a {@link #LOST_THING}
   * may follow ({@link Trapped#lostThing}).
   */
  LOSS,
  /**
   * «وعيه، السيطرة، الأمل، الجنسية، وظائفهم»: what one loses that is no person; a few words after
   * a verb of losing, no one is missing («فقدوا أعمالهم»; {@link Trapped#lostThing}).
   */
  LOST_THING,
  /**
   * (issue 16) «استمعت، استمعوا، تستمع، تنتهي من سماع»: hearing what people say; the people heard
   * are alive, no dead ({@link Trapped#heard}).
   */
  HEARING,
  /**
   * «في صفوف، من صفوف، بين صفوف، وسط صفوف، ضمن صفوف»: the ranks of a group, named after a count as
   * after «من» («13 قتيلا في صفوف العسكريين»: soldiers; {@link GroupMembers#ofWords}).
   */
  RANKS,
  /**
   * (issue 16, ar29prec) «قيادي، قائد، زعيم، أمير»: one who leads in a group; counted with no
   * numeral and followed by the group («قيادي بارز في تنظيم داعش»، «قائد التنظيم»), one of that
   * group ({@link GroupMembers#leaderOfGroup}).
   */
  LEADER_NOUN,
  /**
   * (issue 16, ar29prec) «في»: the link from a {@link #LEADER_NOUN} to its group («القيادي في
   * داعش»; {@link GroupMembers#leaderOfGroup}).
   */
  IN_GROUP,
  /**
   * «حرب، نكسة، عدوان، ثورة»: a war named by its year; two digits right after it are that year, no
   * count («واستشهد في حرب 56»; {@link NoCountReader#dayLabel}).
   */
  WAR_NAME,
  /** (ar29act) «القبض»: the arrest noun apart from its «على» by a time ({@link ArrestApart}). */
  ARREST_APART,
  /** (en29prec) "stormed": an armed count that does it is an attacking force ({@link AttackingForce}). */
  ASSAULT,
  /** "Canadian", "national": a person as the head of its phrase ({@link Lexicon#personHeads}). */
  PERSON_HEAD
}
