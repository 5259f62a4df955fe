import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;

/**
 * Mining driver for the Arabic pool of ar_pool.py: extracts each line of pool.txt alone (as the
 * devset tests extract each sentence alone; one long document lets claims of far sentences act on
 * each other) and writes the claims as JSON lines with the spans of pool.txt (UTF-16 offsets, as
 * `extract` writes them): document, span, text, event, subject, quantity (its value and kind). Run with the CLI jar on
 * the class path (java 17 source launcher):
 *
 * <pre>java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractArPool.java /tmp/pool/pool.txt &gt; claims.jsonl</pre>
 */
public final class ExtractArPool {
  public static void main(String[] args) throws Exception {
    ClaimExtractor extractor = ClaimExtractor.create();
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    int at = 0;
    int n = 0;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        end = text.length();
      }
      if (end > at) {
        String line = text.substring(at, end);
        Document doc = Document.builder("s" + n, line).language(Language.AR).build();
        for (Claim c : extractor.extract(doc)) {
          out.println("{\"document\":\"pool.txt\",\"span\":{\"start\":" + (at + c.span().start())
              + ",\"end\":" + (at + c.span().end()) + "},\"text\":\"" + esc(c.text())
              + "\",\"event\":\"" + c.event() + "\",\"subject\":\"" + c.subject()
              + "\",\"quantity\":{\"value\":" + c.quantity().value()
              + ",\"kind\":\"" + c.quantity().kind() + "\"}}");
        }
        n++;
      }
      at = end + 1;
    }
    out.flush();
  }

  private static String esc(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
  }
}
