package io.github.countercheck.examples.consumer;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Estimate;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Relation;
import io.github.countercheck.reconcile.report.HtmlReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads two short reports of the same (invented) explosion, a day apart and with different
 * figures, extracts their claims, reconciles them, prints the groups and writes an HTML report.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the example.
   *
   * @param args the folder of the two articles (default: {@code articles})
   * @throws IOException if an article cannot be read or the report written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path articles = Path.of(args.length > 0 ? args[0] : "articles");

    List<Document> documents = List.of(
        Document.builder("homs-sunday.txt", Files.readString(articles.resolve("homs-sunday.txt")))
            .publisher("وكالة الأنباء المحلية").published(LocalDate.of(2024, 3, 10)).build(),
        Document.builder("homs-monday.txt", Files.readString(articles.resolve("homs-monday.txt")))
            .publisher("صحيفة المساء").published(LocalDate.of(2024, 3, 11)).build());

    ClaimExtractor extractor = ClaimExtractor.create();   // immutable, thread-safe: build once
    List<Claim> claims = new ArrayList<>();
    List<DocumentMetadata> metadata = new ArrayList<>();
    for (Document d : documents) {
      claims.addAll(extractor.extract(d));                 // KILLED PERSON EXACT 12 ...
      metadata.add(DocumentMetadata.of(d));
    }

    Reconciliation result = Reconciler.create().reconcile(claims, metadata);   // groups, verdicts
    out.printf("%d claims in %d groups%n", result.claimCount(), result.groups().size());
    for (ClaimGroup g : result.groups()) {
      out.printf("%ngroup %s %s: %s%n", g.event(), g.subject(), g.status());
      for (int i = 0; i < g.claims().size(); i++) {
        Claim c = g.claims().get(i);
        out.printf("  [%d] %s «%s» (%s)%n", i, c.quantity(), c.text(), c.document());
      }
      for (Relation r : g.relations()) {
        out.printf("  [%d]-[%d] %s%n", r.a(), r.b(), r.verdict());
      }
      Estimate e = g.estimate();          // null when the claims count different things
      if (e != null) {
        out.printf("  estimate: low %d, best %s, high %s%n",
            e.low(), e.best() == null ? "-" : e.best(), e.high() == null ? "unbounded" : e.high());
      }
    }

    Files.writeString(Path.of("report.html"), HtmlReport.render(result));   // the page below
    out.printf("%nwrote report.html%n");
  }
}
