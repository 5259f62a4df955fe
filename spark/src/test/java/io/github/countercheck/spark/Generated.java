package io.github.countercheck.spark;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Claims drawn at random as news would bring them (as the benchmarks' generator draws them):
 * about four claims a document, outlets and places in Zipf proportions, a few sources, dates over
 * weeks (some with a time of day, some undated), stories of a few documents, every quantity kind,
 * modality and scope.
 */
final class Generated {
  private static final String[] PLACES = {
    "القاهرة", "الإسكندرية", "مصر", "سوريا", "حمص", "دمشق", "Cairo", "Syria", "Homs", "بورسعيد",
    "السويس", "ليبيا", "بنغازي", "طرابلس", "العراق", "بغداد", "Nowhereville"
  };
  private static final String[] SOURCES = {
    "وزارة الداخلية", "مصادر طبية", "وكالة الأنباء الرسمية", "ناشطون", "مصدر أمني",
    "الأمم المتحدة", "شهود عيان", "the ministry", "police", "Reuters", "REUTERS"
  };
  private static final Event[] EVENTS = Event.values();
  private static final Subject[] SUBJECTS = Subject.values();

  final List<Claim> claims = new ArrayList<>();
  final List<DocumentMetadata> documents = new ArrayList<>();
  final Map<String, String> titles = new LinkedHashMap<>();

  Generated(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate start = LocalDate.of(2013, 1, 1);
    int days = Math.max(3, n / 400);
    int left = 0;
    String id = null;
    for (int i = 0; i < n; i++) {
      if (left == 0) {
        id = String.format("doc-%06d", documents.size());
        left = 1 + random.nextInt(7);
        PublicationTime published = null;
        int d = random.nextInt(20);
        if (d > 0) {
          LocalDate date = start.plusDays(random.nextInt(days));
          published = d < 6 ? PublicationTime.of(date.atStartOfDay()
              .plusMinutes(random.nextInt(24 * 60)))
              : PublicationTime.of(date);
        }
        String story = random.nextInt(10) == 0 ? null : "story-" + random.nextInt(
            Math.max(2, n / 60));
        if (story != null) {
          titles.putIfAbsent(story, "قصة " + story);
        }
        documents.add(new DocumentMetadata(id, "outlet-" + zipf(random, 40), published, story));
      }
      left--;
      long value = Math.max(0, Math.min(2_000_000,
          Math.round(Math.exp(2.3 + 1.6 * random.nextGaussian()))));
      String text = "قتل " + value;
      int at = random.nextInt(3000);
      String place = random.nextInt(4) == 0 ? null : PLACES[zipf(random, PLACES.length)];
      String source = random.nextBoolean() ? null : SOURCES[random.nextInt(SOURCES.length)];
      int m = random.nextInt(100);
      Modality modality = m < 90 ? Modality.ASSERTED : m < 96 ? Modality.EXPECTED : Modality.DENIED;
      int s = random.nextInt(100);
      Scope scope = s < 85 ? Scope.INCIDENT : s < 93 ? Scope.CUMULATIVE : s < 97 ? Scope.BACKGROUND
          : Scope.PART;
      claims.add(new Claim(id, Span.of(at, at + text.length()), text, quantity(random, value),
          EVENTS[zipf(random, EVENTS.length)], SUBJECTS[zipf(random, SUBJECTS.length)], source,
          place, random.nextInt(10) == 0 ? "أمس" : null, Language.AR, modality, scope,
          scope == Scope.INCIDENT ? null : "منذ"));
    }
  }

  private static Quantity quantity(SplittableRandom random, long value) {
    int k = random.nextInt(100);
    if (k < 55) {
      return Quantity.exact(value);
    } else if (k < 65) {
      return Quantity.approximate(value);
    } else if (k < 77) {
      return Quantity.moreThan(value);
    } else if (k < 83) {
      return Quantity.atLeast(value);
    } else if (k < 90) {
      return Quantity.range(value, value + 1 + value / 2);
    } else if (k < 96) {
      return Quantity.vague(value, value * 10 + 10);
    } else if (k < 98) {
      return Quantity.atMost(value + 1);
    }
    return Quantity.lessThan(value + 1);
  }

  /** A Zipf-like draw in {@code [0, n)}. */
  private static int zipf(SplittableRandom random, int n) {
    double h = Math.log(n + 1.0);
    return Math.min(n - 1, (int) Math.floor(Math.exp(random.nextDouble() * h) - 1));
  }
}
