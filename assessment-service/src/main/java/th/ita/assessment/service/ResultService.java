package th.ita.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.AssessmentResult.Status;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkRecord;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.domain.Scorecard;
import th.ita.assessment.event.ResultEvents;
import th.ita.assessment.mapping.ResultMapper;
import th.ita.assessment.repository.ResultRepository;
import th.ita.assessment.rest.ResultView;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;
import th.ita.platform.common.rest.ETags;

/**
 * Results through their life: a draft is entered and edited, an assessor publishes it (and the
 * {@code ResultPublished} event is written in the same transaction), and a published result is
 * never changed again: a correction is a new revision that records who, when and why.
 */
@ApplicationScoped
public class ResultService {

  /** A stored revision with its scores and labels. */
  public record Scored(AssessmentResult result, ResultView view) {}

  private final AgencyService agencies;
  private final FrameworkService frameworks;
  private final ResultValidator validator;
  private final ResultScorer scorer;
  private final ResultRepository results;
  private final ResultMapper mapper;
  private final ResultEvents events;
  private final ObjectMapper json;

  public ResultService(AgencyService agencies, FrameworkService frameworks, ResultValidator validator,
      ResultScorer scorer, ResultRepository results, ResultMapper mapper, ResultEvents events, ObjectMapper json) {
    this.agencies = agencies;
    this.frameworks = frameworks;
    this.validator = validator;
    this.scorer = scorer;
    this.results = results;
    this.mapper = mapper;
    this.events = events;
    this.json = json;
  }

  /**
   * Enters or edits a draft, or starts a correction of a published result. Nothing is stored unless
   * the whole input is valid.
   */
  @Transactional
  public Scored save(String agencyCode, int fiscalYear, ResultInput input, Long expectedVersion, String user) {
    Agency agency = agencies.get(agencyCode);
    Framework framework = framework(fiscalYear);
    List<FieldError> errors = validator.validate(framework, input);
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    var latest = results.latest(agency.code, fiscalYear, input.round());
    AssessmentResult result;
    if (latest.isPresent() && latest.get().isDraft()) {
      result = latest.get();
      ETags.requireCurrent("draft of " + agency.code + " FY" + fiscalYear + " " + input.round(), result.version, expectedVersion);
    } else {
      if (latest.isPresent() && blank(input.correctionReason())) {
        throw ProblemException.validation(List.of(new FieldError("correctionReason",
            "revision " + latest.get().revision + " is published and cannot change; to correct it, say why in correctionReason")));
      }
      result = newRevision(agency, fiscalYear, input, latest, user);
    }
    Scorecard card = apply(result, input, framework, user);
    results.persistAndFlush(result);
    return new Scored(result, mapper.toView(agency, result, input, card));
  }

  /** What a bulk import did with one agency's result. */
  public record ImportOutcome(boolean changed, String rejection) {
    static final ImportOutcome LOADED = new ImportOutcome(true, null);
    static final ImportOutcome UNCHANGED = new ImportOutcome(false, null);

    public boolean rejected() {
      return rejection != null;
    }
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
  public ImportOutcome importResult(Agency agency, Framework framework, ResultInput input, AssessmentResult latest,
      boolean publish, String user) {
    int fiscalYear = framework.fiscalYear();
    ResultInput stored = latest == null ? null : read(latest.input);
    if (stored != null && sameScores(stored, input)) {
      if (!publish || !latest.isDraft()) {
        return ImportOutcome.UNCHANGED;
      }
      publishDraft(agency, latest, stored, scorer.score(framework, stored), user, true);
      return ImportOutcome.LOADED;
    }
    AssessmentResult result;
    if (latest != null && latest.isDraft()) {
      result = latest;
    } else if (latest != null && blank(input.correctionReason())) {
      return new ImportOutcome(false, "revision " + latest.revision + " of FY" + fiscalYear + " " + input.round()
          + " is published with other scores; to correct it, import with a correctionReason");
    } else {
      result = newRevision(agency, fiscalYear, input, java.util.Optional.ofNullable(latest), user);
    }
    Scorecard card = apply(result, input, framework, user);
    boolean existing = result == latest;
    if (!existing) {
      results.persist(result);
    }
    if (publish) {
      // A new row is inserted with its version as it stands; only an edited draft must be flushed to learn its next one.
      publishDraft(agency, result, input, card, user, existing);
    }
    return ImportOutcome.LOADED;
  }

  /** The newest revision of a group of agencies' results for the year, by {@link #key(String, Round)}. */
  public java.util.Map<String, AssessmentResult> latestOf(java.util.Collection<String> agencies, int fiscalYear) {
    java.util.Map<String, AssessmentResult> latest = new java.util.HashMap<>();
    for (AssessmentResult r : results.latestOf(agencies, fiscalYear)) {
      latest.put(key(r.agencyCode, r.round), r);
    }
    return latest;
  }

  public static String key(String agencyCode, Round round) {
    return agencyCode + "/" + round;
  }

  /** Publishes the draft; the event is written with it, or not at all. */
  @Transactional
  public Scored publish(String agencyCode, int fiscalYear, Round round, long expectedVersion, String user) {
    Agency agency = agencies.get(agencyCode);
    Round chosen = round != null ? round : defaultRound(agency.code, fiscalYear);
    AssessmentResult draft = results.latest(agency.code, fiscalYear, chosen)
        .filter(AssessmentResult::isDraft)
        .orElseThrow(() -> ProblemException.conflict("There is no draft of " + agency.code + " FY" + fiscalYear
            + " " + chosen + " to publish"));
    // Publishing cannot be undone: it must be the draft the assessor actually reviewed.
    ETags.requireCurrent("draft", draft.version, expectedVersion);
    ResultInput input = read(draft.input);
    return publishDraft(agency, draft, input, scorer.score(frameworks.get(fiscalYear), input), user, true);
  }

