import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Mining driver (en25mine): as ExtractPool.java, reads the TSV of en_sentences.py (source, start,
 * text) on standard input and extracts each sentence alone, but writes the span of each claim in
 * its sentence too: source, start, span start, span end, event, subject, kind, low, high. A
 * sentence with no claim gets one line with event "-".
 *
 * <pre>java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractPoolSpans.java &lt; pool.tsv</pre>
 */
public final class ExtractPoolSpans {
  public static void main(String[] args) throws Exception {
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
        out.println(String.join("\t", f[0], f[1], String.valueOf(c.span().start()),
            String.valueOf(c.span().end()), c.event().name(), c.subject().name(),
            c.quantity().kind().name(), String.valueOf(c.quantity().low()),
            String.valueOf(c.quantity().high())));
      }
      if (!any) {
        out.println(String.join("\t", f[0], f[1], "-"));
      }
    }
    out.flush();
  }
}
