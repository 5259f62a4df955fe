package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The claims a careful reader finds in the five seed articles, built by hand (the extractor is
 * written elsewhere) with their real spans in the seed texts, and the seeds' dates.
 */
public final class SeedClaims {

  public static final String D000 = "000_46fbe9a3268b7406.txt";
  public static final String D001 = "001_d0d72f44a2b0ae03.txt";
  public static final String D002 = "002_e4eda7b29b88d456.txt";
  public static final String D003 = "003_3810943d2a17cf84.txt";
  public static final String D004 = "004_5bbd08d60b413066.txt";

  private SeedClaims() {}

  public static List<DocumentMetadata> documents() {
    return List.of(
        new DocumentMetadata(D000, null, LocalDate.of(2022, 1, 6)),
        new DocumentMetadata(D001, null, LocalDate.of(2022, 1, 6)),
        new DocumentMetadata(D002, null, LocalDate.of(2022, 1, 7)),
        new DocumentMetadata(D003, null, LocalDate.of(2022, 1, 7)),
        new DocumentMetadata(D004, "الميادين", LocalDate.of(2022, 1, 5)));
  }

  public static List<Claim> claims() {
    List<Claim> c = new ArrayList<>();
    c.add(claim(D000, "العشرات من قوات الأمن", Quantity.vague(20, 99), Event.KILLED,
        Subject.SECURITY_FORCES, null, null));
    c.add(claim(D000, "مثلها من المتظاهرين", Quantity.vague(20, 99), Event.KILLED,
        Subject.PROTESTER, null, null));
    c.add(claim(D000, "أصيب المئات", Quantity.vague(200, 999), Event.INJURED, Subject.PERSON,
        null, null));
    c.add(claim(D000, "العشرات لقوا حتفهم", Quantity.vague(20, 99), Event.KILLED, Subject.PERSON,
        null, null));
    c.add(claim(D000, "مصرع العشرات من المتظاهرين", Quantity.vague(20, 99), Event.KILLED,
        Subject.PROTESTER, null, "ولاية ألماتي بكازاخستان"));
    c.add(claim(D000, "القضاء على العشرات من المعتدين", Quantity.vague(20, 99), Event.KILLED,
        Subject.MILITANT, "المتحدث باسم مديرية الأمن في ألماتي", null));
    c.add(claim(D001, "عشرات المحتجين", Quantity.vague(20, 99), Event.KILLED, Subject.PROTESTER,
        null, null));
    c.add(claim(D001, "أصيب أكثر من 1000 شخص", Quantity.moreThan(1000), Event.INJURED,
        Subject.PERSON, null, null));
    c.add(claim(D001, "قتل 12 شرطيا", Quantity.exact(12), Event.KILLED, Subject.POLICE,
        "التلفزيون الرسمي الكازاخي", "مدينة ألمآتا"));
    c.add(claim(D001, "القضاء على عشرات المهاجمين", Quantity.vague(20, 99), Event.KILLED,
        Subject.MILITANT, null, null));
    c.add(claim(D001, "أكثر من مئتي شخص", Quantity.moreThan(200), Event.ARRESTED,
        Subject.PERSON, "السلطات الكازاخية", null));
    c.add(claim(D002, "أكثر من 70 طائرة", Quantity.moreThan(70), Event.DEPLOYED,
        Subject.AIRCRAFT, "وزارة الدفاع الروسية", "كازاخستان"));
    c.add(claim(D002, "نحو 12شرطياً", Quantity.approximate(12), Event.KILLED, Subject.POLICE,
        null, "الما اتا"));
    c.add(claim(D002, "مصرع العشرات من مثيري الشغب", Quantity.vague(20, 99), Event.KILLED,
        Subject.RIOTER, "السلطات المحلية في الما اتا", "الما اتا"));
    c.add(new Claim(D003, span(D003, "200 جندي"), "200 جندي", Quantity.exact(200), Event.DEPLOYED,
        Subject.SOLDIER, null, "كازاخستان", null, Language.AR, Modality.EXPECTED));
    c.add(claim(D003, "مقتل 26 محتجاً", Quantity.exact(26), Event.KILLED, Subject.PROTESTER,
        "وزارة الداخلية في كازاخستان", "كازاخستان"));
    c.add(claim(D004, "مقتل 8 من القوات الأمنية", Quantity.exact(8), Event.KILLED,
        Subject.SECURITY_FORCES, "وكالة الأنباء الفرنسية", "كازاخستان"));
    return c;
  }

  public static Claim claim(String doc, String phrase, Quantity q, Event e, Subject s, String attribution,
      String location) {
    return new Claim(doc, span(doc, phrase), phrase, q, e, s, attribution, location, null,
        Language.AR, Modality.ASSERTED);
  }

  public static Span span(String doc, String phrase) {
    String text = Document.readUtf8(Path.of("..", "seeds", doc));
    int i = text.indexOf(phrase);
    if (i < 0) {
      throw new IllegalStateException(phrase + " not in " + doc);
    }
    return Span.of(i, i + phrase.length());
  }

  public static List<Path> seedFiles() {
    try (Stream<Path> s = Files.list(Path.of("..", "seeds"))) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
