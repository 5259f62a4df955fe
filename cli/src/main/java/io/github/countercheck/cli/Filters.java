package io.github.countercheck.cli;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.claims.json.ManifestReader;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Printable;
import io.github.countercheck.core.PublicationTime;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that choose and describe documents and claims, shared by {@code extract} and
 * {@code reconcile}: {@code --lang}, {@code --manifest}, {@code --since}, {@code --until},
 * {@code --event} and {@code --subject}.
 *
 * <p>{@code --since} and {@code --until} take a date or a date-time (see {@link
 * PublicationTime#parse}). They bound a window on the timeline: from the first second of {@code
 * --since} (a date: its 00:00) to the last second of {@code --until} (a date: the end of that day,
 * so {@code --until 2013-02-26} keeps the whole 26th). A document is kept when its publication
 * overlaps the window: a document dated by day only is kept when that day meets it, one with a
 * time of day when that second is inside it. Times without an offset are read as UTC, like the
 * documents' own. A document with no date is kept (nothing says it is outside the window), and the
 * command says so on standard error, naming it.
 */
final class Filters {

  /** The document language: forced, or detected from the text. */
  enum Lang { ar, en, auto }

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--lang", defaultValue = "auto", paramLabel = "LANG",
      description = "The language of the documents: ar, en, or auto (detected per document). "
          + "Default: ${DEFAULT-VALUE}.")
  Lang lang = Lang.auto;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "A manifest.json or manifest.tsv (by its extension) giving the publisher, "
          + "time and story of loose files (and of files in directories, where it names them: it "
          + "wins over a directory's own manifests).")
  Path manifestFile;

  @Option(names = "--since", paramLabel = "TIME", converter = TimeConverter.class,
      description = "Only documents published at or after this date (2013-02-26) or date-time "
          + "(2013-02-26T08:00, or with a space, Z or an offset such as +02:00); undated documents "
          + "are kept.")
  PublicationTime since;

  @Option(names = "--until", paramLabel = "TIME", converter = TimeConverter.class,
      description = "Only documents published at or before this date-time, or by the end of this "
          + "date (--until 2013-02-26 keeps the whole day); undated documents are kept.")
  PublicationTime until;

  @Option(names = "--event", paramLabel = "EVENT", split = ",", hideParamSyntax = true,
      description = "Only claims of this event (repeatable, or several separated by commas): "
          + "${COMPLETION-CANDIDATES}.")
  List<Event> events = new ArrayList<>();

  @Option(names = "--subject", paramLabel = "SUBJECT", split = ",", hideParamSyntax = true,
      description = "Only claims counting this subject or a kind of it (repeatable, or several "
          + "separated by commas; SECURITY_FORCES takes in POLICE and SOLDIER): "
          + "${COMPLETION-CANDIDATES}.")
  List<Subject> subjects = new ArrayList<>();

  private Map<String, DocumentMetadata> manifest;
  private final Set<String> outside = new HashSet<>();
  private boolean failed;

  /**
   * The documents and metadata a command works on.
   *
   * @param documents the documents, with {@code --lang} and {@code --manifest} applied, within
   *     the dates
   * @param metadata  the metadata of every document named by the inputs and manifests, within
   *     the dates
   */
  record Selected(List<Document> documents, Map<String, DocumentMetadata> metadata) {}

  /**
   * Applies {@code --lang}, {@code --manifest}, {@code --since} and {@code --until} to what the
   * inputs loaded.
   *
   * @param loaded the inputs
   * @param err    standard error
   * @return the documents to work on and the metadata of every document named
   */
  Selected select(Inputs.Loaded loaded, PrintWriter err) {
    Map<String, DocumentMetadata> metadata = new LinkedHashMap<>(loaded.metadata());
    metadata.putAll(manifest(err));
    List<Document> documents = new ArrayList<>(loaded.documents().size());
    for (Document d : loaded.documents()) {
      Document p = prepare(d, err);
      metadata.put(p.id(), DocumentMetadata.of(p));
      documents.add(p);
    }
    for (DocumentMetadata m : metadata.values()) {
      if (!inWindow(m.published())) {
        outside.add(m.id());
      }
    }
    metadata.keySet().removeAll(outside);
    return new Selected(byDate(documents, err), metadata);
  }

  /**
   * Checks the options against each other.
   *
   * @throws ParameterException when {@code --since} is after {@code --until} (the window is empty)
   */
  void validate() {
    if (since != null && until != null && since.startEpochSecond() >= until.endEpochSecond()) {
      throw new ParameterException(spec.commandLine(),
          "--since " + since + " is after --until " + until);
    }
  }

  /** @return whether the manifest given by {@code --manifest} could not be read */
  boolean failed() {
    return failed;
  }

  /**
   * Reads the {@code --manifest} file once; an unreadable one is reported and left out.
   *
   * @param err where to report
   * @return the metadata by document id, empty without {@code --manifest}
   */
  Map<String, DocumentMetadata> manifest(PrintWriter err) {
    if (manifest == null) {
      manifest = Map.of();
      if (manifestFile != null) {
        try {
          manifest = ManifestReader.read(manifestFile);
        } catch (UncheckedIOException | IllegalArgumentException e) {
          failed = true;
          String m = String.valueOf(e.getMessage());
          err.println("countercheck: " + Printable.oneLine(m.contains(manifestFile.toString()) ? m
              : manifestFile + ": " + m));
        }
      }
    }
    return manifest;
  }

  /**
   * Applies {@code --lang} and {@code --manifest} to a document.
   *
   * @param d   the document as read
   * @param err where to report an unreadable manifest
   * @return the document with its language forced and its manifest metadata, where given
   */
  Document prepare(Document d, PrintWriter err) {
    DocumentMetadata m = manifest(err).get(d.id());
    Language forced = switch (lang) {
      case ar -> Language.AR;
      case en -> Language.EN;
      case auto -> null;
    };
    if (m == null && forced == null) {
      return d;
    }
    Document.Builder b = d.toBuilder();
    if (m != null) {
      b.publisher(m.publisher()).published(m.published()).story(m.story());
    }
    if (forced != null) {
      b.language(forced);
    }
    return b.build();
  }

  /**
   * Keeps the documents published within {@code --since} and {@code --until}, and the undated
   * ones, which it names on {@code err}.
   *
   * @param documents the documents
   * @param err       where to say which undated documents were kept
   * @return the documents kept, in order
   */
  List<Document> byDate(List<Document> documents, PrintWriter err) {
    if (since == null && until == null) {
      return documents;
    }
    List<Document> kept = new ArrayList<>(documents.size());
    List<String> undated = new ArrayList<>();
    for (Document d : documents) {
      PublicationTime p = d.published();
      if (p == null) {
        undated.add(d.id());
        kept.add(d);
      } else if (inWindow(p)) {
        kept.add(d);
      }
    }
    reportUndated(undated, err);
    return kept;
  }

  /**
   * @param published a publication time (a day or a time of day), or null
   * @return whether a document of that time passes {@code --since} and {@code --until}: it is
   *     undated, or its interval overlaps the window
   */
  boolean inWindow(PublicationTime published) {
    return published == null
        || (since == null || published.endEpochSecond() > since.startEpochSecond())
        && (until == null || published.startEpochSecond() < until.endEpochSecond());
  }

  /**
   * Says on {@code err} which undated documents the date window kept.
   *
   * @param undated the ids of the undated documents
   * @param err     standard error
   */
  void reportUndated(List<String> undated, PrintWriter err) {
    if (undated.isEmpty() || since == null && until == null) {
      return;
    }
    int shown = Math.min(5, undated.size());
    err.println("countercheck: kept " + undated.size() + " undated document"
        + (undated.size() == 1 ? "" : "s") + " despite --since/--until: "
        + Printable.oneLine(String.join(", ", undated.subList(0, shown)))
        + (shown < undated.size() ? ", ..." : ""));
  }

  /**
   * @param claims claims
   * @return those of the {@code --event} events and {@code --subject} subjects (all without
   *     them), leaving out the claims of documents {@link #select} found outside the dates
   */
  List<Claim> claims(List<Claim> claims) {
    if (events.isEmpty() && subjects.isEmpty() && outside.isEmpty()) {
      return claims;
    }
    Set<Event> ev = events.isEmpty() ? EnumSet.allOf(Event.class) : EnumSet.copyOf(events);
    List<Claim> kept = new ArrayList<>();
    for (Claim c : claims) {
      if (ev.contains(c.event()) && subjectMatches(c.subject()) && !outside.contains(c.document())) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** @return whether {@code --since} or {@code --until} is given */
  boolean hasDates() {
    return since != null || until != null;
  }

  /**
   * @param c a claim of a document within the dates
   * @return whether it is of the {@code --event} events and {@code --subject} subjects (all
   *     without them)
   */
  boolean keeps(Claim c) {
    return (events.isEmpty() || events.contains(c.event())) && subjectMatches(c.subject());
  }

  /** Reads {@code --since} and {@code --until}: a date or a date-time. */
  static final class TimeConverter implements ITypeConverter<PublicationTime> {
    @Override
    public PublicationTime convert(String value) {
      try {
        return PublicationTime.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  private boolean subjectMatches(Subject s) {
    if (subjects.isEmpty()) {
      return true;
    }
    for (Subject want : subjects) {
      if (s.isKindOf(want)) {
        return true;
      }
    }
    return false;
  }
}
