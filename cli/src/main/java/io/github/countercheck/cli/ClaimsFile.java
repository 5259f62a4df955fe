package io.github.countercheck.cli;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.json.ClaimJson;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.internal.Shorten;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims of {@code reconcile --claims}: JSON Lines as {@code extract} writes them, each line
 * held to the claim contract and, when its document was loaded too, to quoting that document at
 * its span.
 */
final class ClaimsFile {

  private ClaimsFile() {}

  /**
   * Reads a {@code --claims} file into {@code claims}, checking each line: the claim contract, and when
   * its document was loaded, that its {@code text} is the document's text at its span (no one can
   * put words in an outlet's mouth).
   *
   * @return why the file is refused, or null
   */
  static String read(Path file, List<Document> documents, List<Claim> claims, long budget) {
    Map<String, String> texts = new HashMap<>();
    for (Document d : documents) {
      texts.put(d.id(), d.text());
    }
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        Claim c = ClaimJson.readClaim(line);
        String text = texts.get(c.document());
        if (text != null) {
          String bad = mismatch(c, text);
          if (bad != null) {
            return "line " + lineNo + ": " + bad;
          }
        }
        claims.add(c);
        if (claims.size() > budget) {
          return "line " + lineNo + ": " + ClaimBudget.tooMany(claims.size(), budget)
              + "; nothing is reconciled";
        }
      }
    } catch (IllegalArgumentException e) {
      return "line " + lineNo + ": " + e.getMessage();
    } catch (IOException | UncheckedIOException e) {
      return IoMessages.reason(e, file);
    }
    return null;
  }

  /** Why a claim does not quote its document at its span, or null when it does. */
  static String mismatch(Claim c, String text) {
    int start = c.span().start();
    int end = c.span().end();
    if (end > text.length()) {
      return "field 'span': [" + start + ", " + end + ") is past the end of " + c.document()
          + " (" + text.length() + " chars)";
    }
    if (!text.regionMatches(start, c.text(), 0, c.text().length())) {
      return "field 'text': «" + shorten(c.text()) + "» is not the text of "
          + c.document() + " at [" + start + ", " + end + "), which reads «"
          + shorten(text.substring(start, end)) + "»";
    }
    return null;
  }

  /** Foreign text shortened for a message. */
  private static String shorten(String s) {
    return Shorten.atLimit(s, 80);
  }
}
