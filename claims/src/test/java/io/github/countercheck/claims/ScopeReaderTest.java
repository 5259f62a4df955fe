package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.countercheck.core.Document;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which incident a claim counts: one row a sentence written for the rule (in the style of news,
 * not copied from the corpus), with the scope of each of its claims in text order and the cue
 * that decided the first one not of the incident. Articles are dated 15 March 2013, so 2011 is a
 * past year and 2013 the article's own.
 */
final class ScopeReaderTest {

  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2013, 3, 15);

  private static List<Claim> extract(String text) {
    return EXTRACTOR.extract(Document.builder("t.txt", text).published(PUBLISHED).build());
  }

  private static String scopes(String text) {
    return extract(text).stream().map(c -> c.scope().name()).collect(Collectors.joining(" "));
  }

  private static String firstCue(String text) {
    return extract(text).stream().filter(c -> c.scope() != Scope.INCIDENT)
        .map(Claim::scopeCue).findFirst().orElse("");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل أكثر من 100 ألف شخص منذ اندلاع الأزمة في سوريا                  | CUMULATIVE | منذ اندلاع الأزمة
      منذ بدء الانتفاضة، قتل 70 ألف شخص                                  | CUMULATIVE | منذ بدء الانتفاضة
      اعتقلت الشرطة 300 شخص منذ عام 2011                                   | CUMULATIVE | منذ عام 2011
      لقي 40 شخصا مصرعهم في حوادث الطرق منذ مطلع العام                      | CUMULATIVE | منذ مطلع العام
      وصل عدد اللاجئين إلى 500 ألف منذ بداية الشهر                          | CUMULATIVE | منذ بداية الشهر
      قتل 60 جنديا خلال العام الماضي في هجمات متفرقة                        | CUMULATIVE | خلال العام الماضي
      اعتقلت السلطات 834 متهما خلال الأشهر الأربعة الماضية                  | CUMULATIVE | خلال الأشهر الأربعة الماضية
      ولقي 25 ألف شخص حتفهم منذ الإطاحة بالرئيس                             | CUMULATIVE | منذ الإطاحة
      فر 400 ألف سوري منذ اندلاع الأزمة منتصف مارس 2011                     | CUMULATIVE | منذ اندلاع الأزمة منتصف مارس 2011
      قتل 3 أشخاص في هجوم مماثل الشهر الماضي                               | BACKGROUND | هجوم مماثل
      وفي هجوم مماثل الشهر الماضي، قتل 5 جنود                               | BACKGROUND | الشهر الماضي
      وكان تفجير العام الماضي قد أسفر عن مقتل 20 شخصا                       | BACKGROUND | العام الماضي
      وفي عام 2011 قتل 800 متظاهر في أنحاء البلاد                           | BACKGROUND | وفي عام 2011
      وهو الهجوم الأعنف منذ تفجير عام 2005 الذي أسفر عن مقتل 50 شخصا        | BACKGROUND | الأعنف منذ تفجير عام 2005
      قتل 12 شخصا في الهجوم الأعنف منذ عام 1998                             | INCIDENT   |
      قتل 12 شخصا أمس في هجوم على مركز للشرطة                               | INCIDENT   |
      أصيب 10 أشخاص حتى الآن في اشتباكات اليوم                              | INCIDENT   |
      ارتفع عدد المصابين منذ أمس إلى 250 مصابا                              | INCIDENT   |
      قتل 15 متظاهرا منذ اندلاع الاحتجاجات صباح اليوم                       | INCIDENT   |
      قتل 4 أشخاص في 3 مارس من العام الجاري                                 | INCIDENT   |
      قتل 4 أشخاص في مارس 2013                                              | INCIDENT   |
      قتل 9 أشخاص في الهجوم، وكانت الأزمة قد اندلعت العام الماضي            | INCIDENT   |
      اعتقلت الشرطة 7 بينهم رجل يعتقد أنه دبر الهجوم الذي أدى إلى مقتل 89 شخصا الشهر الماضي | INCIDENT PART BACKGROUND | بينهم
      قتل 6 أشخاص، بينما ارتفعت حصيلة القتلى منذ بداية العام إلى 300        | INCIDENT CUMULATIVE | منذ بداية العام
      More than 70,000 people have been killed since the uprising began     | CUMULATIVE | since the uprising
      Since the start of the year, 300 people have been killed               | CUMULATIVE | Since the start of the year
      At least 90 soldiers have died so far this year                        | CUMULATIVE | so far this year
      Police have arrested 400 people over the past six months               | CUMULATIVE | over the past six months
      Three people were killed in a similar attack last month                | BACKGROUND | a similar attack
      In 2011, 45 people were killed in the same district                    | BACKGROUND | In 2011
      It was the deadliest since 1998, when bombs killed 224 people          | BACKGROUND | the deadliest since
      The blast killed 12 people, the deadliest attack since 1998            | INCIDENT   |
      Twelve people were killed on Tuesday in Kabul                          | INCIDENT   |
      The toll rose to 25 since Tuesday's clashes began                      | INCIDENT   |
      Rescuers pulled 66 bodies from the worst mining accident this year     | INCIDENT   |
      """)
  void readsTheScopeOfEachClaim(String sentence, String expected, String cue) {
    assertThat(scopes(sentence)).isEqualTo(expected);
    assertThat(firstCue(sentence)).isEqualTo(cue == null ? "" : cue);
  }

  @Test
  void aYearIsPastOnlyBeforeThePublicationYear() {
    String text = "قتل 40 شخصا في عام 2012";
    Document dated2013 = Document.builder("t.txt", text).published(PUBLISHED).build();
    Document dated2012 = Document.builder("t.txt", text).published(LocalDate.of(2012, 5, 1))
        .build();
    assertThat(EXTRACTOR.extract(dated2013).get(0).scope()).isEqualTo(Scope.BACKGROUND);
    assertThat(EXTRACTOR.extract(dated2012).get(0).scope()).isEqualTo(Scope.INCIDENT);
  }

  @Test
  void anUndatedArticleTakesTheLatestYearItNamesForItsOwn() {
    Document mentions2013 = Document.of("t.txt",
        "قتل 40 شخصا في عام 2012. وتشير أرقام موازنة 2013 إلى زيادة الإنفاق.");
    Document only2012 = Document.of("t.txt", "قتل 40 شخصا في عام 2012.");
    assertThat(EXTRACTOR.extract(mentions2013).get(0).scope()).isEqualTo(Scope.BACKGROUND);
    assertThat(EXTRACTOR.extract(only2012).get(0).scope()).isEqualTo(Scope.INCIDENT);
  }

  @Test
  void aSentenceWithNoCueWordKeepsEveryClaimOfTheIncident() {
    List<Claim> claims = extract("قتل 12 شرطيا وأصيب 30 آخرون في ألماتي");
    assertThat(claims).hasSize(2).allSatisfy(c -> {
      assertThat(c.scope()).isEqualTo(Scope.INCIDENT);
      assertThat(c.scopeCue()).isNull();
    });
  }

  @Test
  void scopeChangesNothingElseOfTheClaim() {
    String text = "قتل أكثر من 100 ألف شخص منذ اندلاع الأزمة";
    Claim scoped = extract(text).get(0);
    Claim plain = extract("قتل أكثر من 100 ألف شخص").get(0);
    assertThat(scoped.withScope(Scope.INCIDENT, null)).isEqualTo(plain);
  }

  @Test
  void randomTextWithCueWordsNeitherFailsNorHangs() {
    String[] words = {"منذ", "اندلاع", "الأزمة", "عام", "2011", "الماضي", "قتل", "12", "شخصا",
        "،", "الذي", "الأعنف", "خلال", "الأشهر", "since", "the", "deadliest", "killed", "in",
        "1998", ",", "when", "last", "month", "/", "هجوم", "مماثل", "."};
    Random random = new Random(14);
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        sb.append(words[random.nextInt(words.length)]).append(' ');
      }
      for (Claim c : extract(sb.toString())) {
        assertThat(c.scope() == Scope.INCIDENT).isEqualTo(c.scopeCue() == null);
      }
    }
  }

  @Test
  void aLexiconWithoutAScopeSectionGivesEveryClaimTheIncident() throws java.io.IOException {
    ObjectNode json;
    try (var in = Lexicon.class.getResourceAsStream("lexicon/ar.json")) {
      json = (ObjectNode) new ObjectMapper().readTree(in);
    }
    assertThat(json.remove("scope")).isNotNull();
    Lexicon bare = Lexicon.load(new ByteArrayInputStream(
        json.toString().getBytes(StandardCharsets.UTF_8)), "bare.json");
    ClaimExtractor extractor = ClaimExtractor.builder().lexicon(bare).build();
    List<Claim> claims = extractor.extract(
        Document.of("t.txt", "قتل 12 شخصا منذ اندلاع الأزمة"));
    assertThat(claims).isNotEmpty().extracting(Claim::scope).containsOnly(Scope.INCIDENT);
  }

  @Test
  void aPhraseNamingAnUnknownClassIsRefusedWithItsField() {
    String json = "{\"language\": \"en\", \"scope\": {\"cues\": [{\"scope\": \"CUMULATIVE\","
        + " \"phrases\": [\"since {onsett}\"]}]}}";
    assertThatThrownBy(() -> Lexicon.load(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.json")
        .hasMessageContaining("scope.cues[0].phrases[0]")
        .hasMessageContaining("{onsett}");
  }
}
