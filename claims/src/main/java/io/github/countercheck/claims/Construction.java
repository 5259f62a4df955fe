package io.github.countercheck.claims;

/**
 * The roles of the words of the lexicon's {@code constructions} section: words that make a
 * construction with a number next to them, read by the rule readers of {@link SentenceReader}.
 *
 * <p>Each constant names its words, what they do in brief and the rule class that reads them; what
 * the words do, with examples, the limits of the rule and the pool figures it was judged on, is the
 * role's row in the lexicon README ({@code lexicon/README.md}, section "Sections", rows {@code
 * constructions.*}). A new role is a constant here, its words in the lexicon under its name, and
 * its row there.
 */
enum Construction {
  /**
   * "lives"; «أرواح، بحياة»: lives counted are deaths only after a verb that takes them ({@link
   * LivesLost}).
   */
  LIFE_NOUN,
  /**
   * "claimed", "cost"; «أودى، حصد، فقد»: a verb that takes lives: they are the dead ({@link
   * LivesAfterCount}).
   */
  LIFE_TAKER,
  /** «اليوم»; "day": before a number and «من» / "of", the number names a day, no count. */
  LABEL_BEFORE_OF,
  /**
   * «الذي، الذين»; "who": a relative pronoun, after which an event word is a verb («الذين قضوا»).
   */
  RELATIVE,
  /**
   * «لقي مصرعه، توفي»: a casualty verb of one person; the singular before it counts one ({@link
   * OneVictimVerb}).
   */
  ONE_VICTIM_VERB,
  /**
   * «قتيل، جريح»: a singular event noun that counts one by itself («وجود قتيل»), not in a
   * breakdown.
   */
  ONE_EVENT_NOUN,
  /**
   * «جثة، جثمان»: a body counts one death where a cue of death or a {@link #BODY_FOUND} tells of
   * it.
   */
  ONE_BODY_NOUN,
  /** «شهيد، متوفى»: counts one only standing bare («سقوط شهيد»; {@link BareEventNouns}). */
  ONE_BARE_NOUN,
  /**
   * (issue 16) «مصاب»: counts one only joined by «و» to a count of the dead ({@link
   * BareEventNouns}).
   */
  ONE_JOINED_NOUN,
  /**
   * «العثور، انتشال»: a find before a singular body noun makes it count one death ({@link
   * BodiesFound}).
   */
  BODY_FOUND,
  /**
   * "all", "both"; «جميعهم، كلهم»: after a count's comma, the cue after it is still the count's.
   */
  FLOATING_QUANTIFIER,
  /**
   * (en25mine) "odd" ("1,000-odd karsewaks"): a word of the number, not its noun ({@link
   * StrengthCount}).
   */
  ODD_AFTER_COUNT,
  /**
   * (en25mine) ", comprising", ", totaling": a count that restates its head's size ({@link
   * SizeApposition}).
   */
  SIZE_APPOSITION,
  /** (en25mine) "victims": the dead, unless an injury cue follows them ({@link HarmedVictims}). */
  VICTIM_NOUN,
  /**
   * (en28prec) "relief camps": people counted in camps, no displacement told ({@link CampCounts}).
   */
  CAMP_NOUN,
  /**
   * "taking shelter", "in relief camps": where people stay, not that they fled ({@link
   * CampCounts}).
   */
  SHELTER_STAY,
  /**
   * (en28prec) "battalions", "companies": units that count forces, not things ({@link
   * ThingCompound}).
   */
  FORCE_UNIT,
  /** "accused of", "threatened to": a casualty cue after them is not what befell the count. */
  ACCUSATION,
  /**
   * "hostage", "captive": after an arrest cue, people held captive, no arrest ({@link
   * EventCueReader#captivity}).
   */
  CAPTIVITY,
  /** "die", "died": an English event verb with no object ({@link CueBeforeCount#noObjectVerb}). */
  NO_OBJECT_CUE,
  /**
   * "where", "when", "because": an English clause opener; no count's verb after it ({@link
   * EnglishClauseVerb}).
   */
  SUBORDINATOR,
  /**
   * "as": before an English singular, a role, no person of its own ({@link
   * EnglishSingular#countsOne}).
   */
  ROLE_MARKER,
  /**
   * "crossed", "topped": a toll passed a number: more than it ({@link TollUpTo#moreThanAfterPassing}).
   */
  PASSING_VERB,
  /** «ارتفع، وصل»: a verb that brings a toll to a number ({@link TollReach}). */
  TOLL_HEAD,
  /**
   * «عناصر، مقاتلي، أفراد»: members; before a group's name, the count is of that group ({@link
   * GroupMembers}).
   */
  MEMBER_NOUN,
  /**
   * «أن، إن»: opens a clause; an event word before it governs no count after it ({@link
   * ClauseBounds}).
   */
  COMPLEMENTIZER,
  /**
   * «كما» after a comma: opens a new clause, as {@link #COMPLEMENTIZER} does ({@link
   * ClauseBounds}).
   */
  COMMA_OPENER,
  /** «الحصبة، كورونا»: a disease after «إصابة ب»: infections, no injury ({@link DiseaseCases}). */
  DISEASE,
  /**
   * «إخلاء سبيل، الإفراج عن»: before a count of detainees, people set free, no arrest ({@link
   * Releases}).
   */
  RELEASE,
  /** «أحد، إحدى»: before a plural of people, next to an event cue, one of them ({@link OneOf}). */
  ONE_OF,
  /**
   * (issue 16) «ضمن»: before the victims, a singular or dual after them is of them ({@link
   * AmongVictims}).
   */
  AMONG_VICTIMS,
  /**
   * (issue 16) «أول، أولى»: bare, ranks the word after it, no one counted ({@link
   * ImplicitCountReader}).
   */
  RANK_BEFORE_NOUN,
  /**
   * «أبنائه، ذويه»: kin after «من» and a count after a verb of loss: the kin died ({@link
   * LivesLost}).
   */
  KIN_NOUN,
  /** «خسرنا، فقدنا»; "lost": people lost right after it are the dead ({@link LivesLost}). */
  PEOPLE_LOST,
  /**
   * «أسروا، تم أسر»: people captured in fighting, right before a count: ARRESTED ({@link
   * Captives}).
   */
  CAPTURE,
  /**
   * (issue 16, ar28court) «غيابيا، الهاربين»: a detention in absentia, no arrest ({@link
   * InAbsentia}).
   */
  IN_ABSENTIA,
  /**
   * «خطف، اختطاف»: before a count of people, ARRESTED ({@link Captives}); after a cue, another act.
   */
  ABDUCTION,
  /** (issue 16) «موظف، عملاء»: staff and clients, lost without dying ({@link LivesLost}). */
  STAFF_NOUN,
  /**
   * (issue 16) «منازلهم، بيوتهم»: homes lost after a verb of loss: DISPLACED ({@link LivesLost}).
   */
  HOME_NOUN,
  /**
   * «الشهر»: after a number and «من», a day of the month, no count ({@link
   * NoCountReader#dayLabel}).
   */
  MONTH_AFTER_OF,
  /**
   * «عدد، حصيلة»: the noun of a toll, whose event word may stand far from the verb ({@link
   * TollReach}).
   */
  TOLL_NOUN,
  /** «عددهم، حصيلتهم»: a toll of the count before it ({@link TollReach#tollOfThem}). */
  TOLL_OF_THEM,
  /** «هم، وهم»: after a count, its members named one by one ({@link Enumerations}). */
  ENUMERATION,
  /** «بحوزتهم»: before a count, what people held, no people ({@link MixedCasualties#possessed}). */
  POSSESSION,
  /**
   * «إنقاذ»; "rescued": before a count, the people saved, no dead or missing ({@link
   * Releases#rescued}).
   */
  RESCUE,
  /**
   * «لاعب»; "players": competitors taking part are a team, no crowd ({@link
   * NoCountReader#notCasualty}).
   */
  PLAYER,
  /**
   * «أم، والد»; "father of": before a count, a family's size, no victims ({@link
   * KinCounts#familySize}).
   */
  FAMILY_OF,
  /**
   * «أهالي، ذوي»; "relatives": after a count, before its victims, the kin ({@link
   * KinCounts#relatives}).
   */
  RELATIVES,
  /**
   * "wound their way", "in March": an event cue in another sense, no event ({@link
   * KinCounts#idiom}).
   */
  CUE_IDIOM,
  /** «قضت، حكمت»; "sentenced": before an {@link #EXECUTION} cue, the sentenced, no dead. */
  SENTENCE,
  /** «إعدام»; "to death", "executed": a cue of putting to death, see {@link #SENTENCE}. */
  EXECUTION,
  /** «بين، ما بين»: before a count, two sides, not one group ({@link GroupMembers#bothGroups}). */
  SIDES,
  /**
   * (issue 16, ar28people) «اشتباكات، مواجهات»: people on its sides are a crowd ({@link
   * ClashSides}).
   */
  CLASH_NOUN,
  /** «اعتقل، القبض على»: an arrest whose object is always people ({@link UnknownVictims}). */
  ARREST_OF_PEOPLE,
  /** «نقل، تم نقل»: a count taken to a {@link #HOSPITAL} is hurt ({@link TakenToHospital}). */
  HOSPITAL_TRANSFER,
  /** «مستشفى، إلى المستشفى»: a hospital, see {@link #HOSPITAL_TRANSFER}. */
  HOSPITAL,
  /**
   * (issue 16) «حالتين، حالتان»: two cases, bare, counts two people ({@link
   * ResponseCounts#serviceDual}).
   */
  CASE_DUAL,
  /** (issue 16) «الإسعاف، الهلال الأحمر»: care and emergency services ({@link ResponseCounts}). */
  CARE_WORD,
  /**
   * (issue 16) «مرضية، ولادة، طلاق»: kinds of cases that are no casualties ({@link
   * ResponseCounts#cases}).
   */
  CASE_KIND,
  /**
   * (issue 16) «فرق، فريق»: teams; of care and sent, DEPLOYED ({@link ResponseCounts#dispatched}).
   */
  TEAM_NOUN,
  /**
   * (ar28deploy) «فرق، طواقم»: the plural of a {@link #TEAM_NOUN}; no item of a list ({@link
   * SentList}).
   */
  TEAM_PLURAL,
  /**
   * (issue 16) «توجهت، هرعت، تتمركز»: a unit sent or at work ({@link ResponseCounts#dispatched}).
   */
  DISPATCH_VERB,
  /**
   * «توجد، خصصت»: a unit there or set aside, as a {@link #DISPATCH_VERB} ({@link ForcesPosted}).
   */
  SERVICE_VERB,
  /**
   * «شارك، انضم»; "took part": a crowd only with a {@link #CROWD_NOUN} near ({@link TakingPart}).
   */
  TAKING_PART,
  /** «مسيرة، مظاهرة»; "march", "rally": what a crowd takes part in ({@link TakingPart}). */
  CROWD_NOUN,
  /**
   * «جنازة، تشييع»; "funeral": a count right after it is of the dead buried ({@link
   * TakingPart#buried}).
   */
  FUNERAL,
  /**
   * «بعد وفاة»: a death as a time; of a {@link #KIN_OF}, no report ({@link
   * KinCounts#pastDeathOfKin}).
   */
  PAST_DEATH,
  /** «والده، زوجته، ابنه»: a possessed kin noun, one person of a family. */
  KIN_OF,
  /** «والدة، ملابس، قبر» before a definite death noun: a victim's ({@link DefiniteVictim}). */
  VICTIM_OWNER,
  /** «المجني عليه»: the victim, a definite person after a body noun ({@link DefiniteVictim}). */
  VICTIM,
  /**
   * «سرعة، جار»: before an arrest cue, an arrest urged, none made ({@link
   * NoCountReader#notCasualty}).
   */
  ARREST_PENDING,
  /** «لضبط، للقبض»: an arrest sought, none made ({@link NoCountReader#notCasualty}). */
  ARREST_PURPOSE,
  /**
   * (issue 16) «إحضار»: after an arrest cue, a warrant, none made ({@link
   * NoCountReader#notCasualty}).
   */
  ARREST_WARRANT,
  /**
   * (issue 16) «يأمر، أوامر»: before an arrest cue, an arrest ordered, none made ({@link
   * ArrestOrdered}).
   */
  ARREST_ORDER,
  /** (issue 16) «حبس، حجز»: a detention, an arrest even when ordered ({@link ArrestOrdered}). */
  DETENTION,
  /**
   * «احتمال أن، قد يقتل»: before a casualty, one that may happen, no report ({@link Possibility}).
   */
  POSSIBILITY,
  /**
   * «محاكمة، براءة»: between a casualty cue and a count, the count is of defendants ({@link
   * Defendants}).
   */
  TRIAL,
  /**
   * «خطف، بيع، تهريب»: between a casualty cue and a count, another act's count ({@link
   * Defendants}).
   */
  OTHER_ACT,
  /** «خلالها، فيها، أمس»: between a casualty verb and its subject ({@link AdverbBeforeSubject}). */
  ADVERB_BEFORE_SUBJECT,
  /**
   * (issue 16) «لا، دون، عدم»: before a casualty cue after a count, no one suffered it ({@link
   * CueAfterCount}).
   */
  NEGATOR,
  /** «طالبان»: a group's name spelled as a dual of people, found, not written ({@link Lexicon}). */
  NAME_LIKE_DUAL,
  /**
   * (issue 16) «احتجاز، محتجزين»: holding; an arrest unless a {@link #TRAP_PLACE} holds ({@link
   * Trapped}).
   */
  HOLDING,
  /** (issue 16) «بئر، منجم، رهائن»: a place that traps people, or hostages ({@link Trapped}). */
  TRAP_PLACE,
  /** (issue 16) «فقدوا، يفقدون»: more forms of the verb of losing ({@link Trapped#lostThing}). */
  LOSS,
  /** «وعيه، السيطرة، الأمل»: what one loses that is no person ({@link Trapped#lostThing}). */
  LOST_THING,
  /** (issue 16) «استمعت، تستمع»: the people heard are alive, no dead ({@link Trapped#heard}). */
  HEARING,
  /**
   * «في صفوف، من صفوف»: the ranks of a group after a count, as «من» ({@link GroupMembers#ofWords}).
   */
  RANKS,
  /**
   * (issue 16, ar29prec) «قيادي، قائد»: one of the group after it ({@link
   * GroupMembers#leaderOfGroup}).
   */
  LEADER_NOUN,
  /**
   * (issue 16, ar29prec) «في»: from a {@link #LEADER_NOUN} to its group ({@link
   * GroupMembers#leaderOfGroup}).
   */
  IN_GROUP,
  /**
   * «حرب، نكسة»: a war named by its year; the digits are a year, no count ({@link
   * NoCountReader#dayLabel}).
   */
  WAR_NAME,
  /** (ar29act) «القبض»: the arrest noun apart from its «على» by a time ({@link ArrestApart}). */
  ARREST_APART,
  /**
   * (en29prec) "stormed": an armed count that does it is an attacking force ({@link
   * AttackingForce}).
   */
  ASSAULT,
  /** "Canadian", "national": a person as the head of its phrase ({@link Lexicon#personHeads}). */
  PERSON_HEAD
}
