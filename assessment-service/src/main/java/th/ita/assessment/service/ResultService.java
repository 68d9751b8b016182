package th.ita.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AnalysisSettings;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.AssessmentResult.Status;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkRecord;
import th.ita.assessment.domain.PublishedView;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.domain.Scorecard;
import th.ita.assessment.event.ResultEvents;
import th.ita.assessment.event.ResultPublished;
import th.ita.assessment.event.ResultPublishedV2;
import th.ita.assessment.mapping.ResultJson;
import th.ita.assessment.mapping.ResultJson.Rendered;
import th.ita.assessment.repository.CurrentResultRepository;
import th.ita.assessment.repository.PublishedViewRepository;
import th.ita.assessment.repository.ResultRepository;
import th.ita.platform.common.domain.ConflictException;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.score.Scores;
import th.ita.platform.common.time.Stamps;

/**
 * Results through their life: a draft is entered and edited, an assessor publishes it (and the
 * {@code ResultPublished} event is written in the same transaction), and a published result is
 * never changed again: a correction is a new revision that records who, when and why. Whether the
 * scores come from the API or from a bulk import, they are written by one path ({@link #write}),
 * and a draft is published by one ({@link #publishDraft}).
 */
@ApplicationScoped
public class ResultService {

  /** A stored revision with what it was scored from: its agency, its input and its scorecard. */
  public record Scored(Agency agency, AssessmentResult result, ResultInput input, Scorecard card) {}

  /**
   * What a GET of a result shows: a published revision as its stored view, or a draft scored as
   * always.
   */
  public sealed interface Shown permits StoredView, Draft {}

  /** A published revision's stored JSON (without ranks) and its ETag. */
  public record StoredView(
      String agencyCode,
      int fiscalYear,
      Round round,
      int revision,
      byte[] json,
      int ranksAt,
      String etag)
      implements Shown {
    static StoredView of(PublishedView view) {
      return new StoredView(
          view.agencyCode,
          view.fiscalYear,
          view.round,
          view.revision,
          view.view,
          view.ranksAt,
          view.etag);
    }
  }

  /** A draft, for those who may see it. */
  public record Draft(Scored scored) implements Shown {}

  /**
   * When a published revision's view is rendered and stored. A revision published on its own is
   * read at once, so its view is rendered in the publishing transaction. An import publishes
   * thousands, most of them read rarely, and rendering and storing tens of KB for each was a large
   * part of its time: their rows are stored empty, and the first GET renders and fills each, as for
   * a revision published before views were stored.
   */
  private enum ViewRendered {
    AT_PUBLISH,
    AT_FIRST_READ
  }

  /** What a bulk import did with one agency's result. */
  public record ImportOutcome(boolean changed, String rejection) {
    static final ImportOutcome LOADED = new ImportOutcome(true, null);
    static final ImportOutcome UNCHANGED = new ImportOutcome(false, null);

    public boolean rejected() {
      return rejection != null;
    }
  }

  private final AgencyService agencies;
  private final FrameworkService frameworks;
  private final ResultValidator validator;
  private final ResultScorer scorer;
  private final ResultRepository results;
  private final PublishedViewRepository views;
  private final CurrentResultRepository current;
  private final ResultJson rendering;
  private final ResultEvents events;
  private final AnalysisSettingsService analysisSettings;
  private final Event<RanksMoved> ranksMoved;
  private final Event<ResultsChanged> resultsChanged;
  private final KeptViews kept;
  private final ObjectMapper json;
  private final Clock clock;

