import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Driver of drawtime_errors.py: extracts each sentence of its input alone, as
 * {@code SampledDevSet.score} does in the devset tests ({@code Document.builder(id + ".txt",
 * text).language(lang)} and a fresh {@code ClaimExtractor.create()}), and writes every claim as a
 * JSON line of the contract (document {@code <id>.txt}, span, text, event, subject, quantity with
 * kind, value, low and high), so that {@code shared/tools/score-claims} scores it against gold
 * lines of the authored form ({@code {"id", "claims"}}). Input on stdin, one sentence a line:
 * {@code id TAB lang TAB base64(UTF-8 text)}. It uses only what the claims API has kept since
 * devset5 was drawn (7cadba3), so the same file runs against the CLI jar of any later commit:
 *
 * <pre>java -cp countercheck-cli-all.jar tools/annotation/ExtractDevSentences.java &lt; in.tsv &gt; claims.jsonl</pre>
 */
public final class ExtractDevSentences {
  public static void main(String[] args) throws Exception {
    ClaimExtractor extractor = ClaimExtractor.create();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] f = line.split("\t");
      if (f.length < 3) {
        continue;
      }
      String text = new String(Base64.getDecoder().decode(f[2]), StandardCharsets.UTF_8);
      Language lang = "ar".equals(f[1]) ? Language.AR : Language.EN;
      Document doc = Document.builder(f[0] + ".txt", text).language(lang).build();
      for (Claim c : extractor.extract(doc)) {
        Quantity q = c.quantity();
        out.println("{\"document\":\"" + f[0] + ".txt\",\"span\":{\"start\":" + c.span().start()
            + ",\"end\":" + c.span().end() + "},\"text\":\"" + esc(c.text()) + "\",\"event\":\""
            + c.event() + "\",\"subject\":\"" + c.subject() + "\",\"quantity\":{\"kind\":\""
            + q.kind() + "\",\"value\":" + q.value() + ",\"low\":" + q.low() + ",\"high\":"
            + q.high() + "}}");
      }
    }
    out.flush();
  }

  private static String esc(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\') {
        b.append('\\').append(ch);
      } else if (ch < 0x20) {
        b.append(String.format("\\u%04x", (int) ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }
}
