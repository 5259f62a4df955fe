package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The modality rule of {@link ModalityReader}: sentence, modality of its claim. */
final class ModalityReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ومن المنتظر أن ترسل طاجيكستان 200 جندي إلى كازاخستان           | EXPECTED
      نفت الوزارة مقتل 20 شخصا في الهجوم                             | DENIED
      قتل 20 شخصا في الهجوم                                          | ASSERTED
      """)
  void readsTheModalityBeforeTheCount(String sentence, Modality modality) {
    assertThat(RuleRows.claims(sentence)).singleElement()
        .satisfies(c -> assertThat(c.modality()).isEqualTo(modality));
  }
}
