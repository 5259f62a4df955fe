package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.ClaimScorer.GoldClaim;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.TestCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * One language of a sampled development set, {@code src/test/resources/<set>/<set>-<lang>.jsonl}
 * (devset2 to devset7; see their READMEs), scored per split with the rules of
 * {@code shared/tools/score-claims} ({@link ClaimScorer}). Every {@code DevSet<n><Language>Test}
 * loads its file here, scores it, writes its report to {@code target/<set>-<lang>-score.txt} and
 * compares the figures with its recorded-score file.
 *
 * <p>Each sentence's split comes from its {@code split} field: {@code dev}, the part rules may be
 * developed on, or {@code measure}, the part that is only measured. Each split gets P, R and F1 and
 * the negative rate: the share of its claim-free sentences for which the extractor emits no scored
 * claim (events other than {@link Event#OTHER}); the stricter share with no claim at all is counted
 * too. MISS/EXTRA lines are kept and written for the {@code dev} split only: the errors of the
 * {@code measure} split are counted, never listed (its text is not even handed to the scorer), so
 * that no rule is written from them.
 */
final class SampledDevSet {

  /** The split that is developed on; its errors are listed in the report. */
  static final String DEV = "dev";
  /** The split that is only measured; its errors are never listed. */
  static final String MEASURE = "measure";
  /** The key of the figures over every sentence of the set. */
  static final String ALL = "all";
  /** How far a figure may fall below the recorded one before a test fails. */
  static final double TOLERANCE = 0.02;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One sampled sentence with its gold claims. {@code start} is the offset of the text in its
   * source file ({@code offset} in the Arabic files, {@code start} in the English ones),
   * {@code end} the offset after it (computed from the text's length where the file gives none); {@code corpus}
   * is empty in files that name none.
   */
  record Sentence(String id, String corpus, String outlet, String date, String source, int start,
      int end, Language language, String split, String text, List<GoldClaim> claims) {}

  /** The figures of one split. */
  static final class SplitScore {
    final ClaimScorer scorer = new ClaimScorer();
    int sentences;
    int negatives;
    int negativesWithoutScoredClaim;
    int negativesWithoutAnyClaim;

    /** @return the share of claim-free sentences that yield no scored claim */
    double negativeRate() {
      return rate(negativesWithoutScoredClaim, negatives);
    }

    /** @return the share of claim-free sentences that yield no claim at all */
    double silentRate() {
      return rate(negativesWithoutAnyClaim, negatives);
    }

    /** @return the number of gold claims of the split */
    int goldClaims() {
      return scorer.truePositives() + scorer.falseNegatives();
    }

    String summary() {
      return String.format(Locale.ROOT,
          "%d sentences, %d gold claims: %s; negatives %d, silent %d (%.3f), no claim at all %d (%.3f)",
          sentences, goldClaims(), scorer.summary(), negatives, negativesWithoutScoredClaim,
          negativeRate(), negativesWithoutAnyClaim, silentRate());
    }

    private static double rate(int part, int whole) {
      return whole == 0 ? 1.0 : (double) part / whole;
    }
  }

  /** How the report of a set is laid out (each set keeps the layout its report has always had). */
  enum Layout {
    /** A header {@code <set>-<lang>}, then a summary line per split, {@code all} included. */
    SPLITS,
    /** A header {@code <set> <Language>, n sentences}, then a row per split dev and measure. */
    TABLE,
    /** One line with the figures over the whole set. */
    LINE
  }

  private final String set;
  private final String lang;
  private final List<Sentence> sentences;

  private SampledDevSet(String set, String lang, List<Sentence> sentences) {
    this.set = set;
    this.lang = lang;
    this.sentences = List.copyOf(sentences);
  }

  /**
   * @param set the folder and file prefix of the set, {@code devset2}, {@code devset3} or
   *     {@code devset4}
   * @param lang the language code of the file, {@code en} or {@code ar}
   * @return the sentences of {@code <set>/<set>-<lang>.jsonl}
   */
  static SampledDevSet load(String set, String lang) {
    List<Sentence> out = new ArrayList<>();
    for (JsonNode n : readJsonLines("/" + set + "/" + set + "-" + lang + ".jsonl")) {
      out.add(sentence(n));
    }
    return new SampledDevSet(set, lang, out);
  }

  List<Sentence> sentences() {
    return sentences;
  }

  /**
   * Scores the extractor on every split, and on all sentences under the key {@link #ALL}.
   *
   * @param extractor the extractor
   * @return the figures by split, {@code dev} and {@code measure} first (empty where the set has
   *     no sentence of the split), {@code all} last
   */
  Map<String, SplitScore> score(ClaimExtractor extractor) {
    Map<String, SplitScore> scores = new LinkedHashMap<>();
    scores.put(DEV, new SplitScore());
    scores.put(MEASURE, new SplitScore());
    scores.put(ALL, new SplitScore());
    for (Sentence s : sentences) {
      Document doc = Document.builder(s.id() + ".txt", s.text()).language(s.language()).build();
      List<Claim> predicted = extractor.extract(doc);
      boolean scored = predicted.stream().anyMatch(c -> c.event() != Event.OTHER);
      for (SplitScore score : List.of(scores.computeIfAbsent(s.split(), k -> new SplitScore()),
          scores.get(ALL))) {
        score.sentences++;
        // diagnostics quote the text only for the dev split
        score.scorer.add(s.id(), DEV.equals(s.split()) ? s.text() : "", s.claims(), predicted);
        if (s.claims().isEmpty()) {
          score.negatives++;
          score.negativesWithoutScoredClaim += scored ? 0 : 1;
          score.negativesWithoutAnyClaim += predicted.isEmpty() ? 1 : 0;
        }
      }
    }
    return scores;
  }

  /**
   * Writes the report to {@code target/<set>-<lang>-score.txt} and prints it. Only the errors of
   * the {@code dev} split are listed.
   *
   * @param scores the figures of {@link #score}
   * @param layout how the figures are laid out
   * @return the report
   */
  String publish(Map<String, SplitScore> scores, Layout layout) {
    StringBuilder report = new StringBuilder();
    List<String> devErrors = scores.get(DEV).scorer.diagnostics();
    switch (layout) {
      case SPLITS -> {
        report.append(set).append('-').append(lang).append('\n');
        scores.forEach((split, score) ->
            report.append("  ").append(split).append(": ").append(score.summary()).append('\n'));
        report.append("errors of the dev split (the measure split is not listed):\n");
        devErrors.forEach(d -> report.append(d).append('\n'));
      }
      case TABLE -> {
        report.append(set).append(' ').append(languageName()).append(", ")
            .append(sentences.size()).append(" sentences\n");
        for (String split : List.of(DEV, MEASURE)) {
          SplitScore score = scores.get(split);
          report.append(String.format(Locale.ROOT, "  %-7s %3d sentences, %3d claims: %s",
                  split, score.sentences, score.goldClaims(), score.scorer.summary()))
              .append(String.format(Locale.ROOT,
                  " | negatives without a scored claim %d/%d = %.3f, without any claim (OTHER too)"
                      + " %d/%d = %.3f%n", score.negativesWithoutScoredClaim, score.negatives,
                  score.negativeRate(), score.negativesWithoutAnyClaim, score.negatives,
                  score.silentRate()));
        }
        report.append("errors of the dev split (the measure split's are counted, never listed):\n");
        devErrors.forEach(d -> report.append(d).append('\n'));
      }
      case LINE -> {
        SplitScore all = scores.get(ALL);
        report.append(String.format(Locale.ROOT,
            "%s %s, %d sentences, %d gold claims: %s | negatives without a scored claim"
                + " %d/%d = %.3f%n", set, languageName(), sentences.size(), all.goldClaims(),
            all.scorer.summary(), all.negativesWithoutScoredClaim, all.negatives,
            all.negativeRate()));
        if (scores.get(DEV).sentences > 0) {
          report.append(String.join("\n", devErrors)).append('\n');
        }
      }
      default -> throw new IllegalArgumentException("layout " + layout);
    }
    System.out.print(report);
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      Files.writeString(target.resolve(set + "-" + lang + "-score.txt"), report.toString(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return report.toString();
  }

  /**
   * Scores a fresh {@link ClaimExtractor} ({@link #score}), writes the report
   * ({@link #publish}) and fails when a split's F1 or negative rate falls more than {@link #TOLERANCE} below the figure in
   * {@code <set>/<recordedFile>}: the keys are {@code <split>.f1} and
   * {@code <split>.<negativeKey>}, or {@code f1} and {@code <negativeKey>} for {@link #ALL}.
   *
   * @param layout how the report is laid out
   * @param recordedFile the name of the properties file in the set's folder
   * @param negativeKey the key of the negative rate, {@code negatives} or {@code negative.rate}
   * @param splits the splits to compare
   */
  void assertScoresNoWorseThanRecorded(Layout layout, String recordedFile, String negativeKey,
      List<String> splits) {
    Map<String, SplitScore> scores = score(ClaimExtractor.create());
    publish(scores, layout);
    Properties recorded = new Properties();
    try (InputStream in = resource("/" + set + "/" + recordedFile)) {
      recorded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(recordedFile, e);
    }
    for (String split : splits) {
      String prefix = ALL.equals(split) ? "" : split + ".";
      SplitScore score = scores.get(split);
      String f1 = recorded.getProperty(prefix + "f1");
      String negatives = recorded.getProperty(prefix + negativeKey);
      assertThat(score.scorer.f1()).as("%s F1 (recorded %s)", split, f1)
          .isGreaterThanOrEqualTo(Double.parseDouble(f1) - TOLERANCE);
      assertThat(score.negativeRate()).as("%s negative rate (recorded %s)", split, negatives)
          .isGreaterThanOrEqualTo(Double.parseDouble(negatives) - TOLERANCE);
    }
  }

  /**
   * Checks that every sentence stands at its offsets in its source file (skipped without
   * {@code -Dcountercheck.corpus}).
   *
   * @param corpus the name of the corpus folder of a sentence's source file
   * @throws IOException when a source file cannot be read
   */
  void assertQuotedExactly(Function<Sentence, String> corpus) throws IOException {
    for (Sentence s : sentences) {
      Path file = TestCorpus.require(corpus.apply(s)).resolve(s.source());
      String doc = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(doc.substring(s.start(), s.end())).as("%s at %d in %s", s.id(), s.start(), file)
          .isEqualTo(s.text());
    }
  }

  /**
   * Checks that no sentence of the set comes back from the earlier sets, not even inside a longer
   * sentence or around a shorter one (white space collapsed).
   *
   * @param earlier JSON-lines test resources with a {@code text} field per line
   */
  void assertNoTextOf(String... earlier) {
    Set<String> texts = new HashSet<>();
    for (String resource : earlier) {
      readJsonLines(resource).forEach(n -> texts.add(collapse(n.path("text").asText())));
    }
    assertThat(sentences).allSatisfy(s -> {
      String t = collapse(s.text());
      assertThat(texts).as(s.id()).noneMatch(e -> e.contains(t) || t.contains(e));
    });
  }

  /**
   * Checks what every English sample keeps to: ids numbered in order from {@code <idPrefix>0001},
   * the language {@code en}, a text of 20 to 400 characters that spans its offsets, a split among
   * {@code splits}, no place {@code <source>:<start>} that {@code taken} holds, and more claim-free
   * sentences than sentences with claims (sampled, not picked: negatives come in their natural,
   * large share).
   *
   * @param idPrefix the ids' prefix, such as {@code dev3-en-}
   * @param splits the splits the sentences may be in
   * @param taken the places of the sets the sample had to keep clear of
   */
  void assertEnglishSample(String idPrefix, List<String> splits, Set<String> taken) {
    assertNumbered(idPrefix);
    for (Sentence s : sentences) {
      assertThat(s.language()).as(s.id()).isEqualTo(Language.EN);
      assertThat(s.text()).as(s.id()).hasSizeBetween(20, 400).hasSize(s.end() - s.start());
      assertThat(s.split()).as(s.id()).isIn(splits);
      assertThat(taken).as(s.id()).doesNotContain(s.source() + ":" + s.start());
    }
    assertThat(sentences.stream().filter(s -> s.claims().isEmpty()).count())
        .isGreaterThan(sentences.size() / 2);
  }

  /**
   * Checks what the later Arabic samples (devset3, devset4) keep to: {@code size} sentences with
   * unique ids and texts, all in {@code split}, drawn from the two Arabic corpora with
   * {@code saudi} of them from saudi-news-2015-dev, and no text of the earlier sets ({@link #assertNoTextOf}).
   *
   * @param size the number of sentences
   * @param saudi the number drawn from saudi-news-2015-dev
   * @param split the split of every sentence
   * @param earlier the JSON-lines resources of the earlier sets
   */
  void assertArabicSample(int size, int saudi, String split, String... earlier) {
    assertThat(sentences).hasSize(size);
    assertThat(sentences).extracting(Sentence::id).doesNotHaveDuplicates();
    assertThat(sentences).extracting(Sentence::text).doesNotHaveDuplicates();
    assertThat(sentences).extracting(Sentence::split).containsOnly(split);
    assertThat(sentences).extracting(Sentence::corpus)
        .isSubsetOf("saudi-news-2015-dev", "arabic-news-2013");
    assertThat(sentences.stream().filter(s -> s.corpus().startsWith("saudi")).count())
        .isEqualTo(saudi);
    assertNoTextOf(earlier);
  }

  /**
   * Checks what the half-and-half Arabic samples (devset6, devset7) keep to: those of
   * {@link #assertInterleavedArabicSample} with half the sentences in {@code dev}.
   */
  void assertHalvedArabicSample(int size, String prefix, long negativesLow, long negativesHigh,
      String... earlier) {
    assertInterleavedArabicSample(size, prefix, size / 2L, negativesLow, negativesHigh, earlier);
  }

  /**
   * Checks what the interleaved Arabic samples (devset5, devset6, devset7) keep to: {@code size}
   * sentences numbered {@code prefix}…, unique texts, the two corpora interleaved (odd ids from
   * saudi-news-2015-dev, even ids from arabic-news-2013, each with its year), each sentence well
   * formed ({@link #assertWellFormedArabic}), {@code dev} of them in the split {@code dev} and the
   * rest in {@code measure}, both corpora in each part, negatives between {@code negativesLow} and
   * {@code negativesHigh}, gold claims by the contract, and no text of the {@code earlier} sets.
   */
  void assertInterleavedArabicSample(int size, String prefix, long dev, long negativesLow,
      long negativesHigh, String... earlier) {
    List<String> splits = List.of(DEV, MEASURE);
    assertThat(sentences).hasSize(size);
    assertNumbered(prefix);
    assertThat(sentences).extracting(Sentence::text).doesNotHaveDuplicates();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.corpus()).as(s.id())
          .isEqualTo(i % 2 == 0 ? "saudi-news-2015-dev" : "arabic-news-2013");
      assertThat(java.time.LocalDate.parse(s.date()).getYear()).as(s.id())
          .isEqualTo(i % 2 == 0 ? 2015 : 2013);
      assertWellFormedArabic(s);
      // page furniture drawn with the rest («1», "[Image_2]") has no Arabic letter to detect
      if (s.text().chars().anyMatch(c -> c >= '\u0621' && c <= '\u064A')) {
        assertThat(Language.detect(s.text())).as(s.id()).isNotEqualTo(Language.EN);
      }
      s.claims().forEach(c -> assertGoldClaimFollowsTheContract(s.id(), c));
    }
    assertThat(sentences.stream().filter(s -> s.split().equals(DEV)).count()).isEqualTo(dev);
    for (String split : splits) {
      assertThat(sentences.stream().filter(s -> s.split().equals(split))
          .map(Sentence::corpus).distinct().count()).as(split).isEqualTo(2L);
    }
    assertThat(sentences.stream().filter(s -> s.claims().isEmpty()).count())
        .isBetween(negativesLow, negativesHigh);
    assertNoTextOf(earlier);
  }

  /**
   * Checks one sentence of a split Arabic sample: its split is {@code dev} or {@code measure}, its
   * source a {@code .txt} file, its offset not negative, its text not blank and stripped.
   *
   * @param s the sentence
   */
  static void assertWellFormedArabic(Sentence s) {
    assertThat(s.split()).as(s.id()).isIn(DEV, MEASURE);
    assertThat(s.source()).as(s.id()).endsWith(".txt");
    assertThat(s.start()).as(s.id()).isNotNegative();
    assertThat(s.text()).as(s.id()).isNotBlank().isEqualTo(s.text().strip());
  }

  /**
   * Checks what the half-and-half English samples (devset6, devset7) keep to: those of
   * {@link #assertSplitEnglishSample} with half the sentences in {@code measure}.
   */
  void assertHalvedEnglishSample(int size, String prefix, int agNews, String... earlier) {
    assertSplitEnglishSample(size, prefix, agNews, size / 2L, earlier);
  }

  /**
   * Checks what the split English samples (devset5, devset6, devset7) keep to: {@code size}
   * sentences of english-news-dev, {@code measure} of them in the split {@code measure} and the
   * rest in {@code dev}, apart from the {@code earlier} sets' places and from the first development
   * set's texts, the AG News sentences first ({@code agNews} of them, their share of the corpus'
   * bytes), each in English, each place once, gold claims by the contract.
   */
  void assertSplitEnglishSample(int size, String prefix, int agNews, long measure,
      String... earlier) {
    assertThat(sentences).hasSize(size);
    assertEnglishSample(prefix, List.of(DEV, MEASURE), placesOf(earlier));
    assertNoTextOf("/devset/devset.jsonl");
    assertEnglishSources(s -> Integer.parseInt(s.id().substring(prefix.length())) <= agNews
        ? "agnews-train-.+\\.txt" : "indiapoliceevents-.+\\.txt");
    assertThat(sentences.stream().filter(s -> s.split().equals(MEASURE)).count())
        .isEqualTo(measure);
  }

  /**
   * Checks that every sentence is detected as English, comes from a file whose name matches
   * {@code sourcePattern}, has gold claims by the contract, and that no place
   * {@code <source>:<start>} comes twice.
   *
   * @param sourcePattern the regular expression a sentence's source file must match
   */
  void assertEnglishSources(Function<Sentence, String> sourcePattern) {
    for (Sentence s : sentences) {
      assertThat(Language.detect(s.text())).as(s.id()).isEqualTo(Language.EN);
      assertThat(s.source()).as(s.id()).matches(sourcePattern.apply(s));
      s.claims().forEach(c -> assertGoldClaimFollowsTheContract(s.id(), c));
    }
    assertThat(sentences).extracting(s -> s.source() + ":" + s.start()).doesNotHaveDuplicates();
  }

  /**
   * @param sets the English sets, such as {@code devset2}
   * @return the places {@code <source>:<start>} of their sentences
   */
  static Set<String> placesOf(String... sets) {
    Set<String> taken = new HashSet<>();
    for (String set : sets) {
      taken.addAll(load(set, "en").places());
    }
    return taken;
  }

  /**
   * Checks that the ids number the sentences in order: {@code <prefix>0001}, {@code <prefix>0002}…
   *
   * @param prefix the ids' prefix, such as {@code dev3-en-}
   */
  void assertNumbered(String prefix) {
    for (int i = 0; i < sentences.size(); i++) {
      assertThat(sentences.get(i).id()).isEqualTo(String.format("%s%04d", prefix, i + 1));
    }
  }

  /** @return the places {@code <source>:<start>} of the set's sentences */
  Set<String> places() {
    Set<String> out = new HashSet<>();
    sentences.forEach(s -> out.add(s.source() + ":" + s.start()));
    return out;
  }

  private static String collapse(String s) {
    return String.join(" ", s.strip().split("(?U)\\s+"));
  }

  private String languageName() {
    return "ar".equals(lang) ? "Arabic" : "English";
  }

  private static Sentence sentence(JsonNode n) {
    List<GoldClaim> claims = new ArrayList<>();
    n.path("claims").forEach(c -> claims.add(GoldClaim.fromJson(c)));
    String text = n.path("text").asText();
    int start = n.has("offset") ? n.path("offset").asInt(-1) : n.path("start").asInt(-1);
    int end = n.has("end") ? n.path("end").asInt(-1) : start < 0 ? -1 : start + text.length();
    return new Sentence(
        n.path("id").asText(),
        n.path("corpus").asText(),
        n.path("outlet").asText(),
        n.path("date").asText(),
        n.path("source").asText(),
        start,
        end,
        Language.fromCode(n.path("lang").asText()),
        n.path("split").asText(),
        text,
        claims);
  }

  /**
   * @param name the absolute name of a JSON-lines test resource
   * @return its non-blank lines, parsed
   */
  static List<JsonNode> readJsonLines(String name) {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
    return out;
  }

  /**
   * @param name the absolute name of a test resource
   * @return the resource, open
   * @throws IllegalStateException when there is no such resource
   */
  static InputStream resource(String name) {
    InputStream in = SampledDevSet.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("test resource missing: " + name);
    }
    return in;
  }

  /**
   * A gold claim names an event that is scored and at least one subject, and its interval follows
   * section 2 of the contract from its value and one of its kinds (the file lists the kind the
   * interval follows first; the scorer keeps the kinds as a set).
   */
  static void assertGoldClaimFollowsTheContract(String id, GoldClaim c) {
    assertThat(c.event()).as(id + " " + c).isNotEqualTo(Event.OTHER);
    assertThat(c.subjects()).as(id + " " + c).isNotEmpty();
    if (c.value() == null) {
      assertThat(c.kinds()).as(id + " " + c).containsAnyOf(QuantityKind.RANGE, QuantityKind.VAGUE);
      assertThat(c.high()).as(id + " " + c).isNotNull().isGreaterThan(c.low());
      return;
    }
    long v = c.value();
    assertThat(c.kinds()).as(id + " " + c).anySatisfy(kind -> {
      assertThat(c.low()).isEqualTo(switch (kind) {
        case EXACT, AT_LEAST -> v;
        case APPROXIMATE -> (long) Math.floor(0.9 * v);
        case MORE_THAN -> v + 1;
        default -> 0L;
      });
      assertThat(c.high()).isEqualTo(switch (kind) {
        case EXACT, AT_MOST -> Long.valueOf(v);
        case APPROXIMATE -> Long.valueOf((long) Math.ceil(1.1 * v));
        case LESS_THAN -> Long.valueOf(v - 1);
        default -> null;
      });
    });
  }
}
