package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.story.Stories;
import io.github.countercheck.reconcile.story.StoryClusterer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reconciles claims across sources: groups the claims that count the same thing, judges each pair,
 * estimates and explains. Immutable and thread-safe; deterministic (the same claims, in any order,
 * give the same result, byte for byte once written).
 *
 * <pre>{@code
 * Reconciliation r = Reconciler.create().reconcile(claims, documentMetadata);
 * for (ClaimGroup g : r.groups()) {
 *   System.out.println(g.event() + " " + g.subject() + " " + g.status() + " " + g.estimate());
 * }
 * }</pre>
 *
 * <h2>How claims are grouped (rules 2, 3, 4 and 9)</h2>
 *
 * <ol>
 *   <li><b>Blocks.</b> Claims are first blocked by modality (asserted, expected and denied claims
 *       are never compared with each other: an expected deployment is not a deployment), event
 *       (rule 2) and root subject ({@code PERSON} for every kind of person). Claims whose event or
 *       subject is {@code OTHER} are each a group of their own: nothing says two of them count the
 *       same thing.
 *   <li><b>Subjects.</b> Within a block, subjects fall in classes whose members are related by the
 *       hierarchy: security forces (with police and soldiers), the crowd (protesters, rioters and
 *       militants, the same people under different framing; the group gets a note), civilians,
 *       children, and each non-person root. Claims that count unspecified people ({@code PERSON})
 *       join the block's only other class when there is exactly one, otherwise they form a group
 *       of their own: with several candidates nothing says which they count.
 *   <li><b>Places.</b> Locations are folded through {@link PlaceAliases}. Claims in different
 *       places are never grouped. A country contains its cities: a claim in Kazakhstan and one in
 *       Almaty are grouped, because naming the country in a sentence («في احتجاجات كازاخستان») does
 *       not say "national total" — unless the block holds claims in two or more cities of that
 *       country, in which case the country-level claims cannot be given to either city and form a
 *       group of their own. A location the table does not know (an unlisted name, or a fragment
 *       the extractor took for one) is read as no place: it can be compared with no other. Claims
 *       with no place join the block's only place when there is exactly one, otherwise they form
 *       a group of their own.
 *   <li><b>Time.</b> Within a place, claims are sorted by their document's date (within a date,
 *       by time of day where given, a date alone first) and cut into windows: a group spans at
 *       most {@link Builder#window(Duration) window} days from its earliest date (default 7). Claims from undated documents join the only window when there is
 *       one, otherwise they form a group of their own.
 * </ol>
 *
 * <p>Every step sorts or hashes: the cost grows as {@code n log n}. Within a group of at most
 * {@link Builder#maxPairwise(int) maxPairwise} claims (default 20) every pair of related subjects
 * is judged and listed. A larger group lists a short chain: the latest figure of each voice for
 * each subject (every pair of them when they are at most {@code maxPairwise}, otherwise each
 * against the one before it in time order). Whether it holds a conflict is still decided over all
 * its claims, exactly and in {@code n log n} (sorting the reports' intervals by time: a conflict is
 * a low above another's high at comparable times, or a later report below an earlier one), and
 * every claim in a conflict is named once, in one conflicting pair listed beside the chain: adding
 * claims to a group can never hide a conflict it holds. The group gets a note saying so. Every
 * claim stays in the group.
 *
 * <h2>Verdicts (rules 1, 4 and 5)</h2>
 *
 * <p>Claims are compared as intervals. A claim is never judged against another claim of its own
 * document: two figures an article gives for one count are its own matter (often a revision it
 * reports, "revised from 245 to 231", sometimes two counts the extraction could not tell apart),
 * not two reports that confirm or contradict each other; such pairs get no relation. Times are
 * comparable ("the same time") when either document's date is unknown, when either gives a date
 * alone and the dates are equal, when both give a time of day at most {@link
 * Builder#sameTime(Duration) sameTime} apart (default 3 hours), or when the event is not
 * cumulative. Of two reports at times that are not comparable, the later is the later by time when
 * both give one, else by date. For the same measure (the same subject, or two framings of the
 * crowd): overlapping intervals {@code AGREE}, unless one
 * contains the other and is much wider ({@code VAGUER}: its relative width {@code
 * (high-low)/(high+low)} exceeds the other's by more than {@link Builder#vaguerThreshold(double)
 * vaguerThreshold}, default 0.25, or it is unbounded and the other is not); disjoint intervals
 * {@code CONFLICT} at comparable times; otherwise the later report is an {@code UPDATE} when it lies
 * above the earlier, a downward revision ({@code CONFLICT}) when below. A sub-category against its
 * parent: {@code SUBSET} when the sub-count can fit within the parent's; beyond it, {@code CONFLICT}
 * at comparable times, {@code UPDATE} when the sub-count is the later report, {@code CONFLICT}
 * (downward revision) when the parent's is. Siblings (police and soldiers) are not compared.
 * Reasons give each report's time when its document gives one, else its date.
 *
 * <h2>Voices (rule 6)</h2>
 *
 * <p>A claim's voice is the source it cites, folded through {@link VoiceAliases}, else its outlet.
 * One outlet is one outlet and one voice whatever the spelling of its name (case, runs of spaces,
 * zero-width and bidi marks, compatibility forms: "Reuters", "REUTERS" and "Reuters" with a
 * zero-width space are one), and an outlet whose name is a source's in the alias table speaks as
 * that source: Reuters' own figure and another outlet's figure credited to Reuters count once, as
 * Reuters'.
 *
 * <h2>Estimate and status (rules 6 and 7)</h2>
 *
 * <p>See {@link ClaimGroup#estimate()}: the estimate is taken from the latest comparable reports —
 * claims that no later report of a cumulative count moved past, and of each voice only its latest
 * (by time when its reports give one, else by date; a date alone is as late as any time that day)
 * — at the group's most general measure: {@code low} is the lowest specific figure,
 * {@code best} the median of the specific figures with each voice weighted once, {@code high} the
 * highest of the specific figures and the bounded vague or ranged figures (open-ended figures do not
 * raise it). Without a specific figure, {@code best} is absent and {@code [low, high]} is the
 * intersection of the figures (their span when they conflict). Sub-category figures raise
 * {@code low} when they fit. Status: {@code DISPUTED} with any conflict, else {@code SINGLE_SOURCE}
 * with one voice, else {@code CONSISTENT}.
 */
public final class Reconciler {

  private final int windowDays;
  private final PlaceAliases places;
  private final VoiceAliases voices;
  private final double vaguerThreshold;
  private final int maxPairwise;
  private final Duration sameTime;

  private Reconciler(Builder b) {
    this.sameTime = b.sameTime;
    this.windowDays = b.windowDays;
    this.places = b.places;
    this.voices = b.voices;
    this.vaguerThreshold = b.vaguerThreshold;
    this.maxPairwise = b.maxPairwise;
  }

  /** @return a reconciler with the defaults: a 7-day window and the built-in place table */
  public static Reconciler create() {
    return builder().build();
  }

  /** @return a builder holding the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reconciles claims.
   *
   * @param claims    the claims, in any order
   * @param documents what is known of their documents (dates, publishers); a claim whose document
   *     is missing here counts as undated, its document id standing for the outlet
   * @return the reconciliation
   * @throws IllegalArgumentException if two different metadata records share an id
   */
  public Reconciliation reconcile(Collection<Claim> claims, Collection<DocumentMetadata> documents) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(documents, "documents");
    return reconcile(claims, documents, Map.of());
  }

  /**
   * Reconciles claims within stories: the metadata's {@link DocumentMetadata#story() story} ids
   * (the user's, or a story clustering's) keep claims of different stories apart.
   *
   * @param claims      the claims, in any order
   * @param documents   what is known of their documents, with their story ids
   * @param storyTitles a short title for each story id, where known (others are named by id)
   * @return the reconciliation, with its stories
   * @throws IllegalArgumentException if two different metadata records share an id
   */
  public Reconciliation reconcile(Collection<Claim> claims, Collection<DocumentMetadata> documents,
      Map<String, String> storyTitles) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(storyTitles, "storyTitles");
    return engine(null, null).run(claims, documents, storyTitles);
  }

  /**
   * @param run    the whole run's summary when the engine reconciles one partition of it, else null
   * @param layout that summary's layout, else null
   * @return an engine for one run with this reconciler's settings
   */
  Engine engine(Partitioner.Summary run, Layout layout) {
    return new Engine(windowDays, places, voices, vaguerThreshold, maxPairwise,
        sameTime.getSeconds(), run, layout);
  }

  /** @return the place table */
  PlaceAliases places() {
    return places;
  }

  /** @return the voice table */
  VoiceAliases voices() {
    return voices;
  }

  /**
   * Extracts the claims of documents, tells the documents apart into stories with {@link
   * StoryClusterer#create()} (a document's own {@link Document#story() story id} is kept), and
   * reconciles the claims within their stories.
   *
   * <pre>{@code
   * Reconciliation r = Reconciler.create().reconcile(documents, ClaimExtractor.create());
   * r.stories();   // the incidents the documents tell, each with its groups
   * }</pre>
   *
   * @param documents the documents, with distinct ids
   * @param extractor the extractor
   * @return the reconciliation, listing every document given and its story
   * @throws IllegalArgumentException if two documents share an id
   */
  public Reconciliation reconcile(Collection<Document> documents, ClaimExtractor extractor) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(extractor, "extractor");
    List<Claim> claims = new ArrayList<>();
    for (Document d : documents) {
      claims.addAll(extractor.extract(d));
    }
    Stories stories = StoryClusterer.create().cluster(documents);
    return reconcile(claims, stories.metadata(documents), stories.titles());
  }

  /** @return the date window in days */
  public int windowDays() {
    return windowDays;
  }

  /**
   * @return the span within which two reports that both give a time of day are at "the same time"
   *     (see {@link Builder#sameTime(Duration)})
   */
  public Duration sameTime() {
    return sameTime;
  }

  /** Builds a {@link Reconciler}. Not thread-safe. */
  public static final class Builder {
    /** The default of {@link #sameTime(Duration)}. */
    private static final Duration SAME_TIME = Duration.ofHours(3);
    private static final Duration MAX_SAME_TIME = Duration.ofDays(366);

    private Duration sameTime = SAME_TIME;
    private int windowDays = 7;
    private PlaceAliases places;
    private VoiceAliases voices;
    private double vaguerThreshold = 0.25;
    private int maxPairwise = 20;

    private Builder() {}

    /**
     * @param window how far apart (in whole days) documents' dates may lie and their claims still
     *     be grouped; default 7 days
     * @return this builder
     * @throws IllegalArgumentException if negative or longer than 100 years
     */
    public Builder window(Duration window) {
      Objects.requireNonNull(window, "window");
      long days = window.toDays();
      if (window.isNegative() || days > 36_500) {
        throw new IllegalArgumentException("window " + window + " must be 0 to 36500 days");
      }
      return windowDays((int) days);
    }

    /**
     * @param days the window in days; default 7
     * @return this builder
     * @throws IllegalArgumentException if negative or more than 36500
     */
    public Builder windowDays(int days) {
      if (days < 0 || days > 36_500) {
        throw new IllegalArgumentException("window of " + days + " days must be 0 to 36500");
      }
      this.windowDays = days;
      return this;
    }

    /**
     * How far apart two reports that both give a time of day may lie and still be at "the same
     * time": then figures that do not overlap are a {@code CONFLICT}; further apart, the later
     * one is an {@code UPDATE} of a cumulative count when it lies above the earlier, a downward
     * revision ({@code CONFLICT}) when below. Reports that give only a date are at the same time
     * as the reports of the same date, whatever this span.
     *
     * <p>Default 3 hours. Outlets re-publish one bulletin (an agency's wire, a ministry's
     * statement) within an hour or two of each other, and the times a collection records are
     * often when it was crawled, not written: two figures closer than that cannot be ordered
     * with any confidence, so they must agree. A toll revised through a day (morning, afternoon,
     * evening bulletins) lies further apart and reads as the updates it is. A shorter span
     * orders reports by the noise of their time stamps; a span of a day is "the same date" again.
     *
     * @param span the span, from 0 (only the same second) to 366 days
     * @return this builder
     * @throws IllegalArgumentException if negative or longer than 366 days
     */
    public Builder sameTime(Duration span) {
      Objects.requireNonNull(span, "span");
      if (span.isNegative() || span.compareTo(MAX_SAME_TIME) > 0) {
        throw new IllegalArgumentException("same-time span " + span + " must be 0 to 366 days");
      }
      this.sameTime = span;
      return this;
    }

    /**
     * @param places the place table; default {@link PlaceAliases#builtIn()}
     * @return this builder
     */
    public Builder places(PlaceAliases places) {
      this.places = Objects.requireNonNull(places, "places");
      return this;
    }

    /**
     * @param voices the voice alias table (rule 6); default {@link VoiceAliases#builtIn()}
     * @return this builder
     */
    public Builder voices(VoiceAliases voices) {
      this.voices = Objects.requireNonNull(voices, "voices");
      return this;
    }

    /**
     * @param threshold by how much one interval's relative width {@code (high-low)/(high+low)}
     *     must exceed another's for it to be "much wider" ({@code VAGUER} rather than
     *     {@code AGREE}); between 0 and 1, default 0.25 (exact 12 and about 12, [10, 14], agree;
     *     dozens, [20, 99], is vaguer than 26)
     * @return this builder
     * @throws IllegalArgumentException if outside [0, 1]
     */
    public Builder vaguerThreshold(double threshold) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("vaguer threshold " + threshold + " must be in [0, 1]");
      }
      this.vaguerThreshold = threshold;
      return this;
    }

    /**
     * @param max the largest group in which every pair is judged and listed; larger groups list
     *     the latest figure of each voice and one pair for each claim in a conflict (whether they
     *     hold one is decided over all their claims all the same); default 20, at least 2
     * @return this builder
     * @throws IllegalArgumentException if below 2 or above 1000
     */
    public Builder maxPairwise(int max) {
      if (max < 2 || max > 1000) {
        throw new IllegalArgumentException("maxPairwise " + max + " must be 2 to 1000");
      }
      this.maxPairwise = max;
      return this;
    }

    /** @return the reconciler */
    public Reconciler build() {
      if (places == null) {
        places = PlaceAliases.builtIn();
      }
      if (voices == null) {
        voices = VoiceAliases.builtIn();
      }
      return new Reconciler(this);
    }
  }
}