  private Scored publishDraft(Agency agency, AssessmentResult draft, ResultInput input, Scorecard card, String user,
      boolean flush) {
    draft.status = Status.PUBLISHED;
    draft.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
    draft.publishedBy = user;
    draft.updatedAt = draft.publishedAt;
    draft.updatedBy = user;
    if (flush) {
      results.flush(); // the event carries the version the row now has
    }
    Scored scored = new Scored(draft, mapper.toView(agency, draft, input, card));
    events.published(scored.view());
    return scored;
  }

  private static AssessmentResult newRevision(Agency agency, int fiscalYear, ResultInput input,
      java.util.Optional<AssessmentResult> latest, String user) {
    AssessmentResult result = new AssessmentResult();
    result.id = UUID.randomUUID();
    result.agencyCode = agency.code;
    result.fiscalYear = fiscalYear;
    result.round = input.round();
    result.revision = latest.map(r -> r.revision + 1).orElse(1);
    result.status = Status.DRAFT;
    result.correctionReason = latest.isPresent() ? input.correctionReason() : null;
    result.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    result.createdBy = user;
    return result;
  }

  /** Writes the input and the figures queries need (rankings, benchmarks) onto the revision. */
  private Scorecard apply(AssessmentResult result, ResultInput input, Framework framework, String user) {
    if (result.isDraft() && result.revision > 1 && input.correctionReason() != null) {
      result.correctionReason = input.correctionReason();
    }
    Scorecard card = scorer.score(framework, input);
    result.input = write(input);
    result.overallScore = card.overall().score();
    result.levelCode = card.level() == null ? null : card.level().code();
    result.indicatorScores = new java.util.TreeMap<>();
    for (var indicator : card.indicators()) {
      if (indicator.figure().score() != null) {
        result.indicatorScores.put(String.valueOf(indicator.indicator().number()), indicator.figure().score());
      }
    }
    result.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    result.updatedBy = user;
    return card;
  }

  /**
   * Whether two inputs carry the same figures. Where they came from and why do not count, nor the
   * order of the questions, nor how a number is written (90.5 and 90.50 are one score).
   */
  private static boolean sameScores(ResultInput a, ResultInput b) {
    return a.round() == b.round()
        && byQuestion(a).equals(byQuestion(b))
        && a.respondents().equals(b.respondents())
        && java.util.Objects.equals(a.official(), b.official());
  }

  private static java.util.Map<String, List<java.math.BigDecimal>> byQuestion(ResultInput input) {
    java.util.Map<String, List<java.math.BigDecimal>> scores = new java.util.HashMap<>();
    for (var q : input.questions()) {
      List<java.math.BigDecimal> values = new java.util.ArrayList<>();
      values.add(q.score());
      if (q.subItems() != null) {
        values.addAll(q.subItems());
      }
      if (q.parts() != null) {
        values.add(q.parts().publicPart());
        values.add(q.parts().surveyPart());
      }
      scores.put(Framework.key(q.code()), values.stream().map(v -> v == null ? null : v.stripTrailingZeros()).toList());
    }
    return scores;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The newest revision the caller may see: drafts only for those allowed to see them. */
  public Scored current(String agencyCode, int fiscalYear, Round round, boolean includeDrafts) {
    Agency agency = agencies.get(agencyCode);
    // A draft the caller may not see does not exist for them: the same 404 (and the same default
    // round) as no result at all, so that nobody learns from the answer that a draft is there.
    Round chosen = round != null ? round : defaultRound(agency.code, fiscalYear, includeDrafts);
    var result = includeDrafts
        ? results.latest(agency.code, fiscalYear, chosen)
        : results.latestPublished(agency.code, fiscalYear, chosen);
    return result.map(r -> scored(agency, r)).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
        "No result for " + agency.code + " FY" + fiscalYear + " " + chosen));
  }

  public List<Scored> revisions(String agencyCode, int fiscalYear, Round round, boolean includeDrafts) {
    Agency agency = agencies.get(agencyCode);
    Round chosen = round != null ? round : defaultRound(agency.code, fiscalYear, includeDrafts);
    return results.revisions(agency.code, fiscalYear, chosen).stream()
        .filter(r -> includeDrafts || !r.isDraft())
        .map(r -> scored(agency, r))
        .toList();
  }

  public Scored scored(Agency agency, AssessmentResult result) {
    ResultInput input = read(result.input);
    Scorecard card = scorer.score(frameworks.get(result.fiscalYear), input);
    return new Scored(result, mapper.toView(agency, result, input, card));
  }

  /** FINAL when it exists, else the interim round, so that a plain GET finds what there is. */
  private Round defaultRound(String agency, int fiscalYear) {
    return defaultRound(agency, fiscalYear, true);
  }

  private Round defaultRound(String agency, int fiscalYear, boolean includeDrafts) {
    List<Round> rounds = results.rounds(agency, fiscalYear, includeDrafts);
    return rounds.isEmpty() ? Round.FINAL : rounds.get(0);
  }

  private Framework framework(int fiscalYear) {
    FrameworkRecord record = FrameworkRecord.findById(fiscalYear);
    if (record == null) {
      throw ProblemException.validation(List.of(new FieldError("fiscalYear",
          "there is no framework for fiscal year " + fiscalYear + "; an ita-admin creates one first", fiscalYear)));
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
