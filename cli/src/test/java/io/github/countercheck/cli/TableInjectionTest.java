package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article text and file names reach the claims table with nothing a terminal would act on. */
final class TableInjectionTest {

  @TempDir Path dir;

  @Test
  void escapeSequencesInTheTextAndTheFileNameAreShownNotActedOn() throws Exception {
    Path file = dir.resolve("evil\u001b]0;pwned\u0007.txt");
    Files.writeString(file, "قتل 12 شرطيا \u001b[2J\u001b]0;title\u0007 في ألماتي.",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("extract", "--format", "table", file.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("12").doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(run.out()).contains("\u241b[2J");
    assertThat(run.err()).doesNotContain("\u001b");
  }

  @Test
  void theClaimCountIsWrittenInAsciiDigitsUnderAnArabicLocale() throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "قتل 12 شرطيا وأصيب 29 آخرون.", StandardCharsets.UTF_8);
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      CliRun run = CliRun.of("extract", "--format", "table", file.toString());
      assertThat(run.out()).containsPattern("(?m)^[0-9]+ claims?$")
          .doesNotContainPattern("[\u0660-\u0669]+ claim");
    } finally {
      Locale.setDefault(before);
    }
  }
}
