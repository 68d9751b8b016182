package th.ita.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import th.ita.measures.domain.Evidence;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.MeasureStatus;
import th.ita.measures.domain.Plan;
import th.ita.measures.domain.PlanStatus;
import th.ita.measures.event.PlanEvents;
import th.ita.measures.repository.EvidenceRepository;
import th.ita.measures.repository.PlanRepository;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.domain.ConflictException;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.event.StatusNotes;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.time.Stamps;

/**
 * Plans from draft to approved to published; measures are added to a plan that is not yet
 * published.
 */
@ApplicationScoped
public class PlanService {

  static final int MAX_MEASURES = 40;

  private final PlanRepository plans;
  private final MeasureFields fields;
  private final StatusLog log;
  private final PlanEvents events;
  private final EvidenceRepository evidence;
  private final Clock clock;

  public PlanService(
      PlanRepository plans,
      MeasureFields fields,
      StatusLog log,
      PlanEvents events,
      EvidenceRepository evidence,
      Clock clock) {
    this.plans = plans;
    this.fields = fields;
    this.log = log;
    this.events = events;
    this.evidence = evidence;
    this.clock = clock;
  }

  public Plan get(String agencyCode, int fiscalYear) {
    return plans.find(agencyCode, fiscalYear).orElseThrow(() -> noPlan(agencyCode, fiscalYear));
  }

  /** The 404 for a plan that does not exist, or that the caller may not see. */
  public static NotFoundException noPlan(String agencyCode, int fiscalYear) {
    return new NotFoundException(
        "Agency '" + agencyCode + "' has no plan for fiscal year " + fiscalYear);
  }

