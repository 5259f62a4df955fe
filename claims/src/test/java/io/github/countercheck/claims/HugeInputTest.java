package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.TextNormalizer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Huge and pathological texts: every copy of a claim is found (the claims of n copies are n times
 * the claims of one), and 128 KB of one repeated character, of alternating characters or of
 * one repeated sentence with no full stop complete. The timeouts are hang guards, ten times what
 * the work needs on a slow machine, not speed assertions: speed is measured in the JMH benchmarks.
 */
final class HugeInputTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();
  private static final NumeralRecognizer NUMERALS = NumeralRecognizer.create();
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);
  private static final int MB = 1 << 20;
  /** The size of each pathological text: a quarter megabyte keeps the suite fast. */
  private static final int SIZE = MB / 8;

  /**
   * One block of news with known claims; {@code i} changes its figures, so that no two blocks are
   * the same sentence (the extractor reports a repeated sentence once).
   */
  private static String block(int i) {
    // figures with a thousands separator: a bare 1800-2100 would be read as a year
    return "قتل " + figure(13 + i) + " شرطيا في ألماتي. "
        + "وأصيب أكثر من " + figure(1000 + i) + " شخص خلال المواجهات، بحسب وزارة الصحة.\n"
        + "ةةة ,,, ... ١٬٠٠٠٬ \u200F\uFFFD \u0000 xyz\n"
        + figure(20 + i) + " police officers were killed on Friday, according to state television.\n\n";
  }

  private static String figure(int n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  private static String copies(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(block(i));
    }
    return sb.toString();
  }

  private static List<Claim> extract(String text) {
    return EXTRACTOR.extract(Document.of("huge.txt", text));
  }

  @Test
  void findsEveryCopyOfAClaimInProportionToTheCopies() {
    List<Claim> one = extract(copies(1));
    assertThat(one).extracting(c -> c.quantity().low()).containsExactly(13L, 1001L, 20L);
    for (int n : new int[] {10, 100, 1000}) {
      List<Claim> many = extract(copies(n));
      assertThat(many).as("%d copies", n).hasSize(n * one.size());
      for (int i = 0; i < n; i++) {
        assertThat(many.get(3 * i).quantity().low()).isEqualTo(13L + i);
        assertThat(many.get(3 * i + 1).quantity().low()).isEqualTo(1001L + i);
        assertThat(many.get(3 * i + 1).attribution()).isEqualTo("وزارة الصحة");
        assertThat(many.get(3 * i + 2).quantity().low()).isEqualTo(20L + i);
      }
    }
  }

  /**
   * 50 MB of news and junk: every claim of every block, in text order. It takes a minute and a few
   * gigabytes of heap, so it runs on request: {@code mvn -pl claims -am test
   * -Dtest=HugeInputTest -Dcountercheck.huge=true} (see RELIABILITY.md).
   */
  @Test
  @EnabledIfSystemProperty(named = "countercheck.huge", matches = "true")
  void readsFiftyMegabytes() {
    StringBuilder sb = new StringBuilder(52 * MB);
    int blocks = 0;
    while (sb.length() < 50 * MB) {
      sb.append(block(blocks++));
    }
    String text = sb.toString();
    List<Claim> claims = assertTimeoutPreemptively(Duration.ofSeconds(600), () -> extract(text));
    assertThat(claims).hasSize(3 * blocks);
    int previous = -1;
    for (Claim c : claims) {
      assertThat(c.span().start()).isGreaterThan(previous);
      previous = c.span().start();
    }
    Claim last = claims.get(claims.size() - 2);
    assertThat(last.quantity().low()).isEqualTo(1000L + blocks);
    assertThat(last.text()).isEqualTo(text.substring(last.span().start(), last.span().end()));
  }

  static Stream<Arguments> pathological() {
    return Stream.of(
        Arguments.of("spaces", " ".repeat(SIZE)),
        Arguments.of("digits", "7".repeat(SIZE)),
        Arguments.of("Arabic-Indic digits", "٧".repeat(SIZE)),
        Arguments.of("dots", ".".repeat(SIZE)),
        Arguments.of("commas", ",".repeat(SIZE)),
        Arguments.of("Arabic commas", "،".repeat(SIZE)),
        Arguments.of("waw", "و".repeat(SIZE)),
        Arguments.of("waw and spaces", "و ".repeat(SIZE / 2)),
        Arguments.of("newlines", "\n".repeat(SIZE)),
        Arguments.of("digit and comma", "1,".repeat(SIZE / 2)),
        Arguments.of("digit and dot", "1.".repeat(SIZE / 2)),
        Arguments.of("digit and Arabic thousands separator", "1٬".repeat(SIZE / 2)),
        Arguments.of("digit space", "1 ".repeat(SIZE / 2)),
        Arguments.of("digit and waw", "1 و".repeat(SIZE / 3)),
        Arguments.of("three digits and comma", "123,".repeat(SIZE / 4)),
        Arguments.of("alternating letters", "ab".repeat(SIZE / 2)),
        Arguments.of("alternating Arabic letters", "اب".repeat(SIZE / 2)),
        Arguments.of("thousand words", "ألف ".repeat(SIZE / 4)),
        Arguments.of("tens words", "عشرات ".repeat(SIZE / 6)),
        Arguments.of("bound words", "أكثر من ".repeat(SIZE / 8)),
        Arguments.of("between and", "بين 1 و ".repeat(SIZE / 8)),
        Arguments.of("tashkeel", "َ".repeat(SIZE)),
        Arguments.of("right-to-left marks", "\u200F".repeat(SIZE)),
        Arguments.of("quotes", "«".repeat(SIZE)),
        Arguments.of("open quote then text", "«" + "قتل 12 شخصا ".repeat(SIZE / 12)),
        Arguments.of("lone surrogates", "\uD800".repeat(SIZE)),
        Arguments.of("claim without full stop", "قتل 12 شخصا ".repeat(SIZE / 12)),
        Arguments.of("attributed claim without full stop",
            "قال مسؤول إن 12 شخصا قتلوا وفق الشرطة ".repeat(SIZE / 38)),
        Arguments.of("English claim without full stop",
            "12 people were killed according to police ".repeat(SIZE / 43)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathological")
  void completesOnPathologicalText(String name, String text) {
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      NormalizedText nt = TextNormalizer.normalize(text);
      assertThat(nt.original()).isSameAs(text);
      NUMERALS.find(nt);
      List<Claim> claims = extract(text);
      for (Claim c : claims) {
        assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "7", ".", ",", "،", "و", "\n", "ab"})
  void aLongRunOfOneCharacterHasNoClaim(String c) {
    assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> extract(c.repeat(SIZE / c.length()))))
        .isEmpty();
  }
}
