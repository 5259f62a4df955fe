package io.github.countercheck.claims.numbers;

import io.github.countercheck.claims.internal.DataFile;
import java.util.HashSet;
import java.util.Set;

/**
 * The words that label a numeral, read from a file in the format of {@code numeral-cues.json}:
 * the phrase lists of {@link LabelCue} in one trie, and the single-token lists the labeller and
 * the digit reader compare tokens with. A replacement file holds every list it wants: a missing
 * list is empty. Immutable once read.
 */
final class LabelCues {
  final Cues cues;
  /** Words written apart as a definite article (ال، the), from {@code definiteArticles}. */
  final WordList articles;
  /** A preposition between an age holder and an ordinal that tells its age: طفل في العاشرة. */
  final WordList ageOrdinalPrepositions;
  /** A word that opens a range (بين، من): its ends share the age words before it. */
  final WordList rangeOpeners;
  /** A word that may come before a range opener and is skipped with it: ما بين. */
  final WordList rangeOpenerLeads;
  /** A token that joins two years (2011-2012، 2011 و2012، 2011 إلى 2013) or two ages. */
  final WordList yearJoiners;
  /** A word between a day and the month that follows it: الـ 5 إلى الـ 19 من كانون الثاني. */
  final WordList dateJoiners;
  /** A token between the two ends of a span of money (to, إلى, a dash): Rs 2 to 5 lakh. */
  final WordList moneySpanJoiners;
  /** A mark of a URL inside a run of text with no space. */
  final WordList linkMarks;
  /** A mark that starts a hashtag or a handle. */
  final WordList handleMarks;
  /** A mark of an e-mail address. */
  final WordList emailMarks;
  /**
   * (issue 16) A word after which a cardinal with the article stands alone as a count, with no
   * definite noun before it: «الثمانية الذين»، «الاثنين الآخرين»، «التسعة عشر».
   */
  final WordList cardinalAloneBefore;
  /**
   * (issue 16) An event noun after which a cardinal of three to ten with the article stands alone
   * as its count: «اعتقال الثلاثة»، «مصرع الأربعة».
   */
  final WordList cardinalAloneAfter;
  /**
   * (ar29cas) A verb of passing or a definite casualty plural after which a hundred, a thousand or a
   * million with the article stands alone as a number: «تجاوزت المائة قتيل»، «عدد المصابين الألف».
   */
  final WordList scaleAloneAfter;
  /** The phrases of {@code durationAfter}, normalized: read by {@link #unitOfTime}. */
  private final Set<String> unitsOfTime;

  LabelCues(DataFile file) {
    Set<String> members = new HashSet<>();
    this.articles = WordList.read(file, LabelCue.DEFINITE_ARTICLE.member());
    this.ageOrdinalPrepositions = WordList.read(file, "ageOrdinalPrepositions", members);
    this.rangeOpeners = WordList.read(file, "rangeOpeners", members);
    this.rangeOpenerLeads = WordList.read(file, "rangeOpenerLeads", members);
    this.yearJoiners = WordList.read(file, "yearJoiners", members);
    this.dateJoiners = WordList.read(file, "dateJoiners", members);
    this.moneySpanJoiners = WordList.read(file, "moneySpanJoiners", members);
    this.linkMarks = WordList.read(file, "linkMarks", members);
    this.handleMarks = WordList.read(file, "handleMarks", members);
    this.emailMarks = WordList.read(file, "emailMarks", members);
    this.cardinalAloneBefore = WordList.read(file, "cardinalAloneBefore", members);
    this.cardinalAloneAfter = WordList.read(file, "cardinalAloneAfter", members);
    this.scaleAloneAfter = WordList.read(file, "scaleAloneAfter", members);
    this.cues = new Cues(file, members, LabelCue.values());
    Set<String> units = new HashSet<>();
    cues.trie.forEach((phrase, bits) -> {
      if (LabelCue.DURATION_AFTER.in(bits)) {
        units.add(phrase);
      }
    });
    this.unitsOfTime = Set.copyOf(units);
  }

  /**
   * (issue 16) Whether a normalized word is one of the {@code durationAfter} phrases (سنة، عاما،
   * days): the list the labeller reads, taken from its trie.
   */
  boolean unitOfTime(String word) {
    return unitsOfTime.contains(word);
  }

  PhraseTrie<Integer> trie() {
    return cues.trie;
  }
}
