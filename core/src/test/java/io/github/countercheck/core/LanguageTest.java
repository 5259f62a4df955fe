package io.github.countercheck.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LanguageTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "مقتل 26 محتجا في كازاخستان; AR",
      "Twelve police officers were killed in Almaty; EN",
      "أعلنت وزارة الداخلية في كازاخستان مقتل 26 محتجا #Almaty; AR",
      "قتل 12 شرطيا twelve police officers killed; MIXED",
      "12 , 1000 ...; AR",
      "ﻣﻘﺘﻞ ﻣﺤﺘﺠﺎ ok; AR",
      "أعلنت الوزارة مقتل 26 محتجا #Kazakhstan; MIXED",
  })
  void detectsTheLanguageByItsShareOfLetters(String text, Language expected) {
    assertThat(Language.detect(text)).isEqualTo(expected);
    String framed = "Police said: " + text + " قالت الشرطة";
    assertThat(Language.detect(framed, 13, 13 + text.length())).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"ar, AR", "EN, EN", " mixed , MIXED"})
  void readsCodes(String code, Language expected) {
    assertThat(Language.fromCode(code)).isEqualTo(expected);
    assertThat(Language.fromCode(expected.code())).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"fr", "arabic", "''"})
  void rejectsUnknownCodes(String code) {
    assertThatThrownBy(() -> Language.fromCode(code))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + code + "'");
  }
}
