package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.TestCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How many of the locations the extractor reads in the 2013 Egyptian news resolve to a known place,
 * with the table of commit 3c5fb6d (73 places, kept as a test resource) and with today's table.
 * Prints the most frequent unresolved locations: what the table misses, and extractor fragments
 * that name no place. Skipped without {@code -Dcountercheck.corpus}.
 */
final class PlaceAliasesCorpusTest {

  /**
   * The share of located claims today's table must resolve: measured 0.729 (0.404 with the table of
   * 3c5fb6d), with the extractor of the same commit; a little below, so that an extractor change
   * that reads a few more fragments does not fail it.
   */
  private static final double FLOOR = 0.70;

  @Test
  void resolvesMostLocationsOfTheEgyptianNews() throws IOException {
    Path corpus = TestCorpus.require("arabic-news-2013");
    ClaimExtractor extractor = ClaimExtractor.create();
    List<String> locations = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      Document doc = Document.builder(f.getFileName().toString(), Document.readUtf8(f)).build();
      for (Claim c : extractor.extract(doc)) {
        if (c.location() != null) {
          locations.add(c.location());
        }
      }
    }
    PlaceAliases before;
    try (InputStream in = PlaceAliasesCorpusTest.class.getResourceAsStream("places-3c5fb6d.json")) {
      before = PlaceAliases.fromJson(in);
    }
    PlaceAliases after = PlaceAliases.builtIn();
    double shareBefore = share(before, locations);
    double shareAfter = share(after, locations);
    Map<String, Integer> unresolved = new HashMap<>();
    int noPlace = 0;
    for (String l : locations) {
      PlaceAliases.Place p = after.resolve(l);
      if (p == null) {
        noPlace++; // only words that name no place by themselves: كفر، شرطة، كورنيش
        unresolved.merge(l + "\t(no place)", 1, Integer::sum);
      } else if (!p.known()) {
        unresolved.merge(l, 1, Integer::sum);
      }
    }
    System.out.printf("PLACES %d documents, %d located claims; resolved %.3f with the table of"
        + " 3c5fb6d (%d places), %.3f now (%d places); %d name no place%n", files.size(),
        locations.size(), shareBefore, before.size(), shareAfter, after.size(), noPlace);
    unresolved.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(30)
        .forEach(e -> System.out.println("PLACES unresolved " + e.getValue() + "\t" + e.getKey()));
    assertThat(locations).hasSizeGreaterThan(100);
    assertThat(shareAfter).isGreaterThanOrEqualTo(shareBefore).isGreaterThanOrEqualTo(FLOOR);
  }

  private static double share(PlaceAliases table, List<String> locations) {
    int known = 0;
    for (String l : locations) {
      PlaceAliases.Place p = table.resolve(l);
      if (p != null && p.known()) {
        known++;
      }
    }
    return locations.isEmpty() ? 0 : (double) known / locations.size();
  }
}
