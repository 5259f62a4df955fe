package io.github.countercheck.claims.numbers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The numbers' data files, replaced by a user: a malformed file is refused when it is loaded, with
 * the line and the field at fault (the streams carry no file name: the caller names the file).
 */
final class NumbersDataFilesTest {

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }

  private static ThrowingCallable load(String file, String text) {
    return switch (file) {
      case "number-words" -> () -> NumeralRecognizer.builder().numberWords(json(text)).build();
      case "numeral-cues" -> () -> NumeralRecognizer.builder().labelCues(json(text)).build();
      case "vague-amounts" -> () -> VagueAmounts.fromJson(json(text));
      case "quantity-bounds" -> () -> QuantityRecognizer.create(NumeralRecognizer.create(), json(text));
      default -> throw new IllegalArgumentException(file);
    };
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      number-words    | {'language': 'ar', 'words': [{'type': 'UNIT', 'value': '1', 'forms': ['واحد']}, {'type': 'UNITE', 'value': '2', 'forms': ['اثنان']}]}  | UNITE
      number-words    | {'language': 'ar', 'words': [{'type': 'UNIT', 'value': 'one', 'forms': ['واحد']}]}  | one
      vague-amounts   | {'amounts': [{'name': 'FEW', 'low': 9, 'high': 3, 'forms': ['بضعة']}]}  | FEW
      vague-amounts   | {'amounts': [{'name': 'FEW', 'low': 'three', 'high': 9, 'forms': ['بضعة']}]}  | low
      numeral-cues    | {'months': ['يناير'], 'yearBefore': 'عام'}  | yearBefore
      """)
  void refusesAMalformedFileNamingTheEntryAndField(String file, String text, String named) {
    assertThatThrownBy(load(file, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(named);
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      number-words    | {\\n 'language': 'ar',\\n 'words': [\\n  {'type': 'UNIT', 'value': '1', 'forms': ['واحد']},\\n  {'type': 'UNITE', 'value': '2', 'forms': ['اثنان']}\\n ]\\n}  | 5 | type
      number-words    | {\\n 'language': 'ar',\\n 'words': [\\n  {'type': 'UNIT', 'value': 'one', 'forms': ['واحد']}\\n ]\\n}  | 4 | value
      number-words    | {\\n 'language': 'ar',\\n 'words': [\\n  {'type': 'UNIT', 'value': '1', 'forms': ['واحد'],,}\\n ]\\n}  | 4 | JSON
      vague-amounts   | {\\n 'amounts': [\\n  {'name': 'FEW', 'low': 9, 'high': 3, 'forms': ['بضعة']}\\n ]\\n}  | 3 | low
      vague-amounts   | {\\n 'amounts': [\\n  {'name': 'FEW', 'low': 'three', 'high': 9, 'forms': ['بضعة']}\\n ]\\n}  | 3 | low
      numeral-cues    | {\\n 'months': ['يناير'],\\n 'yearBefore': 'عام'\\n}  | 3 | yearBefore
      quantity-bounds | {\\n 'approximateBefore': ['نحو'],\\n 'ranges': [\\n  {'open': 'ما بين', 'join': 'و'}\\n ]\\n}  | 4 | join
      number-words    | {\\n 'language': 'ar',\\n 'words': [\\n  {'type': 'UNIT', 'value': '1', 'fomrs': ['واحد']}\\n ]\\n}  | 4 | fomrs
      vague-amounts   | {\\n 'amounts': [\\n  {'name': 'FEW',\\n   'high': 3,\\n   'low': 9,\\n   'forms': ['بضعة']}\\n ]\\n}  | 5 | low
      vague-amounts   | {\\n 'about': 'x',\\n 'amount': []\\n}  | 3 | amount
      quantity-bounds | {\\n 'ranges': [\\n  {'open': 'بين', 'join': ['و']},\\n  {'open': 'من', 'join': ['إلى', 7]}\\n ]\\n}  | 4 | join[1]
      numeral-cues    | {\\n 'months': ['يناير'],\\n 'months': ['مايو']\\n}  | 3 | months
      """)
  void refusesAMalformedFileNamingTheLineAndField(
      String file, String text, int line, String field) {
    assertThatThrownBy(load(file, text.replace("\\n", "\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(":" + line)
        .hasMessageContaining(field);
  }
}