  /** Creates the plan, or edits a draft one if the caller read its current version. */
  @Transactional
  public Plan put(
      String agencyCode, int fiscalYear, PlanInput in, Long expectedVersion, String user) {
    String agency = knownAgency(agencyCode);
    fiscalYear(fiscalYear);
    int assessmentYear = in.assessmentYear() == null ? fiscalYear - 1 : in.assessmentYear();
    if (assessmentYear >= fiscalYear) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "assessmentYear",
                  "must be before the plan's fiscal year "
                      + fiscalYear
                      + ": FY"
                      + fiscalYear
                      + " measures answer FY"
                      + (fiscalYear - 1)
                      + " results",
                  assessmentYear)));
    }
    Plan plan = plans.find(agency, fiscalYear).orElse(null);
    if (plan == null) {
      plan = new Plan();
      plan.id = UUID.randomUUID();
      plan.agencyCode = agency;
      plan.fiscalYear = fiscalYear;
      plan.status = PlanStatus.DRAFT;
      plan.created(user, clock);
    } else {
      ETags.requireCurrent("plan", plan.version, expectedVersion);
      requireStatus(plan, PlanStatus.DRAFT, "edited");
      plan.changed(user, clock);
    }
    plan.assessmentYear = assessmentYear;
    plan.titleTh = in.titleTh();
    plan.titleEn = in.titleEn();
    plan.limitations = in.limitations();
    plan.monitoring = in.monitoring();
    plans.persistAndFlush(plan);
    return plan;
  }

  @Transactional
  public Measure addMeasure(String agencyCode, int fiscalYear, MeasureInput in, String user) {
    Plan plan = get(agencyCode, fiscalYear);
    if (plan.status == PlanStatus.PUBLISHED) {
      throw new ConflictException(
          "The FY"
              + fiscalYear
              + " plan of "
              + plan.agencyCode
              + " is published; it takes no new measures");
    }
    if (plan.measures.size() >= MAX_MEASURES) {
      // The whole plan travels in one event; this bounds it well under the broker's record size.
      throw new ConflictException("A plan holds at most " + MAX_MEASURES + " measures");
    }
    fields.validate(in, fiscalYear);
    Measure m = new Measure();
    m.id = UUID.randomUUID();
    m.plan = plan;
    m.ordinal = plan.measures.stream().mapToInt(x -> x.ordinal).max().orElse(0) + 1;
    m.status = plan.status == PlanStatus.DRAFT ? MeasureStatus.DRAFT : MeasureStatus.PLANNED;
    m.created(user, clock);
    fields.apply(in, m, fiscalYear);
    plan.measures.add(m);
    m.persist();
    log.record(m.id, null, null, m.status, StatusNotes.CREATED, user);
    plan.updatedAt = m.createdAt;
    plan.updatedBy = user;
    plans.flush();
    return m;
  }

  /**
   * The head of the agency approves the plan: its draft measures become planned work. {@code user}
   * records it, on the day {@code approval} names (today in Bangkok when it names none).
   */
  @Transactional
  public Plan approve(
      String agencyCode,
      int fiscalYear,
      ApprovalInput approval,
      Long expectedVersion,
      String user) {
    Plan plan = get(agencyCode, fiscalYear);
    LocalDate approvedOn = approvedOn(plan, approval.approvedOn());
    ETags.requireCurrent("plan", plan.version, expectedVersion);
    requireStatus(plan, PlanStatus.DRAFT, "approved");
    if (plan.measures.isEmpty()) {
      throw new ConflictException("A plan without measures cannot be approved");
    }
    OffsetDateTime now = Stamps.now(clock);
    Map<UUID, List<Evidence>> evidence = evidenceOf(plan);
    for (Measure m : plan.measures) {
      if (m.status == MeasureStatus.DRAFT) {
        Map<String, Object> change =
            log.record(
                m.id, null, m.status, MeasureStatus.PLANNED, StatusNotes.PLAN_APPROVED, user);
        m.status = MeasureStatus.PLANNED;
        m.updatedAt = now;
        m.updatedBy = user;
        plans.flush();
        events.measureStatusChanged(m, evidence.getOrDefault(m.id, List.of()), change);
      }
    }
    plan.status = PlanStatus.APPROVED;
    plan.approvedAt = now;
    plan.approvedBy = user;
    plan.approverNameTh = approval.approverNameTh().trim();
    plan.approverPositionTh = approval.approverPositionTh().trim();
    plan.approvedOn = approvedOn;
    plan.updatedAt = now;
    plan.updatedBy = user;
    plans.flush();
    events.planApproved(plan, agencyNameTh(plan), evidence);
    return plan;
  }

  /**
   * The day the plan was signed: not after today in Bangkok, and not before the assessment year
   * whose results it answers began (nobody plans against results not yet assessed).
   */
  private LocalDate approvedOn(Plan plan, LocalDate given) {
    LocalDate today = LocalDate.now(clock);
    if (given == null) {
      return today;
    }
    if (given.isAfter(today)) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "approvedOn",
                  "must not be in the future: today in Bangkok is " + today,
                  given.toString())));
    }
    LocalDate earliest = FiscalYear.of(plan.assessmentYear).start();
    if (given.isBefore(earliest)) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "approvedOn",
                  "must not be before "
                      + earliest
                      + ", when FY"
                      + plan.assessmentYear
                      + " began: the plan answers that year's results",
                  given.toString())));
    }
    return given;
  }

  /** Publishing is itself an OIT item (o34 in FY2567, O42 in FY2566). */
  @Transactional
  public Plan publish(String agencyCode, int fiscalYear, Long expectedVersion, String user) {
    Plan plan = get(agencyCode, fiscalYear);
    ETags.requireCurrent("plan", plan.version, expectedVersion);
    requireStatus(plan, PlanStatus.APPROVED, "published");
    OffsetDateTime now = Stamps.now(clock);
    plan.status = PlanStatus.PUBLISHED;
    plan.publishedAt = now;
    plan.publishedBy = user;
    plan.updatedAt = now;
    plan.updatedBy = user;
    plans.flush();
    events.planPublished(plan, agencyNameTh(plan), evidenceOf(plan));
    return plan;
  }

  /** The agency's Thai name from the directory, or null while the directory does not know it. */
  public String agencyNameTh(Plan plan) {
    DirectoryAgency agency = DirectoryAgency.findById(plan.agencyCode);
    return agency == null ? null : agency.nameTh;
  }

  /** The evidence of each of the plan's measures, by measure id. */
  public Map<UUID, List<Evidence>> evidenceOf(Plan plan) {
    return evidence.forMeasures(plan.measures.stream().map(m -> m.id).toList());
  }

  private static void requireStatus(Plan plan, PlanStatus expected, String action) {
    if (plan.status != expected) {
      throw new ConflictException(
          "A " + plan.status + " plan cannot be " + action + "; only a " + expected + " one can",
          Map.of("status", plan.status.name()));
    }
  }

  private static String knownAgency(String agencyCode) {
    DirectoryAgency agency = DirectoryAgency.findById(agencyCode.toUpperCase());
    if (agency == null) {
      throw NotFoundException.of("Agency", agencyCode);
    }
    return agency.code;
  }

  private static FiscalYear fiscalYear(int fiscalYear) {
    try {
      return FiscalYear.of(fiscalYear);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          List.of(new FieldError("fiscalYear", e.getMessage(), fiscalYear)));
    }
  }
}
