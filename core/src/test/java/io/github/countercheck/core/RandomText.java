package io.github.countercheck.core;

import java.util.Random;

/** Random strings mixing Arabic, Latin, digits, marks, spaces, punctuation and junk. */
public final class RandomText {
  private static final String ALPHABET =
      "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةىـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۱۲٫٬،؛؟٪"
      + "abcXYZİI0123456789 \n\n\r\t\u00A0\u200B\u200C\u200F\u061C\u202B\uFEFF"
      + ".,:;!?…\"'«»“”()-—–/%#@\u0000\u0001\uFFFF\uD800\uDC00";

  private RandomText() {}

  public static String of(Random random, int length) {
    char[] c = new char[length];
    for (int i = 0; i < length; i++) {
      c[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(c);
  }
}
