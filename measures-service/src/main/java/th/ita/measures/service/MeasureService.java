package th.ita.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.measures.domain.Evidence;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.MeasureStatus;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.MilestoneStatus;
import th.ita.measures.domain.PlanStatus;
import th.ita.measures.domain.StatusChange;
import th.ita.measures.event.PlanEvents;
import th.ita.measures.repository.EvidenceRepository;
import th.ita.platform.common.domain.ConflictException;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.time.Stamps;

/** A measure's edits, its status lifecycle, its milestones' progress and its evidence. */
@ApplicationScoped
public class MeasureService {

  private final MeasureFields fields;
  private final StatusLog log;
  private final PlanEvents events;
  private final EvidenceRepository evidence;
  private final Clock clock;
  private final int maxEvidence;

  public MeasureService(
      MeasureFields fields,
      StatusLog log,
      PlanEvents events,
      EvidenceRepository evidence,
      Clock clock,
      @ConfigProperty(name = "ita.evidence.max-per-measure", defaultValue = "100")
          int maxEvidence) {
    this.fields = fields;
    this.log = log;
    this.events = events;
    this.evidence = evidence;
    this.clock = clock;
    this.maxEvidence = maxEvidence;
  }

  public Measure get(UUID id) {
    Measure m = Measure.findById(id);
    if (m == null) {
      throw NotFoundException.of("Measure", id);
    }
    return m;
  }

  @Transactional
  public Measure update(UUID id, Long expectedVersion, MeasureInput in, String user) {
    Measure m = get(id);
    ETags.requireCurrent("measure", m.version, expectedVersion);
    if (m.plan.status == PlanStatus.PUBLISHED) {
      throw new ConflictException(
          "The FY"
              + m.plan.fiscalYear
              + " plan is published; its measures' content no longer changes"
              + " (their status and evidence still do)");
    }
    fields.validate(in, m.plan.fiscalYear);
    if (in.milestones() != null) {
      for (Milestone existing : m.milestones) {
        boolean dropped = in.milestones().stream().noneMatch(x -> x.quarter() == existing.quarter);
        if (dropped
            && (existing.status != MilestoneStatus.PLANNED
                || evidence.count("milestoneId", existing.id) > 0)) {
          throw new ConflictException(
              "The "
                  + existing.quarter
                  + " milestone has progress or evidence and cannot be removed");
        }
      }
      for (Milestone existing : m.milestones) {
        if (in.milestones().stream().noneMatch(x -> x.quarter() == existing.quarter)) {
          StatusChange.delete("milestoneId", existing.id);
        }
      }
    }
    fields.apply(in, m, m.plan.fiscalYear);
    m.changed(user, clock);
    Measure.getEntityManager().flush();
    return m;
  }

  /** Moves a measure along an allowed transition; anything else is a 409 naming what is allowed. */
  @Transactional
  public Measure changeStatus(UUID id, String to, String note, Long expectedVersion, String user) {
    Measure m = get(id);
    if (expectedVersion != null) {
      ETags.requireCurrent("measure", m.version, expectedVersion);
    }
    MeasureStatus target = parse(MeasureStatus.class, to, "to");
    if (!m.status.allowedNext().contains(target)) {
      throw new ConflictException(
          "A "
              + m.status
              + " measure cannot become "
              + target
              + "; allowed: "
              + m.status.allowedNext(),
          Map.of(
              "from",
              m.status.name(),
              "to",
              target.name(),
              "allowedTransitions",
              m.status.allowedNext().stream().map(Enum::name).sorted().toList()));
    }
    Map<String, Object> change = log.record(m.id, null, m.status, target, note, user);
    m.status = target;
    if (target == MeasureStatus.COMPLETED) {
      m.percentComplete = 100;
    }
    m.changed(user, clock);
    Measure.getEntityManager().flush();
    events.measureStatusChanged(m, evidence.forMeasure(m.id), change);
    return m;
  }

  @Transactional
  public Measure changeMilestoneStatus(
      UUID measureId, UUID milestoneId, String to, String note, String user) {
    Measure m = get(measureId);
    Milestone milestone =
        m.milestones.stream()
            .filter(x -> x.id.equals(milestoneId))
            .findFirst()
            .orElseThrow(
                () -> NotFoundException.of("Milestone of measure " + measureId, milestoneId));
    MilestoneStatus target = parse(MilestoneStatus.class, to, "to");
    if (!milestone.status.allowedNext().contains(target)) {
      throw new ConflictException(
          "A "
              + milestone.status
              + " milestone cannot become "
              + target
              + "; allowed: "
              + milestone.status.allowedNext(),
          Map.of(
              "from",
              milestone.status.name(),
              "to",
              target.name(),
              "allowedTransitions",
              milestone.status.allowedNext().stream().map(Enum::name).sorted().toList()));
    }
    Map<String, Object> change =
        log.record(m.id, milestone.id, milestone.status, target, note, user);
    milestone.status = target;
    milestone.completedOn = target == MilestoneStatus.DONE ? LocalDate.now(clock) : null;
    m.changed(user, clock);
    Measure.getEntityManager().flush();
    events.milestoneStatusChanged(m, evidence.forMeasure(m.id), change);
    return m;
  }

  @Transactional
  public Evidence addEvidence(UUID measureId, EvidenceInput in, String user) {
    Measure m = get(measureId);
    // Every measure event carries the measure's evidence, so it may not grow without bound.
    if (evidence.count("measureId", m.id) >= maxEvidence) {
      throw new ConflictException(
          "Measure "
              + measureId
              + " already has "
              + maxEvidence
              + " evidence records, the most one measure may hold (ita.evidence.max-per-measure)");
    }
    if (in.milestoneId() != null
        && m.milestones.stream().noneMatch(x -> x.id.equals(in.milestoneId()))) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "milestoneId",
                  "is not a milestone of measure " + measureId,
                  in.milestoneId().toString())));
    }
    if (in.startTime() != null && in.endTime() != null && in.endTime().isBefore(in.startTime())) {
      throw InvalidInputException.field("endTime", "must not be before startTime");
    }
    Evidence e = new Evidence();
    e.id = UUID.randomUUID();
    e.measureId = m.id;
    e.milestoneId = in.milestoneId();
    e.occurredOn = in.occurredOn();
    e.startTime = in.startTime();
    e.endTime = in.endTime();
    e.titleTh = in.titleTh().trim();
    e.description = in.description();
    e.place = in.place();
    e.attendees = in.attendees() == null ? List.of() : List.copyOf(in.attendees());
    e.links = in.links() == null ? List.of() : List.copyOf(in.links());
    e.attachments = in.attachments() == null ? List.of() : List.copyOf(in.attachments());
    e.recordedAt = Stamps.now(clock);
    e.recordedBy = user;
    e.persist();
    // Evidence is a change to the measure: touching it raises its version (and so its ETag), so the
    // snapshot announced now orders after every earlier one, in reporting-service too.
    m.updatedAt = e.recordedAt;
    m.updatedBy = user;
    Measure.getEntityManager().flush();
    events.evidenceRecorded(m, evidence.forMeasure(m.id), e);
    return e;
  }

  public List<Evidence> evidence(UUID measureId) {
    get(measureId);
    return evidence.forMeasure(measureId);
  }

  public List<StatusChange> history(UUID measureId) {
    get(measureId);
    return StatusChange.list("measureId = ?1 order by changedAt", measureId);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  field, "must be one of " + Arrays.toString(type.getEnumConstants()), value)));
    }
  }
}
