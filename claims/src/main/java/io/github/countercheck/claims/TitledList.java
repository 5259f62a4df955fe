package io.github.countercheck.claims;

import io.github.countercheck.core.Language;
import java.util.List;

/**
 * (issue 16, ar28people) Men of the forces named one by one with their ranks after a casualty
 * cue: «إصابة كل من ملازم أول أحمد صدقي بثلاث طلقات، ومجند شرطة محمد سيد بطلقة بالفخذ، والشرطي
 * وائل جلال بجروح»، «استشهاد العريف أحمد جعفر، والجندي أول محمد علي». The first rank counts one
 * by the cue before it (a singular person noun after a casualty cue); each later item, the
 * singular of a force (SECURITY_FORCES, POLICE, SOLDIER; with the article too: a name after it
 * shows it is a rank, no adjective; not a possessed kin noun) joined by «و» and followed right by a
 * name (a word no lexicon knows; «ورئيس مباحث المركز العميد ...» is an office, no rank), counts one more of the same event,
 * when the item before it is such a ranked one counted one, at most {@link #REACH}
 * tokens before, with no cue between but the wounds of the one named («بجروح»، «بإصابات»: a cue
 * glued to «ب»). Called from {@link ImplicitCountReader} where a singular is joined to the count
 * before it.
 */
final class TitledList {
  /** How many tokens the item before may stand back: a name, an age, a job, the wounds. */
  static final int REACH = 24;

  private TitledList() {}

  /**
   * @param v the sentence
   * @param i the first token of a singular person noun
   * @param words how many words the noun has
   * @param slots the counts found so far in the sentence, in order
   * @return the titled item before, of which the noun is the next item in a list of people
   *     counted one by one, or null
   */
  static CountSlot item(SentenceView v, int i, int words, List<CountSlot> slots) {
    if (v.language != Language.AR || slots.isEmpty() || i - 1 <= v.from) {
      return null;
    }
    int k; // the token before the «و» of the item: the cheapest test first
    if (Agreement.wawOnWord(v.w, i)) {
      k = i - 1;
    } else if (v.w.isWord(i - 1) && v.lex.words.and.has(v.w, i - 1)) {
      k = i - 2;
    } else {
      return null;
    }
    if (!armed(v.subjectAt(i)) || !named(v, i + words)
        || v.lex.words.possessiveSuffixes.endsOne(v.w, i)) {
      return null;
    }
    CountSlot last = slots.get(slots.size() - 1);
    Long one = last.quantity == null ? null : last.quantity.value();
    if (one == null || one != 1 || last.from >= k || k - last.from > REACH) {
      return null;
    }
    var title = v.subjectAt(last.from);
    if (!armed(title) || !named(v, last.from + title.words())) {
      return null;
    }
    for (int j = last.from + title.words(); j <= k; j++) {
      if (v.w.isWord(j) && v.isCue(j) && v.w.charAt(j, 0) != '\u0628') {
        return null; // a cue of its own between, not the wounds «بجروح» of the one named
      }
    }
    return last;
  }

  /** Whether the noun is the title of a man of the forces: a rank, «مجند، شرطي، جندي». */
  private static boolean armed(PhraseIndex.Match<Lexicon.SubjectForm> title) {
    return title != null && title.value().subject().isKindOf(Subject.SECURITY_FORCES);
  }

  /**
   * Whether a name follows at {@code j}: a word no lexicon knows, after a quotation mark too, or a
   * first name that folds to a function word before one («علي محمد», read as «على»).
   */
  private static boolean named(SentenceView v, int j) {
    int k = j < v.to && !v.w.isWord(j) ? j + 1 : j;
    if (k + 1 < v.to && v.w.isWord(k) && v.match(v.lex.functionWords, k) != null) {
      k++;
    }
    return k < v.to && v.w.isWord(k) && v.w.keys(k) == 0;
  }
}
