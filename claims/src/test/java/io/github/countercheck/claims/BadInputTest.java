package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.internal.NumbersAccess;
import io.github.countercheck.claims.json.ClaimJson;
import io.github.countercheck.claims.numbers.NumeralMention;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.claims.numbers.QuantityMention;
import io.github.countercheck.claims.numbers.QuantityRecognizer;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.FuzzText;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.TextNormalizer;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the API does with a caller's mistakes and with text nobody should have to read: nulls are
 * refused naming the parameter; empty, broken and absurd text gives no claim, never an exception.
 */
final class BadInputTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();
  private static final NumeralRecognizer NUMERALS = NumeralRecognizer.create();
  private static final QuantityRecognizer QUANTITIES = QuantityRecognizer.create();
  private static final String CLAIM = "قتل 12 شرطيا في ألماتي";

  private static List<Claim> extract(String text) {
    List<Claim> claims = EXTRACTOR.extract(Document.of("t.txt", text));
    for (Claim c : claims) {
      assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(c.text()).isEqualTo(text.substring(c.span().start(), c.span().end()));
    }
    return claims;
  }

  static Stream<Arguments> nullArguments() {
    NormalizedText nt = TextNormalizer.normalize(CLAIM);
    return Stream.of(
        Arguments.of("Document.of id", (ThrowingCallable) () -> Document.of(null, "x"), "id"),
        Arguments.of("Document.of text", (ThrowingCallable) () -> Document.of("a", null), "text"),
        Arguments.of("Document.builder id",
            (ThrowingCallable) () -> Document.builder(null, "x"), "id"),
        Arguments.of("Document.builder text",
            (ThrowingCallable) () -> Document.builder("a", null), "text"),
        Arguments.of("Document.fromFile", (ThrowingCallable) () -> Document.fromFile(null), "file"),
        Arguments.of("ClaimExtractor.extract",
            (ThrowingCallable) () -> EXTRACTOR.extract(null), "document"),
        Arguments.of("NumeralRecognizer.find(String)",
            (ThrowingCallable) () -> NUMERALS.find((String) null), "text"),
        Arguments.of("NumeralRecognizer.find(NormalizedText)",
            (ThrowingCallable) () -> NUMERALS.find((NormalizedText) null), "text"),
        Arguments.of("NumeralRecognizer.parse",
            (ThrowingCallable) () -> NUMERALS.parse(null), "wholeText"),
        Arguments.of("QuantityRecognizer.find",
            (ThrowingCallable) () -> QUANTITIES.find(null), "text"),
        Arguments.of("QuantityRecognizer.find numerals",
            (ThrowingCallable) () -> QUANTITIES.find(nt, null), "numerals"),
        Arguments.of("NumbersAccess.findIn",
            (ThrowingCallable) () -> NumbersAccess.get().findIn(QUANTITIES, null), "scanner"),
        Arguments.of("TextScanner.scan",
            (ThrowingCallable) () -> new io.github.countercheck.core.internal.TextScanner().scan(null), "text"),
        Arguments.of("TextScanner splitter", (ThrowingCallable)
            () -> new io.github.countercheck.core.internal.TextScanner(null), "splitter"),
        Arguments.of("WordTable.of",
            (ThrowingCallable) () -> io.github.countercheck.core.internal.WordTable.of(null), "entries"),
        Arguments.of("Lexicon.load(Path)", (ThrowingCallable) () -> Lexicon.load((Path) null), "file"),
        Arguments.of("Lexicon.load(InputStream)",
            (ThrowingCallable) () -> Lexicon.load((InputStream) null, "x.json"), "in"),
        Arguments.of("ClaimJson.readClaim", (ThrowingCallable) () -> ClaimJson.readClaim(null), "json"),
        Arguments.of("TextNormalizer.normalize",
            (ThrowingCallable) () -> TextNormalizer.normalize(null), "text"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullArguments")
  void refusesNullNamingTheParameter(String entry, ThrowingCallable call, String parameter) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(parameter);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\t", "\u200F\u200E\u061C", "\uFEFF", ".", "،؛؟"})
  void givesNoClaimForEmptyText(String text) {
    assertThat(extract(text)).isEmpty();
    assertThat(NUMERALS.find(text)).isEmpty();
    assertThat(NUMERALS.parse(text)).isNull();
  }

  /** Bidi marks and invisible format characters are deleted by normalization: the claim stays. */
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"200F", "200E", "061C", "200B", "200C", "200D", "202B", "2066", "FEFF", "00AD"})
  void readsTheSameClaimWithAnInvisibleMarkAnywhere(String hex) {
    String mark = String.valueOf((char) Integer.parseInt(hex, 16));
    for (int i = 0; i <= CLAIM.length(); i++) {
      String text = CLAIM.substring(0, i) + mark + CLAIM.substring(i);
      List<Claim> claims = extract(text);
      assertThat(claims).as("mark at %d", i).hasSize(1);
      assertThat(claims.get(0).quantity()).isEqualTo(Quantity.exact(12));
      assertThat(claims.get(0).event()).isEqualTo(Event.KILLED);
    }
  }

  /**
   * Junk characters may break the word they land in (inside «12» they leave the numbers 1 and 2),
   * never the extractor: every claim still points at its original text.
   */
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"D800", "DC00", "FFFD", "FFFF", "0000", "001B", "0085", "007F", "2028"})
  void readsWithoutErrorWithAJunkCharacterAnywhere(String hex) {
    String junk = String.valueOf((char) Integer.parseInt(hex, 16));
    for (int i = 0; i <= CLAIM.length(); i++) {
      String text = CLAIM.substring(0, i) + junk + CLAIM.substring(i);
      assertThat(extract(text)).as("junk at %d", i).hasSizeLessThanOrEqualTo(2);
      NUMERALS.parse(text);
    }
    // between words, the claim survives
    assertThat(extract(junk + " " + CLAIM + " " + junk)).hasSize(1);
    assertThat(extract(junk.repeat(1000) + "\n" + CLAIM + "\n" + junk.repeat(1000))).hasSize(1);
  }

  @Test
  void readsMixedScriptsAroundClaims() {
    String text = "Привет 世界 🙂 " + CLAIM + ". — 12 police officers were killed, according to "
        + "state television. שלום 𝟙𝟚 ४२ ๑๒ \uD83D\uDE00 وأصيب 30 شخصا.";
    List<Claim> claims = extract(text);
    assertThat(claims).extracting(c -> c.quantity().low()).containsExactly(12L, 12L, 30L);
  }

  // -- numbers -------------------------------------------------------------------------------

  @Test
  void aTenThousandDigitRunIsNoNumberAndNoClaim() {
    String digits = "9".repeat(10_000);
    String text = "قتل " + digits + " شخصا";
    assertThat(NUMERALS.find(text)).isEmpty();
    assertThat(NUMERALS.parse(digits)).isNull();
    assertThat(extract(text)).isEmpty();
    assertThat(extract("قتل 1" + "0".repeat(9_999) + " شخصا")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "9223372036854775807", "9223372036854775808", "99999999999999999999",
    "999999999999999999999999999999", "18446744073709551616"})
  void aRunPastLongMaxValueKeepsItsExactValueAndGivesNoClaim(String digits) {
    assertThat(NUMERALS.parse(digits)).isEqualTo(new BigDecimal(digits));
    assertThat(extract("قتل " + digits + " شخصا")).isEmpty();
    assertThat(extract("killed " + digits + " people")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e400", "1E400", "1e5", "9e18", "1e400000"})
  void anExponentIsNotANumeral(String word) {
    String text = "قتل " + word + " شخصا";
    assertThat(NUMERALS.find(text)).isEmpty();
    assertThat(extract(text)).isEmpty();
  }

  @Test
  void aThousandRepeatedAThousandTimesIsTooLargeForAClaim() {
    String text = "قتل " + "ألف ".repeat(1000) + "شخص";
    List<NumeralMention> found = NUMERALS.find(text);
    assertThat(found).isNotEmpty();
    assertThat(found).allSatisfy(m -> assertThat(m.value()).isGreaterThan(
        BigDecimal.valueOf(Quantity.MAX_COUNT)));
    assertThat(QUANTITIES.find(TextNormalizer.normalize(text))).isEmpty();
    assertThat(extract(text)).isEmpty();
    assertThat(extract("قتل " + "مليون ".repeat(1000) + "شخص")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "ألف تريليون", "مليون مليار", "1,000,000,000,000,000", "1.000.000.000.000.000"})
  void theLargestCountIsTenToTheFifteenth(String figure) {
    List<Claim> claims = extract("قتل " + figure + " شخص");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).quantity()).isEqualTo(Quantity.exact(Quantity.MAX_COUNT));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "ألف ألف تريليون", "مليون مليون مليون", "مليار مليار", "1,000,000,000,000,001",
    "10,000,000,000,000,000", "أكثر من 1,000,000,000,000,001", "نحو ألفي تريليون"})
  void aCountAboveTheLargestGivesNoClaim(String figure) {
    String text = "قتل " + figure + " شخص";
    assertThat(QUANTITIES.find(TextNormalizer.normalize(text))).isEmpty();
    assertThat(extract(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {",,,", "،،،", "...", ",.,.", "٬٬٬", "٫٫٫", "-,-", "/,/"})
  void separatorsWithoutDigitsAreNoNumeral(String junk) {
    String text = "قتل " + junk + " شخصا";
    assertThat(NUMERALS.find(text)).isEmpty();
    assertThat(extract(text)).isEmpty();
  }

  @Test
  void aTrailingThousandsSeparatorIsLeftOut() {
    List<Claim> claims = extract("قتل ١٬٠٠٠٬ شخص");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).quantity()).isEqualTo(Quantity.exact(1000));
    assertThat(claims.get(0).text()).contains("١٬٠٠٠");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1.2.3.4", "192.168.1.2"})
  void aDottedIdentifierGivesNoClaim(String figure) {
    assertThat(extract("قتل " + figure + " شخصا")).isEmpty();
  }

  /** parse("1.2.3.4") gave 1, the identifier's first group, as the value of the whole text. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1.2.3.4", "192.168.1.2", "1.2.3", " 10.0.0.1 ", "-1.2.3", "10:30",
      "6/1/2022"})
  void aDottedIdentifierParsesToNothing(String figure) {
    assertThat(NUMERALS.find(figure)).hasSize(1);
    assertThat(NUMERALS.parse(figure)).isNull();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1.5         | 1.5
      1.000.000   | 1000000
      1,500       | 1500
      12,000,000  | 12000000
      ١٬٠٠٠       | 1000
      ٢،٥         | 2.5
      1992        | 1992
      """)
  void aNumberWithSeparatorsStillParses(String figure, BigDecimal value) {
    assertThat(NUMERALS.parse(figure)).isNotNull().isEqualByComparingTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1,,000", "1,,,000", "1..000", "1,.000", "١٬٬٠٠٠", "12,,5", "1,,000,,000"})
  void aDoubledSeparatorGivesNoNumberAndNoClaim(String figure) {
    String text = "قتل " + figure + " شخص";
    assertThat(NUMERALS.find(text)).isEmpty();
    assertThat(extract(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"قتل 12.. وأصيب 30 شخصا", "قتل 12،، وأصيب 30 شخصا"})
  void anEllipsisAfterANumberIsNoDoubledSeparator(String text) {
    assertThat(NUMERALS.find(text)).extracting(m -> m.value().intValue()).containsExactly(12, 30);
  }

  /**
   * «1,2,3,4» was cut before its first separator and read as the counts 1 and 2 (then 3.4), which
   * the extractor turned into claims. Groups after the first must have 3 digits: this is a list
   * written without spaces, or junk, and gives no numeral.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1,2,3,4", "1,2,3", "١،٢،٣", "1234,567,890", "12,5.3", "1,234,5.6"})
  void aListOfDigitsGluedByCommasGivesNoWrongCount(String figure) {
    String text = "قتل " + figure + " شخص";
    assertThat(NUMERALS.find(text)).isEmpty();
    assertThat(extract(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل 1,500 شخص                   | 1500
      قتل 12,000,000 شخص              | 12000000
      قتل ١٬٠٠٠ شخص                   | 1000
      قتل 1.5 مليون شخص               | 1500000
      قتل ٢،٥ مليون شخص               | 2500000
      قتل 3، وأصيب 5 أشخاص            | 3 5
      1, 2 and 3 people were killed   | 1 2 3
      """)
  void commasThatGroupOrMarkADecimalOrPunctuateStillGiveTheirNumbers(String text, String values) {
    assertThat(NUMERALS.find(text)).extracting(m -> m.value().stripTrailingZeros().toPlainString())
        .containsExactly(values.split(" "));
  }

  /** Arabic-Indic digits around a Latin e are a word too (read as 400 before the numbers fixes). */
  @Test
  void anExponentWithArabicIndicDigitsIsNotANumeral() {
    assertThat(NUMERALS.find("قتل ١e٤٠٠ شخصا")).isEmpty();
  }

  /**
   * Found by NumeralFuzzTest (Jazzer, 2026-11-22): a text ending in a number word and a hyphen
   * made Scan.compound look one token past the end (ArrayIndexOutOfBoundsException).
   */
  @Test
  void readsTheFuzzerCrashInput() {
    String text = FuzzText.decode(java.util.Base64.getDecoder().decode(
        "2KPY2YLYqtmE4oCOIDYyLdicACD5itmGIDE5INmIICBpS42K2LEgMjAyMi7igI4gNiAy2Jwt"));
    NUMERALS.find(text);
    extract(text);
  }
}
