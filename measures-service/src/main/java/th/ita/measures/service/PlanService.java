package th.ita.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.MeasureStatus;
import th.ita.measures.domain.Plan;
import th.ita.measures.domain.PlanStatus;
import th.ita.measures.event.PlanEvents;
import th.ita.measures.mapping.PlanMapper;
import th.ita.measures.repository.PlanRepository;
import th.ita.measures.rest.MeasureInput;
import th.ita.measures.rest.PlanInput;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;
import th.ita.platform.common.rest.ETags;

/** Plans from draft to approved to published; measures are added to a plan that is not yet published. */
@ApplicationScoped
public class PlanService {

  static final int MAX_MEASURES = 40;

  private final PlanRepository plans;
  private final MeasureFields fields;
  private final StatusLog log;
  private final PlanEvents events;
  private final PlanMapper mapper;

  public PlanService(PlanRepository plans, MeasureFields fields, StatusLog log, PlanEvents events, PlanMapper mapper) {
    this.plans = plans;
    this.fields = fields;
    this.log = log;
    this.events = events;
    this.mapper = mapper;
  }

  public Plan get(String agencyCode, int fiscalYear) {
    return plans.find(agencyCode, fiscalYear).orElseThrow(() -> noPlan(agencyCode, fiscalYear));
  }

  /** The 404 for a plan that does not exist, or that the caller may not see. */
  public static ProblemException noPlan(String agencyCode, int fiscalYear) {
    return new ProblemException(ProblemType.NOT_FOUND, "Agency '" + agencyCode + "' has no plan for fiscal year " + fiscalYear);
  }

  /** Creates the plan, or edits a draft one if the caller read its current version. */
  @Transactional
  public Plan put(String agencyCode, int fiscalYear, PlanInput in, Long expectedVersion, String user) {
    String agency = knownAgency(agencyCode);
    fiscalYear(fiscalYear);
    int assessmentYear = in.assessmentYear() == null ? fiscalYear - 1 : in.assessmentYear();
    if (assessmentYear >= fiscalYear) {
      throw ProblemException.validation(List.of(new FieldError("assessmentYear",
          "must be before the plan's fiscal year " + fiscalYear + ": FY" + fiscalYear + " measures answer FY"
              + (fiscalYear - 1) + " results", assessmentYear)));
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Plan plan = plans.find(agency, fiscalYear).orElse(null);
    if (plan == null) {
      plan = new Plan();
      plan.id = UUID.randomUUID();
      plan.agencyCode = agency;
      plan.fiscalYear = fiscalYear;
      plan.status = PlanStatus.DRAFT;
      plan.createdAt = now;
      plan.createdBy = user;
    } else {
      ETags.requireCurrent("plan", plan.version, expectedVersion);
      requireStatus(plan, PlanStatus.DRAFT, "edited");
    }
    plan.assessmentYear = assessmentYear;
    plan.titleTh = in.titleTh();
    plan.titleEn = in.titleEn();
    plan.limitations = in.limitations();
    plan.updatedAt = now;
    plan.updatedBy = user;
    plans.persistAndFlush(plan);
    return plan;
  }

  @Transactional
  public Measure addMeasure(String agencyCode, int fiscalYear, MeasureInput in, String user) {
    Plan plan = get(agencyCode, fiscalYear);
    if (plan.status == PlanStatus.PUBLISHED) {
      throw ProblemException.conflict("The FY" + fiscalYear + " plan of " + plan.agencyCode + " is published; it takes no new measures");
    }
    if (plan.measures.size() >= MAX_MEASURES) {
      // The whole plan travels in one event; this bounds it well under the broker's record size.
      throw ProblemException.conflict("A plan holds at most " + MAX_MEASURES + " measures");
    }
    fields.validate(in, fiscalYear);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Measure m = new Measure();
    m.id = UUID.randomUUID();
    m.plan = plan;
    m.ordinal = plan.measures.stream().mapToInt(x -> x.ordinal).max().orElse(0) + 1;
    m.status = plan.status == PlanStatus.DRAFT ? MeasureStatus.DRAFT : MeasureStatus.PLANNED;
    m.createdAt = now;
    m.createdBy = user;
    m.updatedAt = now;
    m.updatedBy = user;
    fields.apply(in, m, fiscalYear);
    plan.measures.add(m);
    m.persist();
    log.record(m.id, null, null, m.status, "created", user);
    plan.updatedAt = now;
    plan.updatedBy = user;
    Measure.getEntityManager().flush();
    return m;
  }

  /** The head of the agency approves the plan: its draft measures become planned work. */
  @Transactional
  public Plan approve(String agencyCode, int fiscalYear, Long expectedVersion, String user) {
    Plan plan = get(agencyCode, fiscalYear);
    ETags.requireCurrent("plan", plan.version, expectedVersion);
    requireStatus(plan, PlanStatus.DRAFT, "approved");
    if (plan.measures.isEmpty()) {
      throw ProblemException.conflict("A plan without measures cannot be approved");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (Measure m : plan.measures) {
      if (m.status == MeasureStatus.DRAFT) {
        Map<String, Object> change = log.record(m.id, null, m.status, MeasureStatus.PLANNED, "plan approved", user);
        m.status = MeasureStatus.PLANNED;
        m.updatedAt = now;
        m.updatedBy = user;
        Measure.getEntityManager().flush();
        events.measureStatusChanged(mapper.toView(m), change);
      }
    }
    plan.status = PlanStatus.APPROVED;
    plan.approvedAt = now;
    plan.approvedBy = user;
    plan.updatedAt = now;
    plan.updatedBy = user;
    plans.flush();
    events.planApproved(mapper.toView(plan));
    return plan;
  }

  /** Publishing is itself an OIT item (o34 in FY2567, O42 in FY2566). */
  @Transactional
  public Plan publish(String agencyCode, int fiscalYear, Long expectedVersion, String user) {
    Plan plan = get(agencyCode, fiscalYear);
    ETags.requireCurrent("plan", plan.version, expectedVersion);
    requireStatus(plan, PlanStatus.APPROVED, "published");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    plan.status = PlanStatus.PUBLISHED;
    plan.publishedAt = now;
    plan.publishedBy = user;
    plan.updatedAt = now;
    plan.updatedBy = user;
    plans.flush();
    events.planPublished(mapper.toView(plan));
    return plan;
  }

  private static void requireStatus(Plan plan, PlanStatus expected, String action) {
    if (plan.status != expected) {
      throw new ProblemException(ProblemType.CONFLICT, "A " + plan.status + " plan cannot be " + action
          + "; only a " + expected + " one can", List.of(), Map.of("status", plan.status.name()));
    }
  }

  private static String knownAgency(String agencyCode) {
    DirectoryAgency agency = DirectoryAgency.findById(agencyCode.toUpperCase());
    if (agency == null) {
      throw ProblemException.notFound("Agency", agencyCode);
    }
    return agency.code;
  }

  private static FiscalYear fiscalYear(int fiscalYear) {
    try {
      return FiscalYear.of(fiscalYear);
    } catch (IllegalArgumentException e) {
      throw ProblemException.validation(List.of(new FieldError("fiscalYear", e.getMessage(), fiscalYear)));
    }
  }
}
