package th.ita.measures.job;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.MeasureStatus;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.MilestoneStatus;
import th.ita.measures.event.PlanEvents;
import th.ita.measures.repository.EvidenceRepository;
import th.ita.measures.repository.MilestoneRepository;
import th.ita.measures.service.StatusLog;
import th.ita.platform.common.event.StatusNotes;

/**
 * Marks a milestone overdue once its quarter has ended (Thai time) and it is not done, and the
 * measure {@code DELAYED} when it was planned or in progress. Each measure is handled in its own
 * transaction, with its status history and events, so one failure does not hold up the rest.
 */
@ApplicationScoped
public class OverdueJob {

  private static final Logger LOG = Logger.getLogger(OverdueJob.class);
  static final String SYSTEM = "system:overdue-job";

  private final MilestoneRepository milestones;
  private final StatusLog log;
  private final PlanEvents events;
  private final EvidenceRepository evidence;
  private final Clock clock;

  public OverdueJob(
      MilestoneRepository milestones,
      StatusLog log,
      PlanEvents events,
      EvidenceRepository evidence,
      Clock clock) {
    this.milestones = milestones;
    this.log = log;
    this.events = events;
    this.evidence = evidence;
    this.clock = clock;
  }

  /**
   * Hourly, so a quarter's end is noticed within the hour in Thai time, and soon after start-up to
   * catch up after downtime. Tests turn it off ({@code off}), move the clock and call {@link
   * #markOverdue()}.
   */
  @Scheduled(
      identity = "overdue-milestones",
      every = "${ita.overdue.every:1h}",
      delayed = "${ita.overdue.initial-delay:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    markOverdue();
  }

  /**
   * Marks what is overdue on the clock's day (Thai time); returns how many milestones became
   * overdue.
   */
  public int markOverdue() {
    LocalDate today = LocalDate.now(clock);
    List<UUID> measureIds =
        QuarkusTransaction.requiringNew()
            .call(() -> milestones.measuresWithOverdueMilestones(today));
    int marked = 0;
    for (UUID id : measureIds) {
      try {
        marked += QuarkusTransaction.requiringNew().call(() -> markMeasure(id, today));
      } catch (RuntimeException e) {
        // e.g. an officer edited the measure at the same moment: the next run picks it up.
        LOG.warnf("Could not mark measure %s overdue this time: %s", id, e.getMessage());
      }
    }
    if (marked > 0) {
      LOG.infof("%d milestones became overdue", marked);
    }
    return marked;
  }

  private int markMeasure(UUID measureId, LocalDate today) {
    Measure m = Measure.findById(measureId);
    if (!m.status.canFallBehind()) {
      return 0; // a draft, completed or cancelled measure has no deadline to miss
    }
    int marked = 0;
    for (Milestone milestone : m.milestones) {
      // An editorial milestone is not the agency's plan: it is never overdue, nor delays a measure.
      if (!milestone.editorial && milestone.status.isOpen() && milestone.dueDate.isBefore(today)) {
        Map<String, Object> change =
            log.record(
                m.id,
                milestone.id,
                milestone.status,
                MilestoneStatus.OVERDUE,
                StatusNotes.quarterEnded(milestone.quarter, milestone.dueDate),
                SYSTEM);
        milestone.status = MilestoneStatus.OVERDUE;
        Measure.getEntityManager().flush();
        events.milestoneStatusChanged(m, evidence.forMeasure(m.id), change);
        marked++;
      }
    }
    if (marked > 0 && m.status.canBecomeDelayed()) {
      Map<String, Object> change =
          log.record(
              m.id, null, m.status, MeasureStatus.DELAYED, StatusNotes.MILESTONE_OVERDUE, SYSTEM);
      m.status = MeasureStatus.DELAYED;
      m.changed(SYSTEM, clock);
      Measure.getEntityManager().flush();
      events.measureStatusChanged(m, evidence.forMeasure(m.id), change);
    }
    return marked;
  }
}