  public ResultService(
      AgencyService agencies,
      FrameworkService frameworks,
      ResultValidator validator,
      ResultScorer scorer,
      ResultRepository results,
      PublishedViewRepository views,
      CurrentResultRepository current,
      ResultJson rendering,
      ResultEvents events,
      AnalysisSettingsService analysisSettings,
      Event<RanksMoved> ranksMoved,
      Event<ResultsChanged> resultsChanged,
      KeptViews kept,
      ObjectMapper json,
      Clock clock) {
    this.agencies = agencies;
    this.frameworks = frameworks;
    this.validator = validator;
    this.scorer = scorer;
    this.results = results;
    this.views = views;
    this.current = current;
    this.rendering = rendering;
    this.events = events;
    this.analysisSettings = analysisSettings;
    this.ranksMoved = ranksMoved;
    this.resultsChanged = resultsChanged;
    this.kept = kept;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Enters or edits a draft, or starts a correction of a published result. Nothing is stored unless
   * the whole input is valid.
   */
  @Transactional
  public Scored save(
      String agencyCode, int fiscalYear, ResultInput input, Long expectedVersion, String user) {
    Agency agency = agencies.get(agencyCode);
    Framework framework = framework(fiscalYear);
    List<FieldError> errors = validator.validate(framework, input);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    AssessmentResult latest = results.latest(agency.code, fiscalYear, input.round()).orElse(null);
    if (latest != null && latest.isDraft()) {
      ETags.requireCurrent(
          "draft of " + agency.code + " FY" + fiscalYear + " " + input.round(),
          latest.version,
          expectedVersion);
    }
    AssessmentResult result =
        revisionFor(agency, fiscalYear, input, latest, user)
            .orElseThrow(
                () ->
                    InvalidInputException.field(
                        "correctionReason",
                        "revision "
                            + latest.revision
                            + " is published and cannot change; to correct it, say why in correctionReason"));
    // Flushed, so that the answer carries the version the row now has.
    return write(
        agency, framework, input, latest, result, null, true, ViewRendered.AT_PUBLISH, user);
  }

  /**
   * Loads one agency's validated result from a bulk import, in the caller's transaction. The same
   * scores again change nothing, so re-importing a file is harmless. Otherwise a draft is replaced
   * (its version moves on, so an officer editing it meanwhile gets 412), a published result is
   * corrected only when the import says why, and with {@code publish} the result is published and
   * announced like any other. A refusal is returned, not thrown, so that the other agencies in the
   * transaction still load.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ImportOutcome importResult(
      ImportGroup group,
      Agency agency,
      Framework framework,
      ResultInput input,
      AssessmentResult latest,
      boolean publish,
      String user) {
    int fiscalYear = framework.fiscalYear();
    ResultInput stored = latest == null ? null : read(latest.input);
    if (stored != null && sameScores(stored, input)) {
      if (!publish || !latest.isDraft()) {
        return ImportOutcome.UNCHANGED;
      }
      publishDraft(
          agency,
          framework,
          latest,
          stored,
          scorer.score(framework, stored),
          group.announcing(agency.code),
          user,
          true,
          false,
          ViewRendered.AT_FIRST_READ);
      return ImportOutcome.LOADED;
    }
    Optional<AssessmentResult> result = revisionFor(agency, fiscalYear, input, latest, user);
    if (result.isEmpty()) {
      return new ImportOutcome(
          false,
          "revision "
              + latest.revision
              + " of FY"
              + fiscalYear
              + " "
              + input.round()
              + " is published with other scores; to correct it, import with a correctionReason");
    }
    // The group's rows are flushed together at the end of the import.
    write(
        agency,
        framework,
        input,
        latest,
        result.get(),
        publish ? group.announcing(agency.code) : null,
        false,
        ViewRendered.AT_FIRST_READ,
        user);
    return ImportOutcome.LOADED;
  }

  /**
   * What publishing a result reads besides the result: its framework's version and the agency's
   * analysis settings (its target and tier thresholds), which its event names, and for an import
   * the group its current row is written with (null: written at once).
   */
  private record Announcing(long frameworkVersion, AnalysisSettings settings, ImportGroup group) {}

  /**
   * A group of an import's agencies, loaded in one transaction: what publishing their results reads
   * once for the group, not per agency (the framework's version and the agencies' analysis
   * settings), and their current rows, written together when the group ends ({@link #endGroup}).
   */
  public static final class ImportGroup {
    private final long frameworkVersion;
    private final Map<String, AnalysisSettings> settings;
    private final List<CurrentResultRepository.Published> published = new ArrayList<>();

    private ImportGroup(long frameworkVersion, Map<String, AnalysisSettings> settings) {
      this.frameworkVersion = frameworkVersion;
      this.settings = settings;
    }

    private Announcing announcing(String agencyCode) {
      AnalysisSettings own = settings.get(agencyCode);
      return new Announcing(
          frameworkVersion, own != null ? own : AnalysisSettingsService.defaults(agencyCode), this);
    }
  }

  /** Starts a group of these registered agencies' results of the year. */
  public ImportGroup importGroup(Collection<String> agencyCodes, int fiscalYear) {
    return new ImportGroup(
        frameworks.currentVersion(fiscalYear), analysisSettings.stored(agencyCodes));
  }

  /** Writes the current rows of the group's published results, in the group's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void endGroup(ImportGroup group) {
    current.published(group.published);
    group.published.clear();
  }

  /** Publishes the draft; the event is written with it, or not at all. */
  @Transactional
  public Scored publish(
      String agencyCode, int fiscalYear, Round round, long expectedVersion, String user) {
    Agency agency = agencies.get(agencyCode);
    Round chosen = round != null ? round : defaultRound(agency.code, fiscalYear, true);
    AssessmentResult draft =
        results
            .latest(agency.code, fiscalYear, chosen)
            .filter(AssessmentResult::isDraft)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "There is no draft of "
                            + agency.code
                            + " FY"
                            + fiscalYear
                            + " "
                            + chosen
                            + " to publish"));
    // Publishing cannot be undone: it must be the draft the assessor actually reviewed.
    ETags.requireCurrent("draft", draft.version, expectedVersion);
    ResultInput input = read(draft.input);
    Framework framework = frameworks.get(fiscalYear);
    return publishDraft(
        agency,
        framework,
        draft,
        input,
        scorer.score(framework, input),
        new Announcing(
            frameworks.currentVersion(fiscalYear), analysisSettings.get(agency.code), null),
        user,
        true,
        false,
        ViewRendered.AT_PUBLISH);
  }

  /**
   * The revision an input is written to: the latest if it is a draft, else a new one. Empty when
   * the latest is published and the input does not say why it should be corrected.
   */
  private Optional<AssessmentResult> revisionFor(
      Agency agency, int fiscalYear, ResultInput input, AssessmentResult latest, String user) {
    if (latest != null && latest.isDraft()) {
      return Optional.of(latest);
    }
    if (latest != null && blank(input.correctionReason())) {
      return Optional.empty();
    }
    return Optional.of(newRevision(agency, fiscalYear, input, latest, user));
  }

  /**
   * The one write of scores: onto the revision, stored, and published when {@code announcing} says
   * what its event names besides the result (null: not published).
   */
  private Scored write(
      Agency agency,
      Framework framework,
      ResultInput input,
      AssessmentResult latest,
      AssessmentResult result,
      Announcing announcing,
      boolean flush,
      ViewRendered viewRendered,
      String user) {
    Scorecard card = apply(result, input, framework, user);
    boolean existing = result == latest;
    if (announcing != null) {
      // A new row is persisted once it is published, so that it is inserted as it stands, with
      // the version the event and the stored view name (persisted earlier, Hibernate would insert
      // the draft and then update it to the next version); only an edited draft must be flushed
      // to learn its next one.
      return publishDraft(
          agency,
          framework,
          result,
          input,
          card,
          announcing,
          user,
          flush || existing,
          !existing,
          viewRendered);
    }
    resultsChanged.fire(ResultsChanged.ANY);
    if (!existing) {
      results.persist(result);
    }
    if (flush) {
      results.flush();
    }
    return new Scored(agency, result, input, card);
  }

  private Scored publishDraft(
      Agency agency,
      Framework framework,
      AssessmentResult draft,
      ResultInput input,
      Scorecard card,
      Announcing announcing,
      String user,
      boolean flush,
      boolean persist,
      ViewRendered viewRendered) {
    draft.status = Status.PUBLISHED;
    resultsChanged.fire(ResultsChanged.ANY);
    // PostgreSQL keeps microseconds: the stored view and the event show the times as they are
    // stored, so the view equals one rendered later from the row.
    draft.publishedAt = Stamps.now(clock).truncatedTo(ChronoUnit.MICROS);
    draft.publishedBy = user;
    draft.createdAt = micros(draft.createdAt);
    draft.updatedAt = draft.publishedAt;
    draft.updatedBy = user;
    if (persist) {
      results.persist(draft);
    }
    if (flush) {
      results.flush(); // the event and the view carry the version the row now has
    }
    AnalysisSettings own = announcing.settings();
    events.published(
        ResultPublishedV2.of(
            agency,
            draft,
            announcing.frameworkVersion(),
            input,
            card,
            target(own, framework),
            new ResultPublished.Thresholds(own.keepAbove, own.urgentBelow)));
    // Ranked and averaged as the result shows it: the standing score at full precision, rounded
    // once.
    var published =
        new CurrentResultRepository.Published(draft, Scores.display(card.overall().score()));
    if (announcing.group() != null) {
      announcing.group().published.add(published);
    } else {
      current.published(List.of(published));
    }
    if (draft.round == Round.FINAL) {
      ranksMoved.fire(RanksMoved.inYear(draft.fiscalYear));
    }
    views.persist(
        viewRendered == ViewRendered.AT_PUBLISH
            ? view(draft, rendering.render(agency, draft, input, card))
            : emptyView(draft));
    return new Scored(agency, draft, input, card);
  }

  /**
   * The agency's own target where it has set one (its settings are stored), else its framework's.
   */
  private static ResultPublished.Target target(AnalysisSettings own, Framework framework) {
    return own.version >= 0
        ? ResultPublished.Target.own(own.target)
        : ResultPublished.Target.national(framework.definition().target());
  }

  private static OffsetDateTime micros(OffsetDateTime time) {
    return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
  }

  private static PublishedView view(AssessmentResult result, Rendered rendered) {
    PublishedView view = emptyView(result);
    view.view = rendered.view();
    view.ranksAt = rendered.ranksAt();
    view.etag = ResultJson.etag(result.version, rendered.view());
    return view;
  }

  /** The row of a published revision whose view the first GET renders. */
  private static PublishedView emptyView(AssessmentResult result) {
    PublishedView view = new PublishedView();
    view.resultId = result.id;
    view.agencyCode = result.agencyCode;
    view.fiscalYear = result.fiscalYear;
    view.round = result.round;
    view.revision = result.revision;
    return view;
  }

  private AssessmentResult newRevision(
      Agency agency, int fiscalYear, ResultInput input, AssessmentResult latest, String user) {
    AssessmentResult result = new AssessmentResult();
    result.id = UUID.randomUUID();
    result.agencyCode = agency.code;
    result.fiscalYear = fiscalYear;
    result.round = input.round();
    result.revision = latest == null ? 1 : latest.revision + 1;
    result.status = Status.DRAFT;
    result.correctionReason = latest != null ? input.correctionReason() : null;
    result.created(user, clock);
    return result;
  }

  /** Writes the input and the figures queries need (rankings, benchmarks) onto the revision. */
  private Scorecard apply(
      AssessmentResult result, ResultInput input, Framework framework, String user) {
    if (result.isDraft() && result.revision > 1 && input.correctionReason() != null) {
      result.correctionReason = input.correctionReason();
    }
    Scorecard card = scorer.score(framework, input);
    result.input = write(input);
    result.overallScore = card.overall().score();
    result.levelCode = card.level() == null ? null : card.level().code();
    Map<String, BigDecimal> indicatorScores = new TreeMap<>();
    for (var indicator : card.indicators()) {
      if (indicator.figure().score() != null) {
        indicatorScores.put(
            String.valueOf(indicator.indicator().number()), indicator.figure().score());
      }
    }
    result.indicatorScores = indicatorScores; // replaced whole, never changed in place
    result.changed(user, clock);
    return card;
  }

  /**
   * The newest revision of a group of agencies' results for the year, by {@link #key(String,
   * Round)}.
   */
  public Map<String, AssessmentResult> latestOf(Collection<String> agencies, int fiscalYear) {
    Map<String, AssessmentResult> latest = new HashMap<>();
    for (AssessmentResult r : results.latestOf(agencies, fiscalYear)) {
      latest.put(key(r.agencyCode, r.round), r);
    }
    return latest;
  }

  public static String key(String agencyCode, Round round) {
    return agencyCode + "/" + round;
  }

  /**
   * Whether two inputs carry the same figures. Where they came from and why do not count, nor the
   * order of the questions, nor how a number is written (90.5 and 90.50 are one score).
   */
  private static boolean sameScores(ResultInput a, ResultInput b) {
    return a.round() == b.round()
        && byQuestion(a).equals(byQuestion(b))
        && a.respondents().equals(b.respondents())
        && Objects.equals(a.official(), b.official());
  }

  private static Map<String, List<BigDecimal>> byQuestion(ResultInput input) {
    Map<String, List<BigDecimal>> scores = new HashMap<>();
    for (var q : input.questions()) {
      List<BigDecimal> values = new ArrayList<>();
      values.add(q.score());
      if (q.subItems() != null) {
        values.addAll(q.subItems());
      }
      if (q.parts() != null) {
        values.add(q.parts().publicPart());
        values.add(q.parts().surveyPart());
      }
      scores.put(
          Framework.key(q.code()),
          values.stream().map(v -> v == null ? null : v.stripTrailingZeros()).toList());
    }
    return scores;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * What a GET shows: the newest revision the caller may see. For a reader who may not see drafts
   * that is one read of the stored views; the rest of the work (the agency, the default round, a
   * draft) is done only for those who may see drafts, or when there is no published result (to
   * answer the same 404 as always). A published view just shown is kept in memory ({@link
   * KeptViews}): for a moment, or for those who may see drafts until a change is heard (or, while
   * no change can be heard, while the database names it).
   */
  public Shown shown(String agencyCode, int fiscalYear, Round round, boolean includeDrafts) {
    return kept.shown(
        new KeptViews.Asked(agencyCode, fiscalYear, round, includeDrafts),
        () -> views.latestEtag(agencyCode, fiscalYear, round),
        () -> read(agencyCode, fiscalYear, round, includeDrafts));
  }

  private Shown read(String agencyCode, int fiscalYear, Round round, boolean includeDrafts) {
    // Most reads are of a published revision: one indexed read finds its stored view, and only a
    // draft (or a revision published before views were stored) takes the longer way below.
    Optional<PublishedView> stored = views.latest(agencyCode, fiscalYear, round, includeDrafts);
    if (stored.isPresent()) {
      return stored.get().isRendered() ? StoredView.of(stored.get()) : rendered(stored.get());
    }
    Newest newest = newest(agencyCode, fiscalYear, round, includeDrafts);
    if (newest.result().isDraft()) {
      return new Draft(scored(newest.agency(), newest.result()));
    }
    // Published: scored only if its view is not stored yet.
    PublishedView row = views.findById(newest.result().id);
    return row != null && row.isRendered()
        ? StoredView.of(row)
        : rendered(scored(newest.agency(), newest.result()), row);
  }

  /** A stored view that is not rendered yet: a revision published before views were stored. */
  private StoredView rendered(PublishedView stored) {
    AssessmentResult result = results.findById(stored.resultId);
    return rendered(scored(agencies.get(result.agencyCode), result), stored);
  }

  /**
   * Renders a published revision's view and stores it for the next reader, in a transaction of its
   * own (the GET itself writes nothing). A revision without a row of its own is shown, not stored.
   */
  private StoredView rendered(Scored scored, PublishedView stored) {
    AssessmentResult result = scored.result();
    PublishedView view =
        view(result, rendering.render(scored.agency(), result, scored.input(), scored.card()));
    if (stored != null) {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  views.fill(
                      view.resultId,
                      view.view,
                      view.ranksAt,
                      view.etag,
                      scored.agency().code,
                      scored.agency().version));
    }
    return StoredView.of(view);
  }

  /** The newest revision the caller may see: drafts only for those allowed to see them. */
  public Scored current(String agencyCode, int fiscalYear, Round round, boolean includeDrafts) {
    Newest newest = newest(agencyCode, fiscalYear, round, includeDrafts);
    return scored(newest.agency(), newest.result());
  }

  private record Newest(Agency agency, AssessmentResult result) {}

  private Newest newest(String agencyCode, int fiscalYear, Round round, boolean includeDrafts) {
    Agency agency = agencies.get(agencyCode);
    // A draft the caller may not see does not exist for them: the same 404 (and the same default
    // round) as no result at all, so that nobody learns from the answer that a draft is there.
    Round chosen = round != null ? round : defaultRound(agency.code, fiscalYear, includeDrafts);
    var result =
        includeDrafts
            ? results.latest(agency.code, fiscalYear, chosen)
            : results.latestPublished(agency.code, fiscalYear, chosen);
    return result
        .map(r -> new Newest(agency, r))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "No result for " + agency.code + " FY" + fiscalYear + " " + chosen));
  }

  public List<Scored> revisions(
      String agencyCode, int fiscalYear, Round round, boolean includeDrafts) {
    Agency agency = agencies.get(agencyCode);
    Round chosen = round != null ? round : defaultRound(agency.code, fiscalYear, includeDrafts);
    return results.revisions(agency.code, fiscalYear, chosen).stream()
        .filter(r -> includeDrafts || !r.isDraft())
        .map(r -> scored(agency, r))
        .toList();
  }

  private Scored scored(Agency agency, AssessmentResult result) {
    ResultInput input = read(result.input);
    return new Scored(
        agency, result, input, scorer.score(frameworks.get(result.fiscalYear), input));
  }

  /** FINAL when it exists, else the interim round, so that a plain GET finds what there is. */
  private Round defaultRound(String agency, int fiscalYear, boolean includeDrafts) {
    List<Round> rounds = results.rounds(agency, fiscalYear, includeDrafts);
    return rounds.isEmpty() ? Round.FINAL : rounds.get(0);
  }

  private Framework framework(int fiscalYear) {
    FrameworkRecord record = FrameworkRecord.findById(fiscalYear);
    if (record == null) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "fiscalYear",
                  "there is no framework for fiscal year "
                      + fiscalYear
                      + "; an ita-admin creates one first",
                  fiscalYear)));
    }
    return Framework.of(frameworks.definition(record));
  }

  private String write(ResultInput input) {
    try {
      return json.writeValueAsString(input);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ResultInput read(String stored) {
    try {
      return json.readValue(stored, ResultInput.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored result is unreadable", e);
    }
  }
}
