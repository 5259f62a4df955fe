package io.github.countercheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code score} subcommand: precision, recall and F1 of predicted claims (the JSON Lines of
 * {@code extract}) against a gold file, with the matching rules of the project's scorer.
 *
 * <p>A gold line is either a whole document, {@code {"id", "claims"}} (the document
 * {@code <id>.txt}), or a sentence of one, {@code {"file", "start", "end", "claims"}}: then only
 * the predictions whose span starts within {@code [start, end)} count, offsets in code points when
 * the texts' folder is given (a prediction's span is in UTF-16 units), as given otherwise. A gold
 * claim is {@code {"event", "subjects", "kinds", "value", "low", "high"}}; a prediction matches it
 * when its event is equal, its subject one of the subjects, its kind one of the kinds, and its
 * numbers equal ({@code low} and {@code high} for {@code RANGE} and {@code VAGUE}, {@code value}
 * otherwise). Each gold claim takes the first unused matching prediction, in order; predictions of
 * event {@code OTHER} are not scored, and the predictions of documents the gold does not name are
 * not read.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores extracted claims against gold claims: precision, recall and F1.",
      "Prints tp, fp, fn, P, R and F1 on one line; -v lists each miss and extra first.",
      "The predictions are the JSON Lines of 'extract'."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  countercheck extract --format jsonl seeds/*.txt > predictions.jsonl",
      "  countercheck score claims/src/test/resources/seeds-gold.jsonl predictions.jsonl",
      "  countercheck extract --format jsonl seeds/*.txt | countercheck score -v GOLD -",
      "",
      "Exit codes: 0 scored, 1 a file could not be read or a gold line is malformed, 2 usage."
    })
final class ScoreCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The events scored: all but OTHER. */
  private static final Set<String> EVENTS = Arrays.stream(Event.values())
      .filter(e -> e != Event.OTHER).map(Enum::name).collect(Collectors.toUnmodifiableSet());

  @Spec CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, description = "Print each miss and extra before the summary.")
  boolean verbose;

  @Parameters(index = "0", paramLabel = "GOLD", description = "The gold claims, JSON Lines.")
  String gold;

  @Parameters(index = "1", paramLabel = "PREDICTIONS",
      description = "The predicted claims, JSON Lines; - reads standard input.")
  String predictions;

  @Parameters(index = "2", arity = "0..1", paramLabel = "TEXTS",
      description = "The folder of the texts, for sentence gold lines (offsets in code points).")
  String texts;

  /** A file that could not be read, or a malformed gold line: the message says which and why. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<JsonNode> goldLines = readGold(gold);
      Map<String, List<JsonNode>> predicted = readPredictions(predictions, err);
      Tally tally = score(goldLines, predicted);
      if (verbose) {
        tally.diagnostics.forEach(out::println);
      }
      out.println(tally.summary());
      out.flush();
      return 0;
    } catch (Unreadable e) {
      err.println("countercheck score: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private static List<JsonNode> readGold(String file) throws Unreadable {
    List<JsonNode> lines = new ArrayList<>();
    int n = 0;
    for (String line : lines(file)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new Unreadable(file + ": line " + n + ": not JSON (" + e.getOriginalMessage() + ")");
      }
      String problem = goldProblem(node);
      if (problem != null) {
        throw new Unreadable(file + ": line " + n + ": " + problem);
      }
      lines.add(node);
    }
    return lines;
  }

  /** What makes a gold line unusable, or null. */
  private static String goldProblem(JsonNode node) {
    if (!node.isObject()) {
      return "not a JSON object";
    }
    if (!node.path("id").isTextual() && !node.path("file").isTextual()) {
      return "no \"id\" (a document) or \"file\" (a sentence of one)";
    }
    if (!node.has("id") && !(node.path("start").canConvertToInt() && node.path("end").canConvertToInt())) {
      return "a sentence (\"file\") needs integer \"start\" and \"end\"";
    }
    if (!node.path("claims").isArray()) {
      return "no \"claims\" array";
    }
    for (JsonNode c : node.get("claims")) {
      if (!c.path("event").isTextual() || !c.path("subjects").isArray() || !c.path("kinds").isArray()) {
        return "a claim without \"event\", \"subjects\" and \"kinds\": " + c;
      }
    }
    return null;
  }

  private Map<String, List<JsonNode>> readPredictions(String file, PrintWriter err) throws Unreadable {
    Map<String, List<JsonNode>> byDocument = new HashMap<>();
    int n = 0;
    for (String line : lines(file)) {
      n++;
      String l = line.strip();
      if (!l.startsWith("{")) {
        continue;
      }
      JsonNode p;
      try {
        p = JSON.readTree(l);
      } catch (JsonProcessingException e) {
        err.println("countercheck score: " + name(file) + ": line " + n + ": not JSON, skipped");
        continue;
      }
      if (EVENTS.contains(p.path("event").asText())) {
        byDocument.computeIfAbsent(p.path("document").asText(), d -> new ArrayList<>()).add(p);
      }
    }
    return byDocument;
  }

  private Tally score(List<JsonNode> goldLines, Map<String, List<JsonNode>> predicted)
      throws Unreadable {
    Tally t = new Tally();
    Map<String, String> textCache = new LinkedHashMap<>();
    for (JsonNode g : goldLines) {
      String doc;
      List<JsonNode> candidates;
      if (g.has("id")) {
        doc = g.get("id").asText() + ".txt";
        candidates = predicted.getOrDefault(doc, List.of());
      } else {
        doc = g.get("file").asText();
        String text = texts == null ? null : textCache.get(doc);
        if (texts != null && text == null) {
          text = read(Path.of(texts).resolve(doc).toString());
          textCache.put(doc, text);
        }
        int start = g.get("start").asInt();
        int end = g.get("end").asInt();
        candidates = new ArrayList<>();
        for (JsonNode p : predicted.getOrDefault(doc, List.of())) {
          int s = p.path("span").path("start").asInt(-1);
          int at = text == null || s < 0 ? s : text.codePointCount(0, Math.min(s, text.length()));
          if (start <= at && at < end) {
            candidates.add(p);
          }
        }
      }
      boolean[] used = new boolean[candidates.size()];
      for (JsonNode gc : g.get("claims")) {
        int hit = -1;
        for (int i = 0; i < candidates.size() && hit < 0; i++) {
          if (!used[i] && matches(gc, candidates.get(i))) {
            hit = i;
          }
        }
        if (hit < 0) {
          t.fn++;
          t.diagnostics.add("MISS " + doc + (g.has("start") ? " " + g.get("start").asInt() : "") + " " + gc);
        } else {
          used[hit] = true;
          t.tp++;
        }
      }
      for (int i = 0; i < candidates.size(); i++) {
        if (!used[i]) {
          t.fp++;
          JsonNode p = candidates.get(i);
          t.diagnostics.add("EXTRA " + doc + " '" + p.path("text").asText() + "' "
              + p.path("event").asText() + " " + p.path("subject").asText() + " " + p.path("quantity"));
        }
      }
    }
    return t;
  }

  static boolean matches(JsonNode gold, JsonNode prediction) {
    JsonNode q = prediction.path("quantity");
    if (!prediction.path("event").asText().equals(gold.path("event").asText())
        || !contains(gold.path("subjects"), prediction.path("subject").asText())) {
      return false;
    }
    String kind = q.path("kind").asText();
    if (!contains(gold.path("kinds"), kind)) {
      return false;
    }
    if (kind.equals("RANGE") || kind.equals("VAGUE")) {
      return sameNumber(q.get("low"), gold.get("low")) && sameNumber(q.get("high"), gold.get("high"));
    }
    return sameNumber(q.get("value"), gold.get("value"));
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode v : array) {
      if (v.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** Equal as numbers; null, absent and non-numbers are all "no number". */
  private static boolean sameNumber(JsonNode a, JsonNode b) {
    Double x = number(a);
    Double y = number(b);
    return x == null ? y == null : x.equals(y);
  }

  private static Double number(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    try {
      return Double.valueOf(n.asText().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The lines of a UTF-8 file, or of standard input for {@code -}. */
  private static List<String> lines(String file) throws Unreadable {
    return read(file).lines().toList();
  }

  /** A UTF-8 file, or standard input for {@code -}. */
  private static String read(String file) throws Unreadable {
    try {
      if (file.equals("-")) {
        InputStream in = System.in;
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Unreadable(file + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new Unreadable(file + ": not UTF-8");
    } catch (IOException e) {
      String why = e.getMessage() == null || e.getMessage().equals(file)
          ? e.getClass().getSimpleName() : e.getMessage().replace(file + ": ", "");
      throw new Unreadable(file + ": " + (Files.isDirectory(Path.of(file)) ? "a directory" : why));
    } catch (InvalidPathException e) {
      throw new Unreadable(file + ": not a path (" + e.getReason() + ")");
    }
  }

  private static String name(String file) {
    return file.equals("-") ? "<stdin>" : file;
  }

  /** The counts and the diagnostics. */
  private static final class Tally {
    int tp;
    int fp;
    int fn;
    final List<String> diagnostics = new ArrayList<>();

    String summary() {
      double p = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
      double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
      return String.format(Locale.ROOT, "tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f", tp, fp, fn, p, r, f);
    }
  }
}
