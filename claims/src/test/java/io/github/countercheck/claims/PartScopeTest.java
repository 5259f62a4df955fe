package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.core.Document;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parts of a count ({@link Scope#PART}): one row a short article written for the rule (in the
 * style of news, not copied from the corpus), with each claim in text order as its count and
 * scope, and the cue that made the first part. A part cue makes a part only when the article gives
 * a larger count of the same event: a lone "12 were taken to hospital" reports the incident.
 */
final class PartScopeTest {

  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();

  private static List<Claim> extract(String text) {
    return EXTRACTOR.extract(
        Document.builder("t.txt", text).published(LocalDate.of(2013, 3, 15)).build());
  }

  private static String scopes(List<Claim> claims) {
    return claims.stream().map(c -> c.quantity().low() + ":" + c.scope().name())
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      أصيب 400 شخص، ثلاثة منهم حالتهم خطيرة                                    | 400:INCIDENT 3:PART | منهم حالتهم خطيرة
      قتل 13 شخصا على الأقل، بينهم أربعة أتراك                                  | 13:INCIDENT 4:PART | بينهم
      أعلنت السلطات مقتل 233 شخصا في الحريق. وقالت إن 120 رجلا و113 امرأة قتلوا | 233:INCIDENT 120:PART 113:PART | رجلا
      أصيب 82 شخصا، خرج 40 منهم من المستشفيات بعد تحسن حالتهم عدا 12 مصابا ما زالوا يتلقون العلاج | 82:INCIDENT 40:PART 12:PART | منهم
      لقي 9 عمال مصرعهم، وتم نقل جثتين إلى مشرحة مستشفى طوخ                     | 9:INCIDENT 2:PART | وتم نقل
      لقي 19 سائحا مصرعهم، ومن بين القتلى 4 يابانيين و9 صينيين                  | 19:INCIDENT 4:PART 9:PART | ومن بين القتلى
      ارتفع عدد المصابين إلى 405 مصابين، من بينهم 38 مصابا بالخرطوش و18 مصابا بجروح | 405:INCIDENT 38:PART 18:PART | من بينهم
      قتل 5 أشخاص منهم 3 نساء                                                 | 5:INCIDENT 3:PART | منهم
      At least 19 people were killed, including 4 Japanese and 2 Britons.      | 19:INCIDENT 4:PART 2:PART | including
      More than 250 people were injured, three of them seriously.              | 251:INCIDENT 3:PART | of them
      Police said 30 people were injured. Twelve were taken to hospital.       | 30:INCIDENT 12:PART | were taken to hospital
      """)
  void partsOfALargerCount(String text, String expected, String cue) {
    List<Claim> claims = extract(text);
    assertThat(scopes(claims)).isEqualTo(expected);
    assertThat(claims).filteredOn(c -> c.scope() == Scope.PART).first()
        .extracting(Claim::scopeCue).isEqualTo(cue);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      تم نقل 12 مصابا إلى المستشفى                                         | 12:INCIDENT
      Twelve people were taken to hospital after the crash.                 | 12:INCIDENT
      قتل 16 شخصا بينهم أربعة أطفال                                          | 16:INCIDENT 4:INCIDENT
      The attack killed 16 people, including four children.                 | 16:INCIDENT 4:INCIDENT
      مصرع 9 منهم وإصابة آخر                                                 | 9:INCIDENT 1:INCIDENT
      وفاة 15 معتمرا فلسطينيا في حادث مروري، وارتفع عدد الوفيات إلى 17        | 15:INCIDENT 17:INCIDENT
      Insurgents killed 23 Iraqis on Monday. In all, 40 people died across the country. | 23:INCIDENT 40:INCIDENT
      قتل 4 أشخاص وأصيب 30 آخرون نقلوا إلى المستشفى                           | 4:INCIDENT 30:INCIDENT
      """)
  void noPartWithoutALargerCountOrForANarrowerSubject(String text, String expected) {
    // a lone hospital count, a sub-category (children: a narrower subject), "of them" after the
    // count of another event, a nationality that is a noun's adjective, a headline's demonym
    // before the larger count, and a hospital said of the whole count
    assertThat(scopes(extract(text))).isEqualTo(expected);
  }

  @Test
  void thePartsOfAListFollowItsFirstItem() {
    List<Claim> claims = extract("وقتل 10 أشخاص في الانفجار. وقتل اربعة اتراك وستة سوريين في"
        + " الانفجار القوي");
    assertThat(scopes(claims)).isEqualTo("10:INCIDENT 4:PART 6:PART");
  }

  @Test
  void theLargerCountIsOfTheSameScope() {
    // a cumulative total's breakdown in its clause is a part of it
    assertThat(scopes(extract("قتل أكثر من 70 ألف شخص بينهم 5 آلاف امرأة منذ اندلاع الأزمة")))
        .isEqualTo("70001:CUMULATIVE 5000:PART");
    // the incident's 4 Turks are no part of the war's total
    assertThat(scopes(extract("قتل 70 ألف شخص منذ اندلاع الأزمة. وقتل في الانفجار 3 أشخاص بينهم"
        + " تركيان")))
        .startsWith("70000:CUMULATIVE 3:INCIDENT");
  }

  @Test
  void partCuesGovernOnlyNextPreviousOrNoun() {
    LexiconFile.ScopeWords words = new LexiconFile.ScopeWords(null, Map.of(),
        List.of(new LexiconFile.ScopeGroup(Scope.PART, ScopeCues.Reach.CLAUSE,
            List.of("including"))), List.of(), List.of(), List.of());
    assertThatThrownBy(() -> ScopeCues.compile(words))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scope.cues[0].governs").hasMessageContaining("PART");
    LexiconFile.ScopeWords next = new LexiconFile.ScopeWords(null, Map.of(),
        List.of(new LexiconFile.ScopeGroup(Scope.BACKGROUND, ScopeCues.Reach.NEXT,
            List.of("last year"))), List.of(), List.of(), List.of());
    assertThatThrownBy(() -> ScopeCues.compile(next))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEXT");
    assertThat(ScopeCues.compile(new LexiconFile.ScopeWords(null, Map.of(),
        List.of(new LexiconFile.ScopeGroup(Scope.PART, null, List.of("including"))), List.of(),
        List.of(), List.of())).hasParts()).isTrue();
  }
}
