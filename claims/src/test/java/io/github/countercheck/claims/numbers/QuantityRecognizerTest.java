package io.github.countercheck.claims.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.QuantityKind;
import io.github.countercheck.core.TextNormalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class QuantityRecognizerTest {
  private static final QuantityRecognizer QUANTITIES = QuantityRecognizer.create();

  private static List<QuantityMention> find(String text) {
    return QUANTITIES.find(TextNormalizer.normalize(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      أصيب أكثر من 1000 شخص              | أكثر من 1000          | MORE_THAN   | 1000 | 1001   | -
      قتل نحو 12شرطياً                    | نحو 12                | APPROXIMATE | 12   | 10     | 14
      قتل حوالي 300 شخص                   | حوالي 300             | APPROXIMATE | 300  | 270    | 330
      قتل زهاء 50 شخصا                    | زهاء 50               | APPROXIMATE | 50   | 45     | 55
      قتل ما يقارب 100 شخص                | ما يقارب 100          | APPROXIMATE | 100  | 90     | 110
      قتل 100 شخص تقريبا                  | 100 شخص تقريبا        | APPROXIMATE | 100  | 90     | 110
      ارتفع العدد بنحو 30 قتيلا            | نحو 30                | APPROXIMATE | 30   | 27     | 33
      قتل ما يزيد عن 40                   | ما يزيد عن 40         | MORE_THAN   | 40   | 41     | -
      قتل ما يزيد على 40                  | ما يزيد على 40        | MORE_THAN   | 40   | 41     | -
      عدد القتلى يتجاوز 40                 | يتجاوز 40             | MORE_THAN   | 40   | 41     | -
      أعداد المصابين تجاوزت الـ400         | تجاوزت الـ400         | MORE_THAN   | 400  | 401    | -
      عدد النازحين يتخطى 3 ملايين          | يتخطى 3 ملايين        | MORE_THAN   | 3000000 | 3000001 | -
      أعداد المصابين لم تتجاوز الـ800 حالة | لم تتجاوز الـ800      | AT_MOST     | 800  | 0      | 800
      عدد المطلوبين لا يتجاوز 16 شخصا      | لا يتجاوز 16          | AT_MOST     | 16   | 0      | 16
      أعداد المصابين بلغت الـ400           | 400                   | EXACT       | 400  | 400    | 400
      وأكثر من 20 جريحا                   | أكثر من 20            | MORE_THAN   | 20   | 21     | -
      أصيب أكثر من مئتي شخص               | أكثر من مئتي          | MORE_THAN   | 200  | 201    | -
      قتل ما لا يقل عن 22 شخصا            | ما لا يقل عن 22       | AT_LEAST    | 22   | 22     | -
      قتل 50 شخصا على الأقل               | 50 شخصا على الأقل     | AT_LEAST    | 50   | 50     | -
      قتل 50 على الأقل                    | 50 على الأقل          | AT_LEAST    | 50   | 50     | -
      تخطط لخفض ما يصل إلى 700 عامل        | ما يصل إلى 700        | AT_MOST     | 700  | 0      | 700
      قتل أقل من 10 أشخاص                 | أقل من 10             | LESS_THAN   | 10   | 0      | 9
      قتل مالايقل عن 15 من القوات النظامية | مالايقل عن 15        | AT_LEAST    | 15   | 15     | -
      وقتل مايزيد عن 40 شخصا               | مايزيد عن 40          | MORE_THAN   | 40   | 41     | -
      وقالت برلين إن ما يصل إلى 180 جنديا سينضمون | ما يصل إلى 180 | AT_MOST     | 180  | 0      | 180
      أن عدد المتوفين بلغ حتى الآن 14 حالة | 14                    | EXACT       | 14   | 14     | 14
      الأولى من 180 جنديًا كحد اقصى يشاركون | 180 جنديًا كحد اقصى | AT_MOST    | 180  | 0      | 180
      يسمح بنشر بحد أقصى 500 جندي          | بحد أقصى 500          | AT_MOST     | 500  | 0      | 500
      وصل عدد القتلى إلى 210 قتلى          | 210                   | EXACT       | 210  | 210    | 210
      لقي تسعةأشخاص مصرعهم                 | تسعة                  | EXACT       | 9    | 9      | 9
      ما بين 20 و30 قتيلا                  | ما بين 20 و30         | RANGE       | -    | 20     | 30
      بين 20 و 30 قتيلا                    | بين 20 و 30           | RANGE       | -    | 20     | 30
      من 20 إلى 30 قتيلا                   | من 20 إلى 30          | RANGE       | -    | 20     | 30
      قتل 20 - 30 شخصا                    | 20 - 30               | RANGE       | -    | 20     | 30
      قتل بين عشرة وعشرين شخصا            | بين عشرة وعشرين       | RANGE       | -    | 10     | 20
      فان الحصيلة قد تكون بين 1963 و3293 قتيلا | بين 1963 و3293   | RANGE       | -    | 1963   | 3293
      الى سقوط ثلاثة او اربعة جرحى          | ثلاثة او اربعة        | RANGE       | -    | 3      | 4
      أصيب 20 أو 30 شخصا                  | 20 أو 30              | RANGE       | -    | 20     | 30
      three or four people were hurt       | three or four         | RANGE       | -    | 3      | 4
      قتل العشرات من قوات الأمن           | العشرات               | VAGUE       | -    | 20     | 99
      قتل 12 شرطيا                         | 12                    | EXACT       | 12   | 12     | 12
      more than 1,000 people were hurt     | more than 1,000       | MORE_THAN   | 1000 | 1001   | -
      about 300 people                     | about 300             | APPROXIMATE | 300  | 270    | 330
      500-odd army jawans                  | 500-odd               | APPROXIMATE | 500  | 450    | 550
      close to 1,200 people                | close to 1,200        | APPROXIMATE | 1200 | 1080   | 1320
      closer to 40 people were hurt        | closer to 40          | APPROXIMATE | 40   | 36     | 44
      5,000 odd kar sevaks                 | 5,000 odd             | APPROXIMATE | 5000 | 4500   | 5500
      at least 12 police                   | at least 12           | AT_LEAST    | 12   | 12     | -
      up to 5,000 troops                   | up to 5,000           | AT_MOST     | 5000 | 0      | 5000
      not more than 100 kar sevaks         | not more than 100     | AT_MOST     | 100  | 0      | 100
      not less than 20,000 kar sevaks      | not less than 20,000  | AT_LEAST    | 20000 | 20000 | -
      up to one lakh kar sevaks            | up to one lakh        | AT_MOST     | 100000 | 0    | 100000
      lakhs of karsevaks                   | lakhs                 | VAGUE       | -    | 200000 | 999999
      fewer than 10 people                 | fewer than 10         | LESS_THAN   | 10   | 0      | 9
      100 or more people                   | 100 or more           | AT_LEAST    | 100  | 100    | -
      between 20 and 30 people             | between 20 and 30     | RANGE       | -    | 20     | 30
      20 to 30 people                      | 20 to 30              | RANGE       | -    | 20     | 30
      between two and three million people | between two and three million | RANGE | - | 2000000 | 3000000
      3 to 4 lakh people                   | 3 to 4 lakh           | RANGE       | -    | 300000 | 400000
      a 10-15,000 strong crowd             | 10-15,000             | RANGE       | -    | 10000  | 15000
      500 to 3,000 people                  | 500 to 3,000          | RANGE       | -    | 500    | 3000
      1998-2,000 people                    | 1998-2,000            | RANGE       | -    | 1998   | 2000
      killing from 20 to 30 people         | from 20 to 30         | RANGE       | -    | 20     | 30
      the toll, from 20 to 30, is unclear  | from 20 to 30         | RANGE       | -    | 20     | 30
      ارتفع عدد القتلى من 58 إلى 62        | من 58 إلى 62          | EXACT       | 62   | 62     | 62
      ليرتفع عدد الضحايا من 10 إلى 14      | من 10 إلى 14          | EXACT       | 14   | 14     | 14
      ارتفعت حصيلة القتلى في الانفجار من 3 إلى 7 | من 3 إلى 7      | EXACT       | 7    | 7      | 7
      زاد عدد المصابين من عشرة إلى عشرين    | من عشرة إلى عشرين     | EXACT       | 20   | 20     | 20
      وارتفعت الحصيلة من 5 إلى 9            | من 5 إلى 9            | EXACT       | 9    | 9      | 9
      ارتفعت من 40 إلى 45 حالة             | من 40 إلى 45          | EXACT       | 45   | 45     | 45
      أصيب عدد من 20 إلى 30 شخصا           | من 20 إلى 30          | RANGE       | -    | 20     | 30
      ارتفع التوتر وقتل من 50 إلى 60 شخصا   | من 50 إلى 60          | RANGE       | -    | 50     | 60
      بلغ عدد القتلى من 20 إلى 30          | من 20 إلى 30          | RANGE       | -    | 20     | 30
      dozens of people                     | dozens                | VAGUE       | -    | 20     | 99
      several dozen people                 | several dozen         | VAGUE       | -    | 20     | 99
      """)
  void readsTheBoundWordsAroundACount(String text, String phrase, QuantityKind kind, Long value, long low, Long high) {
    List<QuantityMention> found = find(text);
    assertThat(found).as(text).hasSize(1);
    QuantityMention q = found.get(0);
    assertThat(q.text()).isEqualTo(phrase);
    assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(phrase);
    assertThat(q.quantity()).isEqualTo(new Quantity(kind, value, low, high));
  }

  /**
   * (en28mine) An English count that moved ("had risen from 58 to 62") gives both its figures, each
   * a count of its own, as devset8 annotates a toll update; Arabic keeps the later one (above).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the toll had risen from 58 to 62     | 58 | 62
      the figure has gone up from 30 to 34 | 30 | 34
      arrests climbed from nine to twelve  | 9  | 12
      an increase from 200 to 350 people   | 200 | 350
      """)
  void readsBothFiguresOfAnEnglishCountThatMoved(String text, long before, long after) {
    assertThat(find(text)).extracting(q -> q.quantity())
        .containsExactly(Quantity.exact(before), Quantity.exact(after));
  }

  @Test
  void joinsOnlyNeighbouringCountsWithOr() {
    assertThat(find("قتل 5 أو 12 شخصا")).extracting(q -> q.quantity().kind())
        .containsExactly(QuantityKind.EXACT, QuantityKind.EXACT);
    assertThat(find("فازوا 2 أو 1")).extracting(q -> q.quantity().kind())
        .containsExactly(QuantityKind.EXACT, QuantityKind.EXACT);
    assertThat(QuantityRecognizer.neighbours(200, 300)).isTrue();
    assertThat(QuantityRecognizer.neighbours(250, 350)).isFalse();
    assertThat(QuantityRecognizer.neighbours(0, 1)).isFalse();
  }

  @Test
  void readsNoRangeThatRunsDownward() {
    assertThat(find("تراجع العدد من 800 إلى 150 شخصا")).extracting(q -> q.quantity().kind())
        .containsExactly(QuantityKind.EXACT, QuantityKind.EXACT);
    assertThat(find("fell from 40 to 12 people")).extracting(q -> q.quantity().kind())
        .containsExactly(QuantityKind.EXACT, QuantityKind.EXACT);
    assertThat(find("من 150 إلى 800 شخص")).extracting(q -> q.quantity().kind())
        .containsExactly(QuantityKind.RANGE);
  }

  @Test
  void givesNoQuantityForWhatIsNotAWholeCount() {
    assertThat(find("ارتفعت بنسبة 2.5 بالمئة")).isEmpty();
    assertThat(find("تأسست عام 1992")).isEmpty();
    assertThat(find("درجة الحرارة -5")).isEmpty();
    assertThat(find("شربت نصف العصير")).isEmpty();
    assertThat(find("قتل " + "9".repeat(20))).isEmpty();
    assertThat(find("فاز الفريق 2-1")).extracting(q -> q.quantity().kind()).containsOnly(QuantityKind.EXACT);
  }

  @Test
  void makesAWholeCountOfADecimalWithAScaleWord() {
    QuantityMention q = find("نزح 1.5 مليون شخص").get(0);
    assertThat(q.quantity()).isEqualTo(Quantity.exact(1_500_000));
  }

  @Test
  void findsNothingInEmptyOrRandomText() {
    assertThat(find("")).isEmpty();
    Random random = new Random(7);
    char[] alphabet = "0123456789 -وبينمنإلىأكثرنحوعلىالأقل,.".toCharArray();
    for (int round = 0; round < 200; round++) {
      char[] c = new char[random.nextInt(120)];
      for (int i = 0; i < c.length; i++) {
        c[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(c);
      for (QuantityMention q : find(text)) {
        assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(q.text());
        assertThat(q.quantity().low()).isGreaterThanOrEqualTo(0);
      }
    }
  }

  /** A scanner's buffers, read in place, give what a normalized text of the same words gives. */
  @Test
  void readsAScannersBuffersAsItReadsANormalizedText() throws java.io.IOException {
    io.github.countercheck.core.internal.TextScanner scanner = new io.github.countercheck.core.internal.TextScanner();
    List<String> texts = new java.util.ArrayList<>();
    try (var seeds = java.nio.file.Files.list(java.nio.file.Path.of("..", "seeds"))) {
      for (var p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(java.nio.file.Files.readString(p));
      }
    }
    texts.add("أصيب أكثر من 1000 شخص، ونحو 12 شرطيا\nبين 20 و30 جريحا");
    Random random = new Random(5);
    String pieces = "ثلاثة|عشرات|آلاف|ألف|نحو|أكثر من|بين|و|12|1,000|٣|شخصا|\n| |.|تسعةأشخاص|أَلْف";
    String[] parts = pieces.split("\\|");
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(15); k >= 0; k--) {
        sb.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
      }
      texts.add(sb.toString());
    }
    int found = 0;
    for (String text : texts) {
      List<QuantityMention> expected = QUANTITIES.find(TextNormalizer.normalize(text));
      assertThat(QUANTITIES.findIn(scanner.scan(text))).as(text).isEqualTo(expected);
      found += expected.size();
    }
    assertThat(found).isGreaterThan(100);
  }
}
