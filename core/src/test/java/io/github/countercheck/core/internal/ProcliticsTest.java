package io.github.countercheck.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ProcliticsTest {

  @ParameterizedTest
  @CsvSource({
      "والمتظاهرين, والمتظاهرين|المتظاهرين|متظاهرين",
      "للمتظاهرين, للمتظاهرين|متظاهرين",
      "كسائر, كسائر|سائر",
      "وزارة, وزارة|زارة",
      "من, من",
  })
  void stemsStripEveryProcliticLeavingTwoLetters(String word, String expected) {
    assertThat(Proclitics.STEMS.candidates(word)).containsExactly(expected.split("\\|"));
  }

  @ParameterizedTest
  @CsvSource({
      "وبخمسة, وبخمسة|بخمسة|خمسة",
      "كخمسة, كخمسة",
      "للعشرة, للعشرة|لعشرة",
      "والف, والف|الف",
      "فست, فست",
  })
  void numberWordsStripNoKafNoArticleAndReadLilAsLam(String word, String expected) {
    assertThat(Proclitics.NUMBER_WORDS.candidates(word)).containsExactly(expected.split("\\|"));
  }

  @ParameterizedTest
  @CsvSource({
      "للمدينة, للمدينة|المدينة|مدينة",
      "بالقاهرة, بالقاهرة|القاهرة|قاهرة",
      "لمصر, لمصر|مصر",
      "لالقاهرة, لالقاهرة|القاهرة",
      "وكازاخستان, وكازاخستان|كازاخستان|ازاخستان",
  })
  void placeNamesWriteTheArticleAfterLilAndNoneAfterLam(String word, String expected) {
    assertThat(Proclitics.PLACE_NAMES.candidates(word)).containsExactly(expected.split("\\|"));
  }

  @ParameterizedTest
  @CsvSource({
      "والداخلية, والداخلية|الداخلية|داخلية",
      "بالداخلية, بالداخلية",
      "ولد, ولد",
  })
  void voiceNamesStripWawThenTheArticle(String word, String expected) {
    assertThat(Proclitics.VOICE_NAMES.candidates(word)).containsExactly(expected.split("\\|"));
  }

  @Test
  void emptyWordIsItsOnlyCandidate() {
    assertThat(Proclitics.STEMS.candidates("")).containsExactly("");
    assertThat(Proclitics.STEMS.offsets(new char[0], 0, 0)).isEqualTo(1);
  }

  /**
   * The table gives, on random words of proclitic letters, what each of the four readers it
   * replaced gave (their code, kept here as the reference).
   */
  @Test
  void eachUseReadsAsTheReaderItReplaced() {
    Random random = new Random(15);
    String letters = "وفبكلامن";
    for (int t = 0; t < 20_000; t++) {
      char[] w = new char[random.nextInt(9)];
      for (int i = 0; i < w.length; i++) {
        w[i] = letters.charAt(random.nextInt(letters.length()));
      }
      String word = new String(w);
      assertThat(Proclitics.PLACE_NAMES.candidates(word)).as(word).isEqualTo(oldPlaceForms(word));
      List<String> voice = Proclitics.VOICE_NAMES.candidates(word);
      assertThat(voice.get(voice.size() - 1)).as(word).isEqualTo(oldVoiceWord(word));
      int numbers = Proclitics.NUMBER_WORDS.offsets(w, 0, w.length);
      for (int p = 1; p <= 2; p++) {
        assertThat((numbers & (1 << p)) != 0).as(word + " " + p).isEqualTo(oldNumberAt(w, p));
      }
      assertThat(numbers & ~7).as(word).isZero();
      assertThat(Proclitics.STEMS.offsets(w, 0, w.length)).as(word).isEqualTo(oldStems(w));
    }
  }

  private static List<String> oldPlaceForms(String w) {
    List<String> out = new ArrayList<>(4);
    out.add(w);
    String s = w;
    if (s.length() > 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
      s = s.substring(1);
      out.add(s);
    }
    if (s.length() > 3 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ك')) {
      s = s.substring(1);
      out.add(s);
    } else if (s.length() > 3 && s.startsWith("لل")) {
      s = "ال" + s.substring(2);
      out.add(s);
    } else if (s.length() > 3 && s.charAt(0) == 'ل') {
      out.add(s.substring(1));
    }
    if (s.length() > 4 && s.startsWith("ال")) {
      out.add(s.substring(2));
    }
    return out;
  }

  private static int oldStems(char[] s) {
    int n = s.length;
    int mask = 1;
    if (n < 3) {
      return mask;
    }
    if ((s[0] == 'و' || s[0] == 'ف') && n - 1 >= 2) {
      mask |= 1 << 1;
    }
    for (int m = mask; m != 0; m &= m - 1) {
      int k = Integer.numberOfTrailingZeros(m);
      char c = s[k];
      if (c == 'ل' && k + 1 < n && s[k + 1] == 'ل') {
        if (n - (k + 2) >= 2) {
          mask |= 1 << (k + 2);
        }
      } else if ((c == 'ب' || c == 'ك' || c == 'ل') && n - (k + 1) >= 2) {
        mask |= 1 << (k + 1);
      }
    }
    for (int m = mask; m != 0; m &= m - 1) {
      int k = Integer.numberOfTrailingZeros(m);
      if (k + 1 < n && s[k] == 'ا' && s[k + 1] == 'ل' && n - (k + 2) >= 2) {
        mask |= 1 << (k + 2);
      }
    }
    return mask;
  }

  private static String oldVoiceWord(String word) {
    if (word.length() > 3 && word.charAt(0) == 'و') {
      word = word.substring(1);
    }
    if (word.length() > 3 && word.startsWith("ال")) {
      word = word.substring(2);
    }
    return word;
  }

  private static boolean oldNumberAt(char[] s, int p) {
    int rest = s.length - p;
    if (rest < 2) {
      return false;
    }
    char a = s[0];
    if (p == 1) {
      return (a == 'و' && rest >= 2) || (rest >= 3 && (a == 'ف' || a == 'ب' || a == 'ل'));
    }
    char b = s[1];
    return p == 2 && rest >= 3 && (a == 'و' || a == 'ف') && (b == 'ب' || b == 'ل');
  }
}
