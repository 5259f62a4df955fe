package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LexiconTest {

  private static Lexicon parse(String json) {
    return Lexicon.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void loadsTheBuiltInLexicons() {
    assertThat(Lexicon.arabic().language()).isEqualTo(Language.AR);
    assertThat(Lexicon.english().language()).isEqualTo(Language.EN);
    assertThat(Lexicon.arabic().eventCues.size()).isGreaterThan(100);
  }

  @Test
  void refusesAnUnknownEventNamingTheLineAndField() {
    String json = "{\"language\":\"ar\",\n\"events\":{\n\"KILED\":{\"cues\":[\"قتل\"]}}}";
    assertThatThrownBy(() -> parse(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("test.json:3")
        .hasMessageContaining("events");
  }

  @Test
  void refusesAnUnknownSectionAndAnEmptyEntry() {
    assertThatThrownBy(() -> parse("{\"language\":\"ar\",\n\"evnts\":{}}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evnts");
    assertThatThrownBy(() -> parse("{\"language\":\"ar\",\"events\":{\"KILLED\":{\"cues\":[\" \"]}}}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events.KILLED.cues[0]");
    assertThatThrownBy(() -> parse("{\"events\":{}}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("language");
  }

  @Test
  void refusesASectionWrittenTwiceNamingItsLine() {
    String json = "{\"language\":\"en\",\n\"constructions\":{\"RELEASE\":[\"freed\"],\n"
        + "\"RELEASE\":[\"released\"]}}";
    assertThatThrownBy(() -> parse(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("test.json:3")
        .hasMessageContaining("RELEASE");
  }

  @Test
  void refusesAPhraseUnderTwoConstructionRolesNamingBoth() {
    String json = "{\"language\":\"en\",\"constructions\":{\"RELEASE\":[\"freed\", \"rescued\"],"
        + "\"RESCUE\":[\"rescue teams\", \"Rescued\"]}}";
    assertThatThrownBy(() -> parse(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("constructions.RESCUE[1]")
        .hasMessageContaining("constructions.RELEASE[1]");
    // the same phrase twice in one role is no conflict
    assertThat(parse("{\"language\":\"en\",\"constructions\":{\"RELEASE\":[\"freed\", \"freed\"]}}")
        .constructions.size()).isPositive();
  }

  @Test
  void readsTheDualEventNounsAndTheRateWordsOfAUserLexicon() {
    String events = "{\"language\":\"ar\",\"events\":{\"KILLED\":{\"cues\":[\"نفق\"],"
        + "\"dual\":[\"نافقان\"]}}";
    ClaimExtractor plain = ClaimExtractor.builder().lexicon(parse(events + "}")).build();
    ClaimExtractor withRates = ClaimExtractor.builder()
        .lexicon(parse(events + ",\"rates\":[\"معدل\"]}")).build();
    Document dual = Document.of("d", "وجد نافقان في الحظيرة");
    assertThat(plain.extract(dual)).extracting(c -> c.quantity().value()).containsExactly(2L);
    assertThat(ClaimExtractor.create().extract(dual)).isEmpty();
    Document rate = Document.of("r", "ارتفع معدل نفق 30.");
    assertThat(plain.extract(rate)).hasSize(1);
    assertThat(withRates.extract(rate)).isEmpty();
    assertThatThrownBy(() -> parse("{\"language\":\"ar\",\"events\":{\"KILLED\":{\"dual\":[\"\"]}}}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events.KILLED.dual[0]");
  }

  @Test
  void aReplacedLexiconChangesWhatIsExtracted(@TempDir Path dir) throws Exception {
    String json = "{\"language\":\"ar\",\"events\":{\"KILLED\":{\"cues\":[\"نفق\"]}},"
        + "\"subjects\":{\"OTHER\":{\"plural\":[\"رأس\"]}}}";
    Path file = dir.resolve("ar.json");
    Files.writeString(file, json);
    ClaimExtractor custom = ClaimExtractor.builder().lexicon(Lexicon.load(file)).build();
    Document doc = Document.of("d", "نفق 30 رأس من الماشية");
    assertThat(ClaimExtractor.create().extract(doc)).isEmpty();
    assertThat(custom.extract(doc)).extracting(Claim::event).containsExactly(Event.OTHER);
  }

  @Test
  void formsTheAccusativeOfASingular() {
    assertThat(Lexicon.accusative("رجل")).isEqualTo("رجلا");
    assertThat(Lexicon.accusative("طائرة")).isNull();
    assertThat(Lexicon.accusative("رجل أمن")).isNull();
    // a nisba's -يا is also a country's name (سوريا، تركيا): not generated
    assertThat(Lexicon.accusative("سوري")).isNull();
    assertThat(Lexicon.accusative("تركي")).isNull();
  }

  @Test
  void keysTheDemonymsApartFromTheConstructions() {
    Lexicon en = Lexicon.english();
    for (String word : new String[] {"canadian", "national", "south"}) { // "South African"
      char[] c = word.toCharArray();
      long bits = en.keysAndStems(c, 0, c.length, 1);
      assertThat(bits & en.personHeads.bit()).as(word).isNotZero();
      assertThat(bits & en.constructions.bit()).as(word).isZero();
    }
    char[] hindu = "hindu".toCharArray(); // also the first word of the idiom "Hindu bodies"
    long bits = en.keysAndStems(hindu, 0, hindu.length, 1);
    assertThat(bits & en.constructions.bit()).isNotZero();
    assertThat(bits & en.personHeads.bit()).isNotZero();
  }

  @Test
  void givesEveryIndexItsOwnBit() {
    for (Lexicon lex : new Lexicon[] {Lexicon.arabic(), Lexicon.english()}) {
      long seen = 0;
      for (PhraseIndex<?> index : java.util.List.of(lex.eventCues, lex.subjects, lex.attribution,
          lex.scopeWords, lex.constructions, lex.personSingulars, lex.placePrepositions,
          lex.personHeads)) {
        assertThat(Long.bitCount(index.bit())).isEqualTo(1);
        assertThat(seen & index.bit()).isZero();
        seen |= index.bit();
      }
    }
  }
}
