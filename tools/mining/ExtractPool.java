import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Mining driver: reads the TSV of en_sentences.py (source, start, text) on standard input, extracts
 * each sentence alone (as the devset tests do) and writes one TSV line per claim: source, start,
 * event, subject, kind, low, high, claim text. A sentence with no claim gets one line with event
 * "-". With {@code --spans} (en25mine) each line holds the claim's span in its sentence instead of
 * its text: source, start, span start, span end, event, subject, kind, low, high. Run with the CLI
 * jar on the class path (java 17 source launcher):
 *
 * <pre>java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractPool.java [--spans] &lt; pool.tsv</pre>
 */
public final class ExtractPool {
  public static void main(String[] args) throws Exception {
    boolean spans = args.length > 0 && args[0].equals("--spans");
    ClaimExtractor extractor = ClaimExtractor.create();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    String line;
    while ((line = in.readLine()) != null) {
      String[] f = line.split("\t", 3);
      Document doc = Document.builder(f[0] + ":" + f[1], f[2]).language(Language.EN).build();
      boolean any = false;
      for (Claim c : extractor.extract(doc)) {
        any = true;
        String what = String.join("\t", c.event().name(), c.subject().name(),
            c.quantity().kind().name(), String.valueOf(c.quantity().low()),
            String.valueOf(c.quantity().high()));
        out.println(spans
            ? String.join("\t", f[0], f[1], String.valueOf(c.span().start()),
                String.valueOf(c.span().end()), what)
            : String.join("\t", f[0], f[1], what, c.text().replace('\t', ' ')));
      }
      if (!any) {
        out.println(String.join("\t", f[0], f[1], "-"));
      }
    }
    out.flush();
  }
}
