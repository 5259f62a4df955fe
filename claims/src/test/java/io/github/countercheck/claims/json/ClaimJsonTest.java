package io.github.countercheck.claims.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ClaimJsonTest {

  private static final Claim POLICE = new Claim("001_d0d72f44a2b0ae03.txt", Span.of(412, 424),
      "قتل 12 شرطيا", Quantity.exact(12), Event.KILLED, Subject.POLICE,
      "التلفزيون الرسمي الكازاخي", "ألمآتا", null, Language.AR, Modality.ASSERTED);

  @Test
  void writesTheContractFieldsInAFixedOrder() {
    assertThat(ClaimJson.write(POLICE)).isEqualTo(
        "{\"document\":\"001_d0d72f44a2b0ae03.txt\",\"span\":{\"start\":412,\"end\":424},"
            + "\"text\":\"قتل 12 شرطيا\","
            + "\"quantity\":{\"kind\":\"EXACT\",\"value\":12,\"low\":12,\"high\":12},"
            + "\"event\":\"KILLED\",\"subject\":\"POLICE\","
            + "\"attribution\":\"التلفزيون الرسمي الكازاخي\",\"location\":\"ألمآتا\","
            + "\"language\":\"ar\"}");
  }

  @Test
  void writesNullValueAndHighAndANonAssertedModality() {
    Claim c = new Claim("003.txt", Span.of(0, 21), "أن ترسل أكثر من 200 جندي".substring(0, 21),
        Quantity.moreThan(200), Event.DEPLOYED, Subject.SOLDIER, null, null, null, Language.AR,
        Modality.EXPECTED);
    String json = ClaimJson.write(c);
    assertThat(json).contains("\"high\":null").contains("\"modality\":\"EXPECTED\"")
        .doesNotContain("attribution").doesNotContain("location");
    Claim vague = new Claim("000.txt", Span.of(5, 12), "العشرات", Quantity.vague(20, 99),
        Event.KILLED, Subject.SECURITY_FORCES, null, null, null, Language.AR, Modality.ASSERTED);
    assertThat(ClaimJson.write(vague)).contains("\"value\":null,\"low\":20,\"high\":99")
        .doesNotContain("modality");
  }

  @Test
  void readsBackWhatItWrote() {
    assertThat(ClaimJson.readClaim(ClaimJson.write(POLICE))).isEqualTo(POLICE);
  }

  @Test
  void roundTripsRandomClaimsByteForByte() {
    Random random = new Random(42);
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      claims.add(randomClaim(random));
    }
    StringWriter first = new StringWriter();
    ClaimJson.writeJsonLines(claims, first);
    List<Claim> back = ClaimJson.readJsonLines(new StringReader(first.toString()));
    assertThat(back).isEqualTo(claims);
    StringWriter second = new StringWriter();
    ClaimJson.writeJsonLines(back, second);
    assertThat(second.toString()).isEqualTo(first.toString());
  }

  @Test
  void ignoresUnknownFieldsAndBlankLines() {
    String line = ClaimJson.write(POLICE).replace("{\"document\"", "{\"score\":0.9,\"document\"");
    List<Claim> claims = ClaimJson.readJsonLines(new StringReader("\n" + line + "\n\n"));
    assertThat(claims).containsExactly(POLICE);
  }

  @Test
  void readsNothingFromEmptyInput() {
    assertThat(ClaimJson.readJsonLines(new StringReader(""))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "\"kind\":\"EXACT\"|\"kind\":\"EXACTLY\"|field 'quantity.kind': 'EXACTLY' is not one of",
    "\"subject\":\"POLICE\"|\"subject\":7|field 'subject': 7 is not a string",
    "\"text\":\"قتل 12 شرطيا\"|\"text\":\"قتل 12\"|field 'text': 'قتل 12' has length 6",
    "\"low\":12|\"low\":-1|field 'quantity.low': -1 is not a whole number",
    "\"low\":12|\"low\":13|field 'quantity': high 12 is below low 13",
    "\"language\":\"ar\"|\"language\":\"fr\"|field 'language': unknown language code",
    "\"end\":424|\"end\":400|field 'span': end 400 is before start 412",
  })
  void namesTheLineAndFieldOfABadClaim(String good, String bad, String message) {
    String line = ClaimJson.write(POLICE);
    assertThat(line).contains(good);
    String input = line + "\n" + line.replace(good, bad) + "\n";
    assertThatThrownBy(() -> ClaimJson.readJsonLines(new StringReader(input)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2: " + message);
  }

  @Test
  void writesScopeAndItsCueOnlyWhenNotOfTheIncident() {
    assertThat(ClaimJson.write(POLICE)).doesNotContain("scope");
    Claim cumulative = POLICE.withScope(Scope.CUMULATIVE, "منذ اندلاع الأزمة");
    assertThat(ClaimJson.write(cumulative)).endsWith(
        "\"language\":\"ar\",\"scope\":\"CUMULATIVE\",\"scopeCue\":\"منذ اندلاع الأزمة\"}");
    assertThat(ClaimJson.readClaim(ClaimJson.write(cumulative))).isEqualTo(cumulative);
    Claim background = POLICE.withScope(Scope.BACKGROUND, null);
    assertThat(ClaimJson.write(background)).endsWith("\"scope\":\"BACKGROUND\"}");
    assertThat(ClaimJson.readClaim(ClaimJson.write(background))).isEqualTo(background);
    Claim part = POLICE.withScope(Scope.PART, "بينهم");
    assertThat(ClaimJson.write(part)).endsWith(
        "\"language\":\"ar\",\"scope\":\"PART\",\"scopeCue\":\"بينهم\"}");
    assertThat(ClaimJson.readClaim(ClaimJson.write(part))).isEqualTo(part);
  }

  @Test
  void readsAnAbsentScopeAsTheIncidentAndDropsTheCueOfAnIncident() {
    String line = ClaimJson.write(POLICE);
    assertThat(ClaimJson.readClaim(line).scope()).isEqualTo(Scope.INCIDENT);
    String incidentWithCue = line.replace("\"language\":\"ar\"}",
        "\"language\":\"ar\",\"scope\":\"INCIDENT\",\"scopeCue\":\"أمس\"}");
    assertThat(incidentWithCue).isNotEqualTo(line);
    assertThat(ClaimJson.readClaim(incidentWithCue)).isEqualTo(POLICE);
  }

  @Test
  void namesTheLineAndFieldOfAnUnknownScope() {
    String good = ClaimJson.write(POLICE.withScope(Scope.CUMULATIVE, "since 2011"));
    String input = good + "\n" + good.replace("CUMULATIVE", "TOTAL") + "\n";
    assertThatThrownBy(() -> ClaimJson.readJsonLines(new StringReader(input)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2: field 'scope': 'TOTAL' is not one of");
    String notText = good.replace("\"since 2011\"", "2011");
    assertThatThrownBy(() -> ClaimJson.readClaim(notText))
        .hasMessageStartingWith("field 'scopeCue'");
  }

  @Test
  void requiresTheText() {
    String line = ClaimJson.write(POLICE).replace("\"text\":\"قتل 12 شرطيا\",", "");
    assertThatThrownBy(() -> ClaimJson.readClaim(line))
        .hasMessage("field 'text': missing");
  }

  @Test
  void refusesJunk() {
    assertThatThrownBy(() -> ClaimJson.readJsonLines(new StringReader("{\"document\":")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 1: not valid JSON");
    assertThatThrownBy(() -> ClaimJson.readClaim("[1,2]"))
        .hasMessage("a claim must be a JSON object");
  }

  @Test
  void randomJunkGivesAClearErrorNeverACrash() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      char[] cs = new char[random.nextInt(40)];
      for (int j = 0; j < cs.length; j++) {
        cs[j] = "{}[]\":,0123456789abc\u0642\uD800 ".charAt(random.nextInt(22));
      }
      String s = new String(cs);
      try {
        ClaimJson.readClaim(s);
      } catch (IllegalArgumentException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  void refusesASecondObjectOnALine() {
    String line = ClaimJson.write(POLICE);
    String input = line + "\n" + line + line.replace("412", "500").replace("424", "512") + "\n";
    assertThatThrownBy(() -> ClaimJson.readJsonLines(new StringReader(input)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2: more than one JSON value");
    assertThatThrownBy(() -> ClaimJson.readClaim(line + " 7"))
        .hasMessageContaining("more than one JSON value");
    // trailing spaces are no second value
    assertThat(ClaimJson.readClaim(line + "  ")).isEqualTo(POLICE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // kind | value | low | high | field named
    "EXACT|999|12|12|quantity.low",
    "EXACT|12|12|13|quantity.high",
    "EXACT|12|12|null|quantity.high",
    "APPROXIMATE|100|50|110|quantity.low",
    "APPROXIMATE|100|90|200|quantity.high",
    "AT_LEAST|100|101|null|quantity.low",
    "AT_LEAST|100|100|500|quantity.high",
    "MORE_THAN|100|100|null|quantity.low",
    "MORE_THAN|100|101|101|quantity.high",
    "AT_MOST|100|1|100|quantity.low",
    "AT_MOST|100|0|99|quantity.high",
    "LESS_THAN|100|0|100|quantity.high",
    "LESS_THAN|100|5|99|quantity.low",
    "RANGE|25|20|30|quantity.value",
    "RANGE|null|20|null|quantity.high",
    "VAGUE|50|20|99|quantity.value",
    "VAGUE|null|20|null|quantity.high",
  })
  void refusesBoundsThatDisagreeWithTheKindAndValue(String kind, String value, String low,
      String high, String field) {
    String line = ClaimJson.write(POLICE).replace(
        "\"quantity\":{\"kind\":\"EXACT\",\"value\":12,\"low\":12,\"high\":12}",
        "\"quantity\":{\"kind\":\"" + kind + "\",\"value\":" + value + ",\"low\":" + low
            + ",\"high\":" + high + "}");
    assertThat(line).contains(kind);
    assertThatThrownBy(() -> ClaimJson.readJsonLines(new StringReader(line + "\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 1: field '" + field + "'");
  }

  @Test
  void acceptsTheBoundsOfEveryKind() {
    for (Quantity q : List.of(Quantity.exact(999), Quantity.approximate(100),
        Quantity.approximate(Quantity.MAX_COUNT), Quantity.atLeast(5), Quantity.moreThan(5),
        Quantity.moreThan(Quantity.MAX_COUNT), Quantity.atMost(5), Quantity.lessThan(0),
        Quantity.lessThan(5), Quantity.range(3, 9), Quantity.vague(20, 99))) {
      Claim c = new Claim("a.txt", Span.of(0, 3), "abc", q, Event.KILLED, Subject.PERSON, null,
          null, null, Language.EN, Modality.ASSERTED);
      assertThat(ClaimJson.readClaim(ClaimJson.write(c))).isEqualTo(c);
    }
  }

  @Test
  void refusesABlankDocumentId() {
    String line = ClaimJson.write(POLICE).replace("001_d0d72f44a2b0ae03.txt", "  ");
    assertThatThrownBy(() -> ClaimJson.readJsonLines(new StringReader(line)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 1: field 'document': is blank");
  }

  static Claim randomClaim(Random r) {
    Quantity q = switch (r.nextInt(5)) {
      case 0 -> Quantity.exact(r.nextInt(5000));
      case 1 -> Quantity.approximate(r.nextInt(5000));
      case 2 -> Quantity.moreThan(r.nextInt(5000));
      case 3 -> Quantity.vague(20, 99);
      default -> Quantity.range(r.nextInt(100), r.nextInt(100));
    };
    String text = "نص \"مقتبس\" \\ " + r.nextInt(1000);
    int start = r.nextInt(10_000);
    return new Claim("doc" + r.nextInt(5) + ".txt", Span.of(start, start + text.length()), text, q,
        Event.values()[r.nextInt(Event.values().length)],
        Subject.values()[r.nextInt(Subject.values().length)],
        r.nextBoolean() ? "وزارة الداخلية" : null, r.nextBoolean() ? "Almaty" : null,
        r.nextBoolean() ? "الخميس" : null, r.nextBoolean() ? Language.AR : Language.EN,
        Modality.values()[r.nextInt(3)]);
  }
}
