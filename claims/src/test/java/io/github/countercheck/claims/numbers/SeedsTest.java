package io.github.countercheck.claims.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.core.Document;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The recognizer over the five seed articles of the repository. */
final class SeedsTest {
  private static final NumeralRecognizer NUMERALS = NumeralRecognizer.create();

  private static List<NumeralMention> all() throws IOException {
    List<NumeralMention> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.addAll(NUMERALS.find(Document.fromFile(f).text()));
      }
    }
    return out;
  }

  @Test
  void labelsNoYearDateTimeOrReferenceOfTheSeedsAsACount() throws IOException {
    List<NumeralMention> found = all();
    List<String> counts = found.stream().filter(m -> m.label() == NumeralLabel.COUNT).map(NumeralMention::text).toList();
    // years, times, dates and clause numbers of the seeds
    assertThat(counts).doesNotContain("1992", "2007", "2022", "23,00", "07,00", "19", "27");
    assertThat(found).filteredOn(m -> m.text().equals("1992")).extracting(NumeralMention::label)
        .containsOnly(NumeralLabel.YEAR);
    assertThat(found).filteredOn(m -> m.text().equals("23,00")).extracting(NumeralMention::label)
        .containsExactly(NumeralLabel.TIME);
    assertThat(found).filteredOn(m -> m.text().equals("27")).extracting(NumeralMention::label)
        .containsExactly(NumeralLabel.REFERENCE);
    assertThat(found).filteredOn(m -> m.text().equals("2007")).extracting(NumeralMention::label)
        .containsExactly(NumeralLabel.YEAR);
    assertThat(found).filteredOn(m -> m.text().equals("19")).extracting(NumeralMention::label)
        .containsExactly(NumeralLabel.DATE);
  }

  @Test
  void findsEveryCountOfTheSeeds() throws IOException {
    List<NumeralMention> counts = all().stream().filter(m -> m.label() == NumeralLabel.COUNT).toList();
    List<String> exact = counts.stream().filter(m -> !m.isVague())
        .map(m -> m.text() + "=" + m.value().stripTrailingZeros().toPlainString()).toList();
    assertThat(exact).containsExactlyInAnyOrder(
        "1000=1000", "12=12", "مئتي=200", "70=70", "12=12", "200=200", "26=26", "8=8", "5=5");
    List<String> vague = counts.stream().filter(NumeralMention::isVague).map(NumeralMention::text).distinct().toList();
    assertThat(vague).contains("العشرات", "عشرات", "المئات", "آلاف");
  }

  @Test
  void readsTheLinksAndHandlesOfTheSeedsAsNoCount() throws IOException {
    List<NumeralMention> found = all();
    assertThat(found).filteredOn(m -> m.label() == NumeralLabel.URL).isNotEmpty();
    assertThat(found).filteredOn(m -> m.label() == NumeralLabel.COUNT && !m.isVague())
        .extracting(NumeralMention::value).doesNotContainNull().allMatch(v -> v.compareTo(BigDecimal.ZERO) > 0);
  }
}
