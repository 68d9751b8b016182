package th.ita.reporting.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import th.ita.platform.common.consumer.AwaitedEventException;
import th.ita.platform.common.consumer.ConsumedEvent;
import th.ita.platform.common.consumer.IdempotentConsumer;
import th.ita.platform.common.time.Stamps;
import th.ita.reporting.mapping.ResultJoin;
import th.ita.reporting.mapping.SnapshotJson;
import th.ita.reporting.repository.ProjectionRepository;
import th.ita.reporting.repository.ThumbnailRepository;
import th.ita.reporting.service.JoinedFrameworks;
import th.ita.reporting.service.MeasureData;
import th.ita.reporting.service.PlanData;
import th.ita.reporting.service.ResultData;

/**
 * Applies a snapshot to the read model: the one code path of both the live consumers and the
 * rebuild. Runs in the caller's transaction, so the inbox entry and the projection's write commit
 * together: a redelivered event is recognised, and an event half-applied never exists.
 */
@ApplicationScoped
public class Projector {

  /** What applying an event did. */
  public enum Outcome {
    /** The read model changed. */
    APPLIED,
    /** The event id was applied before. */
    DUPLICATE,
    /** The read model already holds a newer snapshot. */
    STALE
  }

  private final IdempotentConsumer consumer;
  private final ProjectionRepository store;
  private final EventReader reader;
  private final JoinedFrameworks frameworks;
  private final ThumbnailRepository thumbnails;
  private final SnapshotJson json;
  private final Clock clock;

  public Projector(
      IdempotentConsumer consumer,
      ProjectionRepository store,
      EventReader reader,
      JoinedFrameworks frameworks,
      ThumbnailRepository thumbnails,
      SnapshotJson json,
      Clock clock) {
    this.consumer = consumer;
    this.store = store;
    this.reader = reader;
    this.frameworks = frameworks;
    this.thumbnails = thumbnails;
    this.json = json;
    this.clock = clock;
  }

  /**
   * @throws AwaitedEventException for a version 2 result whose framework version has not arrived:
   *     nothing is written, and the live consumer tries again until it has
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Outcome apply(Snapshot snapshot) {
    ConsumedEvent event = snapshot.event();
    if (snapshot instanceof Snapshot.SlimResult slim) {
      // Joined before the inbox records the event: one that must wait leaves no trace.
      snapshot = join(slim);
    }
    if (!consumer.firstDelivery(event)) {
      return Outcome.DUPLICATE;
    }
    boolean changed;
    if (snapshot instanceof Snapshot.Framework f) {
      changed = store.insertFramework(f.fiscalYear(), f.version(), event.id(), f.json());
    } else if (snapshot instanceof Snapshot.Result r) {
      changed = result(r);
    } else if (snapshot instanceof Snapshot.Plan p) {
      changed = plan(p);
    } else if (snapshot instanceof Snapshot.EvidenceRecorded e) {
      changed = measure(e.measure(), event.id());
    } else {
      changed = measureChanged((Snapshot.MeasureChanged) snapshot);
    }
    return changed ? Outcome.APPLIED : Outcome.STALE;
  }

  private Snapshot.Result join(Snapshot.SlimResult slim) {
    JoinedFrameworks.Version framework =
        frameworks
            .joinedTo(slim.fiscalYear(), slim.frameworkVersion())
            .orElseThrow(
                () ->
                    AwaitedEventException.framework(
                        slim.event(), slim.fiscalYear(), slim.frameworkVersion()));
    return reader.joined(
        slim.event(), ResultJoin.join(slim.data(), framework.data()), framework.version());
  }

  private boolean result(Snapshot.Result s) {
    ResultData r = s.result();
    ResultData.Overall overall = r.overall();
    ResultData.Level level = overall == null ? null : overall.level();
    return store.upsertResult(
        new ProjectionRepository.ResultRow(
            r.agencyCode(),
            r.fiscalYear(),
            r.round(),
            r.revision(),
            overall == null ? null : overall.score(),
            level == null ? null : level.code(),
            level == null ? null : level.nameTh(),
            level == null ? null : level.nameEn(),
            r.publishedAt(),
            s.frameworkVersion(),
            json.write(r.indicators().stream().map(DashboardIndicator::of).toList()),
            s.json()),
        s.event().id());
  }

  /** What the dashboards average of a result's indicator. */
  private record DashboardIndicator(
      int number, String tool, String nameTh, String nameEn, BigDecimal score) {

    static DashboardIndicator of(ResultData.Indicator i) {
      return new DashboardIndicator(i.number(), i.tool(), i.nameTh(), i.nameEn(), i.score());
    }
  }

  /**
   * The plan, and each measure in it: a measure added after approval has no measure event of its
   * own.
   */
  private boolean plan(Snapshot.Plan s) {
    boolean changed =
        store.upsertPlan(
            s.agencyCode(),
            s.plan().fiscalYear(),
            s.plan().id(),
            s.plan().assessmentYear(),
            s.plan().status(),
            s.plan().version(),
            s.plan().publishedAt(),
            approval(s.plan().approval()),
            s.event().id(),
            s.json());
    for (Snapshot.Measure m : s.measures()) {
      changed |= measure(m, s.event().id());
    }
    return changed;
  }

  private static ProjectionRepository.PlanApproval approval(PlanData.Approval a) {
    return a == null
        ? null
        : new ProjectionRepository.PlanApproval(
            a.approverNameTh(), a.approverPositionTh(), a.approvedOn(), a.recordedBy());
  }

  private boolean measureChanged(Snapshot.MeasureChanged s) {
    Snapshot.Change c = s.change();
    boolean recorded =
        store.insertChange(
            s.event().id(),
            s.measure().measure().id(),
            c.milestoneId(),
            c.from(),
            c.to(),
            c.note(),
            c.changedBy(),
            c.changedAt());
    return measure(s.measure(), s.event().id()) | recorded;
  }

  private boolean measure(Snapshot.Measure m, String eventId) {
    var data = m.measure();
    boolean changed =
        store.upsertMeasure(
            data.id(),
            data.planId(),
            m.agencyCode(),
            m.fiscalYear(),
            data.ordinal(),
            data.status(),
            m.overdue(),
            data.version(),
            m.milestonesVersion(),
            eventId,
            m.json());
    if (changed) {
      // In the projection's transaction: a thumbnail is queued exactly when its photo is kept.
      thumbnails.keep(data.id(), photos(data), Stamps.now(clock));
    }
    return changed;
  }

  /** The measure's JPEG and PNG evidence files, whose thumbnails the progress report shows. */
  private static List<ThumbnailRepository.Photo> photos(MeasureData measure) {
    return measure.evidence().stream()
        .flatMap(
            e ->
                e.files().stream()
                    .filter(MeasureData.EvidenceFile::isPhoto)
                    .map(
                        f ->
                            new ThumbnailRepository.Photo(
                                f.id(), e.id(), f.fileName(), f.sha256())))
        .toList();
  }
}
